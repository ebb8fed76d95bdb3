"""A same-sex spouse shown by a name title rather than by a possessive.

French, Spanish, Italian and Portuguese possessives do not show the owner's gender ("sa femme",
"su esposa", "sua moglie"): a spouse of the same gender as the title that opens the clause shows
it instead ("Mme Roux vient avec sa compagne", "el Sr. Ortiz y su marido"). Such a spouse is a
``partners`` term of ORIENTATION (redacted only where nothing else in the note states the
orientation, :func:`categories._partners`). Not across a sentence end, nor across a kin word
("Mme Roux, pour son fils et sa femme": the son's wife), nor after a couple's title ("M. et Mme
Roux ... sa femme"), and at most a few words after the name.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.privacy.special.lexicon import PARTNER, SPECIAL_KINDS, TERM

__all__ = ["titled_partners"]

_ORIENTATION = SPECIAL_KINDS.index("ORIENTATION")
# folded titles and spouse words, per gender (the possessive of these languages is neutral)
_WOMEN = (r"mme|madame|mlle|mademoiselle|sra|senora|signora|sig ra|sigra|dona|dra|senhora|d",
          r"femme|epouse|compagne|esposa|mujer|moglie|compagna|mulher|companheira|novia|noiva|fidanzata")
_MEN = (r"m|monsieur|sr|senor|signor|sig(?! ra)|don|senhor",  # "Dr" is either
        r"mari|epoux|compagnon|marido|esposo|marito|compagno|companheiro|novio|noivo|fidanzato")
_GAP = r"(?:[^\W\d_]+ +){1,4}?"  # the name and a few words ("vient avec", "e")
_OTHER = tuple(re.compile(rf"(?<![^\W_])(?:{titles})(?![^\W_])") for titles, _ in (_MEN, _WOMEN))
_PATTERNS = tuple(
    re.compile(rf"(?<![^\W_])(?:{titles}) +{_GAP}((?:sa|son|su|sua|suo|seu) +(?:{spouses}))(?![^\W_])"
               r"(?! +(?:de|di|da|do|d)(?![^\W_]))")  # "sa femme de ménage", "sa compagne de voyage"
    for titles, spouses in (_WOMEN, _MEN))
_SPOUSE = re.compile(rf"(?<![^\W_])(?:sa|son|su|sua|suo|seu) +(?:{_WOMEN[1]}|{_MEN[1]})(?![^\W_])")
_KIN = re.compile(r"(?<![^\W_])(?:fils|fille|frere|soeur|pere|mere|neveu|niece|hijo|hija|hermano|hermana|padre|madre|"
                  r"sobrino|sobrina|figlio|figlia|fratello|sorella|nipote|filho|filha|irmao|irma|pai|mae|sobrinho|"
                  r"sobrinha|amie|ami|amiga|amigo|amica|amico|collegue|collega|colega|patron|chef|capo|jefe)(?![^\W_])")
_BREAK = re.compile(r"[:;!?\n]|\.\s")
_WORD_END = re.compile(r"[^\W\d_]{4}$")  # a sentence's last word, not a title's abbreviation
# a couple's title ("M. et Mme Martin", "Sr. y Sra. Gil"): the spouse is the other one's; a title of
# the other gender in the sentence (:data:`_OTHER`) leaves whose spouse it is unclear
_COUPLE = re.compile(r"(?<![^\W_])(?:m|monsieur|mme|madame|sr|sra|senor|senora|signor|signora|sig|sig ra|senhor|senhora|"
                     r"don|dona|herr|frau|mr|mrs) +(?:et|y|e|and|und) +$")


def titled_partners(nt: NormalizedText) -> list[tuple]:
    """ORIENTATION partner hits (folded offsets) for a spouse of the same gender as the title of
    the clause ("Sra. Vidal con su esposa"); an opposite-sex or untitled spouse stays family."""
    folded = nt.folded
    if _SPOUSE.search(folded) is None:  # one pass; the titles are looked for only then
        return []
    found = []
    for pattern, other in zip(_PATTERNS, _OTHER):
        for match in pattern.finditer(folded):
            title_end = folded.index(" ", match.start())
            start, end = nt.to_original(match.start(), title_end)
            title = nt.original[start:end]
            between = nt.original[end + 1 : nt.to_original(match.start(1), match.end(1))[0]]
            short = len(title) <= 4 and not title[:1].isupper()
            if short or (len(title) <= 2 and not nt.original.startswith(".", end)):
                continue  # "m'a dit", "D'Angelo", "don": a short title is capitalised, "M." has its dot
            couple = _COUPLE.search(folded, max(0, match.start() - 20), match.start())
            sentence = _sentence_start(nt, match.start())
            if _titled(nt, other, sentence, match.start(1)):
                continue  # "Mme Roux, assistante de M. Petit, ... sa femme": whose wife is unclear
            if couple or _KIN.search(folded, title_end, match.start(1)) or _BREAK.search(between):
                continue
            found.append((match.start(1), match.end(1), _ORIENTATION, TERM, PARTNER))
    return found


def _sentence_start(nt: NormalizedText, position: int) -> int:
    """Folded offset of the start of the sentence holding ``position`` (at most 120 characters
    back); the dot of a title ("M.", "Sra.") ends no sentence."""
    start = max(0, position - 120)
    for index in range(position - 1, start - 1, -1):
        if nt.folded[index] != " ":
            continue
        at = nt.to_original(index, index + 1)[0]
        char = nt.original[at]
        if char in ":;!?\n" or (char == "." and _WORD_END.search(nt.original, max(0, at - 4), at)):
            return index
    return start


def _titled(nt: NormalizedText, titles: re.Pattern, start: int, end: int) -> bool:
    """Is there a title of ``titles`` (capitalised, a short one with its dot) in ``[start, end)``?"""
    for match in titles.finditer(nt.folded, start, end):
        first, last = nt.to_original(match.start(), match.end())
        title = nt.original[first:last]
        if title[:1].isupper() and (len(title) > 2 or nt.original.startswith(".", last)):
            return True
    return False
