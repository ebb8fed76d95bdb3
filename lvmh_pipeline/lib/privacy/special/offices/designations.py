"""An elected office that designates the person of the note, said with its definite article (POLITICS).

Writers mark an office that names who the note is about, with no party in sight, as a political
engagement: the article and the office ("the councillor, ...", "le député, monsieur ...", "de
wethouder, mevrouw ...", "il senatore X"), a past holder's too ("l'ex senatore X", "the former MP,
..."). They leave a bare title of address before a name readable ("Senator X's chief of staff",
"Councillor, er, Councillor Y", "Wethouder Van Dijk": dev writers, 0 of 9 bare titles marked), and
"onorevole", a title of courtesy, too (2 of 3 left out). So an office of
:mod:`special.contexts.campaigns` (the ``_OFFICES`` of :mod:`.seats`, without "onorevole") becomes a
POLITICS span with the definite article right before it, where that article opens a clause (at the
start of the note, after a clause mark: ",", ":", "(", a dash, or after a discourse filler: "so",
"alors", "allora", "eh", "pues", "então"…) and the office is followed by a comma (an apposition), a
name or a title of address: the office names the note's person. "Il sindaco è passato", "La sindaca
di Milano ha ordinato", "Le maire adjoint a inauguré" tell of somebody passing by or a public figure.
After any other word the office is somebody else's or part of a phrase ("a gift for the mayor", "der
vom Stadtrat", "met the senator"): it stays readable, as does an office followed by a possessive "'s"
("the senator's wife"). Scripts without articles (Russian, CJK, Korean, Arabic) are left to the
lexicon's offices with their assembly ("депутат Госдумы", "市議会議員").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import has_dense_script
from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.contexts.words import word_pattern
from lvmh_pipeline.lib.privacy.special.offices.seats import _OFFICES

__all__ = ["office_designations"]

# a courtesy title rather than an office (dev writers left it out 2 times in 3)
_COURTESY = frozenset({"onorevole"})
_OFFICE = word_pattern(tuple(o for o in _OFFICES if o not in _COURTESY and not has_dense_script(o)))
# definite articles of the languages that write one before an office
# and a word of a past or outgoing holder between them ("l'ex senatore", "the former MP", "die ehemalige Abgeordnete")
_ARTICLE = re.compile(r"(?<![^\W_])(?:the|le|la|l'|l’|il|lo|el|o|a|der|die|de|het)[ \t]*"
                      r"(?:(?:ex|former|ancien|ancienne|antigo|antiga|ehemalige|ehemaliger|frühere|früherer|voormalige)"
                      r"(?:[ \t]+|[ \t]*-[ \t]*)|(?:ex|oud)-)?$", re.IGNORECASE)
# what may stand before a clause-opening article: nothing, a clause mark, a discourse filler or a correction
_FILLERS = frozenset("""
so ok okay right well um uh er erm eh ehm äh ähm also ja nun alors bon donc euh ben bah allora ecco dunque
pues vale bueno mira então entao olha bom nou dus oké
no non nein não nao nee sorry scusa pardon perdón perdon anzi
""".split())  # the last line: a correction restarts the clause ("il senatore, no l'ex senatore X")
# what follows a designating office: a comma (an apposition, "le député, monsieur ...") or the holder's
# name, the [NAME] token or a title of address ("il senatore [NAME]", "the councillor Mr ...")
_TITLES = (r"mr|mrs|ms|miss|dr|monsieur|madame|mme|herr|frau|signor|signora|sig|señor|señora|senor|senora|sr|sra|"
           r"senhor|senhora|dona|meneer|mevrouw|dhr|mevr")
_FOLLOWED = re.compile(rf"[ \t]*,|[ \t]+(?:\[NAME\]|(?:{_TITLES})(?![^\W_])\.?|[A-ZÀ-Ý][^\W\d_]+(?![^\W_]))")
_OPENING = re.compile(r"(?:^|[,;:(（\u2013\u2014\-.!?\n])[ \t]*$")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t,]*$")


def _opens_clause(text: str, at: int) -> bool:
    """Whether the article starting at ``at`` opens a clause: text start, a clause mark or a filler."""
    before = text[max(0, at - 40) : at]
    if _OPENING.search(before):
        return True
    word = _WORD_BEFORE.search(before)
    return bool(word) and word.group(1).casefold() in _FILLERS


def office_designations(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping, original offsets) with each office designated by a
    clause-opening definite article as a POLITICS span of the article and the office (module doc)."""
    added: list[PiiSpan] = []
    for match in _OFFICE.finditer(text):
        start, end = match.span()
        if text[end : end + 2] in ("'s", "’s"):
            continue  # "the senator's wife": somebody else is the person
        article = _ARTICLE.search(text, max(0, start - 18), start)
        if article is None or not _opens_clause(text, article.start()) or not _FOLLOWED.match(text, end):
            continue  # "Il sindaco è passato", "La sindaca di Milano": a passer-by or a public figure
        if any(s.start < end and article.start() < s.end for s in spans + added):
            continue
        added.append(PiiSpan(article.start(), end, "POLITICS"))
    return sorted(spans + added) if added else spans
