"""A family name of another language written in Arabic letters opening the note, where the words
after it say a person: "مولر وزوجته في زيارة", "تشين مع زوجها", "دوبوا عميلة فرنسية", "شميت عنده
موعد", "باتيل ميزانيته ٢٠ ألف", "تاناكا سان، …".

Such names ("مولر", "كيم", "لوران") are in no lexicon and have no Arabic shape (no article, no
nisba); what follows them shows the person: "and his wife", "with her husband", a client word
or a person noun, "has", a possessive of budget or spouse, a Japanese honorific. An ordinary
word of the note, an adverb, a time word, a role or a description opening the note stays
("اليوم عنده موعد", "حاليا مع زوجها", "صراحة عنده ذوق").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.scripts.arabic.common import _LETTER
from lvmh_pipeline.lib.privacy.names.scripts.arabic.context import _describes_client
from lvmh_pipeline.lib.privacy.names.scripts.arabic.leading import _OPENERS, _ROLES, _TIME_BETWEEN
from lvmh_pipeline.lib.privacy.names.scripts.arabic.shapes import _EXCLUDED, _KIN, _NAMING, _participle
from lvmh_pipeline.lib.privacy.names.word_forms import is_concept_word

__all__ = ["foreign_family_opening"]

_OPENING = re.compile(rf"^[\s\-•*]*([{_LETTER}]{{3,}})[ \t]*,?،?[ \t]*([{_LETTER}]+)(?:[ \t]+([{_LETTER}]+))?")
# Words after the name that say a person: a client word or a person noun, "has", budget or spouse
# with a possessive, a Japanese honorific
_PERSON_AFTER = frozenset(
    """عميل عميلة عميله زبون زبونة زبونه رجل سيدة سيده عنده عندها عندو ميزانيته ميزانيتها زوجته زوجها
    مرته جوزها سان ساما""".split()
)
_WITH = frozenset({"مع", "ومع"})
# Adverbs and family words of speech that open a note ("شخصيا عنده ذوق", "ماما مع بنتها")
_SPOKEN_OPENERS = frozenset("شخصيا شخصياً بصراحة ماما بابا مامي بابي تقريباً عادة عادةً".split())


def _person_after(second: str, third: str | None) -> bool:
    if second in _PERSON_AFTER:
        return True
    if second[0] == "و" and (second[1:] in _KIN or second[1:] in ("عائلته", "عائلتها", "أسرته", "أسرتها")):
        return True  # "مولر وزوجته", "باتيل وعائلته"
    return second in _WITH and third is not None and third in _KIN  # "تشين مع زوجها"


def foreign_family_opening(text: str) -> list[PiiSpan]:
    """The foreign family name opening the note (see the module docstring)."""
    m = _OPENING.match(text)
    if not m or not _person_after(m.group(2), m.group(3)):
        return []
    word = m.group(1)
    if (
        word.startswith(("ال", "وال", "بال", "لل"))
        or word in _EXCLUDED or word in _KIN or word in _NAMING
        or word in _OPENERS or word in _ROLES or word in _TIME_BETWEEN
        or word.endswith(("اً", "ًا", "ة")) or word in _SPOKEN_OPENERS  # "ة" ends Arabic words, no foreign name
        or is_concept_word(word) or _participle(word) or _describes_client(word)
        or word[0] in "يت" and word.endswith("ي") and len(word) >= 4  # a present-tense verb: "تشتري وزوجها ساعة"
    ):
        return []
    return [PiiSpan(m.start(1), m.end(1), "NAME")]
