"""An election or an election campaign said beside an office and its party (POLITICS).

"Stadtrat für die Grünen, Wahlkampf bis Sept.", "市議会議員(立憲民主党)、選挙は4月のため", "구의원(더불어민주당), 6월
선거 준비로", "депутат гордумы от «Яблока», выборы в сент.": the office with its party is one fact,
and the campaign the holder is in is a second one, its own span — the election word with its date
right after it (two words, or in a script without spaces the particle and the month: "選挙は4月") or a
month right before it ("6월 선거"), not where the election dates something else ("選挙前", "선거 끝나고",
:mod:`special.contexts.campaigns`); a house's campaign ("Sommerkampagne der Maison", "holiday
campaign") is no election word here. :mod:`special.contexts.campaigns` pairs a seat with its election
where no party is named.

Only an election set right after the office past a comma, with a date, is read ("…, Wahlkampf bis
Sept."); an election told elsewhere in the sentence ("joked about the elections", "聊了很多選舉的事",
"again in the May election") stays readable, as the development writers leave it.

An office said in a false start right before the POLITICS span that corrects it is the same
engagement, a span of its own ("deputado estadual, não, não, [deputado federal, pelo PSOL]").

A candidacy verb right before a POLITICS span joins it ("Runs for [council]", "kandidiert für [den
Stadtrat]"): the run is the political fact with its seat.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.contexts.words import tail_end

__all__ = ["elections_beside_offices"]

_SPACED = (r"elections?|re-?elections?|by-elections?|primaries|Wahlkampf\w*|Kommunalwahl\w*|Landtagswahl\w*|Bundestagswahl\w*|"
           r"Wiederwahl|élections?|réélection|campagne électorale|municipales|législatives|elecciones|campaña electoral|"
           r"reelección|eleições|eleição|campanha eleitoral|reeleição|elezioni|campagna elettorale|rielezione|"
           r"verkiezing\w*|herverkiezing|выбор(?:ы|ах|ов|ам)|перевыбор\w*|انتخابات")
_DENSE = r"選挙|선거|총선|지방선거|选举|選舉|换届选举|換屆選舉|换届|換屆"
_WORD = re.compile(rf"(?:{_SPACED})(?!\w)|(?:{_DENSE})", re.IGNORECASE)
# an election that dates something else or is talked about (see :mod:`special.contexts.campaigns`)
_ASIDE_AFTER = re.compile(r"\s?(?:前|後|后|전|후|끝나|끝난|끝났|이후|以后|以後|结束|結束|が終わ|staff|team|volunteers)", re.IGNORECASE)
_MONTH_FIRST = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s?(?:월|月)\s?")
# only past a comma right after the office, its bracket or quote closed ("…(立憲民主党)、選挙は4月", "«Яблока», выборы")
_SET_AFTER = re.compile(r"[)）»」”\"']?[ \t]*[,、，][ \t]*")
# a date in the election's tail ("bis Sept.", "in May", "в сент.")
_DATE = re.compile(r"\d|(?<!\w)(?:jan|feb|fév|fev|mär|mar|apr|avr|abr|may|mai|mag|mei|jun|jui|giu|jul|lug|aug|aoû|ago|sep|set|"
                   r"oct|okt|ott|out|nov|dec|déc|dez|dic|янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек|spring|autumn|fall|"
                   r"frühjahr|herbst|printemps|automne|primavera|autunno|outono|otoño|осен|весн)", re.IGNORECASE)
_DENSE_TAIL = re.compile(r"(?:は|が|も|이|가|은|는)?\s?(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s?(?:月|월)")
_RUNS_FOR = re.compile(r"(?<!\w)(?:runs?|running|ran|stands?|standing|stood)[ \t]+for[ \t]+(?:the[ \t]+)?$|"
                       r"(?<!\w)kandidiert[ \t]+(?:für|in)[ \t]+(?:den|die|das|dem)?[ \t]*$|"
                       r"(?<!\w)(?:se[ \t]+présente|se[ \t]+presenta|si[ \t]+candida|se[ \t]+candidata|candidata-se)[ \t]+(?:à|a|al|alla|para)[ \t]+(?:la|le|el|il|os|as|o|a)?[ \t]*$",
                       re.IGNORECASE)
# an office said in a false start right before the POLITICS span that corrects it ("é deputado estadual, não,
# não, [deputado federal, pelo PSOL]"): the first office is the same engagement
_FALSE_START = re.compile(
    r"(?<!\w)(?P<seat>(?:deputad[oa]|vereador[a]?|senador[a]?|diputad[oa]|concejal[a]?|councillor|councilor|député[e]?|"
    r"deputat[oa]|senat(?:ore|rice)|consiglier[ea]|Abgeordnete[r]?|Stadtrat|Stadträtin|Landtagsabgeordnete[r]?|депутат\w*|"
    r"wethouder|raadslid|Kamerlid)(?:[ \t]+[^\W\d_]+)?)[ \t]*,[ \t]*(?:(?:não|nao|no|nein|non|нет|nee|I mean|cioè|enfin|"
    r"ich meine|quer dizer|digo|o sea|ou melhor|anzi|ik bedoel)[ \t]*,?[ \t]*){1,3}$", re.IGNORECASE)
_CJK = re.compile(r"[\u3040-\u9fff\uac00-\ud7af]")
_GATE = re.compile(rf"{_SPACED}|{_DENSE}|for|kandid|présente|presenta|candida|,\s*(?:não|nao|no|nein|non|нет|nee|I mean|cioè|enfin|"
                   r"ich meine|quer dizer|digo|o sea|ou melhor|anzi|ik bedoel)\b", re.IGNORECASE)


def elections_beside_offices(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping) with the candidacy verb before a POLITICS span joined to
    it and each dated election set after a POLITICS span as a POLITICS span of its own."""
    politics = [s for s in spans if s.kind == "POLITICS"]
    if not politics or not _GATE.search(text):
        return spans  # (the gate holds the correction words of a false start too)
    out = []
    for span in spans:  # "Runs for [council]"
        run = _RUNS_FOR.search(text, max(0, span.start - 24), span.start) if span.kind == "POLITICS" else None
        if run and not any(o.start < span.start and run.start() < o.end for o in out):
            span = PiiSpan(run.start(), span.end, "POLITICS")
        out.append(span)
    for office in [s for s in out if s.kind == "POLITICS"]:
        corrected = _FALSE_START.search(text, max(0, office.start - 60), office.start)
        if corrected and not any(s.start < corrected.end("seat") and corrected.start() < s.end for s in out):
            out.append(PiiSpan(corrected.start(), corrected.end("seat"), "POLITICS"))  # "deputado estadual, não, [deputado federal]"

        found = _dated_election(text, office.end)
        if found and not any(s.start < found[1] and found[0] < s.end for s in out):
            out.append(PiiSpan(found[0], found[1], "POLITICS"))
    return sorted(out)


def _dated_election(text: str, at: int) -> tuple[int, int] | None:
    """(start, end) of a dated election set right after an office ending at ``at``, past a comma."""
    gap = _SET_AFTER.match(text, at)
    if gap is None:
        return None
    start = gap.end()
    month = _MONTH_FIRST.match(text, start)
    word = _WORD.match(text, month.end() if month else start)
    if word is None or _ASIDE_AFTER.match(text, word.end()):
        return None
    end = word.end()
    if _CJK.match(word.group()):
        tail = _DENSE_TAIL.match(text, end)
        end = tail.end() if tail else end
        return (start, end) if month or tail else None
    end = tail_end(text, end, 30, 2, trim=True)
    return (start, end) if _DATE.search(text, word.end(), end) else None
