"""Arabic names after a title (السيد، السيدة، الأستاذ، الدكتور، الشيخة … in Arabic or Latin
script), and the extent of a name ("عبد الله", "محمد بن راشد", "أحمد الخالدي").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.scripts.arabic.common import (
    _ADJECTIVE_FAMILY,
    _ARABIC_WORD,
    _CLOSED_AFTER,
    COMPOUND_FIRST,
    _KUNYA_WORDS,
    _LATIN_START,
    _SKIP,
    _SPACE,
    _TITLE,
    _TITLE_WORDS,
)
from lvmh_pipeline.lib.privacy.names.scripts.arabic.family import (
    _after_glued,
    _construct_after,
    _family_end,
    _glued_family,
)
from lvmh_pipeline.lib.privacy.names.scripts.arabic.shapes import (
    _ARTICLE_PROCLITICS,
    _EXCLUDED,
    _ROLE_ADJECTIVES,
    _known,
    _participle,
    _unknown_family,
)
from lvmh_pipeline.lib.privacy.names.cues import parse_name
from lvmh_pipeline.lib.privacy.names.lexicon import ARABIC_KIN_WORDS, ARABIC_NISBA_ADJECTIVES
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.extents.arabic_words import used_as_word

def _extend(text: str, first: re.Match[str], limit: int = 4) -> int:
    """End of an Arabic name starting with ``first``: "عبد الله", "محمد بن راشد", "أحمد الخالدي"."""
    end = first.end()
    word = first.group()
    for _ in range(limit - 1):
        gap = _SPACE.match(text, end)
        nxt = _ARABIC_WORD.match(text, gap.end()) if gap else None
        if nxt and nxt.group() == "الله" and end == first.end():
            end = nxt.end()  # "هبة الله", "عبد الله"
            continue
        if nxt and nxt.group().startswith("ال") and nxt.group() in person_names().surnames:
            end, word = nxt.end(), nxt.group()  # "وائل الخطيب": a family name that is a word too
            continue
        if nxt and nxt.group() in _ADJECTIVE_FAMILY and end == first.end() and _known(first.group()):
            end = nxt.end()  # "سلوى الكبير", "حسن الصغير": after a given name, a family name
            break
        if not nxt or nxt.group() in _EXCLUDED or nxt.group().lstrip("و") in _EXCLUDED:
            break
        if word in COMPOUND_FIRST or nxt.group() in COMPOUND_FIRST or nxt.group().startswith("ال"):
            end, word = nxt.end(), nxt.group()
            continue
        break
    return end


def _extend_compound(text: str, first: re.Match[str], end: int) -> int:
    """"منصف بن عمر", "أحمد أبو زيد": after بن / أبو the word belongs to the name even when it is
    an ordinary word too (عمر is "age")."""
    words = text[first.start() : end].split()
    if not words or words[-1] not in COMPOUND_FIRST:
        gap = _SPACE.match(text, end)
        nxt = _ARABIC_WORD.match(text, gap.end()) if gap else None
        if not (nxt and nxt.group() in COMPOUND_FIRST and nxt.group() not in _KUNYA_WORDS - {"بو"}):
            return end
        end = nxt.end()
    gap = _SPACE.match(text, end)
    nxt = _ARABIC_WORD.match(text, gap.end()) if gap else None
    if nxt and nxt.group() not in ARABIC_KIN_WORDS and nxt.group() not in _TITLE_WORDS:
        return nxt.end()
    return end


def _second_word(text: str, first: re.Match[str], end: int) -> int:
    """After a title, "السيدة ريم ناصر،": the word after the given name belongs to the name when
    it is a known name or when punctuation, a bracket or the end closes it."""
    if end != first.end() or first.group() in COMPOUND_FIRST:
        return end
    gap = _SPACE.match(text, end)
    nxt = _ARABIC_WORD.match(text, gap.end()) if gap else None
    if not nxt or len(nxt.group()) < 2:
        return end
    word = nxt.group()
    closed = _CLOSED_AFTER.match(text, nxt.end()) is not None
    if word in _TITLE_WORDS and closed:
        return nxt.end()  # "المهندس كريم سعادة،": a title word as a family name
    if word in _EXCLUDED or word.lstrip("و") in _EXCLUDED or word.startswith("و"):
        return end
    if word.startswith(_ARTICLE_PROCLITICS) and not _known(word) or _participle(word):
        return end  # "بالمجوهرات", "المحترم": no family name
    if _known(word):
        # "السيد خالد سعيد بالخدمة": a name that is an adjective too, said as one (happy with …)
        return end if word in person_names().ambiguous and used_as_word(text, nxt.end()) else nxt.end()
    if _glued_family(word) and not _construct_after(text, nxt):
        return _after_glued(text, nxt)  # "السيدة زينب بنعبد الله"
    # "السيدة عائشة نباتية.": a feminine adjective (-ية) says something of her, no family name
    if closed and not (len(word) >= 5 and word.endswith(("ية", "يه"))):
        return nxt.end()
    if _unknown_family(text, nxt):
        return nxt.end()  # "الست ليلى نجيم تحب الذهب"
    return end


# Offices written after an honorific title (سعادة، معالي، سمو): the office, no name
_ROLE_NOUNS = frozenset(
    """السفير السفيرة الوزير الوزيرة المدير المديرة الرئيس الرئيسة القنصل القنصلة النائب النائبة
    المستشار المستشارة العميد اللواء الفريق العقيد المحافظ المحافظة الحاكم القاضي القاضية الوكيل
    الوكيلة الملحق العمدة""".split()
)
# Demonstratives of every register after a title ("السيدة هذي", "السيد هاذا").
_DEMONSTRATIVES = frozenset("هذي هاذي هذه هاذه هذا هاذا ذي ذا ذاك ذيك تلك هاي هادي هدي هاذيك هذاك هذيك هادا".split())


def _known_family_after(text: str, end: int) -> bool:
    """"السيدة سعيدة الهاشمي": a word after the title that is a word too ("happy"), then a known family name."""
    gap = _SPACE.match(text, end)
    nxt = _ARABIC_WORD.match(text, gap.end()) if gap else None
    return bool(nxt) and nxt.group().startswith("ال") and nxt.group() in person_names().surnames and nxt.group() not in _EXCLUDED


_ALLAH_AFTER = re.compile(r"[ \t]+الله(?![\u0621-\u064a])")


def _after_title(text: str, pos: int) -> PiiSpan | None:
    span = _after_title_words(text, pos)
    if span is None:
        # "السيدة سعادة جات": a family name that is a title word too, taken for a second title
        cursor, steps = pos, 0
        while steps < 6:
            m = _SKIP.match(text, cursor)
            if not m or m.end() == cursor:
                break
            cursor, steps = m.end(), steps + 1
        word = _ARABIC_WORD.match(text, cursor)
        if word and _title_surname(word.group()):
            return PiiSpan(word.start(), word.end(), "NAME")
    return span


_TOGETHER = frozenset("معاً معا معًا سوا سوية سويا سوياً".split())


def _dual_verb(text: str, first: re.Match[str]) -> bool:
    """A word missing from the lexicon ending in -ا before "together" or another verb in the dual
    ("حضرا معاً", "جاءا واختارا"): the couple's verb."""
    if not first.group().endswith("ا") or _known(first.group()):
        return False
    gap = _SPACE.match(text, first.end())
    nxt = _ARABIC_WORD.match(text, gap.end()) if gap else None
    return nxt is not None and (
        nxt.group() in _TOGETHER or nxt.group()[0] == "و" and nxt.group().endswith("ا") and len(nxt.group()) > 3
    )


def _title_surname(word: str) -> bool:
    """"سعادة" (Excellency) is the family name Saadeh too."""
    return word in person_names().surnames and word in _TITLE_WORDS


def _after_title_words(text: str, pos: int) -> PiiSpan | None:
    cursor, steps = pos, 0
    while steps < 6:
        m = _SKIP.match(text, cursor) or _TITLE.match(text, cursor)
        if not m or m.end() == cursor:
            break
        cursor, steps = m.end(), steps + 1
    first = _ARABIC_WORD.match(text, cursor)
    if first:
        if first.group() in _KUNYA_WORDS:  # "الحاجة أم كلثوم", "الشيخ أبو خالد"
            gap = _SPACE.match(text, first.end())
            child = _ARABIC_WORD.match(text, gap.end()) if gap else None
            if child and child.group() not in _EXCLUDED:
                return PiiSpan(child.start(), _family_end(text, child.end())[0], "NAME")
            return None
        word = first.group()
        if word[:1] in "وفبل" and word[1:] in ARABIC_KIN_WORDS:
            return None  # "… الأمير وزوجته": "and his wife" after a title word, no name
        if word in _EXCLUDED and not (
            word in person_names().given and word not in ARABIC_KIN_WORDS
            or word.startswith("ال") and word in person_names().surnames and word not in ARABIC_KIN_WORDS
            or word not in ARABIC_KIN_WORDS and _known_family_after(text, first.end())
        ):
            return None  # "السيدة عندها …"; not "السيد عمر", "السيدة الخطيب": names that are words too
        if _participle(word) or word.startswith(_ARTICLE_PROCLITICS) and not _known(word) or word in _ROLE_ADJECTIVES:
            return None  # "السيدة مهتمة بالمجوهرات", "الدكتور المعالج", "الأستاذ الجامعي"
        if word in _ROLE_NOUNS:
            return None  # "حرم سعادة السفير", "سعادة الوزير": an office after the title, no name
        if len(word) >= 4 and word.endswith(("ها", "هم", "ني", "نا", "كم")) and not _known(word) and not (
            word.startswith("ال") and word.endswith("اني") and len(word) >= 7 and word not in ARABIC_NISBA_ADJECTIVES
        ):  # (not "السيدة الجرجاني": a nisba in -اني, no verb)
            return None  # "والدكتور منعها من الملح": a verb with its object, no family name
        if word in _DEMONSTRATIVES or word.startswith("ال") and word.endswith("ة") and not _known(word):
            return None  # "السيدة هذي عميلة قديمة", "الدكتورة المعالجة نصحتها": no family name
        if _dual_verb(text, first):
            return None  # "السيد والسيدة حضرا معاً": the couple's verb, in the dual, no family name
        if not first.group().startswith("ال") and "ال" + first.group() in ARABIC_NISBA_ADJECTIVES:
            return None  # "أستاذ جامعي", "دكتور نفسي": a role; "السيدة الفارسي" is a family name
        end = _second_word(text, first, _extend_compound(text, first, _extend(text, first)))
        allah = _ALLAH_AFTER.match(text, end)
        if allah and end > first.end():
            end = allah.end()  # "السيد إياد عوض الله", "الأستاذ سمير نصر الله": a family name of two words
        return PiiSpan(first.start(), end, "NAME")
    if _LATIN_START.match(text, cursor):  # "السيدة Dubois", "السيد Al-Mansouri"
        end = parse_name(text, cursor, strict=False)
        if end is not None:
            return PiiSpan(cursor, end, "NAME")
    return None
