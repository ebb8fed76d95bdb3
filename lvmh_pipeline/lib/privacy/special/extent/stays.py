"""A stay in a place of care told with how long it lasted and what it was for (HEALTH).

The lexicon reads the stay itself ("in hospital", "hospitalisée", "ricoverata", "ingresada",
"лежала в больнице", "入院", "입원"); a note tells it as a clause, and the clause is the fact:

- the end or the length of the stay right after it ("[in hospital until last month]",
  "[hospitalisée deux mois en clinique]", "[ricoverata fino al mese scorso]", "[internada por
  duas semanas]"), with the place of care after a length ("en clinique", "in a clinic");
- the stay at a named place for the condition after it ("[a stay at the Priory, for anxiety]",
  "[un séjour à la Roseraie pour une dépression]"), past a HEALTH span the place's word may hold;
- the end written between the verb and the place in German and Dutch ("lag [bis letzten Monat im
  Krankenhaus]", "lag [tot vorige maand in het ziekenhuis]").

The verb of being before a stay and an end glued before a Japanese one stay readable ("è stato
[ricoverato …]", "先月まで[入院されていた]"): the development writers leave them out (4 and 2 of their
spans, none and 1 in).
The Japanese verb glued after a stay stays readable too ("[入院]されていた": the writers split 2:2).
Only a span that holds a word of a stay (:data:`_STAY`) grows; the words are this module's own
lists, matched case-blind.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan

__all__ = ["hospital_stays"]

# the words of a stay in a place of care (stems, searched in the span)
_STAY = re.compile(
    r"hospital|clinic|hôpital|clinique|hospitalis|hospitaliz|ingresad|internad|ricoverat|ospedal|clínica|clinica|"
    r"Krankenhaus|Klinik|ziekenhuis|kliniek|opgenomen|больниц|госпитал|клиник|مستشفى|المستشفى|入院|住院|입원",
    re.IGNORECASE)
# a time noun that ends an end-of-stay phrase
_TIME = (r"week|weeks|month|months|year|spring|summer|autumn|fall|winter|weekend|semaine|semaines|mois|an|année|"
         r"printemps|été|automne|hiver|semana|semanas|mes|meses|año|primavera|verano|otoño|invierno|settimana|"
         r"settimane|mese|mesi|anno|estate|autunno|inverno|mês|ano|verão|outono|Woche|Wochen|Monat|Monats|Monate|Jahr|"
         r"Frühjahr|Sommer|Herbst|Winter|week|weken|maand|maanden|jaar|voorjaar|zomer|najaar|"
         r"недели|недель|месяца|месяцев|года|лет|الشهر|الأسبوع|السنة|أسابيع|أشهر")
_NUM = (r"\d+|a|an|one|two|three|four|five|six|several|a[ \t]+few|une?|deux|trois|quatre|cinq|six|plusieurs|quelques|"
        r"una?|dos|tres|cuatro|cinco|seis|varias|unos|unas|due|tre|quattro|cinque|sei|alcune|qualche|duas|três|"
        r"quatro|algumas|uns|umas|ein|eine|einen|zwei|drei|vier|fünf|sechs|einige|een|twee|drie|vier|vijf|zes|"
        r"paar|een[ \t]+paar|два|две|три|четыре|пять|несколько")
_PLACE = (r"(?:in[ \t]+(?:a[ \t]+|the[ \t]+)?(?:hospital|clinic)|en[ \t]+clinique|à[ \t]+l'hôpital|à[ \t]+l’hôpital|"
          r"en[ \t]+(?:una[ \t]+|la[ \t]+)?clínica|en[ \t]+el[ \t]+hospital|in[ \t]+clinica|in[ \t]+ospedale|"
          r"na[ \t]+clínica|no[ \t]+hospital|in[ \t]+der[ \t]+Klinik|im[ \t]+Krankenhaus|in[ \t]+het[ \t]+ziekenhuis|"
          r"in[ \t]+de[ \t]+kliniek|в[ \t]+больнице|в[ \t]+клинике|في[ \t]+المستشفى)")
# how long the stay lasted or when it ended, right after it
_UNTIL_WORD = (r"until|till|up[ \t]+to|jusqu'(?:à|au|en)|jusqu’(?:à|au|en)|jusqu'à[ \t]+la|hasta|fino[ \t]+a(?:l|lla)?|"
               r"fino[ \t]+alla|até|bis|tot|до|حتى|لغاية")
_AFTER = re.compile(
    r"[ \t]+(?:(?:" + _UNTIL_WORD + r")[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?(?:" + _TIME + r")(?:[ \t]+(?:passée?|dernière?|"
    r"pasado|pasada|scorso|scorsa|passado|passada|last|past|прошлого|الماضي|الماضية))?"
    r"|(?:(?:for|pendant|durante|per|por|für|gedurende|voor|в[ \t]+течение)[ \t]+)?(?:" + _NUM + r")[ \t]+(?:"
    + _TIME + r")(?:[ \t]+" + _PLACE + r")?|" + _PLACE + r")(?!\w)", re.IGNORECASE)
# the end written between the verb and the place (German, Dutch): "lag bis letzten Monat im Krankenhaus"
_VERB_UNTIL = re.compile(
    r"(?<=(?:lag|war|zat|was)[ \t])(?:bis|tot)[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?(?:" + _TIME
    + r")[ \t]+(?:im[ \t]+Krankenhaus|in[ \t]+der[ \t]+Klinik|in[ \t]+het[ \t]+ziekenhuis|in[ \t]+de[ \t]+kliniek)",
    re.IGNORECASE)
# a stay at a named place for the condition that follows it: "a stay at the Priory, for [anxiety]"
_STAY_FOR_HEAD = (
    r"(?<!\w)(?:(?:a|une?|una?|um|uma|ein(?:en)?|een)[ \t]+)?(?:stay|séjour|estancia|soggiorno|Aufenthalt|verblijf|"
    r"estadia|internamento|internação)[ \t]+(?:at|in|à|au|en|dans|a|presso|im|em|na|no)[ \t]+"
    r"(?:[^\W\d_][\w'’\-]*[ \t]+){0,3}?[^\W\d_][\w'’\-]*[ \t]*,?[ \t]*"
    r"(?:for|pour|por|para|per|wegen|voor|vanwege)[ \t]+(?:(?:an?|une?|una?|um|uma|eine[nr]?|een|the|la|le|el|la)[ \t]+)?")
_STAY_FOR = re.compile(_STAY_FOR_HEAD + "$", re.IGNORECASE)
# the conditions the lexicon reads only beside a cue of their clause, which the stay's comma may end
_STAY_FOR_CONDITION = re.compile(
    _STAY_FOR_HEAD + r"(?:anxiety|depression|burn-?out|exhaustion|addiction|anxiété|dépression|épuisement|ansiedad|"
    r"depresión|agotamiento|ansia|depressione|esaurimento|Angststörung|Depression|Erschöpfung|angst|depressie|"
    r"ansiedade|depressão|exaustão)(?!\w)", re.IGNORECASE)


def hospital_stays(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping, original offsets) with each stay in a place of care
    taking the words of the module doc: its end or length, the place and condition it was for, and
    the German and Dutch end before the place as a span of its own."""
    for match in _STAY_FOR_CONDITION.finditer(text):
        spans = _joined(spans, match.start(), match.end())
    out = []
    for span in spans:
        if span.kind == "HEALTH" and (_STAY.search(text, span.start, span.end) or _STAY_FOR.search(
                text, max(out[-1].end if out else 0, span.start - 60), span.start)):
            span = _grown(text, span, out[-1].end if out else 0)
        out.append(span)
    for match in _VERB_UNTIL.finditer(text):
        out = _joined(out, match.start(), match.end())
    for i, span in enumerate(out[:-1]):  # a grown span never reaches into the next one
        if span.end > out[i + 1].start:
            out[i] = PiiSpan(span.start, out[i + 1].start, span.kind)
    return out


def _joined(spans: list[PiiSpan], start: int, end: int) -> list[PiiSpan]:
    """``spans`` with ``start``–``end`` as a HEALTH span taking in the HEALTH spans it meets, sorted;
    unchanged where it meets a span of another category."""
    inside = [s for s in spans if s.start < end and start < s.end]
    if any(s.kind != "HEALTH" for s in inside):
        return spans
    start, end = min([start] + [s.start for s in inside]), max([end] + [s.end for s in inside])
    return sorted([s for s in spans if s not in inside] + [PiiSpan(start, end, "HEALTH")])


def _grown(text: str, span: PiiSpan, floor: int) -> PiiSpan:
    """``span`` with the place and the stay before the condition it is for, and the end or length of
    the stay after it."""
    start, end = span.start, span.end
    head = text[max(floor, start - 60) : start]
    stay_for = _STAY_FOR.search(head)
    if stay_for is not None:
        start -= len(head) - stay_for.start()
    after = _AFTER.match(text, end)
    if after is not None:
        end = after.end()
    return PiiSpan(start, end, span.kind)
