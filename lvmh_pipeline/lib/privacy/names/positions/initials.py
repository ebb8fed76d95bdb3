"""A family name written with the initials of the given names: "секретарь Зуева Н.", "через
секретаря Зуеву Н. В.", "Н.В. Зуевой", "Keller M. (Büro)".

The initials say the word beside them is a family name, in any case of a declension ("Зуеву",
"Орловой"). The word must be no ordinary word, place, month or brand ("Москва Н." is none, "Итого
Р." neither); the initials themselves stay (an initial says little of the person).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import AMBIGUOUS, COMMON, NAME, classify, is_place_month_or_brand, is_vocabulary

__all__ = ["initialled_names"]

_CYR_WORD = r"[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]{2,})?"
_CYR_INITIALS = r"[А-ЯЁ]\.(?:[ \t]?[А-ЯЁ]\.)?"
_LAT_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{3,}(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,})?"
_WORD_THEN_INITIALS = re.compile(
    rf"(?<![\w\-.])(?:(?P<cyr>{_CYR_WORD})[ \t]+{_CYR_INITIALS}|(?P<lat>{_LAT_WORD})[ \t]+[A-Z]\.(?:[ \t]?[A-Z]\.)?)"
    r"(?![\w])"
)
_INITIALS_THEN_WORD = re.compile(rf"(?<![\w\-.])[А-ЯЁ]\.[ \t]?(?:[А-ЯЁ]\.[ \t]?)?(?P<cyr>{_CYR_WORD})(?![\w\-])")


# Russian family names and their declined forms end so ("Зуеву", "Орловой", "Вишневскому")
_RU_FAMILY_ENDS = tuple(
    """ов ова ову овой овым ове овых ев ева еву евой евым еве евых ёв ёва ёву ёвой ёвым ин ина ину иной иным ине
    ын ына ыну ыной ский ского скому ским ском ская ской скую цкий цкого цкому цким цкая цкой цкую енко ук юк
    ич ян швили дзе""".split()
)


def _family_word(word: str, latin: bool) -> bool:
    kind = classify(word)
    if kind == COMMON or is_place_month_or_brand(word) or is_vocabulary(word) and kind != NAME:
        return False
    if latin:
        return kind in (NAME, AMBIGUOUS) or len(word) >= 5  # a short unknown Latin word ("Mode M.") is a word
    return kind in (NAME, AMBIGUOUS) or word.casefold().endswith(_RU_FAMILY_ENDS)


def initialled_names(text: str) -> list[PiiSpan]:
    if "." not in text:
        return []
    spans = []
    for m in _WORD_THEN_INITIALS.finditer(text):
        group = "cyr" if m.group("cyr") else "lat"
        if _family_word(m.group(group), group == "lat"):
            spans.append(PiiSpan(m.start(group), m.end(group), "NAME"))
    for m in _INITIALS_THEN_WORD.finditer(text) if any("А" <= c <= "я" for c in text[:400]) else ():
        if _family_word(m.group("cyr"), False):
            spans.append(PiiSpan(m.start("cyr"), m.end("cyr"), "NAME"))
    return spans
