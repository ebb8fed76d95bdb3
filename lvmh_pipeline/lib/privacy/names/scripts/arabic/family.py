"""Arabic family names after a given name: by the lexicon, by their shape (a nisba "الكعبي", a
name glued to بن / بو "بنجلون"), a compound "عبد الحميد", a father's name between, or punctuation
alone after a cue ("ديما قباني،"). :func:`_family_end` is where a name that starts with a given
name ends.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.names.lexicon import ARABIC_NISBA_ADJECTIVES
from lvmh_pipeline.lib.privacy.names.scripts.arabic.common import _ARABIC_WORD, _CLOSED_AFTER, COMPOUND_FIRST, _SPACE
from lvmh_pipeline.lib.privacy.names.scripts.arabic.shapes import (
    _ARTICLE_PROCLITICS,
    _EXCLUDED,
    _KIN,
    _NAMING,
    _PERSON_VERBS,
    _PROCLITICS,
    _ambiguous,
    _family_shaped,
    _future_verb,
    _given,
    _known,
    _participle,
    _surname,
    _verb_shaped,
    occupational,
)


def _nisba(word: str) -> bool:
    """"الكعبي", "المنصوري": a family name by its shape, no adjective."""
    return (
        word.startswith("ال")
        and word.endswith("ي")
        and len(word) >= 6
        and word not in ARABIC_NISBA_ADJECTIVES
        and word not in _EXCLUDED
    )


class _ClosedOnly:
    """A family name shown by punctuation only ("ديما قباني،"): enough after a client or kin word
    or a known given name, not after a given name that is an ordinary word ("نجمة ميشلان،")."""

    def __bool__(self) -> bool:
        return True


_CLOSED_ONLY = _ClosedOnly()


def _glued_family(word: str) -> bool:
    """"بنجلون", "بنعبد", "بوحمد": a Maghrebi or Gulf family name glued to بن / بو."""
    return len(word) >= 5 and word.startswith(("بن", "بو")) and word not in _EXCLUDED and word not in _KIN


def _construct_after(text: str, word: re.Match[str]) -> bool:
    """"بوصول الطلب", "بنتيجة الفحص": the preposition ب glued to a noun that a word with the
    article completes (with the arrival of the order), no family name glued to بو / بن. A glued
    name ending in عبد takes the article word as its own ("بوعبد الرحمن")."""
    if word.group().endswith("عبد"):
        return False
    gap = _SPACE.match(text, word.end())
    nxt = _ARABIC_WORD.match(text, gap.end()) if gap and "\n" not in gap.group() else None
    return nxt is not None and nxt.group().startswith("ال") and nxt.group() not in _TIME_WORDS


# Words of time after a name ("نورة بوحليقة اليوم"): no noun that completes the word before.
_TIME_WORDS = frozenset("اليوم الصبح الصباح المساء الظهر العصر الليلة الحين الآن الان الأمس".split())


def _after_glued(text: str, word: re.Match[str]) -> int:
    """"بنعبد الله", "بوعبد الرحمن": the word after a glued name ending in عبد belongs to it."""
    if word.group().endswith("عبد"):
        gap = _SPACE.match(text, word.end())
        nxt = _ARABIC_WORD.match(text, gap.end()) if gap else None
        if nxt and nxt.group().startswith("ال"):
            return nxt.end()
    return word.end()


_WORD_BEFORE = re.compile(r"(\S+)$")


def _verb_ends(text: str, end: int, word: str, family: bool) -> bool:
    """A verb closing the sentence after the name, no family name: any verb by its shape once a
    family name is found (the found one, or the name's own "ال" word: "زوجها المنصوري يدفع."),
    else a present tense of four letters ("ابنه فيصل يدفع.")."""
    if _known(word) or not _verb_shaped(word):
        return False
    before = _WORD_BEFORE.search(text, max(0, end - 30), end)
    if family or before and before.group(1).startswith("ال"):
        return True
    return word[0] in "يت" and len(word) == 4 and not word.endswith(("ي", "ا", "ة", "ه"))


def _family_end(text: str, end: int, limit: int = 3, *, cue: bool = False) -> tuple[int, bool]:
    """End of a name whose given name ends at ``end``, with the family name after it, and
    whether a family name was found ("ريم البلوشي", "منى عبد الحميد", "سامي بن يوسف",
    "هبة الله منصور", "ديما قباني،")."""
    cursor, family, father = end, False, False
    for _ in range(limit):
        gap = _SPACE.match(text, cursor)
        if not gap or "\n" in gap.group():
            break
        nxt = _ARABIC_WORD.match(text, gap.end())
        if not nxt:
            break
        word = nxt.group()
        if word == "الله" and (cursor == end or family):
            # "هبة الله", "عطا الله": one given name; "إياد عوض الله", "نصر الله": a family name of two words
            cursor = nxt.end()
            continue
        if word.startswith("ال") and _surname(word):  # "خالد الخطيب", "ريم الشيخ"
            cursor, family = nxt.end(), True
            continue
        if (cue and cursor == end or father) and _family_shaped(word):
            # "زوجها خالد البيطار": after a kin or client word; "رغد عبدالعزيز الجربوع": after a
            # father's name, the family name closes the full name
            cursor, family, father = nxt.end(), True, False
            continue
        if word in _EXCLUDED or word in _KIN or word in _NAMING or word.startswith(_ARTICLE_PROCLITICS) and not _known(word):
            break
        if word[0] in _PROCLITICS and (word[1:] in _EXCLUDED or word[1:] in _KIN) and not _known(word):
            break  # "لزوجها", "ومع": a proclitic before a word, no family name
        if word in COMPOUND_FIRST:
            gap2 = _SPACE.match(text, nxt.end())
            part = _ARABIC_WORD.match(text, gap2.end()) if gap2 else None
            if not part or part.group() in _EXCLUDED:
                break
            cursor, family = part.end(), True
            continue
        if (
            _surname(word) or _nisba(word) or occupational(word)
            or word.startswith("ال") and _given(word) and not _ambiguous(word)
        ):
            father = cursor == end and not word.startswith("ال") and _given(word) and not _ambiguous(word)
            cursor, family = nxt.end(), True  # a father's name that is a family name too: "رغد عبدالعزيز …"
            continue
        if _glued_family(word) and not _construct_after(text, nxt):
            cursor, family = _after_glued(text, nxt), True
            continue
        if word[0] == "و":
            break  # "خالد ومريم": a second person
        closed = _CLOSED_AFTER.match(text, nxt.end()) is not None
        if closed and len(word) >= 3 and not word.endswith(("ية", "يه")) and not word.startswith("ال") and not _future_verb(word):
            if word.startswith(("تت", "يت")) and not _known(word):
                break  # "بنتها ريم تتخرج.": a reflexive verb ends the sentence, no family name
            if _verb_ends(text, end, word, family):
                break  # "زوجها المنصوري يدفع.", "ابنه فيصل يدفع.": a verb ends the sentence
            if word.endswith(("ها", "هم", "وها", "وه", "تني")) and not _known(word):
                break  # "الموظفة مريم ساعدتها.": a verb and its object pronoun, no family name
            return nxt.end(), _CLOSED_ONLY if not family else True
        if _given(word) and not _ambiguous(word) and cursor == end:
            cursor, father = nxt.end(), True  # "محمد أحمد الكعبي": a father's name between
            continue
        if cursor == end and _bare_family(word) and _person_verb_after(text, nxt.end()):
            return nxt.end(), True  # "ليلى طراد جت اليوم": a family name, then what the person did
        break
    return cursor, family


_VERB_AFTER = re.compile(r"[ \t]+(\S+)")


def _bare_family(word: str) -> bool:
    """A word without the article that may be a family name: missing from the lexicon, no listed
    word, verb, participle or word with a pronoun suffix ("وحدها", "بنفسه")."""
    return (
        len(word) >= 3 and not _known(word) and word not in _EXCLUDED and word not in _KIN
        and word[0] not in _PROCLITICS and not word.endswith(("ه", "ها", "هم", "ا", "ين", "ون", "ات"))
        and not _verb_shaped(word) and not _participle(word)
    )


def _person_verb_after(text: str, end: int) -> bool:
    """A verb of visiting or calling right after ``end`` ("جت", "اتصلت", "زارتنا")."""
    m = _VERB_AFTER.match(text, end)
    return bool(m) and m.group(1).rstrip("،,.") in _PERSON_VERBS
