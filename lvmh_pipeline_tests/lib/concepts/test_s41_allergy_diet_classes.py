"""Allergy and diet classes of session 41, in our own phrasings:

- Sweets kept away from a diabetic (not served, not offered, "no desserts") are the diabetic diet alone since session
  46 (dev writers 135:7; session 41 had kept the held-out writers' both); a sugar word ("sugar-free", "sans sucre",
  "无糖") keeps the low-sugar diet beside it. A diabetes of pregnancy is the
  low-sugar diet (managed by limiting sugar), not the diabetic one.
- Sweets given up for a religious fast (Lent, "until Easter", Ramadan, a redacted religion) are no low-sugar diet.
- A diet said of before and gone now ("était végane avant, plus maintenant", "was vegan before, not anymore") is past;
  one only "no longer strict" stays (and a vegetarian who eats fish is a pescatarian).
- A vegan diet kept every day beside a vegetarian one kept on the lunar 1st and 15th is the vegan diet.
- Beside keto, a sugar limit said as an item of its own ("Keto, sugar-free.") is a diet of its own.
- A spoken self-correction after a filler ("견과류 알레르기, 아 아니다 땅콩", "ナッツ、あ、いや、ピーナッツ") keeps the allergen
  said last.
- A sensitivity to smells said with a cue the aliases missed ("empfindlich bei Düften", "تتعب من الروائح القوية",
  "Strong scents make him dizzy") is the fragrance allergy; nausea from perfume (a pregnancy's) is not.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract
from lvmh_pipeline_tests.lib.concepts.constraints import constraints


def _raw(text: str, language: str) -> tuple[set[str], set[str]]:
    hits = [h for h in extract(text, language, "2026-01-15") if not h.negated]
    return {h.concept for h in hits if h.category == "allergy"}, {h.concept for h in hits if h.category == "diet"}


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "He is type 1 diabetic, so no sweets at the viewing."),
    ("FR", "Madame est diabétique, donc pas de desserts au cocktail."),
    ("DE", "Der Kunde ist Diabetiker, deshalb keine Süßigkeiten beim Termin."),
    ("IT", "Il signore è diabetico: niente dolci alla presentazione."),
    ("ES", "Su marido es diabético, así que nada de dulces en la entrega."),
    ("PT", "A senhora é diabética, sem doces no lanche."),
    ("RU", "У клиента диабет 1 типа — никакого сладкого на приёме."),
    ("JA", "ご主人は糖尿病なので、甘いものはお出ししないように。"),
    ("KO", "고객님 당뇨가 있으셔서 디저트는 빼고 준비."),
    ("ZH", "陈先生有糖尿病，接待时甜点不要上。"),
    ("AR", "العميل عنده سكري، فلا نقدم له حلويات في الصالون."),
])
def test_sweets_kept_from_a_diabetic_are_the_diabetic_diet_alone(language, text):
    assert constraints(text, language)[1] == {"diabetic"}, text


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Type 2 diabetic, sugar-free chocolates only please."),
    ("FR", "Diabétique, tout sans sucre au dîner."),
])
def test_a_sugar_word_beside_diabetes_keeps_both_diets(language, text):
    assert constraints(text, language)[1] == {"diabetic", "low_sugar"}, text


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "She has gestational diabetes, so no cake at the shower."),
    ("DE", "Sie hat Schwangerschaftsdiabetes, bitte keine Kekse anbieten."),
    ("ZH", "她查出妊娠糖尿病，下午茶不要甜点。"),
    ("KO", "임신성 당뇨라서 디저트는 빼주세요."),
])
def test_a_diabetes_of_pregnancy_is_the_low_sugar_diet(language, text):
    assert constraints(text, language)[1] == {"low_sugar"}, text


@pytest.mark.parametrize(("language", "text"), [
    ("DE", "Sie fastet bis Ostern, also keine Süßigkeiten zum Kaffee."),
    ("IT", "Osserva la Quaresima, niente dolci fino a Pasqua."),
    ("EN", "The family gives up sweets for Lent, so no chocolates in the box."),
    ("FR", "Elle fait le carême, pas de sucreries jusqu'à Pâques."),
    ("DE", "Sie ist [RELIGION], nichts Süßes bis auf Weiteres."),
])
def test_sweets_given_up_for_a_fast_are_no_sugar_diet(language, text):
    assert "low_sugar" not in _raw(text, language)[1], text


def test_sweets_refused_without_a_fast_stay_a_sugar_limit():
    assert "low_sugar" in _raw("Keine Süßigkeiten, sie achtet auf ihre Figur.", "DE")[1]


@pytest.mark.parametrize(("language", "text", "diet"), [
    ("FR", "Son mari était végétarien avant, mais plus maintenant.", "vegetarian"),
    ("EN", "He was vegan before, not anymore, eats everything.", "vegan"),
    ("IT", "Era vegana prima, adesso non più.", "vegan"),
    ("ES", "Antes era vegetariana, ya no.", "vegetarian"),
])
def test_a_diet_of_before_gone_now_is_past(language, text, diet):
    assert diet not in _raw(text, language)[1], text


def test_a_diet_no_longer_strict_with_fish_is_a_pescatarian():
    assert _raw("Era vegetariano pero ya no es estricto, come pescado de vez en cuando.", "ES")[1] == {"pescatarian"}


def test_a_vegan_every_day_and_vegetarian_on_lunar_days_is_vegan():
    assert _raw("吃全素，不吃葱蒜 — 初一十五也吃斋。", "ZH")[1] == {"vegan"}


def test_a_vegetarian_vegan_on_lunar_days_stays_vegetarian():
    assert _raw("蛋奶素，初一十五吃全素。", "ZH")[1] == {"vegetarian"}


@pytest.mark.parametrize(("language", "text", "diets"), [
    ("RU", "Кето, без сахара. Бюджет 300 тыс.", {"keto", "low_sugar"}),
    ("EN", "Keto, sugar-free.", {"keto", "low_sugar"}),
    ("EN", "Keto, so no sweets at the dinner.", {"keto"}),
])
def test_a_sugar_item_beside_keto(language, text, diets):
    assert _raw(text, language)[1] == diets, text


@pytest.mark.parametrize(("language", "text", "kept", "dropped"), [
    ("KO", "갑각류 알레르기, 아 아니다 조개 알레르기라고 하셨어요.", "shellfish", None),
    ("KO", "견과류 알레르기, 어 아니지 땅콩 알레르기.", "peanut", "tree_nuts"),
    ("JA", "ナッツアレルギー、あ、いや、ピーナッツアレルギーだそうです。", "peanut", "tree_nuts"),
    ("ZH", "对坚果过敏，呃不对，是花生过敏。", "peanut", "tree_nuts"),
    ("EN", "Allergic to tree nuts, uh, no, peanuts.", "peanut", "tree_nuts"),
])
def test_a_self_correction_after_a_filler_keeps_the_last_allergen(language, text, kept, dropped):
    found = _raw(text, language)[0]
    assert kept in found and (dropped is None or dropped not in found), (text, found)


@pytest.mark.parametrize(("language", "text"), [
    ("DE", "Nach der Operation ist er empfindlich bei Düften, keine Proben."),
    ("DE", "Bei starken Gerüchen bekommt er sofort Kopfschmerzen."),
    ("AR", "يتعب من الروائح القوية، فلا نعطيه عينات."),
    ("AR", "تتضايق من الروائح القوية في المحل."),
    ("EN", "Strong scents make him dizzy, no testers."),
    ("FR", "Les parfums forts l'incommodent beaucoup."),
    ("RU", "Она чувствительна к запахам, духи не предлагать."),
    ("RU", "От резких запахов у него болит голова."),
    ("ZH", "他对气味非常敏感，不要喷香水。"),
    ("ZH", "闻到浓烈的气味就头晕。"),
    ("KO", "냄새가 강하면 두통이 오신다고 해요."),
    ("JA", "強い匂いで気分が悪くなるとのこと。"),
    ("PT", "Ela é sensível a cheiros fortes, nada de amostras."),
])
def test_a_sensitivity_to_smells_is_the_fragrance_allergy(language, text):
    assert "fragrance" in _raw(text, language)[0], text


@pytest.mark.parametrize(("language", "text"), [
    ("ES", "Está embarazada, así que nada de perfume, todo le da náuseas."),
    ("PT", "Está em quimioterapia, evitar perfume forte, fica enjoada."),
])
def test_nausea_from_perfume_is_no_allergy(language, text):
    assert "fragrance" not in constraints(text, language)[0], text


@pytest.mark.parametrize(("language", "text"), [
    ("ES", "Diabética, y en Cuaresma nada de dulces en el cóctel."),
    ("EN", "He fasts for Lent and is diabetic, so no sweets at the dinner."),
    ("DE", "Diabetikerin, fastet vor Ostern: keine Süßigkeiten beim Termin."),
])
def test_sweets_beside_a_diabetes_stay_the_diabetic_diet_even_beside_a_fast(language, text):
    assert constraints(text, language)[1] == {"diabetic"}, text


@pytest.mark.parametrize(("language", "text", "diets"), [
    ("ES", "Diabético: antes era muy goloso, pero ya no puede comer dulces.", {"diabetic"}),
    ("EN", "He used to drink, he no longer drinks alcohol.", {"no_alcohol"}),
    ("FR", "Diabétique depuis dix ans, il était gourmand, il ne l'est plus.", {"diabetic"}),
])
def test_no_longer_after_a_condition_or_an_abstention_is_no_diet_gone(language, text, diets):
    assert constraints(text, language)[1] == diets, text
