"""Korean and Chinese budgets written with neither a budget word nor a currency, told by the word
right after the amount ("300만 정도", "500 정도 쓰실 생각", "천만 쯤", "200에서 250 사이", "3千左右的围巾",
"2000左右", "8000以内") or right before it ("한 400", "大概3千", "不超过8000").

Korean speakers count won in 만 when no unit is said ("500 정도" = 5,000,000 won: see
:data:`~lvmh_pipeline.lib.concepts.budgets.money.MAN_WON_BELOW`); small budgets are common in both
languages (a 50만 원 scarf, a 3千 card case), so the floor here is lower than for a bare "5K".
Sizes, heights, ages, counts and follower numbers are not budgets: a measuring word shortly before
the amount ("사이즈 230 정도", "身高170左右") or a counted noun after it ("2000左右的粉丝") rule it out.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from lvmh_pipeline.lib.concepts.budgets.amounts import Amount, parse_amount
from lvmh_pipeline.lib.concepts.budgets.money import AmountMatch, find_amount_matches
from lvmh_pipeline.lib.concepts.budgets.numbers.quantities import is_year

__all__ = ["counted_after", "cued_candidates"]

_MIN_EUR = 100.0
_UNCUED_MIN_EUR = 300.0  # a Chinese 千 / 万 amount with no cue word next to it
_MAX_EUR = 5_000_000.0

_KO_AFTER = ("정도", "쯤", "선에서", "선으로", "선", "사이", "내외", "안팎", "언저리", "전후", "짜리", "이하", "이내",
             "미만", "까지", "이상", "넘게", "안쪽")
# What a client means to spend: "300 생각하심", "500 예상", "200 쓰실 듯", "400 가능".
_KO_INTENT = ("생각", "예상", "쓰실", "쓰신", "쓸", "가능", "원하", "보심", "보시", "보신")
_KO_BEFORE = re.compile(r"(?:^|[\s,.(])(?:한|대략|약|대충|거의|최대|최소|많아야|적어도|금액은|금액이|금액)\s?$")
_KO_NOT_MONEY = re.compile(
    r"(?:사이즈|치수|키|몸무게|체중|발|허리|높이|길이|팔로워|구독자|조회수|조회|인구|회원|직원|나이|번호|점수|평|층|"
    r"size|cm|mm|kg)[^\d]{0,6}$", re.IGNORECASE,
)
_KO_COUNTED_AFTER = re.compile(r"(?:명|개|번|회|분|시|일|주|년|개월|달|살|세|장|벌|점|층|평|인|cm|mm|kg|%)")
_ZH_AFTER = ("左右", "上下", "以内", "以內", "之内", "之內", "以下", "出头", "出頭", "来块", "多块", "的样子", "的樣子", "都可以", "都行",
             "也行", "封顶", "封頂", "以上", "起", "不到", "多")
_ZH_BEFORE = ("大概", "大约", "大約", "差不多", "约", "約", "控制在", "不超过", "不超過", "别超过", "不要超过", "最多",
              "顶多", "頂多", "花", "花个", "预计", "預計", "准备", "準備", "最少", "至少", "不到", "能出", "可以出")
_ZH_NOT_MONEY = re.compile(
    r"(?:粉丝|粉絲|身高|体重|體重|尺码|尺碼|步|人口|员工|員工|阅读|閱讀|播放|点赞|點贊|关注|關注|会员|會員|积分|積分|"
    r"公里|岁|歲|号|號|楼|樓|面积|面積)[^\d]{0,4}$"
)
_ZH_COUNTED_AFTER = re.compile(
    r"[^\u3400-\u9fff]{0,2}(?:的)?(?:人|粉丝|粉絲|步|米|公里|字|个|個|名|位|件|次|天|年|岁|歲|克|平|张|張|条|條|份|瓶|盒|家|间|間|台|"
    r"块|塊|只|隻|双|雙|套|页|頁|公斤|斤|多人|余人|餘人)"
)


def _value(amount: Amount) -> float:
    values = [v for v in (amount.low, amount.high) if not math.isnan(v)]
    return max(values) if values else math.nan


def _korean(text: str, match: AmountMatch, amount: Amount) -> bool:
    if not (match.hangul or amount.multiplier):  # a bare number: counted in 만 by parse_amount
        digits = match.q1.digits or ""
        if not digits or is_year(digits) or max(match.q1.value, match.q2.value if match.q2 else 0) < 10:
            return False
    after = text[match.end : match.end + 4].lstrip(" \u00a0")
    before = text[max(0, match.start - 12) : match.start]
    if _KO_NOT_MONEY.search(before) or _KO_COUNTED_AFTER.match(after):
        return False
    ranged = match.q2 is not None and amount.low < amount.high  # "200-300 생각하심"
    man = match.hangul and amount.big  # "지갑 50만.": written in 만 / 억, money unless counted
    return (bool(match.suffix) or ranged or man or after.startswith(_KO_AFTER) or after.startswith(_KO_INTENT)
            or bool(_KO_BEFORE.search(before)))


def _chinese(text: str, match: AmountMatch, amount: Amount) -> bool:
    if not amount.multiplier and match.q1.value < 1000:
        return False
    before = text[max(0, match.start - 8) : match.start]
    if _ZH_NOT_MONEY.search(before):
        return False
    after = text[match.end : match.end + 4]
    cued_after = bool(match.suffix) or after.startswith(_ZH_AFTER) or amount.currency_marked  # "五千块的钱包"
    year = is_year(match.q1.digits or "")
    cued_after = cued_after or (after.startswith("的") and not year)  # "8千的丝巾", "5000的钱包", not "2019的"
    cued_after = cued_after or (match.q2 is not None and amount.low < amount.high and not year)  # "3000-5000"
    if cued_after:
        cue = next((c for c in _ZH_AFTER if after.startswith(c)), "")
        if _ZH_COUNTED_AFTER.match(text, match.end + len(cue)):
            return False  # "2000左右的粉丝", "两万左右人"
        return True
    if before.rstrip(" ，,").endswith(_ZH_BEFORE):
        return True
    # "卡包3千。", "想买个两万的": 千 / 万 said with no cue, unless something is counted after it
    return amount.multiplier and _value(amount) >= _UNCUED_MIN_EUR and not _ZH_COUNTED_AFTER.match(text, match.end)


_READERS = {"KO": _korean, "ZH": _chinese}


def counted_after(text: str, end: int, language: str | None) -> bool:
    """Does a Chinese amount ending at ``end`` count something ("3万字", "两万步")?"""
    return (language or "").upper() == "ZH" and _ZH_COUNTED_AFTER.match(text, end) is not None


def cued_candidates(text: str, language: str | None, unit_after: re.Pattern[str]) -> Iterator[tuple[AmountMatch, Amount]]:
    """(match, amount) of each amount of a Korean or Chinese ``text`` that an approximation, a
    cap or a range word next to it makes a budget; ``unit_after`` lists the units that make a
    number something else ("살", "岁", "km")."""
    reader = _READERS.get((language or "").upper())
    if reader is None:
        return
    for match in find_amount_matches(text, words=True):
        if match.q1 is None or unit_after.match(text, match.end):
            continue
        amount = parse_amount(match, language)
        if amount is None or (amount.currency_marked and reader is not _chinese):
            continue
        value = _value(amount)
        if math.isnan(value) or not _MIN_EUR <= value <= _MAX_EUR:
            continue
        if reader(text, match, amount):
            yield match, amount
