"""Art. 9 classes of session 37 (second pass), read on all the dev notes and probed with phrasings
written for this test (none is a note's):

- a symptom that a named food causes is that food's allergy, readable like the food, also with no
  verb of eating: a verb of causing or getting, a link sign, a preposition of cause
  (:func:`special.reactions.drop_caused_reactions`, run in :mod:`lvmh_pipeline.lib.privacy.sensitive`
  with the allergens the concept extractor finds); a condition in another clause, a disease behind a
  diet and a non-food allergen's words are not touched;
- keeping kosher is the kosher diet and stays readable (observing Shabbat or kashrut stays RELIGION,
  in every verb form);
- a job homonym before a name placeholder ("Autista [NAME]") is the job and licenses nothing;
- an origin word that only qualifies a design, a script or an ornament is the piece's style;
- the tail of a context fact stops at a conjunction or an Arabic word on a glued "و";
- Arabic: the party's name after "حزب", votes for a party's members, Umrah with a verb and no
  article, a coming delivery, a psychiatric qualifier after a treatment, "Orthodox" after a faith;
  English: a due date said of a named person.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract
from lvmh_pipeline.lib.concepts.taxonomy import load_taxonomy
from lvmh_pipeline.lib.privacy.policy import PrivacyPolicy
from lvmh_pipeline.lib.privacy.sensitive import redact_sensitive
from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline.lib.privacy.special.reactions import drop_caused_reactions
from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of

_LEXICON = PrivacyPolicy(art9_learned=False)


def _redacted(text: str, language: str) -> str:
    return redact_sensitive(text, language, _LEXICON)[0]


def _found(text: str) -> str:
    return " | ".join(text[s.start : s.end] for s in find_special_categories(text))


# --- a symptom a food causes is the food's allergy ----------------------------------------------------

CAUSED = [
    ("EN", "Lobster gives him migraines, so no seafood tower.", "migraines", "shellfish"),
    ("EN", "Sulfites = migraine for the husband, natural wine only.", "migraine", "sulfites"),
    ("FR", "Les sulfites lui donnent des migraines, vins nature.", "migraines", "sulfites"),
    ("FR", "Les crevettes → crise d'asthme, rien de la mer.", "asthme", "shellfish"),
    ("ES", "Los sulfitos le dan migraña, mejor cava sin sulfitos.", "migraña", "sulfites"),
    ("PT", "Sulfitos → enxaqueca, só vinho natural.", "enxaqueca", "sulfites"),
    ("IT", "I solfiti gli provocano l'emicrania, niente vino rosso.", "emicrania", "sulfites"),
    ("NL", "Van sulfiet krijgt hij migraine, dus geen rode wijn.", "migraine", "sulfites"),
    ("RU", "От креветок у неё мигрень, морепродукты не предлагать.", "мигрень", "shellfish"),
    ("RU", "Сульфиты — сразу мигрень, вино только натуральное.", "мигрень", "sulfites"),
    ("ZH", "她对花生过敏，碰一点就哮喘发作。", "哮喘", "peanut"),
]


@pytest.mark.parametrize(("language", "text", "reaction", "allergen"), CAUSED)
def test_a_symptom_a_food_causes_stays_readable_with_the_food(language: str, text: str, reaction: str,
                                                               allergen: str) -> None:
    stored = _redacted(text, language)
    assert reaction in stored, stored
    concepts = {h.concept for h in extract(stored, language, taxonomy=load_taxonomy())}
    assert allergen in concepts, concepts


def test_the_symptom_before_the_food_behind_a_preposition_of_cause() -> None:
    text = "Wakes up with a migraine after sulfites, so no red wine."
    spans = [PiiSpan(text.index("migraine"), text.index("migraine") + 8, "HEALTH")]
    food = text.index("sulfites")
    assert drop_caused_reactions(text, spans, [(food, food + 8)]) == []


@pytest.mark.parametrize(("language", "text", "condition"), [
    # another clause, or a condition beside an allergy: the condition stays health data
    ("EN", "Allergic to shellfish, gets migraines when tired.", "migraines"),
    ("EN", "She has asthma and a peanut allergy.", "asthma"),
    ("FR", "Allergique aux crustacés. Il fait de l'asthme depuis l'enfance.", "asthme"),
    # a disease behind a diet, after its food
    ("FR", "Le vin rouge lui donne une crise de goutte, donc pas de vin.", "goutte"),
    ("EN", "Sugar makes his diabetes worse, no sweets.", "diabetes"),
])
def test_a_condition_that_is_no_food_reaction_is_still_redacted(language: str, text: str, condition: str) -> None:
    assert condition not in _redacted(text, language)


def test_a_non_food_allergen_is_redacted_and_its_reaction_kept_as_before() -> None:
    stored = _redacted("Nickel gives her a rash, gold only.", "EN")
    assert stored.startswith("[HEALTH] gives her a rash")


# --- keeping kosher is a diet -------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Grandfather keeps kosher, so the hamper must be certified."),
    ("EN", "The whole household is strictly kosher."),
    ("EN", "They keep a kosher home, no shellfish canapés."),
    ("DE", "Die Schwiegermutter lebt streng koscher."),
])
def test_keeping_kosher_is_the_kosher_diet_and_stays_readable(language: str, text: str) -> None:
    assert not any(s.kind == "RELIGION" for s in find_special_categories(text)), spans_of(text)
    assert "kosher" in {h.concept for h in extract(text, language, taxonomy=load_taxonomy())}


@pytest.mark.parametrize(("text", "fact"), [
    ("We keep Shabbat at home, so no Friday evening calls.", "keep Shabbat"),
    ("She started keeping Shabbat after the wedding.", "keeping Shabbat"),
    ("Since his conversion he kept kashrut strictly.", "kept kashrut"),
])
def test_observing_shabbat_or_kashrut_is_religion_in_every_form(text: str, fact: str) -> None:
    assert covered(text, fact, "RELIGION"), spans_of(text)


def test_a_faith_said_beside_the_kosher_diet_is_still_religion() -> None:
    text = "He is Orthodox Jewish and keeps kosher."
    assert covered(text, "Orthodox Jewish", "RELIGION") and "kosher" not in _found(text), spans_of(text)


# --- a job homonym before a name placeholder ----------------------------------------------------------

def test_a_driver_before_a_name_placeholder_licenses_no_hospital() -> None:
    text = "Autista [NAME] lascia il pacco alla Clinica San Luca per la cognata."
    assert find_special_categories(text) == [], spans_of(text)


def test_an_autistic_son_is_still_health_beside_a_name() -> None:
    assert covered("Il figlio [NAME] è autista, niente musica forte.", "autista", "HEALTH")


# --- an origin word that qualifies a design is a style -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Wants the cufflinks engraved in Tamil script.",
    "Elle voudrait un foulard à motifs kabyles.",
    "Zoekt een ketting met Berber-motieven.",
    "Хочет платок с армянским орнаментом.",
    "تبي سوار عليه زخارف أمازيغية.",
    "يبي علبة فيها رموز ونقوش كردية.",
])
def test_an_origin_word_that_qualifies_a_design_stays_readable(text: str) -> None:
    assert not any(s.kind == "ORIGIN" for s in find_special_categories(text)), spans_of(text)


@pytest.mark.parametrize(("text", "origin"), [
    ("He is Tamil and wants the cufflinks engraved in Tamil script.", "He is Tamil"),
    ("هي أمازيغية وتبي سوار عليه زخارف أمازيغية.", "أمازيغية"),
])
def test_the_persons_origin_beside_a_design_style_is_still_origin(text: str, origin: str) -> None:
    assert covered(text, origin, "ORIGIN"), spans_of(text)
    assert len([s for s in find_special_categories(text) if s.kind == "ORIGIN"]) == 1, spans_of(text)


# --- a context fact's tail stops at a conjunction ---------------------------------------------------

def test_a_candidacy_tail_stops_at_a_glued_arabic_and() -> None:
    text = "قالت إن زوجها مرشح للانتخابات الجاية وبدها تعزم الضيوف على عشا."
    found = _found(text)
    assert "مرشح" in found and "وبدها" not in found, spans_of(text)


# --- Arabic and English recall classes ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact", "kind"), [
    ("أبوه من زمان يصوت لحزب الأحرار.", "لحزب الأحرار", "POLITICS"),
    ("أهلها يصوتون لحزب الخضر بكل انتخابات.", "لحزب الخضر", "POLITICS"),
    ("في الانتخابات الماضية صوت للجمهوريين.", "للجمهوريين", "POLITICS"),
    ("أمها رايحة عمرة بعد العيد.", "رايحة عمرة", "RELIGION"),
    ("كنته عندها ولادة في الصيف إن شاء الله.", "عندها ولادة", "HEALTH"),
    ("زوجها ياخذ أدوية نفسية من سنة.", "أدوية نفسية", "HEALTH"),
    ("العيلة كلها مسيحيين أرثوذكس.", "مسيحيين أرثوذكس", "RELIGION"),
    ("Good news: [NAME] is due in May with a girl.", "due in May", "HEALTH"),
])
def test_arabic_and_english_facts_said_another_way(text: str, fact: str, kind: str) -> None:
    assert covered(text, fact, kind), spans_of(text)
    start = text.index(fact)
    assert all(any(s.start <= i < s.end for s in find_special_categories(text))
               for i in range(start, start + len(fact)) if text[i].isalnum()), spans_of(text)


@pytest.mark.parametrize("text", [
    "عمره خمسين سنة ويحب الساعات الكلاسيك.",
    "The invoice is due in May.",
    "عضو في حزب وبيحب الشطرنج.",
])
def test_the_same_words_in_an_ordinary_sense_stay_readable(text: str) -> None:
    found = _found(text)
    assert "عمره" not in found and "invoice" not in found and "الشطرنج" not in found, spans_of(text)


# --- more facts said another way ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact", "kind"), [
    # a female client named by the CRM's noun alone, then her girlfriend
    ("Clienta nueva: [NAME]. Busca un reloj para su novia [NAME], aniversario en mayo.", "su novia", "ORIENTATION"),
    # a generation of immigrants with the nationality, a person who is Asian
    ("Her assistant is third-generation Moroccan, speaks Darija.", "third-generation Moroccan", "ORIGIN"),
    ("The groom's mother is Asian, the bride's family Irish.", "Asian", "ORIGIN"),
    # a woman dating a woman
    ("Since the divorce she's dating a woman from Lisbon.", "dating a woman", "ORIENTATION"),
])
def test_more_facts_said_another_way(text: str, fact: str, kind: str) -> None:
    assert covered(text, fact, kind), spans_of(text)


@pytest.mark.parametrize("text", [
    "Clienta habitual. Viene con su marido el sábado.",
    "Asian fusion canapés for the launch.",
    "He's dating a woman from the Paris office.",
])
def test_their_ordinary_neighbours_stay_readable(text: str) -> None:
    assert find_special_categories(text) == [], spans_of(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("Her father is a county councillor, Green, and very discreet.", "councillor, Green"),
    ("He sits in the Senate, a senator, Republican, since 2016.", "senator, Republican"),
])
def test_a_party_set_after_an_office_by_a_comma_is_the_offices(text: str, fact: str) -> None:
    assert covered(text, fact, "POLITICS"), spans_of(text)


def test_a_capitalised_ordinary_word_after_a_comma_is_no_party() -> None:
    text = "The store manager, Labour Day aside, confirmed the order."
    assert find_special_categories(text) == [], spans_of(text)
