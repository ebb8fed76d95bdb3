"""A family name inside the name of the client's own firm: "Azienda Ricci Srl", "Empresa Navarro
Hnos.", "Bakker Holding BV", "Firma Krüger GmbH", "Société Mercier & Fils".

A corporate client's note names the firm after the family that owns it, and the family name
identifies the client as surely as the person's. Only a listed family name (no given name, word,
place or brand: "Ferrari S.p.A.", "Chanel SAS" stay) before a legal form, or after a firm word; the
firm where the person named holds a post ("PDG Maison Delorme SA") is their employer's
(:mod:`..venues.employers`).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import LETTER, UPPER
from lvmh_pipeline.lib.privacy.names.guard import AMBIGUOUS, NAME, classify, is_famous, is_given_name, is_place_month_or_brand, is_surname

__all__ = ["firm_names"]

_CAP = rf"[{UPPER}][{LETTER}'’]+(?:-[{UPPER}][{LETTER}'’]+)?"
_PARTICLE = r"(?:Van|Von|De|Di|Del|Da|Dos|Der|Den|La|Le)"  # capitalised: "em nome de Vasconcelos & Filhos"
_LEGAL = (
    r"(?:S\.?r\.?l\.?|S\.?p\.?A\.?|GmbH|AG|KG|OHG|B\.?V\.?|N\.?V\.?|S\.?A\.?S?|SARL|S\.?L\.?|Lda\.?|Ltda\.?|Ltd\.?|LLC|Inc\.?|"
    r"PLC|plc|Hnos\.?|Hermanos|Holding|Group|Gruppe|Groep|Gruppo|Grupo|"
    r"(?:&|e|y|und|en)\s(?:Co\.?|Cie\.?|Fils|Figli|Hijos|Filhos|Söhne|Zonen|Sons))"
)
_FIRM_WORDS = (
    r"(?:Azienda|Ditta|Studio|Empresa|Firma|Bedrijf|Société|Societe|Entreprise|Cabinet|Kanzlei|Praxis|"
    r"Bodegas|Cantina|Weingut|Domaine|Maison|Atelier|Laboratorio|Company|Firm)"
)
_BEFORE_LEGAL = re.compile(rf"(?<![{LETTER}])((?:{_PARTICLE}\s)?{_CAP}(?:\s{_CAP})?)\s{_LEGAL}(?![{LETTER}])")
_AFTER_FIRM_WORD = re.compile(rf"(?<![{LETTER}]){_FIRM_WORDS}\s((?:{_PARTICLE}\s)?{_CAP}(?:\s{_CAP})?)(?=[\s,.;:)]|$)")
_GATE = re.compile(rf"{_LEGAL}|{_FIRM_WORDS}")



def _family_only(words: list[str], legal: bool) -> bool:
    """Every capitalised word a listed family name that is no given name, place or brand, nor a word
    unless a legal form follows ("Richter GmbH": the judge is a family here)."""
    caps = [w for w in words if not re.fullmatch(_PARTICLE, w)]
    return bool(caps) and all(
        is_surname(w) and (classify(w) == NAME or legal and classify(w) == AMBIGUOUS)
        and not is_given_name(w) and not is_place_month_or_brand(w)
        for w in caps
    ) and not is_famous(" ".join(words))


def firm_names(text: str) -> list[PiiSpan]:
    """Family names in the name of a firm (see the module docstring)."""
    if not _GATE.search(text):
        return []
    spans = []
    for pattern in (_BEFORE_LEGAL, _AFTER_FIRM_WORD):
        legal = pattern is _BEFORE_LEGAL
        for m in pattern.finditer(text):
            words = m.group(1).split()
            while len(words) > 1 and not _family_only(words[:1], legal) and not re.fullmatch(_PARTICLE, words[0]):
                words = words[1:]  # "Consegna Bianchi Srl": the first word is the note's
            if words and _family_only(words, legal):
                start = m.end(1) - len(" ".join(words))
                spans.append(PiiSpan(start, m.end(1), "NAME"))
    return spans
