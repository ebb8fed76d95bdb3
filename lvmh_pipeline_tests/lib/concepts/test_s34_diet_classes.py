"""Diet classes of session 34, in our own words (several languages each).

- English diet names written in Korean, Japanese, Arabic and Russian script in the spellings the taxonomy
  lacked ("페스카타리언", "플렉시타리안", "ロカボ", "فيجيتيريان", "بيسكاتيريان", "лоукарб").
- "Mostly vegetarian" told in Korean, Japanese and Chinese ("채식 위주", "野菜中心の食事", "以素食为主") is the
  flexitarian diet, not vegetarian.
- A label of what someone does without, a colon and a list ("Avoids: alcohol, pork", "忌口：猪肉",
  "못 드시는 것: 술", "Не ест: свинину") states each diet of the list, a relative's too ("太太忌口：…");
  a label of tastes or drinks ("苦手なもの：", "Drinks:") does not.
- A Korean diet done "until" ("-다가") and then eating everything or a normal diet now is past
  ("키토 하시다가 요즘은 일반식", "비건이셨다가 지금은 다 드심").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.concepts.constraints import constraints


def _diets(text: str, language: str) -> set[str]:
    return constraints(text, language)[1]


@pytest.mark.parametrize(("language", "text", "diet"), [
    ("KO", "따님은 페스카타리언이라 코스에 생선 위주로.", "pescatarian"),
    ("KO", "본인은 플렉시타리안이라고 하심.", "flexitarian"),
    ("KO", "요즘 로카보 하신다고 함.", "low_carb"),
    ("KO", "락토 오보 베지테리언이심.", "vegetarian"),
    ("JA", "最近ロカボ中とのことで、スイーツは控えめに。", "low_carb"),
    ("JA", "ペスコ・ベジタリアンなので肉料理は避ける。", "pescatarian"),
    ("AR", "هي فيجيتيريان من سنين.", "vegetarian"),
    ("AR", "زوجها بيسكاتيريان، ياكل سمك بس.", "pescatarian"),
    ("AR", "ماشي على لوكارب هالفترة.", "low_carb"),
    ("RU", "Сейчас сидит на лоукарбе, без хлеба.", "low_carb"),
    ("ZH", "最近在减碳水，晚餐少主食。", "low_carb"),
    ("JA", "パレオ的な食生活を続けているそうです。", "paleo"),
    ("AR", "ماشية على الباليو من سنة.", "paleo"),
])
def test_a_diet_name_in_native_script_is_the_diet(language, text, diet):
    assert diet in _diets(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("KO", "비건은 아니시고 채식 위주로 드세요."),
    ("KO", "대체로 채식하시는 편."),
    ("JA", "基本は野菜中心の食事、たまにお肉も。"),
    ("ZH", "平时以素食为主，偶尔吃点肉。"),
])
def test_mostly_vegetarian_is_flexitarian(language, text):
    diets = _diets(text, language)
    assert "flexitarian" in diets and "vegetarian" not in diets


@pytest.mark.parametrize(("language", "text", "diet"), [
    ("KO", "키토 하시다가 요즘은 일반식 드심.", "keto"),
    ("KO", "비건이셨다가 지금은 다 드심.", "vegan"),
    ("KO", "저탄수 하시다가 이제는 아무거나 잘 드세요.", "low_carb"),
])
def test_a_korean_diet_until_now_eating_everything_is_past(language, text, diet):
    assert diet not in _diets(text, language)


def test_a_korean_diet_kept_now_stays():
    assert "keto" in _diets("요즘 키토 하셔서 빵은 안 드심.", "KO")


@pytest.mark.parametrize(("language", "text", "diets"), [
    ("EN", "Her father avoids: pork, alcohol.", {"no_pork", "no_alcohol"}),
    ("DE", "Meidet: Schweinefleisch, Alkohol", {"no_pork", "no_alcohol"}),
    ("RU", "Муж не ест: свинину и алкоголь.", {"no_pork", "no_alcohol"}),
    ("ZH", "先生忌口：猪肉、海鲜。", {"no_pork"}),
    ("KO", "사모님 못 드시는 것: 돼지고기, 술", {"no_pork", "no_alcohol"}),
    ("JA", "NG食材：豚肉、アルコール", {"no_pork", "no_alcohol"}),
])
def test_a_label_of_things_done_without_states_the_diets_of_its_list(language, text, diets):
    assert diets <= _diets(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("JA", "苦手なもの：お酒、生もの。"),
    ("EN", "Drinks: champagne only. Loves: pork belly."),
    ("EN", "Sightseeing: a wine tour in May."),
])
def test_a_label_of_tastes_states_no_diet(language, text):
    assert not _diets(text, language) & {"no_pork", "no_alcohol"}


def test_greece_in_arabic_is_no_paleo_diet():
    assert "paleo" not in _diets("سافر على باليونان الصيف الماضي.", "AR")

