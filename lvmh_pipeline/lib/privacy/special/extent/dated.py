"""An acute health event with the verb that tells it happened and the time it happened (HEALTH).

A stroke or a heart attack is told as an event: "had a stroke two winters ago", "sufrió un ictus el
año pasado", "a fait un infarctus l'an dernier", "heeft twee jaar geleden een beroerte gehad", "в
прошлом году перенёс инсульт", "前年脑梗了", "재작년에 심근경색 오셔서". The dev writers mark the verb and
the date with the event (14 of the 16 such events written with a date beside them), so a HEALTH span
holding such an event takes in, within its clause:

- the verb of having or suffering it, with its article, right before ("had a", "tuvo un", "ha avuto
  un", "a eu un", "teve um", "hatte einen", "heeft … een", "перенёс", "был");
- a time phrase right before or right after ("last spring", "three years ago", "hace dos años", "vorig jaar", "去年", "작년에", "昨年"), and a Dutch or Korean verb ending after it
  ("gehad", "오셔서", "이 와서") or the Chinese perfective "了".

Only a date relative to now opens the rule ("last year", "two years ago", "去年"): a month alone ("in
March", "a marzo") dates the note's plans as often, and the verb of an event with no date stays
readable (the frames left out in :mod:`.predicates`).

A chronic condition ("diabetic since last year") keeps its own span: only the event words below
open the rule, and a date of another fact ("the stroke; the party is in March") lies across a clause mark.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan

__all__ = ["dated_events"]

# the acute events, as written inside a HEALTH span
_EVENT = re.compile(
    r"stroke|heart attack|infar[ck]t|infarto|AVC|ictus|Schlaganfall|Herzinfarkt|Hirninfarkt|beroerte|hartaanval|"
    r"инсульт|инфаркт|جلطة|سكتة|中风|中風|脑梗|心梗|脳梗塞|心筋梗塞|脳卒中|뇌졸중|심근경색|뇌경색", re.IGNORECASE)
_SEASONS = r"spring|summer|autumn|fall|winter|year|month|week"
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|un|une|dos|tres|deux|trois|due|tre|dois|duas|zwei|drei|twee|drie|два|три|пять)"
# a time phrase written right after the event (one alternative per language family)
_AFTER = re.compile(
    rf"[ \t]+(?:last[ \t]+(?:{_SEASONS})|this[ \t]+past[ \t]+(?:{_SEASONS})|{_NUM}[ \t]+(?:years?|months?|weeks?)[ \t]+ago|"
    rf"hace[ \t]+{_NUM}[ \t]+(?:años?|meses?|semanas?)|el[ \t]+año[ \t]+pasado|"
    rf"l['’]an(?:née)?[ \t]+derni(?:er|ère)|il[ \t]+y[ \t]+a[ \t]+{_NUM}[ \t]+(?:ans?|mois)|"
    rf"l['’]anno[ \t]+scorso|{_NUM}[ \t]+(?:anni|mesi)[ \t]+fa|"
    rf"(?:o[ \t]+)?ano[ \t]+passado|há[ \t]+{_NUM}[ \t]+(?:anos?|meses)|"
    rf"letztes[ \t]+Jahr|vor[ \t]+{_NUM}[ \t]+(?:Jahren|Monaten)|"
    rf"vorig[ \t]+jaar|{_NUM}[ \t]+jaar[ \t]+geleden|"
    rf"в[ \t]+прошлом[ \t]+году|{_NUM}[ \t]+(?:года?|лет)[ \t]+назад|"
    rf"السنة[ \t]+(?:اللي[ \t]+فاتت|الماضية)|العام[ \t]+الماضي)(?![^\W_])", re.IGNORECASE)
# a time phrase written right before the event (Dutch, Russian, Chinese, Japanese, Korean)
_BEFORE = re.compile(
    r"(?:(?:vorig[ \t]+jaar|\w+[ \t]+jaar[ \t]+geleden)[ \t]+(?:een[ \t]+)?|в[ \t]+прошлом[ \t]+году[ \t]+(?:перен[её]с(?:ла)?[ \t]+)?|"
    r"(?:去年|前年|上个月|上個月|今年)|(?:昨年|去年|一昨年|先月)|(?:작년에|재작년에|지난달에?|작년)[ \t]?)$", re.IGNORECASE)
# the verb of having or suffering the event, with its article, right before it
_VERB = re.compile(
    r"(?<![^\W_])(?:had|suffered|has had|'s had)[ \t]+(?:a[ \t]+)?(?:minor[ \t]+|major[ \t]+|mild[ \t]+)?$|"
    r"(?:tuvo|sufrió|ha[ \t]+tenido|ha[ \t]+sufrido)[ \t]+(?:un[ \t]+)?$|(?:a[ \t]+eu|a[ \t]+fait)[ \t]+(?:un[ \t]+)?$|"
    r"(?:ha[ \t]+avuto)[ \t]+(?:un[ \t]+)?$|(?:teve|sofreu)[ \t]+(?:um[ \t]+)?$|(?:hatte|erlitt)[ \t]+(?:einen[ \t]+)?$|"
    r"(?:был|перен[её]с(?:ла)?)[ \t]+$", re.IGNORECASE)
# a verb ending after the event (Dutch participle, Korean "came", Chinese perfective)
_ENDING = re.compile(r"[ \t]+gehad(?![^\W_])|了|[ \t]?(?:이[ \t])?(?:오셔서|와서|오셨|왔)", re.IGNORECASE)


def dated_events(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping, original offsets) with each HEALTH span that holds an acute
    event grown over its verb and its date (module doc); never into another span."""
    out: list[PiiSpan] = []
    for i, span in enumerate(spans):
        if span.kind == "HEALTH" and _EVENT.search(text, span.start, span.end):
            floor = out[-1].end if out else 0
            ceiling = spans[i + 1].start if i + 1 < len(spans) else len(text)
            span = _dated(text, span, floor, ceiling)
        out.append(span)
    return out


def _dated(text: str, span: PiiSpan, floor: int, ceiling: int) -> PiiSpan:
    """``span`` with its date before or after it and then its verb; as it is when no date is written
    beside it (the verb of an undated event stays readable, as the frames of :mod:`.predicates`)."""
    start, end = span.start, span.end
    head = text[max(floor, start - 40) : start]
    before = _BEFORE.search(head)
    if before is not None:
        start -= len(head) - before.start()
    ending = _ENDING.match(text, end)
    end = ending.end() if ending is not None and ending.end() <= ceiling else end
    after = _AFTER.match(text, end)
    if after is not None and after.end() <= ceiling:
        end = after.end()
    elif before is None:
        return span
    verb = _VERB.search(text[max(floor, start - 24) : start])
    if verb is not None:
        start -= len(text[max(floor, start - 24) : start]) - verb.start()
    return PiiSpan(start, end, span.kind)
