"""CRM fields of session 43's `s43_not_mine` classes, in our own phrasings: a full-width bar
("｜") ends a correction's reach like "|"; an allergy field's item stays an allergen beside a
pescatarian field ("Allergy: shrimp | Diet: pescatarian"), while seafood a pescatarian eats stays
none; Japanese and Chinese fish names (mackerel, salmon, tuna) are fish after an allergy cue."""

import pytest

from lvmh_pipeline_tests.lib.concepts.constraints import constraints


@pytest.mark.parametrize(("language", "text", "allergies"), [
    ("JA", "卵アレルギー｜ヴィーガンではない", {"eggs"}),
    ("ZH", "芝麻过敏｜不是素食者", {"sesame"}),
    ("JA", "小麦アレルギー｜乳製品は問題なし", {"gluten"}),
])
def test_a_full_width_bar_ends_a_correction(language, text, allergies):
    assert constraints(text, language)[0] == allergies, text


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Allergies: prawns | Diet: pescatarian"),
    ("KO", "알레르기: 조개 | 식단: 페스코"),
    ("FR", "Allergie : homard / Régime : pescétarien"),
])
def test_an_allergy_field_item_stays_beside_a_pescatarian_field(language, text):
    assert "shellfish" in constraints(text, language)[0], text


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Pescatarian: salmon and prawns are fine."),
    ("DE", "Pescetarier, isst Garnelen und Lachs."),
])
def test_seafood_a_pescatarian_eats_is_still_no_allergy(language, text):
    assert constraints(text, language)[0] == set(), text


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("JA", "アレルギー：マグロ", {"fish"}),
    ("JA", "鮭アレルギーがあります", {"fish"}),
    ("ZH", "对金枪鱼过敏", {"fish"}),
    ("JA", "ランチは鮭の塩焼き", set()),
    ("ZH", "晚餐点了三文鱼", set()),
])
def test_japanese_and_chinese_fish_names_after_an_allergy_cue(language, text, expected):
    assert constraints(text, language)[0] == expected, text
