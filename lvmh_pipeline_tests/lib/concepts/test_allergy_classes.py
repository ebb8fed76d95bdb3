"""Allergies through pseudonymization and extraction: classes of input, each in several languages.

- a redacted allergen still pairs with the allergy word left next to its placeholder;
- every mention of a non-food allergen leaves the stored text;
- "no mustard" in a note about allergies is an avoided allergen, not a denied one;
- corrections ("not confirmed", "was a mistake", "搞错了", "— нет") take an allergy back;
- lists of allergens license their ambiguous items ("eggs and to mustard", "no X, no Y");
- another mention of a stated allergen is that allergen.
"""

from __future__ import annotations

import pandas as pd
import pytest

from lvmh_pipeline.lib.concepts.extraction import extract, extract_note_concepts
from lvmh_pipeline.lib.privacy.pseudonymize import protected_to_json, pseudonymize


def positive(text: str, language: str) -> set[str]:
    return {h.concept for h in extract(text, language) if not h.negated and h.category in ("allergy", "diet")}


def negated(text: str, language: str) -> set[str]:
    return {h.concept for h in extract(text, language) if h.negated and h.category in ("allergy", "diet")}


def stored_rows(text: str, language: str) -> tuple[str, pd.DataFrame]:
    """The stored (pseudonymized) text and its ``note_concepts`` rows, as the pipeline makes them."""
    result = pseudonymize(text, language=language)
    notes = pd.DataFrame(
        {
            "note_id": ["n1"], "client_id": ["c1"], "note_date": ["2026-01-15"], "language": [language],
            "text": [result.text], "upload_date": ["2026-01-16"],
            "protected_concepts": [protected_to_json(result.protected)],
        }
    )
    return result.text, extract_note_concepts(notes)


def table_positive(rows: pd.DataFrame, category: str = "allergy") -> set[str]:
    return set(rows.loc[(rows["category"] == category) & ~rows["negated"], "concept"])


# --- a redacted allergen pairs with the allergy word next to its placeholder ---------------------


@pytest.mark.parametrize(
    ("language", "text", "allergen"),
    [
        ("FR", "Cliente allergique au latex depuis l'enfance, gants en vinyle.", "latex"),
        ("EN", "Allergy: penicillin, mentioned in passing.", "drug_allergy"),
        ("ES", "Tiene alergia al polen en primavera.", "pollen"),
        ("DE", "Allergie gegen Penicillin, bitte notieren.", "drug_allergy"),
        ("IT", "È allergica al nichel da anni.", "nickel"),
        ("RU", "У мужа аллергия на пенициллин.", "drug_allergy"),
        ("ZH", "太太对花粉过敏，春天少出门。", "pollen"),
        ("JA", "奥様は花粉にアレルギーがある。", "pollen"),
        ("KO", "남편은 페니실린 알레르기 있음.", "drug_allergy"),
        ("AR", "زوجها عنده حساسية من البنسلين.", "drug_allergy"),
    ],
)
def test_redacted_allergen_is_not_also_an_unspecified_allergy(language, text, allergen):
    stored, rows = stored_rows(text, language)
    assert "[HEALTH]" in stored
    assert table_positive(rows) == {allergen}


# --- every mention of a non-food allergen leaves the stored text ---------------------------------


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        ("EN", "Penicillin allergy, and amoxicillin too: she reacts to both antibiotics.", ["enicillin", "amoxicillin"]),
        ("DE", "Nickelallergie: nur nickelfreie Schnallen, Nickel auch nicht am Armband.", ["ickel"]),
        ("FR", "Allergique au pollen ; le pollen de bouleau surtout.", ["pollen"]),
        ("JA", "ハチ毒アレルギーあり、去年ハチに刺された。", ["ハチ"]),
        ("KO", "곰팡이 알레르기, 곰팡이 핀 가방은 안 됨.", ["곰팡이"]),
    ],
)
def test_every_mention_of_a_non_food_allergen_is_redacted(language, text, words):
    stored, rows = stored_rows(text, language)
    for word in words:
        assert word not in stored, stored
    allergens = rows[rows["category"] == "allergy"]
    assert not allergens.duplicated(["concept", "negated"]).any()  # one row per allergen


def test_extract_gives_each_mention_of_a_non_food_allergen_but_one_of_a_food_allergen():
    hits = extract("Nickel allergy. Nickel-free buckle only. Peanut allergy, no peanuts at dinner.", "EN")
    assert sum(h.concept == "nickel" for h in hits) == 2
    assert sum(h.concept == "peanut" for h in hits) == 1


# --- "no X" in a note about allergies: an avoided allergen ---------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("EN", "Dinner seating: Mr Ames no sesame, no celery; Mrs Ames nut allergy.", {"sesame", "celery", "tree_nuts"}),
        ("DE", "Gästeliste: kein Sellerie, kein Sesam; seine Frau hat eine Nussallergie.", {"celery", "sesame", "tree_nuts"}),
        ("FR", "Pour le dîner : pas de céleri, pas de sésame, elle est allergique aux noix.", {"celery", "sesame", "tree_nuts"}),
        ("ES", "Cena: nada de apio, y alergia a los cacahuetes.", {"celery", "peanut"}),
        ("RU", "На ужин без сельдерея, у жены аллергия на арахис.", {"celery", "peanut"}),
        ("PT", "Tem alergia a frutos secos e não come amendoim.", {"tree_nuts", "peanut"}),
        ("RU", "Аллергия на орехи, арахис тоже не ест.", {"tree_nuts", "peanut"}),
    ],
)
def test_a_negated_allergen_in_an_allergy_note_is_avoided(language, text, expected):
    assert positive(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "concept"),
    [
        ("FR", "Elle ne mange pas de gluten.", "gluten"),
        ("EN", "He takes no dairy at all.", "lactose"),
        ("AR", "قالت إنها ما تاكل غلوتين.", "gluten"),
        ("DE", "Er isst keine Erdnüsse.", "peanut"),
    ],
)
def test_avoiding_a_free_from_food_is_its_constraint(language, text, concept):
    assert concept in positive(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("EN", "Gout, so a low purine menu: no shellfish, no offal."),
        ("ES", "Por la gota evita el marisco y las vísceras."),
        ("NL", "Jicht: geen schaaldieren meer op het menu."),
    ],
)
def test_food_avoided_for_a_diet_is_no_allergy(language, text):
    assert "shellfish" not in positive(text, language)


@pytest.mark.parametrize(
    ("language", "text", "allergic", "not_allergic"),
    [
        ("EN", "Allergic to shellfish, not to fish.", "shellfish", "fish"),
        ("DE", "Allergisch gegen Nüsse, nicht Erdnüsse.", "tree_nuts", "peanut"),
        ("PT", "Alérgica a marisco, não a amendoim.", "shellfish", "peanut"),
    ],
)
def test_a_contrast_denies(language, text, allergic, not_allergic):
    assert allergic in positive(text, language)
    assert not_allergic in negated(text, language)


# --- corrections ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "concept"),
    [
        ("EN", "The sesame allergy was not confirmed by her doctor.", "sesame"),
        ("EN", "Nut allergy noted, but peanuts are fine.", "peanut"),
        ("FR", "L'allergie aux arachides notée l'an dernier était une erreur.", "peanut"),
        ("DE", "Die Sesamallergie war ein Irrtum.", "sesame"),
        ("IT", "L'allergia alle arachidi in scheda è un errore.", "peanut"),
        ("ES", "La alergia al sésamo fue descartada por el médico.", "sesame"),
        ("PT", "Alergia a amendoim não confirmada.", "peanut"),
        ("NL", "Notenallergie was een vergissing.", "tree_nuts"),
        ("RU", "Аллергия на кунжут не подтвердилась.", "sesame"),
        ("JA", "ピーナッツアレルギーは誤りでした。", "peanut"),
        ("ZH", "芝麻过敏是记错了。", "sesame"),
        ("KO", "땅콩 알레르기는 잘못 기록된 것.", "peanut"),
        ("AR", "حساسية السمسم غلط.", "sesame"),
        ("EN", "Sesame too? no, just peanuts.", "sesame"),
        ("RU", "На кунжут — нет, проверяли.", "sesame"),
        ("FR", "Végétalienne, non, je veux dire végétarienne.", "vegan"),
    ],
)
def test_a_correction_takes_the_constraint_back(language, text, concept):
    assert concept in negated(text, language)
    assert concept not in positive(text, language)


def test_a_correction_after_a_list_takes_back_every_item():
    assert {"sesame", "eggs"} <= negated("ゴマと卵は問題なし。", "JA")


def test_a_correction_does_not_reach_across_another_allergen():
    found = positive("Allergic to nuts but eggs are fine.", "EN")
    assert "tree_nuts" in found and "eggs" not in found


# --- lists license their ambiguous items ---------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("EN", "Her son is allergic to peanuts and to mustard.", {"peanut", "mustard"}),
        ("ES", "Alérgico al sésamo y a la mostaza.", {"sesame", "mustard"}),
        ("FR", "Allergique aux métaux, notamment le cobalt.", {"metal"}),
        ("NL", "Hij is allergisch voor pinda's, eh, en voor paarden.", {"peanut", "animal_dander"}),
        ("IT", "Reagisce alle arachidi, e poi niente senape.", {"peanut", "mustard"}),
        ("PT", "Alergias: amendoim, sulfitos no espumante e ovo.", {"peanut", "sulfites", "eggs"}),
        ("JA", "辛子不可、卵アレルギー。", {"mustard", "eggs"}),
    ],
)
def test_items_of_an_allergen_list(language, text, expected):
    assert positive(text, language) == expected


def test_a_colour_list_licenses_nothing():
    assert positive("Mustard, navy or black leather; nickel-free buckle.", "EN") == {"nickel"}


@pytest.mark.parametrize(
    ("language", "text", "concept"),
    [
        ("FR", "Allergique au cuivre : pas de bracelet en cuivre.", "metal"),
        ("DE", "Reagiert auf Messing, also keine Schnalle aus Messing.", "metal"),
        ("IT", "Ha un'allergia al lattice, evitare il lattice nei campioni.", "latex"),
    ],
)
def test_another_mention_of_a_stated_allergen_is_redacted_too(language, text, concept):
    stored, rows = stored_rows(text, language)
    assert concept in table_positive(rows)
    word = {"metal": ("cuivre", "Messing"), "latex": ("lattice",)}[concept]
    assert not any(w in stored for w in word), stored


def test_another_mention_of_a_denied_allergen_stays_denied():
    assert "wool_allergy" in negated("Not allergic to wool after all, the wool coat suits her.", "EN")
    assert "wool_allergy" not in positive("Not allergic to wool after all, the wool coat suits her.", "EN")


def test_a_longer_plain_alias_keeps_its_ambiguous_word():
    found = positive("Alergia a corantes têxteis.", "PT")
    assert "textile_dye" in found and "food_colouring" not in found


@pytest.mark.parametrize(
    ("language", "text", "concept"),
    [
        ("DE", "Wolle kratzt sie sehr.", "wool_allergy"),
        ("ES", "Le pica la lana.", "wool_allergy"),
        ("FR", "Le laiton, ça la gratte.", "metal"),
        ("JA", "ウールがチクチクする。", "wool_allergy"),
        ("PT", "Fivelas em latão fazem-lhe eczema.", "metal"),
    ],
)
def test_skin_reaction_cues(language, text, concept):
    assert concept in positive(text, language)


def test_an_unspaced_clause_is_not_one_word():
    # the cue is a dozen characters after the material: no wool allergy
    assert "wool_allergy" not in positive("ウールのコートを三着ご購入、肌が敏感。", "JA")


# --- generic allergy words -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("EN", "Wants a hypoallergenic lining for the bag."),
        ("FR", "Demande une doublure hypoallergénique."),
        ("DE", "Möchte ein hypoallergenes Futter."),
    ],
)
def test_hypoallergenic_is_no_allergy(language, text):
    assert "allergy_unspecified" not in positive(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("EN", "Asked her about allergies, she has no allergies."),
        ("JA", "アレルギーは、ありません。"),
        ("AR", "سألناها عن الحساسية، قالت ما عندها أي حساسية."),
    ],
)
def test_an_allergy_question_answered_no(language, text):
    assert "allergy_unspecified" not in positive(text, language)


def test_an_allergy_word_refers_to_the_allergen_of_its_sentence():
    found = positive("Keine Nüsse für ihn, das ist eine leichte Unverträglichkeit.", "DE")
    assert found == {"tree_nuts"}


def test_wine_avoided_for_sulfites_is_the_sulfite_allergy():
    found = positive("Doesn't drink wine because of the sulfites.", "EN")
    assert "sulfites" in found and "no_alcohol" not in found


def test_arabic_ma_negates_only_as_a_verbal_negator():
    from lvmh_pipeline.lib.concepts.extraction import extract as run

    assert [h.negated for h in run("ما تحب الأسود.", "AR") if h.concept == "black"] == [True]
    assert [h.negated for h in run("حسب ما قالت تحب الأسود.", "AR") if h.concept == "black"] == [False]


@pytest.mark.parametrize(("language", "text", "allergens"), [
    ("EN", "Allergies: 1. eggs 2. mustard 3. sesame", {"eggs", "mustard", "sesame"}),
    ("FR", "Allergies : 1. œufs 2. moutarde", {"eggs", "mustard"}),
    ("ES", "Alergias: 1. huevo 2. mostaza", {"eggs", "mustard"}),
    ("DE", "Allergien: 1. Eier 2. Senf", {"eggs", "mustard"}),
])
def test_a_numbered_list_of_allergens_is_one_list(language, text, allergens):
    """"2." numbers the next item: a full stop after a digit ends no clause."""
    assert allergens <= positive(text, language)
