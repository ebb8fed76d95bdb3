"""Concept extraction: aliases in many languages, boundaries, negation, months, output table."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from lvmh_pipeline.lib.concepts.extraction import ConceptHit, extract, extract_note_concepts
from lvmh_pipeline.lib.common.schemas import NOTE_CONCEPTS_COLUMNS


def concepts(text: str, language: str | None, note_date: str | None = None) -> dict[str, ConceptHit]:
    return {hit.concept: hit for hit in extract(text, language, note_date)}


def positive(text: str, language: str | None) -> set[str]:
    return {hit.concept for hit in extract(text, language) if not hit.negated}


def negated(text: str, language: str | None) -> set[str]:
    return {hit.concept for hit in extract(text, language) if hit.negated}


@pytest.mark.parametrize(
    ("language", "text", "concept"),
    [
        ("FR", "Madame est végétarienne.", "vegetarian"),
        ("FR", "Lui allergique gluten sévère.", "gluten"),
        ("FR", "Cherche un portefeuille en cuir.", "wallet"),
        ("FR", "Cadeau pour la pendaison de crémaillère.", "housewarming"),
        ("EN", "Pescatarian diet noted for store events.", "pescatarian"),
        ("EN", "Severe nut allergy for her.", "tree_nuts"),
        ("EN", "Looking for a travel bag.", "travel_bag"),
        ("IT", "Madre allergica nichel quindi attenzione.", "nickel"),
        ("IT", "Entrambi pescetariani per eventi.", "pescatarian"),
        ("IT", "Festa della mamma a maggio.", "mothers_day"),
        ("ES", "Hija alergia níquel importante.", "nickel"),
        ("ES", "Ella vegana estricta.", "vegan"),
        ("ES", "Anotar alergia mariscos.", "shellfish"),
        ("DE", "Sie Nickelallergie beachten.", "nickel"),
        ("DE", "Beide Vegetarier für Events.", "vegetarian"),
        ("DE", "Er Glutenunverträglichkeit wichtig.", "gluten"),
        ("DE", "Laktoseintoleranz für Events notieren.", "lactose"),
        ("PT", "Cliente vegetariana, alergia ao níquel.", "nickel"),
        ("PT", "Presente de formatura.", "graduation"),
        ("NL", "Ze is vegetariër.", "vegetarian"),
        ("NL", "Cadeau voor Moederdag.", "mothers_day"),
        ("RU", "Она вегетарианка.", "vegetarian"),
        ("RU", "Подарок на день рождения.", "birthday"),
        ("JA", "ベジタリアンです。", "vegetarian"),
        ("KO", "비건 식단입니다.", "vegan"),
        ("ZH", "她是素食者。", "vegetarian"),
        ("AR", "تفضل الطعام الحلال.", "halal"),
        ("EN", "She loves Louis Vuitton and TAG Heuer.", "louis_vuitton"),
        ("EN", "She loves Louis Vuitton and TAG Heuer.", "tag_heuer"),
        ("JA", "ルイ・ヴィトンのバッグ。", "louis_vuitton"),
        ("FR", "Elle adore le Dom Pérignon.", "dom_perignon"),
    ],
)
def test_aliases_in_many_languages(language, text, concept):
    assert concept in positive(text, language)


@pytest.mark.parametrize(
    ("language", "text", "concept"),
    [
        ("JA", "娘はナッツアレルギー。", "tree_nuts"),
        ("ZH", "女儿对坚果过敏。", "tree_nuts"),
        ("KO", "딸은땅콩알레르기가있음", "peanut"),
        ("ZH", "丈夫生日快到了", "birthday"),
        ("JA", "結婚記念日のプレゼント", "wedding_anniversary"),
        ("AR", "والحساسية من المكسرات", "tree_nuts"),
        ("AR", "ابنتها نباتية", "vegetarian"),
    ],
)
def test_cjk_and_arabic_match_without_word_boundaries(language, text, concept):
    assert concept in positive(text, language)


def test_japanese_wedding_anniversary_is_not_also_a_wedding():
    assert positive("結婚記念日のプレゼント", "JA") & {"wedding", "wedding_anniversary"} == {"wedding_anniversary"}


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        ("FR", "Anniversaire mariage juin.", "spouse"),  # "mari" is not inside "mariage"
        ("FR", "Cadeau pour le gendre.", "gold"),  # FR "or" only as a word
        ("EN", "She is a catalogue model.", "pet"),  # "cat" inside "catalogue"
        ("FR", "Il adore le noircissement.", "black"),
        ("EN", "The seasonal arrivals.", "son"),
    ],
)
def test_alphabetic_aliases_need_word_boundaries(language, text, absent):
    assert absent not in positive(text, language)


@pytest.mark.parametrize(
    ("language", "text", "concept"),
    [
        ("FR", "Cuir marron ou cognac préféré, pas fan noir.", "black"),
        ("FR", "Pas d'allergie.", "allergy_unspecified"),
        ("FR", "Aucune allergie.", "allergy_unspecified"),
        ("EN", "No allergies.", "allergy_unspecified"),
        ("EN", "Not a fan of gold.", "gold"),
        ("EN", "Single, no children.", "children"),
        ("IT", "Nessuna allergia.", "allergy_unspecified"),
        ("IT", "Senza allergie.", "allergy_unspecified"),
        ("ES", "Sin alergias.", "allergy_unspecified"),
        ("ES", "Estilo moderno colorido, no demasiado clásico.", "classic"),
        ("DE", "Keine Allergien.", "allergy_unspecified"),
        ("DE", "Keine Kinder noch.", "children"),
        ("PT", "Sem alergias.", "allergy_unspecified"),
        ("NL", "Geen allergieën.", "allergy_unspecified"),
        ("RU", "Нет аллергии.", "allergy_unspecified"),
        ("RU", "Аллергии нет.", "allergy_unspecified"),
        ("JA", "アレルギーなし。", "allergy_unspecified"),
        ("JA", "アレルギーはありません。", "allergy_unspecified"),
        ("KO", "알레르기 없음.", "allergy_unspecified"),
        ("KO", "알레르기가 없습니다.", "allergy_unspecified"),
        ("ZH", "无过敏。", "allergy_unspecified"),
        ("ZH", "没有过敏。", "allergy_unspecified"),
        ("AR", "لا حساسية.", "allergy_unspecified"),
        ("AR", "لا يوجد لديها حساسية.", "allergy_unspecified"),
        ("EN", "Allergies: none.", "allergy_unspecified"),
        ("DE", "Allergien: keine.", "allergy_unspecified"),
        ("FR", "Elle n'aime pas le noir.", "black"),
    ],
)
def test_negation(language, text, concept):
    assert concept in negated(text, language)
    assert concept not in positive(text, language)


@pytest.mark.parametrize(
    ("language", "text", "concept"),
    [
        ("EN", "No allergies, vegetarian.", "vegetarian"),
        ("EN", "No allergies vegetarian.", "vegetarian"),  # another concept blocks the scope
        ("DE", "Keine Allergien. Vegetarier.", "vegetarian"),
        ("DE", "Vegetarier keine Allergien.", "vegetarian"),
        ("FR", "Pas fan noir. Cuir cognac.", "cognac"),
        ("IT", "Stile classico senza tempo nero marrone.", "black"),  # "senza" is part of an alias
        ("IT", "Stile classico senza tempo nero marrone.", "timeless"),
        ("FR", "Régime sans gluten.", "gluten"),  # gluten-free diet is a gluten constraint
        ("ES", "Dieta sin lactosa.", "lactose"),
        ("EN", "Client never disappointed, loves gold.", "gold"),  # too far from "never"
        ("JA", "ベジタリアン、アレルギーなし。", "vegetarian"),
        ("ZH", "素食者，无过敏。", "vegetarian"),
        ("KO", "채식주의자, 알레르기 없음.", "vegetarian"),
    ],
)
def test_negation_scope_stops(language, text, concept):
    assert concept in positive(text, language)


def test_coordinated_concepts_share_a_negator():
    assert {"nickel", "latex"} <= negated("No nickel or latex please.", "EN")


def test_allergy_word_next_to_allergen_is_folded_into_it():
    found = concepts("Severe allergy to sesame.", "EN")
    assert "sesame" in found and "allergy_unspecified" not in found
    found = concepts("No allergy to sesame.", "EN")
    assert found["sesame"].negated and "allergy_unspecified" not in found
    found = concepts("Allergie sévère: sésame et latex.", "FR")
    assert {"sesame", "latex"} <= set(found) and "allergy_unspecified" not in found


def test_combined_allergy_aliases():
    found = concepts("Madre allergica nichel.", "IT")
    assert "nickel" in found and "allergy_unspecified" not in found
    found = concepts("Pas d'allergie au nickel.", "FR")
    assert found["nickel"].negated and "allergy_unspecified" not in found


def test_generic_allergy_far_from_allergen_stays():
    found = concepts("Allergies importantes. Cuir nickel mat souhaité.", "FR")
    assert "allergy_unspecified" in found and "nickel" in found


@pytest.mark.parametrize(
    ("language", "text", "concept", "month"),
    [
        ("FR", "Cherche cadeau anniversaire mari 50 ans fin mars.", "birthday", 3),
        ("FR", "Anniversaire mariage juin chaque année.", "wedding_anniversary", 6),
        ("FR", "Fête mères mai.", "mothers_day", 5),
        ("EN", "Wife's birthday coming up in May, possible gift.", "birthday", 5),
        ("EN", "Anniversary in September every year.", "wedding_anniversary", 9),
        ("IT", "Compleanno aprile.", "birthday", 4),
        ("IT", "Anniversario matrimonio settembre.", "wedding_anniversary", 9),
        ("ES", "Madre cumpleaños octubre.", "birthday", 10),
        ("DE", "Kauft Geschenke Ehefrau Geburtstag April.", "birthday", 4),
        ("DE", "Muttertag Mai.", "mothers_day", 5),
        ("PT", "Aniversário do marido em maio.", "birthday", 5),
        ("NL", "Verjaardag van haar man in mei.", "birthday", 5),
        ("RU", "День рождения мужа в мае.", "birthday", 5),
        ("JA", "夫の誕生日は3月。", "birthday", 3),
        ("KO", "남편 생일은 5월.", "birthday", 5),
        ("ZH", "丈夫生日在十二月。", "birthday", 12),
        ("AR", "عيد ميلاد زوجها في مايو.", "birthday", 5),
    ],
)
def test_occasion_months(language, text, concept, month):
    assert concepts(text, language)[concept].month == month


def test_relative_month_goes_to_the_timing_concept_only():
    text = "Sucht Geschenk Geschäftspartnerin 50. Geburtstag nächsten Monat."
    found = concepts(text, "DE", "2026-01-13")
    assert found["next_month"].month == 2
    assert found["birthday"].month is None  # the note names no month
    assert concepts(text, "DE")["next_month"].month is None
    assert concepts("Cadeau mariage mois prochain.", "FR", "2025-12-05")["next_month"].month == 1


@pytest.mark.parametrize(
    ("language", "text", "concept"),
    [
        ("EN", "Birthday gift. She may come back in two weeks.", "birthday"),  # modal "may"
        ("EN", "Birthday gift. Call her in May.", "birthday"),  # other sentence
        ("FR", "Rappeler novembre cadeaux Noël.", "christmas"),  # fixed-date occasion
        ("FR", "Anniversaire de la fille, rappeler en mars.", "birthday"),
    ],
)
def test_months_not_attached(language, text, concept):
    assert concepts(text, language)[concept].month is None


def test_later_mention_supplies_the_month():
    found = concepts("Cadeau 30. Hochzeitstag großes Ereignis. Feier Hochzeitstag groß April.", "DE")
    assert found["wedding_anniversary"].month == 4
    assert sum(h.concept == "wedding_anniversary" for h in extract("Hochzeitstag. Hochzeitstag April.", "DE")) == 1


def test_longest_alias_wins():
    found = concepts("Anniversaire de mariage, sac de voyage en rose gold.", "FR")
    assert {"wedding_anniversary", "travel_bag", "rose_gold"} <= set(found)
    assert not {"birthday", "wedding", "handbag", "gold", "travel", "pink"} & set(found)


def test_partial_overlaps_are_both_kept():
    found = concepts("Excellent VIP clients since 2017.", "EN")
    assert {"vip_client", "loyal_client"} <= set(found)


def test_titles_mark_names_not_colours():
    found = positive("Mme Blanc et M. Noir, Signora Rossi, Herr Koch. Cuir blanc.", "FR")
    assert "white" in found and "black" not in found


def test_case_sensitive_aliases():
    assert "burgundy" in positive("Cuir bordeaux cognac.", "FR")
    assert "burgundy" not in positive("Études de médecine à Bordeaux.", "FR")
    assert "french_regions" in positive("Études de médecine à Bordeaux.", "FR")


def test_language_selects_aliases():
    assert "graduation" in positive("Geschenk zur Promotion.", "DE")
    assert "promotion" in positive("Gift for her promotion.", "EN")
    assert "gold" not in positive("Or, she prefers silver.", "EN")
    assert "gold" in positive("Cuir bordeaux or.", "FR")


def test_unknown_language_uses_every_language():
    assert {"vegetarian", "nickel"} <= positive("Vegetarier, allergia nichel.", None)
    assert "vegan" in positive("ヴィーガン", "XX")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("DE", "Herr Müller, großzügig, Nickelallergie, Straße 5, Budget 3.500 € flexibel."),
        ("FR", "Cliente d’œuvre d’art, végétarienne, cafe\u0301 noir, budget 2K."),
        ("AR", "الميزانية 5000 دولار، نباتيّة، لا حساسية."),
        ("JA", "予算は50万円、ベジタリアン 😀 アレルギーなし。"),
        ("EN", "Allergies: none. 💎 Dior and rose gold, budget $8,000."),
    ],
)
def test_evidence_is_an_exact_substring(language, text):
    hits = extract(text, language)
    assert hits
    for hit in hits:
        assert text[hit.start : hit.end] == hit.evidence


def test_hits_in_text_order_and_deduplicated():
    hits = extract("Vegan. Budget 5K. Vegan again, black, black.", "EN")
    starts = [h.start for h in hits]
    assert starts == sorted(starts)
    assert [h.concept for h in hits].count("vegan") == 1
    assert [h.concept for h in hits].count("black") == 1


def test_budget_rows_from_extract():
    found = concepts("Budget 3-4K flexible. Végétarienne.", "FR")
    budget = found["budget"]
    assert (budget.value_min, budget.value_max, budget.method) == (3000, 4000, "regex")
    assert found["budget_flexible"].method == "regex"
    assert found["vegetarian"].method == "alias" and math.isnan(found["vegetarian"].value_min)
    assert "budget_unlimited" in concepts("No budget limit.", "EN")


def test_empty_texts():
    assert extract("", "FR") == []
    assert extract("   ", "FR") == []
    assert extract(None, "FR") == []  # type: ignore[arg-type]


def _notes(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["note_id", "client_id", "note_date", "language", "text", "upload_date"])


def test_extract_note_concepts_columns_and_types():
    notes = _notes(
        [
            ("n1", "c1", "2026-01-08", "FR", "Budget 3-4K flexible. Pas fan noir. Anniversaire fin mars.", "2026-01-09"),
            ("n2", "c2", "2026-01-10", "EN", "Vegan, no allergies.", "2026-01-11"),
            ("n3", "c3", "2026-01-10", None, "", "2026-01-11"),
        ]
    )
    out = extract_note_concepts(notes)
    assert list(out.columns) == NOTE_CONCEPTS_COLUMNS
    assert set(out["note_id"]) == {"n1", "n2"}
    assert str(out["span_start"].dtype) == "int64" and str(out["month"].dtype) == "Int64"
    assert out["negated"].dtype == bool and out["confidence"].between(0, 1).all()
    row = out.set_index("concept").loc["budget"]
    assert (row["value_min"], row["value_max"], row["method"], row["upload_date"]) == (3000, 4000, "regex", "2026-01-09")
    assert out.set_index("concept").loc["birthday", "month"] == 3
    assert bool(out.set_index("concept").loc["black", "negated"])
    assert out.loc[out["method"] == "alias", "value_min"].isna().all()
    texts = dict(zip(notes["note_id"], notes["text"], strict=True))
    for r in out.itertuples():
        assert texts[r.note_id][r.span_start : r.span_end] == r.evidence


def test_extract_note_concepts_empty_and_invalid():
    empty = extract_note_concepts(_notes([]))
    assert list(empty.columns) == NOTE_CONCEPTS_COLUMNS and empty.empty
    with pytest.raises(ValueError, match="text"):
        extract_note_concepts(pd.DataFrame({"note_id": ["n1"]}))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("DE", "Allergie starke Parfums."),
        ("EN", "Allergy to perfumes, careful with testers."),
        ("ZH", "对浓烈香水过敏。"),
        ("AR", "حساسية من العطور القوية."),
    ],
)
def test_perfume_next_to_an_allergy_word_is_the_fragrance_allergen(language, text):
    found = concepts(text, language)
    assert "fragrance" in found and found["fragrance"].category == "allergy"
    assert "fragrance_product" not in found and "allergy_unspecified" not in found


def test_perfume_alone_is_a_product():
    assert concepts("Cherche un parfum pour sa mère.", "FR")["fragrance_product"].category == "product_type"


@pytest.mark.parametrize(
    ("language", "text"),
    [("JA", "2008年にご結婚。"), ("KO", "2000년 결혼."), ("ZH", "2005年结婚。"), ("EN", "Married since 2005.")],
)
def test_year_of_marriage_is_not_a_wedding_to_prepare(language, text):
    found = concepts(text, language)
    assert "married" in found and "wedding" not in found


def test_sentence_initial_capital_still_matches_a_lowercase_only_alias():
    assert "burgundy" in positive("Bordeaux préféré, pas fan rouge.", "FR")
    assert "burgundy" not in positive("Voyage à Bordeaux.", "FR")


def test_a_title_followed_by_punctuation_does_not_hide_the_next_word():
    assert "vegetarian" in positive("Voyage en famille. Végétarienne.", "FR")
    assert "black" in positive("Meeting with Mr, black leather.", "EN")


def test_arabic_matches_extend_over_suffixes():
    text = "نباتية، لا حساسية، ابنتها لديها حساسية من المكسرات."
    found = concepts(text, "AR")
    assert found["vegetarian"].evidence == "نباتية"
    assert found["daughter"].evidence == "ابنتها"


@pytest.mark.parametrize(
    ("text", "concept"),
    [("Laktoseintolerant wichtig.", "lactose"), ("Glutenfreie Ernährung.", "gluten"), ("Erdnussallergie!", "peanut")],
)
def test_german_compounds_through_stems(text, concept):
    assert concept in positive(text, "DE")


def _taxonomy_with_cues():
    from lvmh_pipeline.lib.concepts.taxonomy import parse_taxonomy

    def concept(name, bucket, category, aliases, matcher="alias"):
        return {"concept": name, "bucket": bucket, "category": category, "aliases": aliases, "matcher": matcher}

    return parse_taxonomy({"version": "1.0.0", "concepts": [
        concept("allergy_unspecified", "constraints", "allergy", {"EN": ["allergic", "allergy"]}),
        concept("allergy_cue", "constraints", "allergy", {"EN": ["sensitive to", "reacts to"]}, "cue"),
        concept("mustard", "constraints", "allergy", {"EN": ["?mustard", "mustard allergy"]}),
        concept("wool_allergy", "constraints", "allergy", {"EN": ["?wool"]}),
        concept("wool", "preferences", "material", {"EN": ["wool"]}),
        concept("yellow", "preferences", "color", {"EN": ["mustard", "yellow"]}),
        concept("fragrance", "constraints", "allergy", {"EN": ["fragrance allergy"]}),
        concept("fragrance_product", "preferences", "product_type", {"EN": ["perfume"]}),
        concept("next_month", "constraints", "timing", {"EN": ["next month"]}),
        concept("budget", "budget", "budget", {"EN": ["budget"]}, "budget"),
        concept("budget_flexible", "budget", "budget", {"EN": ["flexible"]}, "budget"),
        concept("budget_unlimited", "budget", "budget", {"EN": ["no limit"]}, "budget"),
    ]})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Allergic to mustard, loves wool scarves.", {"mustard", "wool"}),
        ("Sensitive to wool, so cashmere only.", {"wool_allergy"}),
        ("Reacts to mustard and wool.", {"mustard", "wool_allergy"}),
        ("Mustard yellow coat in wool.", {"yellow", "wool"}),
        ("Mustard coat. She is allergic to nothing we know.", {"yellow", "allergy_unspecified"}),
        ("Mustard allergy noted.", {"mustard"}),
    ],
)
def test_licensed_aliases_count_only_next_to_an_allergy_cue(text, expected):
    hits = extract(text, "EN", taxonomy=_taxonomy_with_cues())
    assert {h.concept for h in hits if not h.negated} == expected
    assert all(h.concept != "allergy_cue" for h in hits)  # cues are never output


def test_a_negated_cue_negates_its_allergen():
    hits = extract("Not sensitive to wool after all.", "EN", taxonomy=_taxonomy_with_cues())
    assert [(h.concept, h.negated) for h in hits] == [("wool_allergy", True)]


def test_notes_read_on_worker_processes_give_the_serial_table(monkeypatch):
    from lvmh_pipeline.lib.common import parallel

    monkeypatch.setattr(parallel, "MIN_PARALLEL", 10)
    texts = [("Cliente alérgica a los cacahuetes, busca un bolso negro para su aniversario en mayo, presupuesto 3000 €", "ES"),
             ("Vegan, no leather please; birthday in March, budget around 5k", "EN"),
             ("Il n'aime plus le rouge. Allergique au [HEALTH].", "FR"),
             ("ピーナッツアレルギー。予算50万円。", "JA"), ("", None)]
    rows = [{"note_id": f"n{i}", "client_id": f"c{i % 7}", "note_date": "2026-01-02", "language": language,
             "text": f"{text} #{i}", "upload_date": "2026-01-05",
             "protected_concepts": '[{"concept":"nickel","start":%d,"end":%d,"negated":false,"confidence":1.0}]'
             % (len("Il n'aime plus le rouge. Allergique au "), len("Il n'aime plus le rouge. Allergique au [HEALTH]"))
             if language == "FR" else "[]"}
            for i, (text, language) in enumerate(texts * 10)]
    notes = pd.DataFrame(rows)
    serial = extract_note_concepts(notes, workers=1)
    assert len(serial) > 100 and "nickel" in set(serial["concept"])
    pd.testing.assert_frame_equal(extract_note_concepts(notes, workers=2), serial)


def test_the_pipeline_dates_fixed_holidays_and_the_generator_comparison_ignores_that_month():
    """``extract_note_concepts`` (the assets' path) gives christmas / valentines_day / new_year
    their month; :func:`concept_quality` compares them with the generator's undated truth."""
    from lvmh_pipeline.lib.concepts.quality import predicted_facts

    notes = pd.DataFrame({"note_id": ["n1"], "client_id": ["c1"], "note_date": ["2026-01-15"], "language": ["FR"],
                          "upload_date": ["2026-01-15"],
                          "text": ["Cadeaux de Noël et Saint-Valentin, anniversaire en mai."]})
    concepts = extract_note_concepts(notes, workers=1)
    occasions = {(r.concept, r.month) for r in concepts.itertuples() if r.category == "occasion"}
    assert occasions == {("christmas", 12), ("valentines_day", 2), ("birthday", 5)}
    assert set(predicted_facts(concepts).loc["n1", "occasions"]) == {"christmas", "valentines_day", "birthday:5"}
