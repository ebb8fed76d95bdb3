"""An occasion dated by a month its sentence anchors, further away than the month attachment reads:

- a month a start word opens ("zur Beförderung, er wird Vorstand bei der Bank ab Januar", "promotion — he becomes
  partner from 1 January", "à partir de janvier", "a partir de enero", "da gennaio", "vanaf januari", "с января",
  "اعتبارا من يناير", "1월부터", "一月から", "从一月起");
- a month that glosses a season just said ("next spring, March", "来年の春、三月ですね", "im Herbst, äh September",
  "내년 봄, 삼월에");
- the month the couple married in, for their anniversary ("got married last September, so their first anniversary");
- the date trailing after a gala or a firm's dinner ("the bank's gala dinner, the yearly one, on 26 November").

Only when the occasion is the one undated occasion with a movable date in its sentence and that month is the
sentence's only month: with more, the month attachment's nearest-first reading stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.occasions.months import MonthMention

__all__ = ["anchored_months"]

_SENTENCE = re.compile(r"[.;!?\n。！？；]")
# Start words right before a month (folded, a day number or filler may stand between).
_START_BEFORE = re.compile(
    r"(?:^|\s)(?:ab|from|starting|starting in|starting from|as of|effective|a partir de|a partir du|des|desde|da|dal|dalla|"
    r"a partire da|vanaf|per|met ingang van|с|со|начиная с|من|اعتبارا من|ابتداء من|从|從|自)\s?(?:0+(?:st|nd|rd|th|er|e)?\.?\s)?$"
)
# ... or right after it (Korean, Japanese, Chinese).
_START_AFTER = re.compile(r"^\s?(?:\d+\s?(?:일|日|号|號)\s?)?(?:부터|から|起|开始|開始)")
# A season said just before, then a pause (dense commas fold to a space): the month glosses it.
_SEASON = re.compile(
    r"(?:spring|summer|autumn|fall|winter|printemps|automne|hiver|fruhling|fruhjahr|sommer|herbst|winter|primavera|"
    r"estate|autunno|inverno|verano|otono|invierno|verao|outono|lente|zomer|herfst|весной|весна|летом|осенью|осень|зимой|"
    r"зима|الربيع|الصيف|الخريف|الشتاء|봄|여름|가을|겨울|春|夏|秋|冬)\s*[,，、]?\s*"
    r"(?:(?:eh|ehm|euh|uh|um|er|ah|ну|えー|あの|음|어|嗯)\s*[,，、]?\s*)?$"
)

# A month the couple married in, right before it ("got married last September", "se sont mariés en septembre",
# "si sono sposati lo scorso giugno", "поженились в прошлом сентябре"): the month of their anniversary (folded).
_MARRIED_BEFORE = re.compile(
    r"(?:married|maries|mariees|mariee|marie|sposati|sposata|sposato|casaron|casaram|casou|casamos|trouwden|getrouwd|"
    r"geheiratet|heirateten|поженились|расписались)\s(?:\S+\s){0,3}?(?:last|in|en|em|im|de|lo scorso|la scorsa|el pasado|o passado|"
    r"letzten|vorige|afgelopen|в прошлом|в)\s?$"
)
# A gala or a firm's dinner, whose date often trails after what it is ("the firm's gala dinner, its yearly one, not
# for charity, on 26 November"; folded stems).
_GALA_STEMS = ("gala", "ガラ", "갈라", "晚宴", "年会", "حفل", "ужин")
# ... or a wedding verb right after the month in JA/ZH/KO ("去年四月结的婚", "昨年4月にご結婚", "작년 사월에 결혼했대요").
_MARRIED_AFTER = re.compile(r"\s?(?:0{1,2}\s?(?:日|일|号|號)\s?)?(?:に|에|份)?\s?(?:ご結婚|結婚|结婚|结的婚|結的婚|결혼)")
_ANNIVERSARY_STEMS = ("anniv", "hochzeitstag", "jahrestag", "aniversar", "trouwdag", "годовщин", "周年", "주년", "記念日", "纪念日", "기념일",
                      "ذكرى")


def anchored_months(
    nt: NormalizedText, matches: list[AliasMatch], mentions: Sequence[MonthMention], timed: Sequence[int],
    months: dict[int, int],
) -> None:
    """Set in ``months`` the month anchored in the sentence of an undated occasion among the ``timed`` match
    indices (see the module)."""
    undated = [i for i in timed if i not in months]
    if not undated or not mentions:
        return
    folded, original = nt.folded, nt.original
    for i in undated:
        o_start, o_end = nt.to_original(matches[i][0], matches[i][1])
        lo = max((m.end() for m in _SENTENCE.finditer(original, 0, o_start)), default=0)
        stop = _SENTENCE.search(original, o_end)
        hi = stop.start() if stop else len(original)
        inside = [m for m in mentions if lo <= nt.to_original(m.start, m.end)[0] < hi]
        others = [k for k in timed if k != i and lo <= nt.to_original(matches[k][0], matches[k][1])[0] < hi]
        if others and _gala(folded, matches[i]):  # "the firm's gala, no charity gala": the same evening said twice
            others = [k for k in others if not _gala(folded, matches[k])]
        others = [k for k in others if matches[k][2] != matches[i][2] or k in months]  # the same occasion said again
        if len(inside) != 1 or others:
            continue
        mention = inside[0]
        before = folded[max(0, mention.start - 24) : mention.start]
        if _START_BEFORE.search(before) or _START_AFTER.match(folded[mention.end : mention.end + 8]) or _SEASON.search(before):
            months[i] = mention.month
        elif (_MARRIED_BEFORE.search(before) or _MARRIED_AFTER.match(folded, mention.end)) and any(
                w in folded[matches[i][0] : matches[i][1]] for w in _ANNIVERSARY_STEMS):
            months[i] = mention.month  # "they got married last September, so their first anniversary": the wedding's month
        elif _gala(folded, matches[i]):
            months[i] = mention.month  # "the firm's gala dinner, not a charity one, on 26 November"


def _gala(folded: str, match: AliasMatch) -> bool:
    return any(w in folded[match[0] : match[1]] for w in _GALA_STEMS)
