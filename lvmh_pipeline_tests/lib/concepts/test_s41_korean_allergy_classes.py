"""Korean allergy and diet classes of session 41, in our own phrasings:

- An adverb between "같은 건" and its negator still denies: "알러지 같은 거 딱히 없으시대요".
- A low rate of eating meat is a flexitarian diet: "고기는 한 달에 한두 번만", "일주일에 두 번 정도만"; a rate the
  client keeps to ("일주일에 한 번 꼭") is no limit.
- Korean words for a part-time vegetarian: "준채식", "세미채식", "반채식"; a vegetarian menu chosen for such a client
  is the flexitarian's ("채식 메뉴도 있는 식당").
- A diet's menu or dish chosen once is no diet: "오늘은 비건 메뉴로", "이번엔 채식 도시락이 마침 남아서".
- A product certified by a diet or a label on it is no diet nor allergy: "비건 인증 받은 립밤", "락토프리 라벨 붙은 초콜릿";
  a gift set named after a food two nouns on ("아몬드 밀크 초콜릿 선물 세트") neither.
- An allergy the note calls a story: "예전 얘기", "농담", a friend's or an acquaintance's talk.
- A food kept off the plate, then a reaction to eating it: "두부 들어간 거 못 드세요, 드시면 가렵대요".
- A sweet a food is in, served or given, is no allergy ("호두 들어간 타르트 드렸더니"), nor a free-from sweet or product
  line ("피넛 프리 쿠키 신제품"); a refusal or a reaction in the sentence keeps it.
- A meatless diet kept some days only is flexitarian ("주 2일은 채식", "평일에만 채식"), as is eating less meat
  ("고기 덜 드시기"); a diet word naming fashion or a material is none ("비건 패션", "비건 소재").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract


def _raw(text: str) -> tuple[set[str], set[str]]:
    hits = [h for h in extract(text, "KO", "2026-01-15") if not h.negated]
    return {h.concept for h in hits if h.category == "allergy"}, {h.concept for h in hits if h.category == "diet"}


@pytest.mark.parametrize("text", [
    "알러지 같은 거 딱히 없으시대요, 디저트는 아무거나.",
    "알레르기 같은 건 하나도 없다고 하심.",
    "음 알레르기 같은 건 특별히 없으세요.",
])
def test_an_adverb_before_the_negator_still_denies(text: str) -> None:
    assert _raw(text)[0] == set()


@pytest.mark.parametrize("text", [
    "고기는 한 달에 한두 번만 드신다고 하셨어요.",
    "어 고기는 일주일에 두 번 정도만 드세요.",
])
def test_a_low_rate_of_meat_is_flexitarian(text: str) -> None:
    assert _raw(text)[1] == {"flexitarian"}


def test_a_rate_kept_to_is_no_limit() -> None:
    assert "flexitarian" not in _raw("고기는 일주일에 한 번 꼭 챙겨 드심.")[1]


@pytest.mark.parametrize("text", [
    "사모님은 준채식 하셔서 주말에만 고기 드심.",
    "요즘 세미채식 중이시래요.",
    "반채식 식단으로 바꾸셨대요.",
])
def test_korean_part_time_vegetarian_words(text: str) -> None:
    assert _raw(text)[1] == {"flexitarian"}


def test_a_vegetarian_menu_for_a_flexitarian_is_the_flexitarians() -> None:
    assert _raw("준채식 하셔서 저녁 자리는 채식 메뉴도 있는 식당으로 잡아드림.")[1] == {"flexitarian"}


@pytest.mark.parametrize("text", [
    "오늘은 비건 메뉴로 드셨는데 평소엔 고기 좋아하심.",
    "이번엔 채식 도시락이 마침 남아서 그걸로 드렸어요.",
    "오늘 저녁은 채식 코스 예약하셨대요, 그냥 궁금해서.",
])
def test_a_diet_dish_chosen_once_is_no_diet(text: str) -> None:
    assert _raw(text)[1] == set()


def test_a_stated_diet_stays_beside_a_dish_chosen_today() -> None:
    assert _raw("비건이셔서 오늘도 비건 메뉴로 준비.")[1] == {"vegan"}


@pytest.mark.parametrize("text", [
    "비건 인증 받은 립밤 두 개 구매하심.",
    "락토프리 라벨 붙은 초콜릿은 매장 진열용.",
    "아몬드 밀크 초콜릿 선물 세트 보여드림.",
])
def test_a_certified_or_labelled_product_or_a_gift_set_is_no_constraint(text: str) -> None:
    assert _raw(text) == (set(), set())


def test_a_certificate_checked_for_the_client_stays_the_diet() -> None:
    assert "halal" in _raw("할랄 인증 꼭 확인해 달라고 하심.")[1]


@pytest.mark.parametrize("text", [
    "새우 알레르기는 옛날 얘기라고 하시네요, 지금은 잘 드심.",
    "계란 얘기는 장난이었대요.",
    "호두 알레르기는 지인분 이야기였고 고객님은 괜찮으심.",
])
def test_an_allergy_called_a_story_is_none(text: str) -> None:
    assert _raw(text)[0] == set()


def test_an_allergy_the_client_tells_stays() -> None:
    assert _raw("새우 알레르기는 본인 얘기예요, 꽤 심하대요.")[0] == {"shellfish"}


@pytest.mark.parametrize(("text", "allergen"), [
    ("두부 들어간 거 못 드세요, 드시면 가렵대요.", "soy"),
    ("콩 들어간 음식은 안 드심, 먹으면 두드러기 난다고.", "soy"),
])
def test_a_food_kept_off_then_a_reaction_is_its_allergy(text: str, allergen: str) -> None:
    assert allergen in _raw(text)[0]


def test_a_food_kept_off_for_a_taste_is_no_allergy() -> None:
    assert "soy" not in _raw("콩 들어간 건 안 드심, 그냥 식감이 싫으시대요.")[0]


@pytest.mark.parametrize("text", [
    "호두 들어간 타르트 드렸더니 맛있게 드심.",
    "피넛 프리 쿠키 신제품 시식 안내.",
    "유당 프리 초콜릿 라인 소개해 드림.",
])
def test_a_sweet_served_or_a_free_from_product_is_no_allergy(text: str) -> None:
    assert _raw(text)[0] == set()


@pytest.mark.parametrize(("text", "allergen"), [
    ("호두 들어간 타르트는 빼 주세요.", "tree_nuts"),
    ("땅콩 들어간 과자 드시면 입술이 부어요.", "peanut"),
])
def test_a_refused_or_reacted_sweet_keeps_its_allergen(text: str, allergen: str) -> None:
    assert allergen in _raw(text)[0]


@pytest.mark.parametrize("text", [
    "주 2일은 채식 하신대요.",
    "평일에만 채식, 주말엔 자유롭게 드심.",
    "요즘 고기 덜 드시기 실천 중.",
])
def test_a_part_time_meatless_diet_is_flexitarian(text: str) -> None:
    assert _raw(text)[1] == {"flexitarian"}


def test_a_weekday_in_another_sentence_leaves_the_vegetarian() -> None:
    assert _raw("평일 오후 방문. 채식주의자이심.")[1] == {"vegetarian"}


@pytest.mark.parametrize("text", ["비건 패션 브랜드에 관심 많으심.", "비건 소재 로퍼 보여드림."])
def test_a_diet_word_naming_fashion_or_a_material_is_no_diet(text: str) -> None:
    assert _raw(text)[1] == set()
