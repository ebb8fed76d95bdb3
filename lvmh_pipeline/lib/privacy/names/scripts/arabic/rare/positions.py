"""Where an Arabic family name that no lexicon lists stands in a note (:func:`rare_family_names`).

- opening the note, in guillemets too, before a pause ("الشويعر، اه، …", "المطيوعي. عميل …",
  "«البديوي» حجز"; a colon only after a nisba: "الاسم: …" is a label), or opening the note or a
  sentence before a person's verb ("… تم الدفع. المهيزع يفضل التوصيل", "القعيد سيمر بكرة");
- after a kin word in construct ("زوجة العصيمي", "حرم الغنيم", "أخو الفلاني");
- after a client, staff or kin word in apposition, between commas, in brackets or after a colon
  ("العميلة، الدحيلان، تسأل", "السكرتيرة (الخويطر)", "العميل: الخزرجي.");
- a nisba after the abbreviated title أ. ("أ. القباني،"; "م." is p.m. too);
- after "with", "at", "from", a nisba before punctuation ("عند الصقيري:"), another word before a
  person's verb ("مع الدحيلان تسأل"; not "عند الصائغ:", the goldsmith's);
- the child's name of a kunya with the article, before a family name, a person's verb or a pause
  ("أبو الفتوح الشناوي", "أبو الفضل طلب") — the kunya goes with it;
- after a verb of saying or calling, a family name glued to بو before "that" or punctuation, one
  with the article before "that" ("قالت بوخضير إنها …", "أكد الدحيلان أن …"; not "قال الكلام");
- the same family name in Arabic letters after its Latin form, past a dash or a bracket
  ("Mr. Al Fadhli - الفضلي -").

What makes the word a family name and not an ordinary word is in :mod:`.words`.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import alternation
from lvmh_pipeline.lib.privacy.names.lexicon import ARABIC_CLIENT_WORDS, ARABIC_KIN_WORDS, ARABIC_KUNYA
from lvmh_pipeline.lib.privacy.names.scripts.arabic.common import _ARABIC_FILLERS, _LETTER, _STAFF_WORDS
from lvmh_pipeline.lib.privacy.names.scripts.arabic.context import _KUNYA_PLACES
from lvmh_pipeline.lib.privacy.names.scripts.arabic.leading import _PERSON_SUBJECT_VERBS
from lvmh_pipeline.lib.privacy.names.scripts.arabic.rare.gulf import glued_particle_families
from lvmh_pipeline.lib.privacy.names.scripts.arabic.rare.lists import plural_title_lists
from lvmh_pipeline.lib.privacy.names.scripts.arabic.rare.words import rare_family, rare_glued_family
from lvmh_pipeline.lib.privacy.names.scripts.arabic.shapes import (
    _PERSON_VERBS,
    _family_shaped,
    _future_verb,
    _known,
    _participle,
    _surname,
)
from lvmh_pipeline.lib.privacy.names.word_forms import is_concept_word

__all__ = ["rare_family_names"]

_W = rf"[{_LETTER}]+"
_WORD = re.compile(_W)
_BLANK = re.compile(r"[ \t]*")
# Verbs a thing does as well as a person ("الطلب وصل", "الساعة ستصل"): no sign of a person.
_THING_VERBS = frozenset("وصل وصلت يوصل توصل سيصل ستصل جا جاء جات جت اجت يجي تجي بيوصل بتوصل".split())
_MORE_PERSON_VERBS = frozenset(
    """يختار تختار يستلم تستلم يدفع تدفع يسافر تسافر يرجع ترجع يمر تمر يزور تزور يتصل تتصل ساكن ساكنة
    يسكن تسكن يقيم تقيم يشتغل تشتغل بيرجع بترجع بيمر بتمر بيدفع بتدفع طلبوا اشتروا جاؤوا جوا رجعوا""".split()
)
_SAY = frozenset("أن ان إن إنه انه إنها انها أنه أنها بأن بان".split())


def _person_verb(word: str | None) -> bool:
    if not word or word in _THING_VERBS:
        return False
    return (
        word in _PERSON_SUBJECT_VERBS or word in _PERSON_VERBS or word in _MORE_PERSON_VERBS
        or _future_verb(word) and not _known(word)
    )


def _masculine_singular(verb: str | None) -> bool:
    """"يبي", "ساكن", "سيمر", "طلب": a verb or participle of one man (a group or a thing of feminine
    shape takes another: "الطراونة ساكن" is a family, "الساعة ستصل" a watch)."""
    return bool(verb) and (verb[0] == "ي" or verb.startswith(("سي", "بي")) or verb in _MASCULINE_PAST)


_MASCULINE_PAST = frozenset("طلب اشترى اتصل زار جا جاء سأل سال قال حجز دفع شاف اختار رجع مر حضر ساكن مقيم ناوي حاب".split())


def _next_word(text: str, end: int) -> tuple[str | None, int]:
    """The word after ``end`` past blanks, commas and fillers ("الشويعر، اه، جات"), and its start."""
    cursor = end
    for _ in range(4):
        cursor = _BLANK.match(text, cursor).end()
        if cursor < len(text) and text[cursor] in "،,":
            cursor += 1
            continue
        m = _WORD.match(text, cursor)
        if m and m.group() in _ARABIC_FILLERS:
            cursor = m.end()
            continue
        return (m.group(), m.start()) if m else (None, cursor)
    return None, cursor


_PAUSE = re.compile(r"[ \t]*([،,.:\-–—»)”]|\n|$)")
_STOP = re.compile(r"[.!?؟\n]")
_LEAD_SPACE = re.compile(r"[ \t\-•*«(“\"]*")


def _openings(text: str) -> list[PiiSpan]:
    spans = []
    starts = [0] + [m.end() for m in _STOP.finditer(text) if not (m.group() == "." and _abbreviation(text, m.start()))]
    for start in starts:
        m = _WORD.match(text, _LEAD_SPACE.match(text, start).end())
        if not m or not m.group().startswith("ال"):
            continue
        word = m.group()
        pause = _PAUSE.match(text, m.end())
        nxt, _ = _next_word(text, m.end())
        if _person_verb(nxt) and rare_family(word, plural_ok=_masculine_singular(nxt)):
            spans.append(PiiSpan(m.start(), m.end(), "NAME"))  # "… . المهيزع يفضل التوصيل"
        elif start == 0 and pause and pause.group(1) and rare_family(word, nisba_only=pause.group(1) in ":\n"):
            spans.append(PiiSpan(m.start(), m.end(), "NAME"))  # "الشويعر، اه، …", "المطيوعي. عميل"
    return spans


def _abbreviation(text: str, dot: int) -> bool:
    """"د.", "أ.", "م.": a title's dot, no sentence's end."""
    return dot >= 1 and (dot < 2 or not re.match(f"[{_LETTER}]", text[dot - 2])) and text[dot - 1] in "دأمس"


_CONSTRUCT = re.compile(
    rf"(?<![{_LETTER}])[وفل]?(?:زوجة|زوجت|زوج|حرم|أرملة|ارملة|أخت|اخت|أخو|اخو|ابن|إبن|بنت|ابنة|عائلة|أسرة|اسرة|أولاد|اولاد|عيال)"
    rf"[ \t]+(ال[{_LETTER}]+)"
)
_CUE_WORDS = frozenset(ARABIC_CLIENT_WORDS) | _STAFF_WORDS | frozenset(ARABIC_KIN_WORDS)
_APPOSED = re.compile(
    rf"(?<![{_LETTER}])({alternation(sorted(_CUE_WORDS, key=len, reverse=True))})[ \t]*[،,(（:：][ \t]*(ال[{_LETTER}]+)[ \t]*[،,)）.:\-–—]"
)
_PREPOSITION = re.compile(rf"(?<![{_LETTER}])[وف]?(?:مع|عند|من|عن)[ \t]+(ال[{_LETTER}]+)")
_KUNYA = re.compile(rf"(?<![{_LETTER}])[وفل]?((?:{alternation(ARABIC_KUNYA)})[ \t]+(ال[{_LETTER}]+))")
_SAYING = re.compile(
    rf"(?<![{_LETTER}])[وف]?(?:قال|قالت|أكد|أكدت|اكد|اكدت|ذكر|ذكرت|أخبرنا|أخبرتنا|اتصل|اتصلت|زارنا|زارتنا)"
    rf"[ \t]+((?:بو|ال)[{_LETTER}]+)"
)
# "أ. القباني،": a family name after the abbreviated title of a teacher or a professor
_USTADH = re.compile(rf"(?<![{_LETTER}])أ\.[ \t]*(ال[{_LETTER}]+)")
_LATIN_THEN = re.compile(rf"[A-Z][a-z'’]+[ \t]*[\-–—(（][ \t]*(ال[{_LETTER}]+)")


def _closed_or_person(text: str, end: int) -> bool:
    if _PAUSE.match(text, end):
        return True  # punctuation, a dash, a new line or the end
    nxt, _ = _next_word(text, end)
    return _person_verb(nxt) or nxt in _SAY


def _kunya_names(text: str) -> list[PiiSpan]:
    """"أبو الفتوح الشناوي", "أبو الفضل طلب": a kunya whose child's name has the article."""
    spans = []
    for m in _KUNYA.finditer(text):
        child = m.group(2)
        if child in _KUNYA_PLACES or is_concept_word(child) and not _known(child) or len(child) < 4:
            continue  # a place ("أم القيوين"), a term of the note
        gap = _BLANK.match(text, m.end(2)).end()
        family = _WORD.match(text, gap) if gap > m.end(2) else None
        if family and (
            rare_family(family.group(), plural_ok=True) or _surname(family.group())
            or _family_shaped(family.group()) and not _participle(family.group()) and _closed_or_person(text, family.end())
        ):  # "أبو العلا القصير:": after the kunya, a word with the article closed by a pause is the family name
            spans.append(PiiSpan(m.start(1), family.end(), "NAME"))
        elif not _known(child) and _closed_or_person(text, m.end(2)):  # (a known one: the kunya rules)
            spans.append(PiiSpan(m.start(1), m.end(2), "NAME"))
    return spans


def rare_family_names(text: str) -> list[PiiSpan]:
    spans = _openings(text) + _kunya_names(text) + plural_title_lists(text)  # "السيدات X، Y، Z."
    spans += glued_particle_families(text)  # "وليد بالحصا مر … وبالحصا قال"
    for m in _CONSTRUCT.finditer(text):  # "زوجة العصيمي", "حرم الغنيم"
        if rare_family(m.group(1)):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    for m in _APPOSED.finditer(text):  # "العميلة، الدحيلان،", "السكرتيرة (الخويطر)"
        if rare_family(m.group(2), ambiguous_ok=True):
            spans.append(PiiSpan(m.start(2), m.end(2), "NAME"))
    for m in _PREPOSITION.finditer(text):  # "عند الرويشد:", "مع الدحيلان تسأل"
        nisba = _closed_or_person(text, m.end(1)) and rare_family(m.group(1), nisba_only=True)
        verb = not _PAUSE.match(text, m.end(1)) and _person_verb(_next_word(text, m.end(1))[0])  # not across a pause
        if nisba or verb and rare_family(m.group(1)):  # ("حساسية من الشمس، تفضل": the sun, then her verb)
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    for m in _SAYING.finditer(text):  # "قالت بوخضير إنها", "أكد الدحيلان أن"
        word = m.group(1)
        if word.startswith("بو") and rare_glued_family(word) and _closed_or_person(text, m.end(1)) or (
            word.startswith("ال") and rare_family(word) and _next_word(text, m.end(1))[0] in _SAY
        ):  # (a word with the article only before "that": "قال الكلام" says a thing)
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    if "أ." in text:
        spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _USTADH.finditer(text) if rare_family(m.group(1), nisba_only=True)]
    if "-" in text or "(" in text or "–" in text or "—" in text:
        for m in _LATIN_THEN.finditer(text):  # "Al Fadhli - الفضلي"
            if rare_family(m.group(1)):
                spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans
