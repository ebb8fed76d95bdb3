"""Allergy and diet classes of the `w34` misses and of the held-out KO allergy counts, in our own words.

- A spoken turn takes back the allergen before it and says another ("땅콩 알레르기… 아니 콩", "ピーナッツ…いや、
  大豆"); the allergen after the turn keeps no denial of the allergy word before it ("울 알레르기 아니고 염료에
  두드러기"), and "X이 아니라 Y" denies X.
- A vegetarian who eats fish is a pescatarian also when a negator stands before a comma ahead of the fish
  ("вегетарианка, но без строгостей, рыбу ест").
- "Nothing alcoholic" is the `no_alcohol` diet; a dust allergy said with "pó" is `dust_mites`.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract


def _positive(text: str, language: str, category: str) -> set[str]:
    return {h.concept for h in extract(text, language) if h.category == category and not h.negated}


@pytest.mark.parametrize(("language", "text", "taken_back", "said"), [
    ("KO", "새우 알레르기… 아니 대두 알레르기라고 하심.", "shellfish", "soy"),
    ("KO", "우유 알레르기 아니고 색소 알레르기래요.", "lactose", "food_colouring"),
    ("KO", "땅콩이 아니라 대두에 알레르기가 있으세요.", "peanut", "soy"),
    ("KO", "계란… 아니 고양이 털 알레르기 있으심.", "eggs", "animal_dander"),
    ("JA", "卵アレルギー…いや、大豆アレルギーとのこと。", "eggs", "soy"),
    ("ZH", "对牛奶过敏，不对，是对大豆过敏。", "lactose", "soy"),
])
def test_a_spoken_turn_takes_back_the_first_allergen(language, text, taken_back, said):
    found = _positive(text, language, "allergy")
    assert said in found
    assert taken_back not in found


@pytest.mark.parametrize(("language", "text"), [
    ("KO", "울 알레르기 아니고 염료에 두드러기가 나신대요."),
    ("KO", "가죽 알레르기… 아니 가죽 염료에 발진이 생기신대요."),
])
def test_the_allergen_after_a_turn_keeps_no_denial(language, text):
    assert "textile_dye" in _positive(text, language, "allergy")


def test_a_plain_korean_denial_still_denies():
    assert "peanut" not in _positive("땅콩 알레르기는 없으세요.", "KO", "allergy")


@pytest.mark.parametrize(("language", "text"), [
    ("RU", "Вегетарианка, но без строгостей, рыбу ест."),
    ("EN", "Vegetarian, though not strict, eats fish."),
    ("FR", "Végétarien, pas trop strict, mange du poisson."),
])
def test_a_negator_before_a_comma_is_not_the_fishs(language, text):
    assert "pescatarian" in _positive(text, language, "diet")


@pytest.mark.parametrize(("language", "text"), [
    ("RU", "Вегетарианец, рыбу не ест."),
    ("EN", "Vegetarian, no fish either."),
])
def test_fish_refused_stays_vegetarian(language, text):
    assert "pescatarian" not in _positive(text, language, "diet")


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Toast at the dinner: nothing alcoholic for him."),
    ("FR", "Au cocktail, rien d'alcoolisé pour elle."),
    ("ES", "Para la cena, nada alcohólico."),
    ("PT", "No jantar, nada com álcool para ele."),
])
def test_nothing_alcoholic_is_no_alcohol(language, text):
    assert "no_alcohol" in _positive(text, language, "diet")


@pytest.mark.parametrize("text", ["Tem alergia ao pó, espirra muito.", "Alérgica a pó, nada de tapetes."])
def test_a_dust_allergy_in_portuguese(text):
    assert "dust_mites" in _positive(text, "PT", "allergy")


@pytest.mark.parametrize(("text", "diet"), [
    ("키토 식단 하시다가 작년에 그만두셨어요.", "keto"),
    ("당 줄이셨다가 요즘은 다시 드세요.", "low_sugar"),
    ("비건 하시다가 지금은 안 하심.", "vegan"),
])
def test_a_korean_diet_done_then_stopped_is_past(text, diet):
    assert diet not in _positive(text, "KO", "diet")


def test_a_korean_diet_kept_stays():
    assert "keto" in _positive("키토 식단 하시는 중이라 디저트 X.", "KO", "diet")


@pytest.mark.parametrize(("text", "absent", "present"), [
    ("고기는 많이 안 드시는 편.", "vegetarian", "flexitarian"),
    ("고기 잘 안 드세요, 생선 위주.", "vegetarian", None),
])
def test_not_much_meat_is_no_vegetarian_diet(text, absent, present):
    found = _positive(text, "KO", "diet")
    assert absent not in found
    if present:
        assert present in found


def test_a_korean_menu_said_unneeded_is_no_diet():
    assert "vegan" not in _positive("비건 메뉴는 따로 필요 없으세요.", "KO", "diet")


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Shellfish allergy? -> no, just doesn't like it."),
    ("DE", "Nussallergie? → nein."),
    ("FR", "Allergie aux noix ? → non."),
])
def test_a_question_answered_no_after_an_arrow(language, text):
    assert not _positive(text, language, "allergy") - {"allergy_unspecified"}


@pytest.mark.parametrize(("language", "text"), [
    ("JA", "香水はNG、香りで頭痛がするそうです。"),
    ("EN", "Can't be around perfume, it gives her headaches."),
    ("KO", "향수 NG, 맡으면 재채기."),
])
def test_a_perfume_refused_for_a_reaction_is_the_fragrance_allergy(language, text):
    assert "fragrance" in _positive(text, language, "allergy")


def test_a_perfume_without_a_reaction_is_no_allergy():
    assert "fragrance" not in _positive("Perfume is fine, no headaches at all.", "EN", "allergy")


@pytest.mark.parametrize(("language", "text"), [
    ("PT", "Ela não pode com leite, passa mal."),
    ("ES", "La leche le sienta fatal."),
    ("KO", "계란 드시면 탈이 나신대요."),
    ("KO", "계란 앨러지 있으심."),
])
def test_an_intolerance_said_with_a_reaction_phrase(language, text):
    assert _positive(text, language, "allergy") & {"lactose", "eggs"}


@pytest.mark.parametrize(("language", "text"), [
    ("DE", "Er spritzt Insulin, keine Süßspeisen."),
    ("EN", "He injects insulin, no desserts."),
    ("FR", "Elle est sous insuline."),
])
def test_insulin_injections_are_the_diabetic_diet(language, text):
    assert "diabetic" in _positive(text, language, "diet")


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Food only from a caterer under rabbinic supervision."),
    ("ES", "La cena con supervisión rabínica."),
    ("FR", "Traiteur sous surveillance rabbinique."),
])
def test_rabbinic_supervision_is_kosher(language, text):
    assert "kosher" in _positive(text, language, "diet")


@pytest.mark.parametrize(("language", "text"), [
    ("KO", "알레르기 혹시 몰라 새우, 땅콩, 우유 여쭤봄 → 다 없음."),
    ("EN", "Allergies: shellfish, peanuts, dairy checked -> none."),
    ("DE", "Allergien: Erdnüsse, Laktose abgefragt → keine."),
])
def test_a_list_answered_no_after_an_arrow_is_denied(language, text):
    assert not _positive(text, language, "allergy") - {"allergy_unspecified"}


def test_an_arrow_to_a_reaction_keeps_the_allergy():
    assert "peanut" in _positive("Peanuts -> anaphylaxis, carries an EpiPen.", "EN", "allergy")


@pytest.mark.parametrize(("language", "text", "allergen"), [
    ("EN", "Latex allergy -> no gloves at the fitting.", "latex"),
    ("ES", "Alérgica a los perfumes -> no usar muestras en cabina.", "fragrance"),
    ("FR", "Allergie au nickel → non plaqué, or massif uniquement.", "nickel"),
    ("DE", "Duftstoffallergie → keine Proben mitgeben.", "fragrance"),
])
def test_an_arrow_to_what_to_do_keeps_the_allergy(language, text, allergen):
    assert allergen in _positive(text, language, "allergy")


@pytest.mark.parametrize(("text", "allergen"), [
    ("털 알레르기가 있으셔서 니트는 피하심.", "animal_dander"),
    ("달걀흰자 알레르기 있으세요.", "eggs"),
    ("섬유염료에 반응하심.", "textile_dye"),
    ("염색약 알레르기가 있으셔서 진한 옷 X.", "textile_dye"),
])
def test_korean_allergen_compounds(text, allergen):
    assert allergen in _positive(text, "KO", "allergy")
