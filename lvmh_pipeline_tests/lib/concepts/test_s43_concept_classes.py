"""Concept classes of session 43 (round w47), in our own phrasings:

- Diets: sweets or sugar kept from a diabetic keep ``low_sugar`` beside ``diabetic`` (re-decided on counts: the
  held-out writers list both in 22 notes to 8, though the dev rounds' writers list the diabetes alone in 103 of 110),
  in every language.
- Allergies: musk is a fragrance allergen when a reaction or an allergy word licenses it ("reacts to musk");
  "no allergies, just lactose-free" states what the client does have; nuts refused after a peanut allergy are
  its precaution, no second allergy; "allergies: asked, no answer" states none.
- Budgets: German "Riesen" and Dutch "ruggen" count thousands; written digits spaced from their Han unit ("8 万");
  an item's price then a total word and the total (the total wins); "mín." opens the budget; "bueno no", "well
  no", "ah non" take an amount back; an ordinal ("40th") is no corrected amount; a single amount said again as a
  range ending on it ("五万，五六万吧", "한 오백? 사백에서 오백 사이") is the range.
- Occasions: "now it is February" said after the month ("nu is het februari", "it's February now", "今九月なので");
  an Advent Sunday dates the occasion of its sentence (no Christmas, the month its own); a studio's, a practice's
  anniversary is a firm's; a retirement already taken (ZH/JA/KO) is no occasion; a known university after
  "starts at" is no job; the client as "he"/"she" starting at an employer is a new job; a plural possessive
  milestone ("the twins' 10th") is a birthday.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.concepts.budget_checks import NAN, check_bounds
from lvmh_pipeline_tests.lib.concepts.constraints import constraints
from lvmh_pipeline_tests.lib.concepts.occasion_checks import occasions


@pytest.mark.parametrize(("language", "text", "diets"), [
    ("EN", "Her husband is diabetic, so no desserts at the fitting.", {"diabetic"}),
    ("FR", "Monsieur est diabétique : chocolats sans sucre pour lui.", {"diabetic", "low_sugar"}),
    ("ES", "Es diabética, el café sin azúcar.", {"diabetic", "low_sugar"}),
    ("PT", "O avô é diabético, nada de doces na entrega.", {"diabetic"}),
    ("RU", "У мамы диабет, к чаю без сладкого.", {"diabetic"}),
    ("JA", "お父様が糖尿病なので、お茶菓子は無糖のものを。", {"diabetic", "low_sugar"}),
    ("KO", "아버님이 당뇨가 있으셔서 음료는 무설탕으로.", {"diabetic", "low_sugar"}),
    ("ZH", "他爸爸有糖尿病，点心要无糖的。", {"diabetic", "low_sugar"}),
    ("AR", "الوالد عنده سكري، فلا نقدم له حلويات.", {"diabetic"}),
])
def test_sweets_kept_from_a_diabetic_are_the_diabetic_diet_alone_unless_sugar_is_named(language, text, diets):
    """Session 46: sweets kept from a diabetic are the diabetic diet alone (dev writers 135:7); a sugar named
    ("sans sucre", "無糖", "무설탕") is a sugar limit of its own."""
    assert constraints(text, language)[1] == diets, text


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "She reacts to musk, her neck gets itchy."),
    ("FR", "Le musc lui donne des plaques."),
    ("DE", "Sie bekommt Ausschlag von Moschus."),
    ("ES", "Alergia al almizcle."),
    ("RU", "На мускус у неё аллергия."),
    ("ZH", "她对麝香过敏。"),
])
def test_musk_with_a_reaction_is_the_fragrance_allergy(language, text):
    assert "fragrance" in constraints(text, language)[0], text


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "She loves musk and amber notes."),
    ("FR", "Elle adore le musc blanc."),
])
def test_musk_liked_is_no_allergy(language, text):
    assert constraints(text, language)[0] == set(), text


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "No allergies, he is just lactose-free."),
    ("FR", "Aucune allergie, elle est seulement sans lactose."),
    ("DE", "Keine Allergien, sie ist nur laktosefrei."),
    ("IT", "Nessuna allergia, è solo senza lattosio."),
    ("ES", "Ninguna alergia, solo sin lactosa."),
])
def test_just_after_a_denial_states_what_the_client_has(language, text):
    assert constraints(text, language)[0] == {"lactose"}, text


def test_a_sentence_after_a_denial_with_only_is_no_allergy():
    assert constraints("No allergies. She only wears yellow gold.", "EN")[0] == set()


@pytest.mark.parametrize(("language", "text"), [
    ("FR", "Allergique à l'arachide, donc pas de noix au goûter."),
    ("DE", "Erdnussallergie, also bitte keine Nüsse zum Kaffee."),
    ("ZH", "儿子对花生过敏，茶歇不要坚果。"),
    ("JA", "息子さんはピーナッツアレルギーなので、ナッツは出さないでください。"),
])
def test_nuts_refused_after_a_peanut_allergy_are_its_precaution(language, text):
    assert constraints(text, language)[0] == {"peanut"}, text


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Allergic to peanuts and to walnuts."),
    ("FR", "Allergique aux arachides, et aux noix aussi."),
    ("ZH", "对花生过敏，对坚果也过敏。"),
])
def test_two_nut_allergies_stated_stay_both(language, text):
    assert constraints(text, language)[0] == {"peanut", "tree_nuts"}, text


@pytest.mark.parametrize(("language", "text"), [
    ("IT", "Allergie: chiesto, nessuna risposta."),
    ("FR", "Allergies : demandé, sans réponse pour l'instant."),
    ("DE", "Allergien: gefragt, keine Antwort."),
    ("ES", "Alergias: preguntado, sin respuesta."),
    ("PT", "Alergias: perguntado, sem resposta."),
])
def test_allergies_asked_without_an_answer_are_none(language, text):
    assert constraints(text, language)[0] == set(), text


@pytest.mark.parametrize(("language", "text", "low", "high", "currency"), [
    ("DE", "Budget ungefähr acht Riesen.", 8000, 8000, "EUR"),
    ("DE", "Budget zwölf Riesen, maximal fünfzehn.", 12000, 15000, "EUR"),
    ("NL", "Budget zo'n vijf ruggen.", 5000, 5000, "EUR"),
    ("ZH", "预算 6 万左右。", 60000, 60000, "CNY"),
    ("ZH", "预算 3-4 万。", 30000, 40000, "CNY"),
    ("JA", "ご予算は 40 万円ほど。", 400000, 400000, "JPY"),
    ("ZH", "预算：手表 8 万，总共 12 万。", 120000, 120000, "CNY"),
    ("EN", "Budget: the bracelet 4k, in total 7k.", 7000, 7000, "EUR"),
    ("DE", "Budget: Kette 2.000 €, insgesamt 3.500 €.", 3500, 3500, "EUR"),
    ("JA", "ご予算：バッグ 30万円、合計で 50万円。", 500000, 500000, "JPY"),
    ("ES", "Presupuesto mín. 8.000 €.", 8000, NAN, "EUR"),
    ("PT", "Orçamento mín. 6.000 €.", 6000, NAN, "EUR"),
    ("ES", "Presupuesto unos dos mil, bueno no, hasta tres mil.", NAN, 3000, "EUR"),
    ("EN", "Budget six thousand, well no, seven thousand.", 7000, 7000, "EUR"),
    ("FR", "Budget deux mille, ah non, deux mille cinq cents.", 2500, 2500, "EUR"),
    ("EN", "She'd go to about twelve, twelve grand I mean, for his 50th in May.", 12000, 12000, "EUR"),
    ("ZH", "预算大概三万，三四万吧。", 30000, 40000, "CNY"),
    ("KO", "예산은 한 칠백? 육백에서 칠백 사이.", 6_000_000, 7_000_000, "KRW"),
])
def test_session_43_budget_forms(language, text, low, high, currency):
    check_bounds(language, text, low, high, currency)


@pytest.mark.parametrize(("language", "text", "low", "high"), [
    ("EN", "Budget 5k, she has 3 kids in total.", 5000, 5000),  # a count after the total word, no money
    ("DE", "Budget 3.000 € pro Stück, gesamt 9.000 €.", 9000, 9000),  # the rule before this session, unchanged
])
def test_totals_still_need_an_amount_right_after_the_total_word(language, text, low, high):
    check_bounds(language, text, low, high)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("NL", "Cadeau voor haar verjaardag volgende maand, nu is het april, dus mei.", {"birthday:05"}),
    ("EN", "A gift for his birthday next month, it's April now, so May.", {"birthday:05"}),
    ("JA", "奥様の誕生日が来月、今四月なので五月です。", {"birthday:05"}),
    ("DE", "Sie wird sechzig, am dritten Advent.", {"birthday:12"}),
    ("DE", "Geburtstag am ersten Weihnachtstag.", {"birthday:12", "christmas:12"}),  # a Christmas day, not Advent
    ("ES", "Aniversario de su despacho de arquitectos en noviembre.", {"corporate_anniversary:11"}),
    ("IT", "Anniversario dello studio legale a marzo.", {"corporate_anniversary:03"}),
    ("DE", "Jubiläum ihrer Praxis im Oktober.", {"corporate_anniversary:10"}),
    ("ZH", "老先生已经退休了，喜欢下棋。", set()),
    ("JA", "お父様は退職されていて、釣りがお好き。", set()),
    ("KO", "아버님은 은퇴하셨고 골프를 좋아하심.", set()),
    ("ZH", "他明年三月退休，想买块表。", {"retirement:03"}),
    ("EN", "A bracelet for her daughter's 18th in June, she starts at Cambridge then.", {"birthday:06"}),
    ("EN", "She starts at Rothschild in April and wants a watch.", {"new_job:04"}),
    ("NL", "Zij begint in oktober als advocaat bij een groot kantoor.", {"new_job:10"}),
    ("EN", "The show starts at Selfridges in March.", set()),
    ("EN", "A cake for the boys' 12th in July.", {"birthday:07"}),
])
def test_session_43_occasion_forms(language, text, expected):
    assert occasions(text, language) == expected, text


@pytest.mark.parametrize(("language", "text", "diets"), [
    ("RU", "Мясо не ест уже два года, пескетарианец.", {"pescatarian"}),
    ("DE", "Er isst kein Fleisch, Pescetarier.", {"pescatarian"}),
    ("EN", "No meat for years now, she is pescatarian.", {"pescatarian"}),
    ("RU", "Не ест мясо. Муж пескетарианец.", {"pescatarian", "vegetarian"}),  # two people, two sentences
])
def test_no_meat_beside_a_pescatarian_diet_is_that_diet(language, text, diets):
    assert constraints(text, language)[1] == diets, text


@pytest.mark.parametrize(("text", "expected"), [
    ("两位已在加拿大登记结婚，相识十年纪念日在九月。", {"relationship_anniversary:09"}),
    ("他们明年十月在杭州结婚。", {"wedding:10"}),
])
def test_a_marriage_already_registered_somewhere_is_no_wedding_to_plan(text, expected):
    assert occasions(text, "ZH") == expected, text
