"""A couple named by two titles of one gender, then a spouse word (ORIENTATION).

A CRM line may open on the couple's own title pair, "Mr & Mr Okafor", "Mrs. and Mrs. Lund", "Herr
und Herr Brandt", "M. et M. Roche", "Sr. y Sr. Vidal", "Sra. e Sra. Melo": the titles say the two are
of one gender, and a husband or wife named a few words later in the same line ("Mr & Mr Okafor
(Tunde and his husband Ben)", "Mr. & Mr. [NAME]（[NAME]様とご主人の[NAME]様）") is a same-sex spouse:
a ``partners`` hit. The spouse word must be of the titles' gender and follow within
:data:`_REACH` characters, with no sentence end, another title of the other gender or a kin word
between ("Mr & Mr Okafor, their daughter and her husband" is the daughter's). A mixed pair ("Mr &
Mrs") opens nothing.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText, to_folded
from lvmh_pipeline.lib.privacy.special.couples.plural_spouses import plural_spouses
from lvmh_pipeline.lib.privacy.special.lexicon import PARTNER, SPECIAL_KINDS, TERM

__all__ = ["paired_titles"]

_ORIENTATION = SPECIAL_KINDS.index("ORIENTATION")
_REACH = 90  # characters from the title pair to the spouse word, at most
_AND = r"[ \t]*(?:&|\+|/|and|und|et|y|e|en)[ \t]*"
# per gender: the titles, and the spouse words of that gender (Japanese, Korean and Chinese glued)
_GENDERS = (
    (r"Mr|Herr|Hr|Sr|M|Sig|Dhr",
     r"(?<![\w])(?:husband|hubby|Ehemann|Gatte|mari|époux|marito|marido|esposo|echtgenoot)(?![\w])"
     r"|ご主人|旦那様|旦那さん|남편|丈夫|老公"),
    (r"Mrs|Ms|Frau|Fr|Sra|Mme|Sig\.ra|Mevr|Mw",
     r"(?<![\w])(?:wife|Ehefrau|Gattin|épouse|moglie|esposa|echtgenote)(?![\w])|奥様|奥さん|아내|부인|妻子|老婆"),
)
_PAIRS = tuple(re.compile(rf"(?<![\w.])(?:{titles})\.?{_AND}(?:{titles})\.?(?=[ \t])") for titles, _ in _GENDERS)
_SPOUSES = tuple(re.compile(spouses) for _, spouses in _GENDERS)
_OTHER = tuple(re.compile(rf"(?<![\w.])(?:{titles})\.?(?=[ \t])") for titles, _ in reversed(_GENDERS))
_STOP = re.compile(r"[.!?;。！？\n](?=[ \t\n]|$)")
_KIN = re.compile(r"(?<![\w])(?:daughter|son|sister|brother|mother|father|Tochter|Sohn|Schwester|Bruder|fille|fils|"
                  r"figlia|figlio|hija|hijo|filha|filho|dochter|zoon)(?![\w])|娘さん|息子さん|お嬢様|ご子息|딸|아들|女儿|儿子",
                  re.IGNORECASE)
_GATE = re.compile(r"(?:Mr|Herr|Hr|Sr|M|Sig|Dhr|Mrs|Ms|Frau|Fr|Sra|Mme|Mevr|Mw)\.?[ \t]*(?:&|\+|/|and|und|et|y|e|en)[ \t]")


def paired_titles(nt: NormalizedText) -> list[tuple]:
    """ORIENTATION ``partners`` hits (folded offsets) for a spouse after a same-gender title pair,
    and for a plural spouse word right after a named pair (:mod:`.plural_spouses`: "Ade & Sam (husbands)")."""
    text = nt.original
    if not _GATE.search(text):
        return plural_spouses(nt)
    found = plural_spouses(nt)
    for gender, pairs in enumerate(_PAIRS):
        for pair in pairs.finditer(text):
            window = text[pair.end() : pair.end() + _REACH]
            stop = _STOP.search(window)
            window = window[: stop.start()] if stop else window
            for spouse in _SPOUSES[gender].finditer(window):
                before = window[: spouse.start()]
                if _KIN.search(before) or _OTHER[gender].search(before):
                    break
                start, end = pair.end() + spouse.start(), pair.end() + spouse.end()
                found.append((to_folded(nt, start), to_folded(nt, end), _ORIENTATION, TERM, PARTNER))
    return found
