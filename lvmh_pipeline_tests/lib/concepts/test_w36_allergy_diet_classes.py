"""Allergy and diet classes of session 32, in our own words (several languages each).

- Another person's diet stays, a relative's or a guest's ("quelques invités sont végétariens"): the writers
  list it (a guest-list rule was tried and left out, see the session-32 report).
- A free-from product ordered by the dozen is no diet ("30 Flaschen alkoholfreien Sekt", "50盒无糖月饼"), nor
  is a book, a course or a restaurant the diet names ("veganes Kochbuch", "restaurants végétariens").
- A diet the client does not need is denied ("Кошерное не обязательно", "不用准备清真餐").
- Korean "금주" before a day or a time limit is this week, not abstinence; "不喝甜的" refuses sugar,
  not alcohol; "少喝酒" is drinking less.
- Eggs and dairy a lacto-ovo vegetarian eats are no allergy ("Vegetarian, eats eggs and dairy"); those a
  vegan leaves out stay (measured: a held-out writer lists them).
(Symptoms told instead of the word allergy are :mod:`lvmh_pipeline.lib.concepts.statements.reactions.cues`'.)
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.concepts.constraints import constraints


def _diets(text: str, language: str) -> set[str]:
    return constraints(text, language)[1]


def _allergies(text: str, language: str) -> set[str]:
    return constraints(text, language)[0]


@pytest.mark.parametrize(("language", "text", "diet"), [
    ("EN", "Her husband is vegetarian, so no meat at the dinner.", "vegetarian"),
    ("ZH", "她女儿吃素，下午茶准备素点心。", "vegetarian"),
    ("KO", "남편분이 채식하셔서 고기 없는 메뉴로.", "vegetarian"),
    ("EN", "Dinner for the guests next week; she herself is vegan.", "vegan"),
    ("FR", "Dîner de gala : quelques invités sont végétariens.", "vegetarian"),
    ("ZH", "有几位员工吃素，另外准备素食礼盒。", "vegetarian"),
    ("JA", "未登録ゲスト（女性）、ベジタリアン。", "vegetarian"),
    ("FR", "Elle préfère qu'on livre. Végétarienne, rien de carné au cocktail.", "vegetarian"),
])
def test_another_persons_or_the_clients_diet_stays(language, text, diet):
    assert diet in _diets(text, language)


@pytest.mark.parametrize(("language", "text", "diet"), [
    ("FR", "Elle offre à son équipe nos chocolats sans sucre, 15 coffrets.", "low_sugar"),
    ("DE", "Bestellt 30 Flaschen alkoholfreien Sekt als Kundengeschenk für die Firma.", "no_alcohol"),
    ("ZH", "订了50盒无糖月饼送客户。", "low_sugar"),
])
def test_a_free_from_product_by_the_dozen_is_no_diet(language, text, diet):
    assert diet not in _diets(text, language)


@pytest.mark.parametrize(("language", "text", "diet"), [
    ("FR", "Elle aime les restaurants végétariens du Marais.", "vegetarian"),
    ("DE", "Geschenk: ein veganes Kochbuch für die Tochter.", "vegan"),
    ("ES", "Le regala un libro de cocina vegetariana a su hermana.", "vegetarian"),
    ("IT", "Regalo: un corso di cucina vegana.", "vegan"),
    ("RU", "Подарок: сертификат в вегетарианский ресторан.", "vegetarian"),
])
def test_a_book_course_or_restaurant_the_diet_names_is_no_diet(language, text, diet):
    assert diet not in _diets(text, language)


def test_a_free_from_request_for_the_client_stays():
    assert "no_alcohol" in _diets("Il ne boit pas, champagne sans alcool pour lui au dîner.", "FR")


@pytest.mark.parametrize(("language", "text", "diet"), [
    ("RU", "Кошерное не обязательно, он не соблюдает.", "kosher"),
    ("ZH", "不用准备清真餐，他不忌口。", "halal"),
    ("EN", "Kosher not required, the family is secular.", "kosher"),
    ("FR", "Pas besoin de halal pour lui.", "halal"),
    ("DE", "Koscher ist nicht nötig, sagt er.", "kosher"),
])
def test_a_diet_not_needed_is_denied(language, text, diet):
    assert diet not in _diets(text, language)


@pytest.mark.parametrize("text", ["금주 토요일에 다시 방문 예정.", "금주에 연락 드리기로.", "금주 중으로 견적 보내드릴 것."])
def test_korean_this_week_is_no_abstinence(text):
    assert "no_alcohol" not in _diets(text, "KO")


def test_korean_abstinence_stays():
    assert "no_alcohol" in _diets("작년부터 금주 중이셔서 와인은 빼고.", "KO")


def test_a_sweet_drink_refused_is_no_alcohol_diet():
    assert "no_alcohol" not in _diets("他不喝甜的饮料。", "ZH")


def test_drinking_less_is_no_abstinence():
    assert "no_alcohol" not in _diets("医生让他少喝酒，低盐饮食。", "ZH")
    assert "no_alcohol" in _diets("他滴酒不沾。", "ZH")


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Vegetarian, eats eggs and dairy."),
    ("RU", "Вегетарианка, но яйца и молочное ест."),
    ("KO", "채식주의자시지만 계란이랑 우유는 드세요."),
    ("FR", "Végétarienne, elle mange des œufs et du fromage."),
])
def test_eggs_and_dairy_a_vegetarian_eats_are_no_allergy(language, text):
    assert _allergies(text, language).isdisjoint({"eggs", "lactose"})


@pytest.mark.parametrize(("language", "text"), [
    ("ZH", "素食者，乳糖不耐，下午茶只给柠檬水。"),
    ("EN", "Vegetarian, and lactose intolerant."),
])
def test_a_vegetarians_intolerance_stays(language, text):
    assert "lactose" in _allergies(text, language)
