"""A full Korean name whose one-syllable surname is a rare one of the census (피, 봉, 사, 감 …):
written without a space before a personal honorific ("피서윤 고객", "감도윤 님,"), opening the note,
a sentence or a clause, with a given name the lexicon knows after the surname. The lexicon's
surname class keeps the common surnames only (a rare one is a word or a syllable of words too);
the full name in that place, its given name known, makes it one.
"""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.names.lexicon import KO_SURNAMES
from lvmh_pipeline.lib.privacy.names.person_names import person_names

__all__ = ["KO_CENSUS_RARE_SURNAMES", "ko_rare_full_name"]

# One-syllable surnames of the Korean census (2015) outside the common ones of the lexicon.
KO_CENSUS_RARE_SURNAMES: frozenset[str] = frozenset(
    "경봉복태피감빈온호범좌팽승간갈견옹빙풍평부예탄종묵뇌초화창흥필포운"
    "사시계단당돈두란뢰만매묘미비삼상섭순아애야영요음자저점즙증편학해형환후가개곡궁근기내담대동라래량려로롱뢰"
    "륙리린마모목묵미반방배백범변병보봉부비빈빙사상서석선설섭성소손송수순승시신심아안애야양어엄여연염영예오옥온옹왕요용우운원위유육윤은음이인임자장전점정제조종좌주준즙증지진차창채천초최추탁탄태판팽편평포표풍피필하학한함해허현형호홍화환황후흥"
) - KO_SURNAMES
_PERSONAL = frozenset({"님", "씨", "고객님", "고객", "여사님", "사모님", "선생님"})
_OPENING = ".!?。,，:：\n(（"
_HESITATIONS = frozenset("어아음그저에")


def ko_rare_full_name(text: str, start: int, word: str, spaced: bool, honorific: str) -> bool:
    """Is ``word`` (before ``honorific``) a full name with a rare census surname (see the module)?"""
    if len(word) != 3 or not spaced or honorific not in _PERSONAL or word[0] not in KO_CENSUS_RARE_SURNAMES:
        return False
    if word[0] in _HESITATIONS:
        return False
    lexicon = person_names()
    given = word[1:]
    if given not in lexicon.given or given in lexicon.ambiguous:
        return False
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in _OPENING
