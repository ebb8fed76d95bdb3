"""How far a denial reaches, in every language where the class applies (sentences written for
this test), through the real path (pseudonymization, then extraction with protected concepts):

- a mistaken belief takes an allergy back ("they thought she was allergic to latex, she isn't");
- an exception to a denial is an allergy ("no allergies except sesame");
- a denial about another person, in another clause, leaves an allergy stated in its own clause
  ("he is allergic to peanuts, she has no allergies"), in either order;
- a question or an open point claims no allergy ("check whether she is allergic to wool",
  "Nussallergie noch unklar"), while a question about a product keeps the allergy stated next to it;
- a denial that names what it includes reaches it ("no allergies, including to pollen");
- an outgrown or past allergy is none ("аллергии больше нет", "지금은 없어지셨대요").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.concepts.constraints import constraints


def _ids(cases):
    return [f"{c[0]}-{i}" for i, c in enumerate(cases)]


MISTAKEN = [
    ("EN", "They thought she was allergic to latex, turned out she isn't.", "latex"),
    ("FR", "On pensait qu'elle était allergique au latex, mais non.", "latex"),
    ("DE", "Man dachte, sie sei gegen Latex allergisch, ist sie aber nicht.", "latex"),
    ("IT", "Si pensava fosse allergica al lattice, invece no.", "latex"),
    ("ES", "Creían que era alérgica al látex, pero no lo es.", "latex"),
    ("PT", "Achavam que era alérgica ao látex, mas não é.", "latex"),
    ("NL", "Men dacht dat ze allergisch was voor latex, maar dat is niet zo.", "latex"),
    ("RU", "Думали, что у неё аллергия на латекс, но нет.", "latex"),
    ("AR", "كنا نحسب عندها حساسية من النيكل، طلع لا.", "nickel"),
    ("JA", "ラテックスアレルギーと思われていたが違った。", "latex"),
    ("JA", "ナッツアレルギーと聞いていたが、ご本人に確認したところ違うとのこと。", "tree_nuts"),
    ("KO", "라텍스 알레르기인 줄 알았는데 아니래요.", "latex"),
    ("KO", "계란 알레르기 있으신 줄 알았는데 없으시대요.", "eggs"),
    ("ZH", "以为她对乳胶过敏，其实不是。", "latex"),
]


@pytest.mark.parametrize(("language", "text", "allergen"), MISTAKEN, ids=_ids(MISTAKEN))
def test_a_mistaken_belief_takes_the_allergy_back(language, text, allergen):
    assert allergen not in constraints(text, language)[0]


BELIEF_KEPT = [
    ("EN", "She thinks she is allergic to nickel.", "nickel"),
    ("EN", "We thought about a scarf; she is allergic to wool, so cashmere.", "wool_allergy"),
    ("FR", "Elle pense être allergique au nickel, on évite.", "nickel"),
    ("DE", "Wir dachten an einen Schal. Sie ist gegen Wolle allergisch.", "wool_allergy"),
]


@pytest.mark.parametrize(("language", "text", "allergen"), BELIEF_KEPT, ids=_ids(BELIEF_KEPT))
def test_a_belief_without_a_denial_keeps_the_allergy(language, text, allergen):
    assert allergen in constraints(text, language)[0]


EXCEPTIONS = [
    ("FR", "Aucune allergie sauf aux sulfites du vin.", "sulfites"),
    ("DE", "Keine Allergien außer gegen Sesam.", "sesame"),
    ("IT", "Nessuna allergia tranne i solfiti.", "sulfites"),
    ("ES", "Sin alergias salvo al sésamo.", "sesame"),
    ("PT", "Sem alergias, exceto ao gergelim.", "sesame"),
    ("NL", "Geen allergieën behalve voor sesam.", "sesame"),
    ("AR", "لا توجد حساسية ما عدا السمسم.", "sesame"),
    ("JA", "アレルギーは特になし、ただしゴマだけ少し。", "sesame"),
    ("KO", "알레르기는 없고 참깨만 조금 있으심.", "sesame"),
    ("ZH", "没有过敏，除了芝麻。", "sesame"),
]


@pytest.mark.parametrize(("language", "text", "allergen"), EXCEPTIONS, ids=_ids(EXCEPTIONS))
def test_an_exception_to_a_denial_is_an_allergy(language, text, allergen):
    assert allergen in constraints(text, language)[0]


OTHER_PERSON = [
    ("EN", "She has no allergies, her husband is allergic to shellfish.", "shellfish"),
    ("EN", "He's allergic to shellfish, she has no allergies.", "shellfish"),
    ("FR", "Monsieur allergique aux arachides, Madame aucune allergie.", "peanut"),
    ("FR", "Madame aucune allergie, Monsieur allergique aux arachides.", "peanut"),
    ("DE", "Er hat eine Erdnussallergie, sie hat keine Allergien.", "peanut"),
    ("DE", "Sie hat keine Allergien, er aber eine Erdnussallergie.", "peanut"),
    ("IT", "Lui allergico alle arachidi, lei nessuna allergia.", "peanut"),
    ("IT", "Lei nessuna allergia, il marito è allergico ai crostacei.", "shellfish"),
    ("ES", "Él alérgico al cacahuete, ella sin alergias.", "peanut"),
    ("ES", "Ella no tiene alergias, él es alérgico al marisco.", "shellfish"),
    ("PT", "O marido é alérgico a marisco, ela não tem alergias.", "shellfish"),
    ("NL", "Zij heeft geen allergieën, hij is allergisch voor noten.", "tree_nuts"),
    ("NL", "Hij is allergisch voor noten, zij heeft geen allergieën.", "tree_nuts"),
    ("RU", "У него аллергия на арахис, у неё аллергий нет.", "peanut"),
    ("RU", "У мужа аллергия на шерсть, у неё нет.", "wool_allergy"),
    ("AR", "هو عنده حساسية من الفول السوداني، وهي ما عندها حساسية.", "peanut"),
    ("JA", "ご主人はピーナッツアレルギー、奥様はアレルギーなし。", "peanut"),
    ("KO", "남편분은 땅콩 알레르기, 사모님은 알레르기 없음.", "peanut"),
    ("ZH", "先生花生过敏，太太没有过敏。", "peanut"),
    ("ZH", "太太没有过敏，先生对坚果过敏。", "tree_nuts"),
]


@pytest.mark.parametrize(("language", "text", "allergen"), OTHER_PERSON, ids=_ids(OTHER_PERSON))
def test_a_denial_about_another_person_leaves_the_allergy(language, text, allergen):
    assert allergen in constraints(text, language)[0]


SAME_PERSON_DENIED = [
    # the same person's list goes on after the denial: no one else is named
    ("DE", "Keine Allergien, die Wollunverträglichkeit aus der alten Karte sei Unsinn.", "wool_allergy"),
    ("FR", "Pas d'allergie aux noix, pas d'allergie au sésame non plus.", "sesame"),
]


@pytest.mark.parametrize(("language", "text", "allergen"), SAME_PERSON_DENIED, ids=_ids(SAME_PERSON_DENIED))
def test_a_denial_about_the_same_person_still_denies(language, text, allergen):
    assert allergen not in constraints(text, language)[0]


ASKED = [
    ("EN", "Check next time whether she is allergic to wool.", "wool_allergy"),
    ("EN", "Need to ask if he's allergic to nuts.", "tree_nuts"),
    ("FR", "Vérifier si elle est allergique à la laine.", "wool_allergy"),
    ("FR", "Allergie aux noix à confirmer.", "tree_nuts"),
    ("DE", "Nachfragen, ob sie gegen Wolle allergisch ist.", "wool_allergy"),
    ("DE", "Nussallergie noch unklar.", "tree_nuts"),
    ("IT", "Chiedere se è allergica alla lana.", "wool_allergy"),
    ("ES", "Preguntar si es alérgica a la lana.", "wool_allergy"),
    ("PT", "Perguntar se é alérgica a lã.", "wool_allergy"),
    ("NL", "Navragen of ze allergisch is voor wol.", "wool_allergy"),
    ("RU", "Уточнить, есть ли аллергия на шерсть.", "wool_allergy"),
    ("AR", "نتأكد إذا عندها حساسية من الصوف.", "wool_allergy"),
    ("JA", "ナッツアレルギーの有無を次回確認。", "tree_nuts"),
    ("KO", "울 알레르기 여부 다음에 확인.", "wool_allergy"),
    ("ZH", "是否对坚果过敏，下次确认。", "tree_nuts"),
]


@pytest.mark.parametrize(("language", "text", "allergen"), ASKED, ids=_ids(ASKED))
def test_an_allergy_only_asked_about_is_none(language, text, allergen):
    assert allergen not in constraints(text, language)[0]


ASKED_ABOUT_A_PRODUCT = [
    ("EN", "Asked whether the clasp has nickel as she is allergic.", "nickel"),
    ("FR", "Demande si le bracelet contient du nickel, elle est allergique.", "nickel"),
    ("RU", "Спросила, есть ли вино без сульфитов — аллергия на сульфиты.", "sulfites"),
]


@pytest.mark.parametrize(("language", "text", "allergen"), ASKED_ABOUT_A_PRODUCT, ids=_ids(ASKED_ABOUT_A_PRODUCT))
def test_a_question_about_a_product_keeps_the_allergy(language, text, allergen):
    assert allergen in constraints(text, language)[0]


INCLUDED_OR_OUTGROWN = [
    ("EN", "No allergies, including to pollen.", "pollen"),
    ("DE", "Keine Allergien, auch nicht gegen Pollen.", "pollen"),
    ("FR", "Aucune allergie, même pas au pollen.", "pollen"),
    ("RU", "Никакой аллергии, в том числе на пыльцу.", "pollen"),
    ("RU", "На яйца аллергии больше нет.", "eggs"),
    ("RU", "Пыльца — не проблема.", "pollen"),
    ("KO", "땅콩 알레르기가 있었는데 지금은 없어지셨대요.", "peanut"),
    ("AR", "كان عندها حساسية من اللاتكس زمان، الحين لا.", "latex"),
]


@pytest.mark.parametrize(("language", "text", "allergen"), INCLUDED_OR_OUTGROWN, ids=_ids(INCLUDED_OR_OUTGROWN))
def test_an_included_or_outgrown_allergy_is_none(language, text, allergen):
    assert allergen not in constraints(text, language)[0]
