"""Allergy and diet classes of session 38, in our own phrasings:

- A sensitivity or a reaction the note then says is no allergy is none ("sensitive to scents, but it's not an
  allergy", "对香水敏感，但不是过敏"), also where a perfume became the fragrance allergen through the cue; an
  allergy word proper before the denial keeps its allergen.
- Not standing or no longer tolerating something is a reaction cue in every language ("supporte plus les parfums",
  "kan niet tegen parfum", "verträgt leider kein Nickel", "受不了香水"; taxonomy 1.31.0); not the English "can't
  stand", which also says a client cannot stand up.
- Penicillin in traditional Chinese (盤尼西林), gout in traditional Chinese (痛風), leather dye, no-more-salt
  phrasings (taxonomy 1.31.0).
- A diet before an arrow stays the client's when an object follows the arrow ("비건 → 가죽 대신 캔버스").
- A bracketed aside between a JA/ZH/KO drink cue and its not-OK mark is read past ("アルコール類（シャンパン等）は不可").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract


def _raw(text: str, language: str) -> tuple[set[str], set[str]]:
    """Allergies and diets extracted from the words themselves (no pseudonymization)."""
    hits = [h for h in extract(text, language, "2026-01-15") if not h.negated]
    return {h.concept for h in hits if h.category == "allergy"}, {h.concept for h in hits if h.category == "diet"}


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "The bride is sensitive to perfume and gets dizzy, but it's not an allergy."),
    ("FR", "Sa mère est sensible aux parfums, ce n'est pas vraiment une allergie."),
    ("ZH", "太太对香水比较敏感，闻久了不舒服，不过不是过敏。"),
    ("ZH", "他对香水很敏感，但不是过敏。"),
    ("DE", "Er reagiert empfindlich auf Parfum, das ist aber keine Allergie."),
])
def test_a_sensitivity_the_note_calls_no_allergy_is_none(language, text):
    assert "fragrance" not in _raw(text, language)[0], text


@pytest.mark.parametrize(("language", "text", "kept"), [
    ("EN", "Allergic to nickel; sensitive to perfume, but that is not an allergy.", "nickel"),
    ("EN", "Allergic to latex, it is not an allergy to fish though.", "latex"),
])
def test_an_allergy_affirmed_before_the_denial_stays(language, text, kept):
    assert kept in _raw(text, language)[0], text


@pytest.mark.parametrize(("language", "text", "allergen"), [
    ("FR", "Sa sœur supporte plus les parfums, ça lui donne mal à la tête.", "fragrance"),
    ("FR", "Il ne tolère plus le nickel sur la peau.", "nickel"),
    ("EN", "Her husband no longer tolerates perfume.", "fragrance"),
    ("EN", "She no longer tolerates nickel in earrings.", "nickel"),
    ("DE", "Die Tochter verträgt leider keine Nüsse.", "tree_nuts"),
    ("DE", "Der Vater verträgt übrigens kein Latex.", "latex"),
    ("DE", "Sie verträgt gar kein Nickel.", "nickel"),
    ("NL", "Haar moeder kan niet tegen parfum.", "fragrance"),
    ("IT", "La nonna non tollera più il nichel.", "nickel"),
    ("ES", "Su marido ya no soporta el perfume.", "fragrance"),
    ("PT", "A mãe já não tolera níquel.", "nickel"),
    ("RU", "Жена больше не переносит никель.", "nickel"),
    ("ZH", "她受不了香水的味道。", "fragrance"),
])
def test_not_standing_something_is_a_reaction(language, text, allergen):
    assert allergen in _raw(text, language)[0], text


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "He can't stand long queues."),
    ("EN", "Since the knee injections she can't stand for long, and no nickel please."),
    ("FR", "Il ne supporte pas les retards."),
    ("DE", "Sie verträgt keine langen Wartezeiten."),
])
def test_not_standing_what_is_no_allergen_is_nothing(language, text):
    assert _raw(text, language)[0] <= {"nickel"}, text


@pytest.mark.parametrize(("language", "text", "allergen"), [
    ("ZH", "先生對盤尼西林過敏。", "drug_allergy"),
    ("PT", "Ela reage a tingimento de couro nas bolsas.", "textile_dye"),
    ("EN", "Gets a rash from leather dye.", "textile_dye"),
])
def test_new_allergen_names(language, text, allergen):
    assert allergen in _raw(text, language)[0], text


@pytest.mark.parametrize(("language", "text", "diet"), [
    ("ZH", "父親有痛風，海鮮少吃。", "low_purine"),
    ("FR", "Depuis son infarctus, plus de sel du tout.", "low_sodium"),
    ("IT", "Dopo l'ictus niente più sale.", "low_sodium"),
    ("NL", "Sinds de hartoperatie geen zout.", "low_sodium"),
    ("ES", "Por la tensión, nada de sal.", "low_sodium"),
])
def test_new_diet_phrasings(language, text, diet):
    assert diet in _raw(text, language)[1], text


@pytest.mark.parametrize(("language", "text"), [
    ("KO", "비건 → 가죽 대신 캔버스 제품 제안."),
    ("EN", "Vegan -> leather-free options only."),
    ("JA", "ヴィーガン → 革以外の素材で。"),
])
def test_a_diet_before_an_arrow_stays(language, text):
    assert "vegan" in _raw(text, language)[1], text


def test_an_object_right_after_a_diet_word_is_still_no_diet():
    assert "vegan" not in _raw("비건 가죽 가방을 원하심.", "KO")[1]


@pytest.mark.parametrize(("language", "text"), [
    ("JA", "先方の方針で、アルコール類（ワイン・シャンパン等）は不可。"),
    ("ZH", "客户不喝，酒类（香槟、红酒）不行。"),
    ("KO", "술(와인 포함)은 안 드세요."),
])
def test_an_aside_between_the_drink_and_its_mark_is_read_past(language, text):
    assert "no_alcohol" in _raw(text, language)[1], text


def test_drinks_served_with_an_aside_are_no_diet():
    assert "no_alcohol" not in _raw("アルコール類（シャンパン等）をご用意ください。", "JA")[1]
