"""Answers, lists and words around allergens and diets, in every language where the class applies
(sentences written for this test), through the real path (pseudonymization, then extraction):

- English answers in notes of any language ("계란 No", "Peanut: No /", "nuts OK", "다 OK");
- "all" closing a list takes back every item ("계란, 우유, 땅콩, 울 다 괜찮다고", "전부 가능");
- a JA/ZH/KO negator right after an allergen in an allergy checklist denies it ("계란 없음"),
  and an allergy word right after a list closes it ("계란이랑 우유, 땅콩 다 알레르기 없으시고");
- the answer after a colon is the allergen's ("アレルギー：ナッツNG" is a nut allergy);
- Arabic negators glued or with first-person and dialect verbs ("ماعندها", "ما عندهاش", "ما تتحسس",
  "ما عندي", "نفت"), a redacted allergen next to its own word ("لا تعاني من [HEALTH] المعادن");
- seafood kept out of a pescatarian diet is an allergy ("Pescatarian, but no shellfish");
- a diet word naming a brand, a restaurant or a bakery is no diet; diabetes as a workplace;
  "hardly drinks" is no abstention;
- itching as an allergy word (KO honorific "가려우심", JA "かゆい", ZH "会痒", FR "démange"), and a
  few allergen and diet words (soy milk, egg group, a JA spelling of pescatarian).
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.concepts.constraints import constraints


def _ids(cases):
    return [f"{c[0]}-{i}" for i, c in enumerate(cases)]


NOT_ALLERGIES = [
    ("KO", "Allergy: 계란 No, 우유 No, 땅콩 No, 울 No", {"eggs", "lactose", "peanut"}),
    ("KO", "알레르기: Egg, Dairy, Peanut 다 OK, Wool도 OK", {"lactose", "peanut"}),
    ("KO", "Allergy check — Egg: No / Milk: No / Peanut: No / Wool: No", {"peanut"}),
    ("AR", "الحساسية: no (nuts OK, eggs OK).", {"tree_nuts"}),
    ("KO", "계란, 우유, 땅콩, 울 다 괜찮다고 하심.", {"eggs", "lactose", "peanut"}),
    ("KO", "Food allergy — none. 계란, 우유, 땅콩 전부 가능.", {"eggs", "lactose", "peanut"}),
    ("KO", "알레르기 체크: 계란 없음, 우유 없음, 땅콩 없음.", {"eggs", "lactose", "peanut"}),
    ("KO", "계란이랑 우유, 땅콩 다 알레르기 없으시고 울도 괜찮으심.", {"eggs", "lactose", "peanut"}),
    ("KO", "계란이나 우유, 땅콩 같은 식품 알레르기는 하나도 없으심.", {"eggs", "lactose", "peanut"}),
    ("AR", "ماعندها حساسية من اللاتكس.", {"latex"}),
    ("AR", "ما عندهاش حساسية من اللاتكس.", {"latex"}),
    ("AR", "ما تتحسس من اللاتكس ولا من المعادن.", {"latex", "metal"}),
    ("AR", "قالت ما عندي حساسية من اللاتكس.", {"latex"}),
    ("AR", "نفت وجود أي حساسية من اللاتكس.", {"latex"}),
    ("AR", "المعادن ما تسبب لها أي حساسية.", {"metal", "allergy_unspecified"}),
    ("AR", "لا تعاني من حساسية المعادن.", {"metal"}),
]


@pytest.mark.parametrize(("language", "text", "denied"), NOT_ALLERGIES, ids=_ids(NOT_ALLERGIES))
def test_answers_and_lists_deny_the_allergens(language, text, denied):
    assert not denied & constraints(text, language)[0]


ALLERGIES = [
    ("JA", "アレルギー：ナッツNG、卵OK。", "tree_nuts"),
    ("KO", "Pescatarian인데 shellfish는 제외.", "shellfish"),
    ("EN", "Pescatarian, but no shellfish.", "shellfish"),
    ("FR", "Pescétarien, sauf crustacés.", "shellfish"),
    ("KO", "청바지 염료 때문에 가려우심.", "textile_dye"),
    ("KO", "울 소재 입으면 가려우심.", "wool_allergy"),
    ("JA", "ウールを着るとかゆい。", "wool_allergy"),
    ("ZH", "穿羊毛会痒。", "wool_allergy"),
    ("FR", "La laine la démange.", "wool_allergy"),
    ("KO", "두유 알레르기.", "soy"),
    ("KO", "난류 알레르기.", "eggs"),
]


@pytest.mark.parametrize(("language", "text", "allergen"), ALLERGIES, ids=_ids(ALLERGIES))
def test_these_words_state_the_allergy(language, text, allergen):
    assert allergen in constraints(text, language)[0]


def test_pescatarian_diet_with_seafood_fine_stays():
    assert "pescatarian" in constraints("Pescatarian: fish and shellfish are fine.", "EN")[1]


NOT_DIETS = [
    ("KO", "비건 브랜드 좋아하심.", "vegan"),
    ("KO", "채식 레스토랑 추천 받고 싶어하심.", "vegetarian"),
    ("KO", "저탄수 빵집 운영하심.", "low_carb"),
    ("PT", "Restaurante vegetariano favorito em Lisboa.", "vegetarian"),
    ("RU", "Любит ресторан халяльной кухни.", "halal"),
    ("IT", "Lavora in una clinica per il diabete.", "diabetic"),
    ("ZH", "不怎么喝酒。", "no_alcohol"),
    ("JA", "痛風は改善した。", "low_purine"),
]


@pytest.mark.parametrize(("language", "text", "diet"), NOT_DIETS, ids=_ids(NOT_DIETS))
def test_objects_topics_and_little_are_no_diet(language, text, diet):
    assert diet not in constraints(text, language)[1]


DIETS = [
    ("JA", "ペスカトリアン。", "pescatarian"),
    ("AR", "تراقب السكر.", "low_sugar"),
    ("ZH", "不吃酒，一点都不喝。", "no_alcohol"),
    ("KO", "비건이심.", "vegan"),
    ("IT", "Ha il diabete.", "diabetic"),
]


@pytest.mark.parametrize(("language", "text", "diet"), DIETS, ids=_ids(DIETS))
def test_these_words_state_the_diet(language, text, diet):
    assert diet in constraints(text, language)[1]


@pytest.mark.parametrize("negated", [True, False])
def test_an_allergen_word_next_to_its_redacted_mention_shares_its_negation(negated):
    """The Art. 9 redactor may take the allergy word and leave the allergen readable
    ("لا تعاني من [HEALTH] المعادن"): the readable word is the same mention, denied or not with it."""
    import pandas as pd

    from lvmh_pipeline.lib.concepts.extraction import extract_note_concepts
    from lvmh_pipeline.lib.privacy.pseudonymize import ProtectedConcept, protected_to_json

    text = ("لا تعاني من " if negated else "تعاني من ") + "[HEALTH] المعادن."
    start = text.index("[HEALTH]")
    protected = [ProtectedConcept("metal", start, start + len("[HEALTH]"), negated=negated)]
    notes = pd.DataFrame({
        "note_id": ["n1"], "client_id": ["c1"], "note_date": ["2026-01-15"], "language": ["AR"], "text": [text],
        "upload_date": ["2026-01-16"], "protected_concepts": [protected_to_json(protected)],
    })
    rows = extract_note_concepts(notes, workers=1)
    metal = rows.loc[rows["concept"] == "metal", "negated"].astype(bool)
    assert len(metal) and set(metal) == {negated}
