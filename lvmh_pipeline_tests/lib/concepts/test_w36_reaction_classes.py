"""Allergies told by a reaction (session 32, the class the w36 notes exposed): a symptom said of a
trigger in its clause is an allergy to that trigger's allergen; a symptom alone, a trigger in another
clause or sentence, a denied or past reaction and an illness's symptoms are not. Our own phrasings."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract
from lvmh_pipeline.lib.concepts.taxonomy import load_taxonomy
from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize

TAXONOMY = load_taxonomy()
ALLERGIES = {c.concept for c in TAXONOMY.concepts if c.category == "allergy"}


def _allergies(text: str, language: str) -> set[str]:
    return {h.concept for h in extract(text, language, taxonomy=TAXONOMY) if h.concept in ALLERGIES and not h.negated}


REACTIONS = [
    ("EN", "Her ears go itchy and red from cheap earrings, so gold studs only.", "nickel"),
    ("EN", "He sneezes nonstop around cats, keep the shop cat upstairs.", "animal_dander"),
    ("EN", "Eyes stream as soon as the birch is out.", "pollen"),
    ("EN", "Wool makes her itch like mad, cashmere is fine.", "wool_allergy"),
    ("FR", "Les boucles d'oreilles bon marché lui donnent des plaques rouges.", "nickel"),
    ("FR", "Au printemps, le bouleau, yeux qui coulent et éternuements.", "pollen"),
    ("DE", "Vom Weißgold kriegt sie juckende rote Flecken am Hals.", "nickel"),
    ("DE", "Bei Katzen tränende Augen und Niesanfälle.", "animal_dander"),
    ("IT", "Con gli orecchini economici le si gonfiano i lobi.", "nickel"),
    ("IT", "Con i guanti in lattice mani piene di bolle.", "latex"),
    ("ES", "Con los perros le lloran los ojos y estornuda.", "animal_dander"),
    ("ES", "Los pendientes baratos le dejan ronchas.", "nickel"),
    ("PT", "Com a prata fica com coceira no pulso.", "metal"),
    ("PT", "Corantes no doce dão-lhe manchas vermelhas.", "food_colouring"),
    ("NL", "Van de berk in april krijgt hij tranende ogen.", "pollen"),
    ("NL", "Oorbellen van de markt geven haar jeuk.", "nickel"),
    ("RU", "Серьги носить не может, уши краснеют и чешутся.", "nickel"),
    ("RU", "От берёзы глаза слезятся и нос заложен.", "pollen"),
    ("JA", "シルバーのアクセだと肌がかゆくなる。", "metal"),
    ("JA", "猫がいると、くしゃみと鼻水が止まらない。", "animal_dander"),
    ("ZH", "一碰到柳絮就打喷嚏。", "pollen"),
    ("ZH", "戴耳环耳朵就红肿发痒。", "nickel"),
    ("KO", "고양이 옆에 있으면 재채기랑 콧물이 나요.", "animal_dander"),
    ("KO", "귀걸이 하면 귀가 가렵고 부어요.", "nickel"),
    ("AR", "لما تلبس الفضة بيصير عندها حكة.", "metal"),
    ("EN", "Pas de parfum please, she gets headaches from strong scents.", "fragrance"),
    ("EN", "Latex gloves are a no, her hands blister.", "latex"),
    ("ES", "La leche no la digiere bien, se hincha.", "lactose"),
    ("JA", "卵はダメで、食べるとじんましんが出る。", "eggs"),
]


@pytest.mark.parametrize(("language", "text", "label"), REACTIONS)
def test_a_symptom_said_of_a_trigger_is_its_allergy(language: str, text: str, label: str) -> None:
    assert label in _allergies(text, language)


NOT_REACTIONS = [
    ("EN", "She had a rash last week. Wants earrings for her sister."),  # another sentence
    ("EN", "Migraines lately; bought a silk scarf."),  # a symptom alone
    ("EN", "No rash from the earrings any more since she switched."),  # past
    ("EN", "Sneezing with a cold today, loves the cats on the scarf print."),  # an illness
    ("EN", "Itchy eyes, she says, then chose earrings in gold."),  # another clause
    ("FR", "Pas de plaques avec les boucles d'oreilles en titane."),  # denied
    ("DE", "Kopfschmerzen wegen der Grippe, schaut nach Ohrringen."),  # an illness
    ("ES", "Con los pendientes nuevos ya no le salen ronchas."),  # past
    ("IT", "Mal di testa per il raffreddore, vuole orecchini."),  # an illness
    ("JA", "ピアスは問題なし、かゆみも出ない。"),  # denied
    ("ZH", "感冒了一直打喷嚏，想买耳环。"),  # an illness
    ("KO", "감기 때문에 재채기, 귀걸이 보러 옴."),  # an illness
    ("NL", "Hoofdpijn van het weer, zoekt oorbellen."),  # no trigger of an allergen
    ("EN", "Her ears itch with cheap earrings but it's not an allergy, she says."),  # the note denies it
    ("KO", "실버 귀걸이 하면 귀가 빨개진다고 하심, 알레르기는 없다고."),  # the note denies it
]


@pytest.mark.parametrize(("language", "text"), NOT_REACTIONS)
def test_no_allergy_without_a_reaction_to_a_trigger(language: str, text: str) -> None:
    assert not _allergies(text, language) - {"allergy_unspecified"}


def test_a_trigger_found_alone_keeps_its_reaction_from_licensing_another() -> None:
    # the allergen named in the clause explains the reaction; the earrings are its topic
    assert _allergies("귀걸이는 니켈 들어간 거 하면 귀가 빨갛게 부어요.", "KO") == {"nickel"}


@pytest.mark.parametrize(("language", "text", "trigger"), [
    ("EN", "Gets hives from cheap earrings, gold only.", "earrings"),
    ("DE", "Bei Katzen tränende Augen und Niesanfälle.", "Katzen"),
    ("IT", "Con i guanti in lattice mani piene di bolle.", "lattice"),
])
def test_a_non_food_trigger_leaves_the_stored_text(language: str, text: str, trigger: str) -> None:
    assert trigger not in pseudonymize(text, language=language).text


def test_a_reaction_pairs_with_its_trigger_not_with_a_perfume_said_fine_before_it() -> None:
    found = _allergies("향수는 괜찮은데 먼지 많으면 재채기 하신다고.", "KO")
    assert "dust_mites" in found and "fragrance" not in found
