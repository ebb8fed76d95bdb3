"""CJK allergy and diet classes of session 44 (the CJK helper), in our own phrasings:

- Chinese vegetarian kinds and Taiwan spellings (五辛素, 奶蛋素 → vegetarian; 低醣 → low_carb), 全素 stays vegan
  (Cantonese 食齋 left out: the one dev note with it lists no diet); traditional-script occasions (結婚週年,
  光明節); a gold allergy (금 알레르기, 金アレルギー, 對金過敏) is ``metal``; traditional shellfish words (貝殼類,
  蝦, 螃蟹; the bare species need an allergy word near); Korean chemical smells (화학 약품 냄새에 민감) — taxonomy
  1.45.0.
- A denied food restriction ("不忌口") does not reach a non-food allergen ("对镍过敏 … 不忌口").
- Japanese: another food as the topic between a constraint and "大丈夫" keeps the constraint ("豚肉は召し上がらない
  牛は大丈夫"), as the Korean topic particle already did.
- A diet word followed by a comma and a restaurant noun is no restaurant of that diet ("不吃猪肉，餐厅…").
- A relative's diet the note then denies for the client is not the client's ("奥様はヴィーガンだけどご本人は違う",
  "아내분이 비건이신데 본인은 아니시고", "她老公吃素，她自己不吃素").
- A vegetarian who eats fish is a pescatarian also when an allergy was said earlier in the same spoken run.
- "Only X" with "the other nuts are fine" keeps X ("피칸만 못 드시고 다른 견과류는 괜찮대요").
- Sweets named after a food and given as a gift are no allergy ("호두과자 선물", "核桃酥当礼物").
- "알러지: 무" (none) denies the allergy word.
- An allergen said fine inside a bracket after another allergy is taken back alone ("鱼类过敏（虾蟹可以）").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract


def _raw(text: str, language: str) -> tuple[set[str], set[str]]:
    hits = [h for h in extract(text, language, "2026-01-15") if not h.negated]
    return {h.concept for h in hits if h.category == "allergy"}, {h.concept for h in hits if h.category == "diet"}


def _occasions(text: str, language: str) -> set[str]:
    return {h.concept for h in extract(text, language, "2026-01-15") if h.category == "occasion" and not h.negated}


@pytest.mark.parametrize(("text", "diet"), [
    ("陳小姐吃五辛素，洋蔥大蒜都不碰。", "vegetarian"),
    ("林太太是奶蛋素，宴請請安排素食。", "vegetarian"),
    ("黃先生最近低醣飲食，晚餐不吃白飯。", "low_carb"),
    ("她现在吃全素，奶制品也不碰。", "vegan"),
])
def test_chinese_vegetarian_kinds_and_taiwan_spellings(text, diet):
    assert diet in _raw(text, "ZH")[1], text


def test_whole_vegan_is_not_read_as_vegetarian():
    assert "vegetarian" not in _raw("她现在吃全素，奶制品也不碰。", "ZH")[1]


@pytest.mark.parametrize(("language", "text"), [
    ("KO", "금 알레르기가 있으셔서 반지는 티타늄으로 보여 드림."),
    ("JA", "金アレルギーのため、リングはプラチナのみご提案。"),
    ("ZH", "她對金過敏，只能戴鈦金屬。"),
])
def test_a_gold_allergy_is_a_metal_allergy(language, text):
    assert "metal" in _raw(text, language)[0], text


def test_a_karat_alone_is_no_allergy():
    assert _raw("18K 금 목걸이로 선물 준비.", "KO")[0] == set()


@pytest.mark.parametrize("text", [
    "佢對貝殼類海鮮敏感，食完會痕。",
    "她說螃蟹吃了會過敏，全身癢。",
])
def test_traditional_shellfish_words(text):
    assert "shellfish" in _raw(text, "ZH")[0], text


@pytest.mark.parametrize("text", ["週末約了朋友吃螃蟹。", "他最愛蝦餃。"])
def test_bare_traditional_shellfish_words_need_an_allergy_word(text):
    assert "shellfish" not in _raw(text, "ZH")[0], text


def test_korean_chemical_smell_sensitivity():
    assert "chemical_sensitivity" in _raw("화학 약품 냄새에 민감하셔서 매장 환기 부탁드림.", "KO")[0]


@pytest.mark.parametrize(("text", "occasion"), [
    ("想給太太挑結婚週年禮物。", "wedding_anniversary"),
    ("光明節前想送孫子一支筆。", "hanukkah"),
])
def test_traditional_script_occasions(text, occasion):
    assert occasion in _occasions(text, "ZH"), text


@pytest.mark.parametrize(("text", "allergen"), [
    ("她对镍过敏 戴便宜的耳钉会痒 然后她说她不忌口", "nickel"),
    ("对乳胶过敏，吃的方面不忌口。", "latex"),
])
def test_a_denied_food_restriction_does_not_reach_a_non_food_allergen(text, allergen):
    assert allergen in _raw(text, "ZH")[0], text


@pytest.mark.parametrize(("text", "diet"), [
    ("あと豚肉は召し上がらないです 鶏とか魚は大丈夫", "no_pork"),
    ("糖質制限をされていて、お肉は大丈夫です", "low_carb"),
])
def test_japanese_another_topic_before_fine_keeps_the_constraint(text, diet):
    assert diet in _raw(text, "JA")[1], text


@pytest.mark.parametrize("text", ["卵アレルギーがあったけど今は大丈夫", "卵アレルギーは大丈夫です"])
def test_japanese_fine_about_the_constraint_itself_still_takes_it_back(text):
    assert "eggs" not in _raw(text, "JA")[0], text


@pytest.mark.parametrize("text", ["清真饮食，不吃猪肉，餐厅要有清真认证", "只吃清真，不吃豬肉，餐廳另外訂"])
def test_a_diet_then_a_comma_and_a_restaurant_keeps_the_diet(text):
    assert "no_pork" in _raw(text, "ZH")[1], text


def test_a_restaurant_named_by_a_diet_is_still_an_object():
    assert "vegetarian" not in _raw("她推荐了一家素食餐厅给朋友。", "ZH")[1]


@pytest.mark.parametrize(("language", "text", "diet"), [
    ("ZH", "她老公吃素 不过她自己不吃素 牛排也可以", "vegetarian"),
    ("ZH", "他太太是纯素的，他自己不是。", "vegan"),
    ("JA", "奥様はヴィーガンなんですけど ご本人は違うそうです", "vegan"),
    ("JA", "ご主人は糖質制限中ですが、ご本人は全然大丈夫とのこと", "low_carb"),
    ("KO", "아내분이 비건이신데 고객님 본인은 아니시고요", "vegan"),
])
def test_a_relatives_diet_denied_for_the_client_is_not_hers(language, text, diet):
    assert diet not in _raw(text, language)[1], text


@pytest.mark.parametrize(("language", "text", "diet"), [
    ("ZH", "她老公吃素，她自己也吃素。", "vegetarian"),
    ("KO", "남편분은 비건이시고 본인도 비건이세요", "vegan"),
])
def test_a_diet_the_client_shares_stays(language, text, diet):
    assert diet in _raw(text, language)[1], text


@pytest.mark.parametrize(("language", "text"), [
    ("ZH", "她花粉过敏 嗯然后她吃素但是吃鱼 海鲜也行"),
    ("JA", "猫アレルギーで ベジタリアンだけど魚は食べる"),
])
def test_a_vegetarian_eating_fish_after_an_allergy_in_a_spoken_run(language, text):
    assert "pescatarian" in _raw(text, language)[1], text


def test_fish_allergy_before_a_diet_eats_no_fish():
    assert "pescatarian" not in _raw("她对鱼过敏 所以吃素", "ZH")[1]


@pytest.mark.parametrize(("language", "text"), [
    ("KO", "피칸만 못 드시고 다른 견과류는 괜찮대요"),
    ("ZH", "只有核桃不能吃，其他坚果没问题"),
    ("JA", "クルミだけダメで 他のナッツは大丈夫"),
])
def test_only_one_nut_with_the_other_nuts_fine(language, text):
    assert "tree_nuts" in _raw(text, language)[0], text


@pytest.mark.parametrize(("language", "text"), [
    ("KO", "추석에 호두과자 선물 세트 보내 드렸음."),
    ("ZH", "上次送了核桃酥礼物给她妈妈。"),
])
def test_sweets_given_as_a_gift_are_no_allergy(language, text):
    assert "tree_nuts" not in _raw(text, language)[0], text


def test_sweets_beside_an_allergy_word_keep_the_allergy():
    assert "tree_nuts" in _raw("호두 알레르기 있으셔서 호두과자 선물은 빼 주세요", "KO")[0]


@pytest.mark.parametrize("text", ["알러지: 무 / 식단: 특이사항 없음", "알레르기: 무"])
def test_korean_none_answer_denies_the_allergy_word(text):
    assert _raw(text, "KO")[0] == set(), text


def test_korean_mu_prefix_is_no_answer():
    assert "low_sugar" in _raw("알레르기: 무설탕 요청", "KO")[1]


@pytest.mark.parametrize(("language", "text", "kept", "gone"), [
    ("ZH", "鱼类过敏（虾蟹都可以）/ 下周来店", "fish", "shellfish"),
    ("JA", "魚アレルギー（エビ・カニはOK）", "fish", "shellfish"),
])
def test_an_allergen_fine_in_a_bracket_is_taken_back_alone(language, text, kept, gone):
    allergies = _raw(text, language)[0]
    assert kept in allergies and gone not in allergies, text


def _budget(text: str, language: str) -> list[str]:
    return [h.evidence for h in extract(text, language, "2026-01-15") if h.category == "budget"]


@pytest.mark.parametrize(("language", "text"), [
    ("ZH", "耳钉只能选18K或者铂金的，别的会过敏"),
    ("ZH", "她只戴18K的戒指"),
    ("KO", "14K 골드는 안 되고 플래티넘만"),
    ("EN", "Only wears 18k gold pieces."),
])
def test_a_gold_purity_is_no_budget(language, text):
    assert _budget(text, language) == [], text


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Around 18K for the watch."),
    ("ZH", "想看手表 18K左右"),
])
def test_thousands_without_a_metal_word_stay_a_budget(language, text):
    assert _budget(text, language), text

