"""An elected office held for a party named in the same sentence, a few words apart (POLITICS).

An office alone stays readable (a profession, a title of courtesy), and an office that touches its
party joins it through the lexicon's ``roles`` ("Labour councillor", "concejala del PP") or a comma
(:func:`special.categories.appositions`). Writers also put the seat's town, a filler or a verb
ending between the two ("ist Bürgermeister in einer kleinen Gemeinde, CSU", "vereador aqui em
Campinas pelo PT", "국회의원 보좌관이시라는데, 음 민주당 쪽", "（民盟），政协委员"): the seat is the
person's political engagement as much as the party, and the note writers mark it as a span of its
own. So an office (the seats of :mod:`special.contexts.campaigns` but "mayor", the Spanish "older", and
"assessore", the Portuguese "aide"; an aide's title glued to one; not an assembly, "県議会")
within :data:`_REACH` characters of a POLITICS span, either side, in one sentence, becomes a POLITICS
span of its own; the words between stay readable. Not after an article or a preposition with one ("le
maire", "a mãe do vereador", "der vom Stadtrat": somebody else's office) or a word of a former holder
("antigo autarca", "die scheidende Bürgermeisterin"), not with a correction or an opening bracket between
("Councillor, no sorry she's a …"), nor with a name, another fact, a conjunction
("Labour councillor and candidate for mayor"), a spouse or a relative between the two or just before
the office in its sentence ("her husband is a senator"): whose party it is would be unclear.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.contexts.campaigns import _SEATS
from lvmh_pipeline.lib.privacy.special.contexts.words import REDACTION_MARK, SENTENCE_END, word_pattern
from lvmh_pipeline.lib.privacy.special.extent.conjunctions import CONJUNCTIONS
from lvmh_pipeline.lib.privacy.special.offices.assemblies import assemblies_after_parties

__all__ = ["seats_beside_parties"]

_REACH = 45  # characters at most between the office and the party
# the offices, without the verbs of running again among the campaign's seats, "mayor" (the Spanish "older")
# and "assessore" (the Portuguese "aide")
_OFFICES = tuple(s for s in _SEATS if not s.startswith(("se ", "vuelve", "volverá", "si ", "in lista", "mayor", "assessor")))
_OFFICE = word_pattern(_OFFICES)
# an aide's title after the office makes one title ("국회의원 보좌관", "议员助理")
_AIDE = re.compile(r"[ \t]?(?:보좌관|비서관|助理|秘书|秘書|秘書官)")
# the assembly glued before a seat in a script without spaces is part of its name ("区議会議員", "市议会议员")
_ASSEMBLY = re.compile(r"(?:[区市県都府道町村]議会|[区市县省]议会|国会|衆議院|参議院|구의회|시의회|도의회)$")
# the word before the office: an article or a preposition with its article (somebody else's office:
# "le maire", "a mãe do vereador", "der vom Stadtrat", "l'onorevole"), a former or outgoing holder ("antigo
# autarca", "die scheidende Bürgermeisterin")
_BEFORE = frozenset("""
le la l the der die das den dem des el il lo het o do da dos das del della dello dei degli du au aux vom zum zur
of de na no nel nella al alla
former ex antigo antiga ancien ancienne ehemalige ehemaliger ehemaligen scheidende scheidenden outgoing exalcalde
""".split())
# a correction or an opening bracket between the two: the office was a slip or an aside ("Councillor, no sorry
# she's a …", "Помощник [депутата] (сам депутат …")
_CORRECTION = re.compile(r"(?<![^\W_])(?:no|not|sorry|nein|non|não|nao|perdón|perdon|scusa|pardon|sorry|нет)(?![^\W_])|[(（]",
                         re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
# a spouse or a relative between the office and the party: whose party it is is unclear
_OTHER_PERSON = re.compile(
    r"(?<![^\W_])(?:wife|husband|son|daughter|femme|mari|fils|fille|frau|mann|sohn|tochter|esposa|esposo|mujer|marido|"
    r"hijo|hija|moglie|marito|figlio|figlia|mulher|filho|filha|vrouw|man|zoon|dochter|жена|муж|сын|дочь)(?![^\W_])"
    r"|妻|夫|儿子|女儿|息子|娘|아내|남편|아들|딸|زوج", re.IGNORECASE)


def seats_beside_parties(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping, original offsets) with each office held for a POLITICS
    span of its sentence as a POLITICS span of its own (module doc); first, a party takes in the
    assembly written right after it (:mod:`.assemblies`: "[del PSOE en el ayuntamiento]")."""
    spans = assemblies_after_parties(text, spans)
    parties = [s for s in spans if s.kind == "POLITICS"]
    if not parties:
        return spans
    added = []
    for match in _OFFICE.finditer(text):
        start, end = match.span()
        aide = _AIDE.match(text, end)
        end = aide.end() if aide else end
        assembly = _ASSEMBLY.search(text, max(0, start - 4), start)
        start = assembly.start() if assembly else start
        if any(s.start < end and start < s.end for s in spans + added):
            continue
        if any(w.casefold() in _BEFORE for w in _WORD.findall(text[max(0, start - 24) : start])[-1:]):
            continue
        if text[end : end + 1] == "会":
            continue  # "県議会", "市議会": the assembly, not a seat
        before = text[max(0, start - 30) : start]
        if _OTHER_PERSON.search(re.split(r"[.!?;。！？\n]", before)[-1]):
            continue  # "her husband is a senator": the relative's office
        if any(_beside(text, start, end, party, spans) for party in parties):
            added.append(PiiSpan(start, end, "POLITICS"))
    return sorted(spans + added) if added else spans


def _beside(text: str, start: int, end: int, party: PiiSpan, spans: list[PiiSpan]) -> bool:
    left, right = (end, party.start) if end <= party.start else (party.end, start)
    if not 0 <= right - left <= _REACH:
        return False
    between = text[left:right]
    if any(w in CONJUNCTIONS for w in re.findall(r"[^\W\d_]+", between.casefold())):
        return False  # "Labour councillor and candidate for mayor": the candidacy is another breath
    return not (SENTENCE_END.search(between) or REDACTION_MARK.search(between) or _CORRECTION.search(between) or _OTHER_PERSON.search(between)
                or any(left < s.start and s.end < right for s in spans))
