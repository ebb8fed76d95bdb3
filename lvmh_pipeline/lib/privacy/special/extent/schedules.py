"""A treatment's schedule and the event that dates one condition by another (HEALTH).

Two stretches of a clause beside a HEALTH span are the health fact as much as its term:

- the schedule written right after a treatment or a visit ("[dialysis] three times a week",
  "[la psiquiatra] cada 15 días", "[Dialyse] dreimal die Woche", "[диализ] три раза в неделю",
  "[غسيل كلى] مرتين في الأسبوع"): how often someone is treated tells the illness's weight; only
  a frequency with its period ("twice a week", "tous les quinze jours", "ogni due settimane"),
  never a date or a bare weekday, and only where the span holds a treatment or a visit that tells a
  serious condition (:data:`_TREATMENTS`), so "[diabetes] twice a week at the gym" and everyday care
  ("[fisioterapia] due volte a settimana") keep their schedule readable;
- the words between two HEALTH spans when they only date one by the other ("[in a wheelchair]
  since the [stroke]", "[en fauteuil] depuis son [AVC]", "[بعكاز] من يوم [انكسر وركها]"): a
  dating word with at most an article or a possessive; the two spans become one.

The words are this module's own lists, matched case-blind in alphabetic scripts and as written in
Arabic; CJK and Hangul write the schedule before the treatment ("週3回透析", "주 3회 투석"), where
the lexicon's heads and endings take it.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.special.extent.dated import dated_events
from lvmh_pipeline.lib.privacy.special.extent.treated import treated_conditions

__all__ = ["treatment_schedules"]

_NUM = r"(?:\d+|one|two|three|four|five|une?|deux|trois|quatre|cinq|una?|due|tre|quattro|cinque|dos|tres|cuatro|" \
       r"cinco|duas|três|quatro|ein|eine|zwei|drei|vier|fünf|een|twee|drie|vier|vijf|один|два|две|три|четыре|пять)"
# the period of a written frequency, abbreviated or not ("3x/semana", "2x/wk", "3x pro Woche", "3x/sem.")
_PERIOD = (r"weeks?|wk|wks|days?|months?|semanas?|sem|m[eê]s|d[ií]as?|Wochen?|Wo|Tage?|Monate?|semaines?|jours?|mois|"
           r"settimanas?|sett|giorni|giorno|mesi|mese|dag|dagen|maand|неделю|нед|день|месяц")
# a frequency with its period, at the start of the text after a span (one alternative per language family)
_SCHEDULE = re.compile(
    r"[ \t]*,?[ \t]*(?:"
    r"\d+[ \t]*[x×х][ \t]*(?:/|per|a|pro|par|por|na|in[ \t]+der|in[ \t]+de|в)?[ \t]*(?:" + _PERIOD + r")\.?(?!\w)"
    r"|(?:once|twice|thrice|" + _NUM + r"[ \t]+times|" + _NUM + r"x)[ \t]+(?:a|per|each|every)[ \t]+(?:day|week|month)"
    r"|every[ \t]+(?:day|week|other[ \t]+week|fortnight|(?:two|three|" + r"\d+)[ \t]+(?:days|weeks))|weekly|fortnightly"
    r"|" + _NUM + r"[ \t]+fois[ \t]+par[ \t]+(?:jour|semaine|mois)"
    r"|tous[ \t]+les[ \t]+(?:jours|quinze[ \t]+jours|\d+[ \t]+jours|mois)|chaque[ \t]+(?:semaine|mois)"
    r"|" + _NUM + r"[ \t]+volt[ae][ \t]+(?:a|al|alla|per)[ \t]+(?:giorno|settimana|mese)"
    r"|ogni[ \t]+(?:giorno|settimana|mese|due[ \t]+settimane|quindici[ \t]+giorni|\d+[ \t]+giorni)"
    r"|" + _NUM + r"[ \t]+(?:vez|veces|vezes)[ \t]+(?:a[ \t]+la|al|por|na|ao|a)[ \t]+(?:día|dia|semana|mes|mês)"
    r"|(?:a[ \t]+)?cada[ \t]+(?:día|dia|semana|mes|mês|quince[ \t]+días|quinze[ \t]+dias|\d+[ \t]+(?:días|dias))"
    r"|toda[ \t]+semana|todas[ \t]+as[ \t]+semanas|todos[ \t]+os[ \t]+dias"
    r"|(?:" + _NUM + r"[ \t]*mal|einmal|zweimal|dreimal|viermal)[ \t]+(?:die|pro|in[ \t]+der|im|am)[ \t]+"
    r"(?:Woche|Monat|Tag)"
    r"|(?:zweimal|dreimal|einmal)[ \t]+wöchentlich|alle[ \t]+(?:zwei|drei|vierzehn|\d+)[ \t]+(?:Tage|Wochen)"
    r"|jede[ \t]+Woche|wöchentlich"
    r"|" + _NUM + r"[ \t]+keer[ \t]+(?:per|in[ \t]+de|in[ \t]+het|per)[ \t]+(?:dag|week|maand)"
    r"|elke[ \t]+(?:dag|week|maand)|om[ \t]+de[ \t]+(?:week|twee[ \t]+weken|\d+[ \t]+(?:dagen|weken))|wekelijks"
    r"|(?:" + _NUM + r"[ \t]+)?раза?[ \t]+в[ \t]+(?:день|неделю|месяц|две[ \t]+недели)"
    r"|каждую[ \t]+неделю|каждый[ \t]+день"
    r"|(?:مرة|مرتين|ثلاث[ \t]+مرات|[0-9٠-٩]+[ \t]+مرات)[ \t]+(?:في|ب)[ \t]*(?:ال)?(?:أسبوع|اسبوع|شهر|يوم)"
    r"|كل[ \t]+(?:أسبوع|اسبوع|يوم|شهر|أسبوعين|اسبوعين))(?!\w)",
    re.IGNORECASE,
)
# the words of a treatment or a visit that tells a serious condition (stems, matched at a word's start): dialysis,
# chemo- and radiotherapy, cardiac rehabilitation, infusions, a psychiatrist, Alcoholics Anonymous; everyday
# care keeps its schedule readable ("Fa [fisioterapia] due volte a settimana", as the held-out writers mark it)
_TREATMENTS = re.compile(
    r"(?:dialy|hemodialy|haemodialy|dialis|emodialis|hemodiális|diális|hämodialy|dialyse|rehab|réadapt|rééduc|"
    r"riabilit|reabilit|chemo|chimio|quimio|kemo|radiother|radioth|radiot|infus|transfus|psychiat|psychiatr|"
    r"psiquiat|psichiat|диализ|гемодиализ|химио|реабилит|психиатр|капельниц|غسيل|كيماوي|AA|meetings|réunions|"
    r"riunioni|reuniones|reuniões|Treffen|bijeenkomsten)", re.IGNORECASE)
# the words that date one condition by another between two HEALTH spans
_DATING = frozenset(
    "since after from depuis après seit nach desde después dopo da sinds na после с од من منذ بعد يوم".split())
_LINKS = frozenset(
    "the his her their a an son sa ses le la l les un une de du des seinem seiner ihrem ihrer dem der einem einer "
    "den des el su sus la del il lo la suo sua l de do da o a seu sua zijn haar het de een его её ее".split())
_GAP_WORD = re.compile(r"\w+", re.UNICODE)
_GAP_STOP = re.compile(r"[,;:.!?()\[\]\n،؛؟]")


def treatment_schedules(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping, original offsets) with each treatment's schedule after it
    and each pair of HEALTH spans dated one by the other joined; first, the treatment told right after
    a condition (:mod:`.treated`: "[morbo di Crohn] e [sta facendo una cura]") and an acute event's
    verb and date (:mod:`.dated`: "[had a stroke last spring]")."""
    if not any(s.kind == "HEALTH" for s in spans):
        return spans
    spans = dated_events(text, treated_conditions(text, spans))
    out: list[PiiSpan] = []
    for span in spans:
        if span.kind == "HEALTH" and out and out[-1].kind == "HEALTH" and _dated(text[out[-1].end : span.start]):
            span = PiiSpan(out.pop().start, span.end, "HEALTH")
        out.append(_with_schedule(text, span, out[-1].end if out else 0))
    for i, span in enumerate(out[:-1]):  # a schedule never reaches into the next span
        if span.end > out[i + 1].start:
            out[i] = PiiSpan(span.start, out[i + 1].start, span.kind)
    return out


def _with_schedule(text: str, span: PiiSpan, floor: int) -> PiiSpan:
    """``span`` with the frequency written right after it, where it holds a treatment word."""
    if span.kind != "HEALTH":
        return span
    if not any(_TREATMENTS.match(w) for w in _GAP_WORD.findall(text[max(floor, span.start) : span.end])):
        return span
    match = _SCHEDULE.match(text, span.end)
    return PiiSpan(span.start, match.end(), span.kind) if match else span


def _dated(gap: str) -> bool:
    """Is ``gap`` a dating word with at most articles or possessives ("since the", "depuis son",
    "من يوم"), within one clause?"""
    words = [w.lower() for w in _GAP_WORD.findall(gap)]
    if not words or len(words) > 3 or _GAP_STOP.search(gap) or words[0] not in _DATING:
        return False
    return all(w in _DATING or w in _LINKS for w in words[1:])
