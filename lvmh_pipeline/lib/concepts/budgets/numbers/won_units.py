"""How Korean speakers count won: in 만 (10,000) when no unit is said ("예산 200", "3백", "2천": 200만,
300만, 2천만 won; 200 won is 0.14 EUR and never a budget), and "1억 5천" as 1억 5천만 (the 만 of the
last group left unsaid). A number in Hangul words without 만 ("삼백") is left as written (too vague)
unless it is said as an amount: "한 삼백", "천오백에서 이천" (:func:`korean_forms`); two said side by side,
the second a little larger, are a range ("이백 이백오십 정도": 200만–250만).
"""

from __future__ import annotations

import re

__all__ = ["MAN_WON_BELOW", "counted_in_man", "korean_forms", "unsaid_man"]

# A won amount written without a 만 / 억 (or K, thousand …) below this is read in 만.
MAN_WON_BELOW = 10_000
_EOK = 1e8


def counted_in_man(q1, q2, low: float, high: float) -> bool:
    """Is a won amount with no currency written, quantities ``q1`` (and ``q2``), counted in 만?
    Digits with at most 십 / 백 / 천 after them ("200", "3백", "2천"); not "5K", "300만", nor a
    number in words ("삼백", "five hundred")."""
    if q1.big or (q2 is not None and q2.big) or max(low, high) >= MAN_WON_BELOW:
        return False
    return not (q1.words or (q2 is not None and q2.words))


def unsaid_man(value: float) -> float:
    """``1억 5천`` read as 100,005,000 -> 150,000,000: after 억 a remainder below 만 lost its 만."""
    if value > _EOK and 0 < value % _EOK < MAN_WON_BELOW:
        return value // _EOK * _EOK + (value % _EOK) * MAN_WON_BELOW
    return value


# Spoken Korean amounts, rewritten character for character (same length) into forms the amount
# reader counts in 만: Hangul digits before 백 / 천 ("이백" -> "2백", "천오백" -> "15백", "이천" -> "2천")
# when the numeral stands alone (not inside a word: "사이백", "이천시" stay) and is said as an amount,
# after "한" (about) or right after "예산" ("예산 이백 정도": the dev writers count 만), in a range of two or said again ("한 삼백 정도", "천오백에서 이천", "이천, 이천오백까지", "오백, 아니
# 칠백"); and "200 내" (within)
# as the cap "200 内".
_NUMERAL = re.compile(r"(?<![가-힣])(?:([일이삼사오육칠팔구]?천)([일이삼사오육칠팔구]?백)?|()([일이삼사오육칠팔구]백))"
                      r"([일이삼사오육칠팔구]십)?")  # "이백오십": 250 (만)
_FOLLOW = re.compile(r"[\s?!.,~\-–]|$|에서|은|는|이|정도|쯤|언저리|선|사이|내|까지|만|원")
_ABOUT_BEFORE = re.compile(r"(?:(?<![가-힣])한\s?|(?<![가-힣])예산(?:은|는|이)?\s?['‘“]?\s?(?:음\s?|어\s?)?|[일이삼사오육칠팔구천백]\s?(?:에서|~|-|–)\s?|[천백](?:만\s?원)?\s?[,，]\s?|[일이삼사오육칠팔구][천백십]\s"
                           r"|[천백](?:만\s?원)?\s?[,，?？]?\s?(?:아\s?)?아니(?:다|고)?[,，]?\s?)$")  # "오백, 아니 칠백"
_RANGE_AFTER = re.compile(r"\s?(?:에서|~|-|–)\s?[일이삼사오육칠팔구]?[천백]")
_DIGIT = {c: str(i) for i, c in enumerate("일이삼사오육칠팔구", start=1)}
_WITHIN = re.compile(r"(?<=\d)(\s?)내(?=[\s.,!?로에]|$)")


def _said(text: str, start: int, end: int) -> bool:
    """A Hangul amount said as one: after "한" (about: "한 삼백"), in a range of two ("천오백에서 이천") or
    right after another one ("이천, 이천오백까지")."""
    return bool(_ABOUT_BEFORE.search(text, max(0, start - 12), start) or _RANGE_AFTER.match(text, end))


def _numeral(match: re.Match[str]) -> str:
    thousands, hundreds, tens = match.group(1) or "", match.group(2) or match.group(4) or "", match.group(5) or ""
    text = match.string
    if not _FOLLOW.match(text, match.end()) or not _said(text, match.start(), match.end()):
        return match.group()  # "삼백 정도": too vague without "한", "예산" right before or a range
    if tens and text.startswith("만", match.end()):
        return match.group()  # "이백오십만 원": read as written
    if tens:  # "이백오십" -> "250 " (same length)
        value = sum(_DIGIT.get(word[0], "1") and int(_DIGIT.get(word[0], "1")) * unit
                    for word, unit in ((thousands, 1000), (hundreds, 100), (tens, 10)) if word)
        return str(value).ljust(len(match.group()))
    if thousands and hundreds:  # "천오백" -> "15백", "이천삼백" -> "23백" (hundreds of 만)
        digits = _DIGIT.get(thousands[0], "1") + _DIGIT.get(hundreds[0], "1")
        return (digits + "백").rjust(len(match.group()))
    word = thousands or hundreds
    if len(word) < 2:
        return word  # "천", "백" alone: too vague
    return _DIGIT[word[0]] + word[1]


# Two spoken amounts side by side, the second a little larger: a range said without a word ("이백 이백오십 정도").
_SIDE_BY_SIDE = re.compile(r"(?<![\d가-힣])(\d{1,4})([백천]?)( )(\d{1,4})([백천]?)(?![\d가-힣])")
_SCALE = {"": 1, "백": 100, "천": 1000}
_SIDE_BY_SIDE_RATIO = 2.0


def _side_by_side(spoken: str, original: str) -> str:
    """``spoken`` with the space between two rewritten Hangul amounts said as a range turned into "~"."""
    def joined(match: re.Match[str]) -> str:
        first = int(match.group(1)) * _SCALE[match.group(2)]
        second = int(match.group(4)) * _SCALE[match.group(5)]
        hangul = not any(ch.isdigit() for ch in original[match.start() : match.end()])
        if not hangul or not first < second <= first * _SIDE_BY_SIDE_RATIO:
            return match.group()
        return match.group(1) + match.group(2) + "~" + match.group(4) + match.group(5)
    return _SIDE_BY_SIDE.sub(joined, spoken)


def korean_forms(text: str) -> str:
    """``text`` with the spoken Korean amounts rewritten (same length); ``text`` itself when it
    holds none."""
    if "백" in text or "천" in text:
        spoken = _NUMERAL.sub(_numeral, text)
        text = _side_by_side(spoken, text) if spoken != text else spoken
    if "내" in text:
        text = _WITHIN.sub(lambda m: m.group(1) + "内", text)
    return text
