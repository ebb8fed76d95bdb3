"""A couple named after the word for a couple, two given names joined by "و" and their family
name: "الزوجان كارلوس وإيزابيل مارتينيز،", or after a verb of a visit ("زارنا أوليفر وصوفيا براون"), "زوجين إيطاليين ماركو ولوتشيا بيانكي،", "الضيفان
توماس وهانا شنايدر سألوا …". Foreign given names transcribed into Arabic are mostly missing from
the lexicon; the frame (a couple word, then "A وB") names them, unless a word is shaped as an
adjective, a participle or a verb of the two ("الزوجان سعداء وراضون", "مبسوطين وفرحانين").

A nationality between ("زوجين إيطاليين") is skipped; a word with the article, a kin or listed
word, a term of the note is no name ("الزوجان وأولادهم", "الزوجين ساعة وعطر"); the family name is
taken only when punctuation, a verb or the end follows it.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.gates import Gate
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.scripts.arabic.common import _LETTER
from lvmh_pipeline.lib.privacy.names.scripts.arabic.shapes import _EXCLUDED, _KIN, _verb_shaped
from lvmh_pipeline.lib.privacy.names.word_forms import is_concept_word

__all__ = ["couple_names"]

# Verbs of a visit whose subject the pair is: "زارنا أوليفر وصوفيا براون اليوم"
_VISIT_VERBS = ("زارنا", "زارونا", "زارتنا", "حضر", "حضرت", "حضروا", "جاءنا", "جانا", "مر", "مرت", "مروا", "زار", "زارت", "زاروا")
_COUPLE_WORDS = ("الزوجان", "الزوجين", "زوجان", "زوجين", "الثنائي", "العميلان", "العميلين", "الضيفان", "الضيفين")
_HAS_COUPLE = Gate(_COUPLE_WORDS + _VISIT_VERBS)
_COUPLE = re.compile(
    rf"(?<![{_LETTER}])(?:{'|'.join(_COUPLE_WORDS + _VISIT_VERBS)})(?:[ \t]+([{_LETTER}]+(?:يين|يان|يتين)))?"
    rf"[ \t]+([{_LETTER}]{{3,}})[ \t]+و([{_LETTER}]{{3,}})(?:[ \t]+([{_LETTER}]{{3,}}))?"
)
_TIME = frozenset("اليوم أمس امس امبارح الصبح الصباح المساء العصر الظهر الليلة مبارح بكرة بعدين مرة مره".split())
_CLOSED = re.compile(r"[ \t]*(?:[.،,:;؛()\-–—!؟?\n]|$)")
_NEXT_WORD = re.compile(rf"[ \t]+([{_LETTER}]+)")


def _may_be_given(word: str) -> bool:
    if word in person_names().given:
        return word not in _EXCLUDED
    return not (
        word.startswith(("ال", "بال", "لل", "وال")) or word in _EXCLUDED or word in _KIN
        or word.rstrip("هامك") in _KIN or is_concept_word(word)
        or word.endswith(("ان", "ين", "ون", "اء", "ات", "وا"))  # "سعداء وراضون", "يبحثان ويسألان": how the two are
    )


def couple_names(text: str) -> list[PiiSpan]:
    """Given names (and the family name) of a couple after a couple word (see the module)."""
    if not _HAS_COUPLE(text):
        return []
    spans = []
    for m in _COUPLE.finditer(text):
        first, second, family = m.group(2), m.group(3), m.group(4)
        if not (_may_be_given(first) and _may_be_given(second)):
            continue
        if not m.group().startswith(_COUPLE_WORDS) and (_verb_shaped(first) or _verb_shaped(second) or first in _TIME):
            continue  # after a verb of a visit: "زارنا اليوم وقالت", "مرت أمس وسألت"
        spans += [PiiSpan(m.start(2), m.end(2), "NAME"), PiiSpan(m.start(3), m.end(3), "NAME")]
        if not family or family in _EXCLUDED or family in _KIN or is_concept_word(family) or family.startswith("ال"):
            continue
        closed = _CLOSED.match(text, m.end(4))
        after = _NEXT_WORD.match(text, m.end(4))
        shaped = _may_be_given(family) or family.endswith("وا") and _may_be_given(family[:-2])  # "دوبوا"
        if closed or shaped and after and (_verb_shaped(after.group(1)) or after.group(1) in _TIME):  # "لوران،", "شنايدر سألوا"
            spans.append(PiiSpan(m.start(4), m.end(4), "NAME"))
    return spans
