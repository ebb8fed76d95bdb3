"""An elected office said of a person with a copula, no party in sight (POLITICS).

"she's a councillor in Leeds", "il est député", "è consigliere comunale", "es concejal en el
ayuntamiento de …", "ist Stadträtin", "die is wethouder in …", "он является депутатом", "市議会議員をされて
いる", "구의원이시고": the office the note's person (or the spouse the note tells of) holds is their
political engagement. Dev writers marked the office after a copula 18 times in 20 (session 45: "est
conseillère municipale", "è consigliere regionale", "ist Bürgermeister", "他是人大代表"; left out: a
title of address and one Korean office), with the assembly or the town after it, not the copula; one
Russian "сам депутат" was left out, so "сам"/"сама" is no copula here. So an office of :mod:`.seats` (and "assessore",
"deputy mayor", "аким") right after a copula with maybe an article becomes a POLITICS span, with the
complement that follows when it opens with a preposition (at most :data:`_TAIL_WORDS` words, never past
a clause mark, never ending on a preposition or an article: "[concejala en el ayuntamiento de Pozuelo]");
in CJK and Korean, the office with a copula or an honorific verb glued after it. An office after any
other word ("gift for the mayor", "met the senator") is left to the other rules; an office already
inside a span is left as it is (another fact, or the office already told with its party).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import has_dense_script
from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.offices.clergy import clergy_offices
from lvmh_pipeline.lib.privacy.special.contexts.words import CLAUSE_END, SENTENCE_END, word_pattern
from lvmh_pipeline.lib.privacy.special.offices.seats import _ASSEMBLY, _OFFICES

__all__ = ["predicated_offices"]

_TAIL_WORDS = 5
_MORE = ("assessore", "assessora", "deputy mayor", "vice mayor", "vice-mayor", "аким*", "вице-мэр*", "maire-adjoint",
         "maire adjoint", "teniente de alcalde", "vicesindaco", "vicesindaca", "loco-burgemeester",
         "stellvertretende Bürgermeister*")
_OFFICE = word_pattern(tuple(o for o in _OFFICES + _MORE if not has_dense_script(o)))
_DENSE_OFFICE = re.compile("|".join(sorted({re.escape(o) for o in _OFFICES if has_dense_script(o)}, key=len,
                                           reverse=True)))
# a copula (maybe an adverb, then an article) right before the office
_COPULA = re.compile(
    r"(?<![^\W_])(?:is|was|IS|'s|’s|is now|now|est|était|c'est|c’est|devenue?|è|era|è stata|è stato|fa|es|fue|"
    r"é|foi|ist|war|wurde|werd|является|стала?)"
    r"(?:[ \t]+(?:also|aussi|anche|también|também|ook|auch|now|maintenant|ora|adesso|ahora|agora|nu|jetzt|"
    r"still|encore|ancora|todavía|ainda|nog|noch))?"
    r"[ \t]+(?:(?:a|an|the|un|une|le|la|l'|l’|il|lo|el|o|um|uma|der|die|ein|eine|de|het|een)[ \t]+)?$")
# in CJK and Korean: the office with a copula or the honorific verb of holding it after it
_DENSE_AFTER = re.compile(r"(?:を(?:され|して|なさって|お務め|務め)|で(?:いらっしゃ|あ)|です|이시|이세요|이에요|이고|이었|이라|입니다)")
_DENSE_BEFORE = re.compile(r"(?:是|任|当|當|担任|擔任)$")
_PREPOSITION = re.compile(
    r"(?:in|of|for|at|on|en|de|del|de la|du|des|au|à|a|al|alla|alle|ai|di|della|del|nel|nella|per|por|pelo|pela|"
    r"do|da|no|na|em|im|in der|im|für|von|vom|der|voor|van|bij|в|во|по|от)$", re.IGNORECASE)
_TOKEN = re.compile(r"\S+")
_PARTY_REACH = 45  # characters at most from the office to a party span after it (:mod:`.seats`)
# the level of the office right after it ("deputada estadual", "conseiller régional", "state senator")
_LEVEL = re.compile(r"[ \t]+(?:estadual|federal|municipal|municipale|régional|régionale|regional|regionale|"
                    r"comunale|provinciale|provincial|départemental|départementale|distrital|local)(?![^\W_])",
                    re.IGNORECASE)
_EN_NEXT = re.compile(r"(?:el|la|los|las|un|una|le|les|l'|l’|des|[A-ZÀ-Ý]\w*)$")
# a relative as the subject: somebody else's office ("her son is a senator"); a spouse's is the couple's
_RELATIVE = re.compile(
    r"(?<![^\W_])(?:son|daughter|brother|sister|father|mother|fils|fille|frère|sœur|père|mère|figlio|figlia|"
    r"fratello|sorella|padre|madre|hijo|hija|hermano|hermana|filho|filha|irmão|irmã|pai|mãe|Sohn|Tochter|Bruder|"
    r"Schwester|Vater|Mutter|zoon|dochter|broer|zus|vader|moeder|сын|дочь|брат|сестра|отец|мать)(?![^\W_])"
    r"[^,.;:!?\n]{0,12}$", re.IGNORECASE)
# a word that opens the next clause: the complement ends before it ("ist Stadträtin in Bonn [und sucht]")
_OPENER = re.compile(r"(?:and|und|e|y|et|но|и|but|ma|pero|mais|aber|maar|who|which|that|che|que|qui|dat|wo|welche|"
                     r"который|которая|которые|где)$", re.IGNORECASE)
# the copula or honorific verb glued after a dense office ("をされてる", "をしている", "이시고요")
_GLUED = re.compile(r"(?:をされて|をして|をなさって|をお務め|を務め)(?:いる|います|いて|らっしゃる|る)?|でいらっしゃる|です"
                    r"|[\uac00-\ud7af]{1,4}")
_DANGLING = frozenset("""a à ao aos au aux the an of in on at for to from by with de do da di del della dei em no na
en el la le les los las lo il un una une um uma für zu zum zur von vom mit bei im am an auf der die das den dem des voor
van het een op bij naar met в на за по с к у от""".split())


def _tail(text: str, end: int, spans: list[PiiSpan]) -> int:
    """End of the complement after an office ending at ``end``: its level ("estadual", "regional"),
    then up to :data:`_TAIL_WORDS` words from an opening preposition, within the clause, not ending on
    a preposition or an article; not when a POLITICS span (the party) follows in the sentence: the
    words between stay readable (:mod:`.seats`). The Dutch "en" ("and") opens no complement: a
    preposition "en" is followed by an article or a capitalised place ("en el ayuntamiento", "en Sevilla")."""
    level = _LEVEL.match(text, end)
    end = level.end() if level else end
    if any(s.kind == "POLITICS" and end <= s.start <= end + _PARTY_REACH
           and not SENTENCE_END.search(text, end, s.start) for s in spans):
        return end
    stop = CLAUSE_END.search(text, end)
    limit = stop.start() if stop else len(text)
    tokens = []
    for token in list(_TOKEN.finditer(text, end, limit))[:_TAIL_WORDS]:
        if _OPENER.match(token.group()):
            break
        tokens.append(token)
    if not tokens or not _PREPOSITION.match(tokens[0].group().strip(",")):
        return end
    if tokens[0].group().lower() == "en" and (len(tokens) < 2 or not _EN_NEXT.match(tokens[1].group())):
        return end
    while tokens and tokens[-1].group().lower() in _DANGLING:
        tokens.pop()
    return tokens[-1].end() if tokens else end


def _offices(text: str, spans: list[PiiSpan]) -> list[tuple[int, int]]:
    """(start, end) of each office said with a copula, with its complement (see the module)."""
    found = []
    for office in _OFFICE.finditer(text):
        copula = _COPULA.search(text, max(0, office.start() - 40), office.start())
        if copula and not _RELATIVE.search(text, max(0, copula.start() - 30), copula.start()):
            found.append((office.start(), _tail(text, office.end(), spans)))
    for office in _DENSE_OFFICE.finditer(text):
        after = _DENSE_AFTER.match(text, office.end())
        if after or _DENSE_BEFORE.search(text, max(0, office.start() - 3), office.start()):
            assembly = _ASSEMBLY.search(text, max(0, office.start() - 6), office.start())
            glued = _GLUED.match(text, office.end()) if after else None
            found.append((assembly.start() if assembly else office.start(), glued.end() if glued else office.end()))
    return found


def predicated_offices(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping, original offsets) with each office said with a copula a
    POLITICS span (see the module), joined with the POLITICS spans its complement overlaps; first, a
    religious office stated of someone is a RELIGION span (:mod:`.clergy`)."""
    if not isinstance(text, str):
        return spans
    out = clergy_offices(text, spans)
    for start, end in _offices(text, spans):
        touched = [s for s in out if s.start < end and start < s.end]
        if any(s.kind != "POLITICS" or s.start <= start for s in touched):
            continue  # another fact, or an office already told (with its party: "concejal del PSOE")
        out = [s for s in out if s not in touched]
        out.append(PiiSpan(min([start, *(s.start for s in touched)]), max([end, *(s.end for s in touched)]), "POLITICS"))
    return sorted(out)
