"""Budget classes still missed on the held-out sets in Korean, Chinese and English (class counts
only, never their text). Every sentence here was written for this test.

- Korean: amounts with neither a budget word nor 원, told by the word next to them ("400 정도",
  "200-300 생각하심", "지갑 60만.", "4-500 정도" = 400-500만), won counted in 만 after 백 / 천 ("예산 3백"), "1억 5천" (= 1억
  5천만), caps after a particle ("2천만 원은 넘지 않게", "밑으로"), and "이번엔 500" is no yen;
- Chinese: "w" for 万, 块 / 欧 / 刀 after a number, amounts in digits with 左右 / 以内 / 多 / 的
  and no budget word, a 千 / 万 amount alone ("卡包4千") unless it counts something ("3万字"), small colloquial ranges ("两三千块"), caps before or after ("不到", "顶多",
  "别超过", "唔超過"), currencies after Han numerals ("一万新币"), an amount restated as a range,
  traditional and Cantonese forms ("以內", "港紙", "三萬蚊"; a Cantonese note counts in HKD);
- English: "north of", a cap keyword ("Ceiling of $9k"), "and up to", a currency named elsewhere in
  the note or in capitals ("(USD)"), "bucks", a bound after the currency word ("ten grand, pounds,
  maybe more"), a spoken range whose first number takes the unit of the second ("two and a half
  maybe three grand"), and an amount with no budget word in a note that names a currency elsewhere
  ("About 6K in euros", "won't go above 8k").
"""

from __future__ import annotations

import math

import pytest

from lvmh_pipeline.lib.concepts.budgets.budget import parse_budget
from lvmh_pipeline.lib.concepts.budgets.money import EUR_PER_UNIT
from lvmh_pipeline.lib.concepts.gold_quality import GoldNote, budget_ok, run_gold_notes
from lvmh_pipeline_tests.lib.concepts.budget_checks import check_budget as _check
from lvmh_pipeline_tests.lib.concepts.budget_checks import close as _close

NAN = math.nan


@pytest.mark.parametrize(
    ("language", "text", "low", "high", "currency"),
    [
        ("KO", "남편분 지갑, 400 정도 쓰실 생각이래요.", 4_000_000, 4_000_000, "KRW"),
        ("KO", "이번엔 600 정도 쓰실 생각.", 6_000_000, 6_000_000, "KRW"),
        ("KO", "200-300 생각하심.", 2_000_000, 3_000_000, "KRW"),
        ("KO", "명함지갑 60만.", 600_000, 600_000, "KRW"),
        ("KO", "시계는 천만 쯤으로 보심.", 10_000_000, 10_000_000, "KRW"),
        ("KO", "예산 3백.", 3_000_000, 3_000_000, "KRW"),
        ("KO", "반지 1억 5천 정도 보심.", 150_000_000, 150_000_000, "KRW"),
        ("KO", "2천만 원은 넘지 않게 해달라고.", NAN, 20_000_000, "KRW"),
        ("KO", "500만 원 밑으로 골라달라심.", NAN, 5_000_000, "KRW"),
        ("KO", "한도는 8천만.", NAN, 80_000_000, "KRW"),
        ("KO", "지갑 4-500 정도.", 4_000_000, 5_000_000, "KRW"),  # "4-500": four to five hundred (만)
    ],
)
def test_korean_budgets_without_a_budget_word_or_won(language, text, low, high, currency):
    _check(language, text, low, high, currency)


@pytest.mark.parametrize(
    ("language", "text", "low", "high", "currency"),
    [
        ("ZH", "手表大概2.5w。", 25_000, 25_000, "CNY"),
        ("ZH", "包包1.2W左右就行。", 12_000, 12_000, "CNY"),
        ("ZH", "卡包五千块以内。", NAN, 5_000, "CNY"),
        ("ZH", "两三千块的小皮具。", 2_000, 3_000, "CNY"),
        ("ZH", "4千左右的围巾。", 4_000, 4_000, "CNY"),
        ("ZH", "3000上下的卡包。", 3_000, 3_000, "CNY"),
        ("ZH", "6千多的钱包。", 6_000, 6_000, "CNY"),
        ("ZH", "看了7千的丝巾。", 7_000, 7_000, "CNY"),
        ("ZH", "预算1.5万欧。", 15_000, 15_000, "EUR"),
        ("ZH", "预算6千刀。", 6_000, 6_000, "USD"),
        ("ZH", "预算4w美刀。", 40_000, 40_000, "USD"),
        ("ZH", "预算一万新币。", 10_000, 10_000, "SGD"),
        ("ZH", "想买包，不到三万。", NAN, 30_000, "CNY"),
        ("ZH", "顶多九千。", NAN, 9_000, "CNY"),
        ("ZH", "最好别超过四万。", NAN, 40_000, "CNY"),
        ("ZH", "预算三万，三万到四万都行。", 30_000, 40_000, "CNY"),
        ("ZH", "看了4000-6000的包。", 4_000, 6_000, "CNY"),
        ("ZH", "6000的钱包就好。", 6_000, 6_000, "CNY"),
        ("ZH", "卡包4千。", 4_000, 4_000, "CNY"),
        ("ZH", "手袋三万。", 30_000, 30_000, "CNY"),
        ("ZH", "预算2万港币，可以到3万。", 20_000, 30_000, "HKD"),
        ("ZH", "預算四萬以內。", NAN, 40_000, "CNY"),
        ("ZH", "預算唔超過5萬港紙。", NAN, 50_000, "HKD"),
        ("ZH", "預算兩萬蚊以內。", NAN, 20_000, "HKD"),
        ("ZH", "佢話預算四萬，睇咗個手袋。", 40_000, 40_000, "HKD"),  # a Cantonese note: Hong Kong dollars
        ("ZH", "佢話預算四萬人民幣。", 40_000, 40_000, "CNY"),
    ],
)
def test_chinese_colloquial_budgets(language, text, low, high, currency):
    _check(language, text, low, high, currency)


@pytest.mark.parametrize(
    ("language", "text", "low", "high", "currency"),
    [
        ("EN", "Budget north of £12k for the watch.", 12_000, NAN, "GBP"),
        ("EN", "Ceiling of $9k.", NAN, 9_000, "USD"),
        ("EN", "Budget £4k and up to 6k.", 4_000, 6_000, "GBP"),
        ("EN", "Budget 6K. Pounds, of course.", 6_000, 6_000, "GBP"),
        ("EN", "He always pays in dollars. Budget 7K.", 7_000, 7_000, "USD"),
        ("EN", "Budget 3-4K (USD).", 3_000, 4_000, "USD"),
        ("EN", "Budget in GBP: 4k.", 4_000, 4_000, "GBP"),
        ("EN", "Budget 8k bucks.", 8_000, 8_000, "USD"),
        ("EN", "budget she said twelve grand, pounds, maybe more", 12_000, NAN, "GBP"),
        ("EN", "About 6K in euros.", 6_000, 6_000, "EUR"),
        ("EN", "She won't go above 8k.", NAN, 8_000, "EUR"),
        ("EN", "budget's, um, three and a half maybe four grand, pounds", 3_500, 4_000, "GBP"),
        ("EN", "Budget 6, maybe 7K.", 6_000, 7_000, "EUR"),
        ("EN", "Budget 6-700 euros for the scarf.", 600, 700, "EUR"),
    ],
)
def test_english_bounds_and_currencies(language, text, low, high, currency):
    _check(language, text, low, high, currency)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("KO", "사이즈 240 정도, 키 165 정도."),
        ("KO", "30명 정도 초대하는 파티."),
        ("KO", "조회수 50만 찍은 영상."),
        ("KO", "김 고객님은 하객 삼백 정도 초대."),  # Hangul words without 만 away from 예산: too vague
        # (right after 예산 they count 만 won: the w* dev writers 2/2, session 45 — test_s45_budget_locale_record)
        ("KO", "2024 정도에 처음 방문."),
        ("KO", "아이 2-3 정도 데려옴."),
        ("ZH", "两块手表都很喜欢。"),
        ("ZH", "她去过5个欧洲城市。"),
        ("ZH", "写了5w字的报告。"),
        ("ZH", "两万人参加了活动。"),
        ("ZH", "身高170左右。"),
        ("ZH", "她有3千多的粉丝。"),
        ("ZH", "厨房里有三把刀。"),
        ("ZH", "房间里有三只蚊子。"),
        ("ZH", "论文写了3万字。"),
        ("ZH", "每天走两万步。"),
        ("ZH", "跑了5千米。"),
        ("ZH", "粉丝4千。"),
        ("ZH", "千万别买黑色。"),
        ("ZH", "十万火急。"),
        ("ZH", "她去年买了2万的包。"),
        ("ZH", "2019的时候来过。"),
        ("ZH", "2019-2020年在巴黎。"),
        ("EN", "She won't wear gold; came with 2 kids."),
        ("EN", "Back in 5w, she said."),
    ],
)
def test_no_budget_where_there_is_none(language, text):
    budget = parse_budget(text, language)
    assert budget is None or not budget.has_amount, (text, budget)


def test_hong_kong_sar_is_no_currency():
    budget = parse_budget("Works at the Hong Kong SAR office. Budget 5K.", "EN")
    assert budget is not None and budget.currency == "EUR", budget


def test_a_restated_korean_won_amount_keeps_its_number_in_another_currency():
    budget = parse_budget("예산 3천, 달러 기준.", "KO")
    assert budget is not None and budget.currency == "USD" and _close(budget.min_eur, 3000 * EUR_PER_UNIT["USD"])


def test_classes_through_the_pipeline(tmp_path):
    """The same classes through ingestion (redaction), extraction and profiles, compared as the
    benchmark compares them."""
    cases = [
        ("KO", "가방 보러 오심, 350 정도 생각하신다고.", {"min": 3_500_000, "max": 3_500_000, "currency": "KRW"}),
        ("ZH", "给太太买包，1.8w左右。", {"min": 18_000, "max": 18_000, "currency": "CNY"}),
        ("EN", "Mrs Harlow pays in pounds. Budget up to 9K.", {"min": None, "max": 9_000, "currency": "GBP"}),
        ("KO", "이번엔 가방 두 개 보심. 30분 상담.", None),
    ]
    notes = [GoldNote(id=f"r3-{i}", language=lang, text=text, classes=(), surnames=(), given_names=(), contacts=(),
                      art9=(), art9_categories=(), allergies=(), diets=(), budget=gold, occasions=())
             for i, (lang, text, gold) in enumerate(cases)]
    run = run_gold_notes(notes, tmp_path)
    profiles = run.profiles.set_index("client_id")
    for note in notes:
        row = profiles.loc[note.id] if note.id in profiles.index else None
        assert budget_ok(note.budget, row) in (True, None), (note.text, None if row is None else row.to_dict())
