"""Japanese, Chinese and Korean allergy and diet classes of session 42, in our own phrasings:

- A necklace that makes the neck itch or redden is the metal allergy ("ネックレスで首がかぶれる", "戴项链脖子会红",
  "목걸이 하면 목이 가렵"); so are "金属に負ける", "金属負け" and the shorthand "金属アレ"; a necklace bought is none.
- Earrings that react where only pure gold is worn are a metal allergy, not nickel ("只能戴纯金的").
- A free-from product the shop sells well is no allergy ("无镍手链是爆款", "니켈 프리 팔찌가 잘 팔린다"); a free-from
  sweet served to the client is an ingredient ("店里的无麸质蛋糕").
- Alcohol left out for one evening is no diet ("今晚不喝酒，明早要赶飞机"); a lasting abstention stays.
- A perfume declared fine beside an allergy word is no fragrance allergy ("过敏：花生，香水OK").
- A cross after a food in shorthand avoids it ("卵×").
- A child's or a friend's allergy told in small talk is not the client's ("闲聊时说女儿对虾过敏").
- A dish on the other guests' menu, a food in brackets after a gift, another mention of a food said to be fine:
  no allergy.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract


def _raw(text: str, language: str) -> tuple[set[str], set[str]]:
    """Allergies and diets extracted from the words themselves (no pseudonymization)."""
    hits = [h for h in extract(text, language, "2026-01-15") if not h.negated]
    return {h.concept for h in hits if h.category == "allergy"}, {h.concept for h in hits if h.category == "diet"}


@pytest.mark.parametrize(("language", "text"), [
    ("JA", "ネックレスを着けると首が赤くかぶれるそうで、革紐のペンダントをご提案。"),
    ("ZH", "她戴项链脖子会红，想看皮绳款。"),
    ("KO", "목걸이를 오래 하면 목이 가려워진다고 하셔서 가죽 끈으로 보여 드림."),
    ("JA", "金属に負けるタイプなので、タイピンは樹脂製で。"),
    ("JA", "金属負けしやすい体質とのこと、ベルトのバックルは避けたい。"),
    ("JA", "メモ：金属アレあり、ストールを検討。"),
    ("ZH", "戴耳环耳朵会痒，只能戴纯金的。"),
])
def test_metal_allergy_told_every_way(language, text):
    assert _raw(text, language)[0] == {"metal"}, text


@pytest.mark.parametrize(("language", "text"), [
    ("JA", "ネックレスを二本ご購入、ラッピングは別々に。"),
    ("ZH", "买了一条项链送给妈妈。"),
    ("KO", "목걸이 두 개 구매, 포장은 따로."),
    ("JA", "試合に負けたそうで落ち込んでいらした。金属のキーホルダーをご購入。"),
])
def test_a_necklace_or_a_lost_game_is_no_allergy(language, text):
    assert not _raw(text, language)[0], text


@pytest.mark.parametrize(("language", "text"), [
    ("ZH", "无镍手链是今年的爆款，给她看了两款。"),
    ("KO", "니켈 프리 팔찌가 요즘 잘 팔린다고 소개해 드림."),
    ("JA", "ニッケルフリーのバングルが売れ筋とご案内。"),
    ("ZH", "她在等的时候吃了店里的无麸质蛋糕，说很好吃。"),
])
def test_a_free_from_product_of_the_shop_is_no_allergy(language, text):
    assert not _raw(text, language)[0], text


def test_a_free_from_piece_for_a_stated_metal_allergy_keeps_the_allergy():
    assert "metal" in _raw("金属アレルギーがあるので、ニッケルフリーのピアスが人気と聞いて購入。", "JA")[0]


@pytest.mark.parametrize(("language", "text"), [
    ("ZH", "今晚不喝酒，明早要赶飞机，平时挺能喝的。"),
    ("JA", "今日は車なのでお酒は飲まないとのこと、普段は日本酒がお好き。"),
])
def test_alcohol_left_out_for_one_evening_is_no_diet(language, text):
    assert "no_alcohol" not in _raw(text, language)[1], text


@pytest.mark.parametrize(("language", "text"), [
    ("ZH", "他从来不喝酒，今天也点了果汁。"),
    ("JA", "お酒は一切飲まれません、本日も烏龍茶で。"),
])
def test_a_lasting_abstention_stays(language, text):
    assert "no_alcohol" in _raw(text, language)[1], text


@pytest.mark.parametrize(("language", "text", "allergens"), [
    ("ZH", "过敏：花生，香水OK。", {"peanut"}),
    ("JA", "アレルギー：えび、香水は大丈夫。", {"shellfish"}),
    ("ZH", "对香水过敏，送礼别选香氛。", {"fragrance"}),
])
def test_a_perfume_declared_fine_is_no_fragrance_allergy(language, text, allergens):
    assert _raw(text, language)[0] == allergens, text


def test_a_cross_after_a_food_in_shorthand_avoids_it():
    assert "eggs" in _raw("アレルギー：卵×、香水OK。", "JA")[0]


@pytest.mark.parametrize(("language", "text"), [
    ("JA", "お孫さんが小麦アレルギーだと雑談。ご本人用に財布をご購入。"),
    ("ZH", "闲聊时说女儿对虾过敏，今天给先生挑皮带。"),
    ("KO", "딸이 새우 알레르기라고 잡담 중에 말씀하심. 본인 지갑 구매."),
])
def test_a_relatives_allergy_told_in_small_talk_is_not_the_clients(language, text):
    assert not _raw(text, language)[0], text


def test_the_clients_own_allergy_told_in_small_talk_stays():
    assert _raw("ご本人はエビアレルギーと雑談で。", "JA")[0] == {"shellfish"}


@pytest.mark.parametrize(("language", "text"), [
    ("ZH", "其他宾客的菜单保留龙虾，她单独点一份。"),
    ("KO", "다른 손님 메뉴에는 새우 요리 그대로 두기로."),
    ("KO", "답례 과자 세트(호두)는 시어머님께 드릴 것."),
    ("JA", "手土産のクッキー缶（くるみ入り）をご購入。"),
    ("ZH", "甜点是核桃酥，她说核桃没问题。"),
    ("JA", "デザートはピーナッツのタルト、あとでピーナッツは大丈夫と確認。"),
])
def test_others_menus_gift_contents_and_foods_said_fine_are_no_allergy(language, text):
    assert not _raw(text, language)[0], text


def test_a_food_in_brackets_with_its_allergy_word_stays():
    assert "tree_nuts" in _raw("과자 세트(호두 알레르기 있으심)는 빼 주세요.", "KO")[0]


@pytest.mark.parametrize(("language", "text", "allergens"), [
    ("JA", "ホワイトデー用 香水 3本 / 猫の毛で鼻水とくしゃみ", {"animal_dander"}),
    ("JA", "香水をつけるとくしゃみが出るそうです。", {"fragrance"}),
])
def test_a_symptom_next_to_its_trigger_is_not_the_perfumes_further_away(language, text, allergens):
    assert _raw(text, language)[0] == allergens, text


@pytest.mark.parametrize(("language", "text"), [
    ("JA", "お中元はプリン体ゼロのビールを一箱。"),
    ("JA", "懇親会ではプリン体オフの発泡酒をお出しした。"),
    ("JA", "ノンアルのビールで乾杯、お酒は一切飲まれない。"),
])
def test_a_purine_free_drink_is_a_product_not_a_diet(language, text):
    diets = _raw(text, language)[1]
    assert "low_purine" not in diets, text
    assert ("no_alcohol" in diets) == ("一切" in text), text


def test_gout_keeps_the_low_purine_diet_beside_such_a_drink():
    assert "low_purine" in _raw("痛風なので、プリン体ゼロのビールを選ばれた。", "JA")[1]


@pytest.mark.parametrize(("language", "text"), [
    ("KO", "아버님은 통풍 때문에 맥주는 안 드신다고 하심."),
    ("ZH", "他尿酸高，只喝低嘌呤啤酒。"),
])
def test_gout_before_a_beer_keeps_the_diet(language, text):
    assert "low_purine" in _raw(text, language)[1], text


@pytest.mark.parametrize(("language", "text", "allergen"), [
    ("JA", "ピアスの穴が金属で膿みやすいとのこと。", "metal"),
    ("JA", "腕時計の裏ぶたが当たるところがかゆくなるそうです。", "metal"),
    ("KO", "시계 뒷판 닿는 데가 가렵다고 하심.", "metal"),
    ("JA", "柔軟剤の香りが強いと頭痛がするとのこと。", "fragrance"),
    ("KO", "섬유유연제 향이 진하면 두통이 오신대요.", "fragrance"),
    ("JA", "色の濃い服を着ると首まわりがかぶれる。", "textile_dye"),
])
def test_more_triggers_told_by_their_reaction(language, text, allergen):
    assert _raw(text, language)[0] == {allergen}, text


@pytest.mark.parametrize(("language", "text"), [
    ("JA", "時計の裏ぶたに記念日を刻印。"),
    ("JA", "柔軟剤とタオルのギフトセットをご購入。"),
    ("KO", "시계 뒷판에 이니셜 각인 요청하심."),
    ("ZH", "上次手术伤口化脓，住了几天院。"),
])
def test_the_same_things_without_a_reaction_are_no_allergy(language, text):
    assert not _raw(text, language)[0], text
