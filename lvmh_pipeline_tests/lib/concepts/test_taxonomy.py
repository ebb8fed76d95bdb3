"""The shipped taxonomy and its validation."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from lvmh_pipeline.lib.concepts.taxonomy import (
    ANY_LANGUAGE,
    BUCKET_CATEGORIES,
    DEFAULT_TAXONOMY_PATH,
    LANGUAGES,
    TaxonomyError,
    alias_pattern,
    load_taxonomy,
    parse_taxonomy,
)

SHARED = {
    ("constraints", "allergy"): "nickel shellfish tree_nuts peanut gluten lactose latex fragrance allergy_unspecified",
    ("constraints", "diet"): "vegetarian vegan pescatarian halal kosher",
    ("occasions", "occasion"): "birthday wedding wedding_anniversary graduation christmas new_job promotion birth "
    "retirement valentines_day engagement housewarming mothers_day fathers_day lunar_new_year baptism",
    ("intent", "intent"): "ready_to_buy hesitant will_return complaint price_sensitive vip_client new_client loyal_client",
    ("budget", "budget"): "budget budget_flexible budget_unlimited",
}


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy()


def _doc(*concepts: dict) -> dict:
    return {"version": "1.0.0", "concepts": list(concepts)}


def _concept(name: str = "nickel", bucket: str = "constraints", category: str = "allergy", **aliases) -> dict:
    return {"concept": name, "bucket": bucket, "category": category, "aliases": aliases or {"EN": ["nickel"]}}


def test_at_least_300_concepts(taxonomy):
    assert len(taxonomy) >= 300


def test_version_is_semver(taxonomy):
    assert re.fullmatch(r"\d+\.\d+\.\d+", taxonomy.version)


def test_labels_unique_snake_case(taxonomy):
    names = taxonomy.names
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", n) for n in names)


def test_every_concept_has_aliases(taxonomy):
    for concept in taxonomy.concepts:
        assert concept.aliases, concept.concept
        assert all(aliases for aliases in concept.aliases.values()), concept.concept


def test_buckets_and_categories_valid(taxonomy):
    for concept in taxonomy.concepts:
        assert concept.category in BUCKET_CATEGORIES[concept.bucket], concept.concept


def test_every_bucket_is_used(taxonomy):
    assert {c.bucket for c in taxonomy.concepts} == set(BUCKET_CATEGORIES)


@pytest.mark.parametrize(("place", "names"), SHARED.items())
def test_shared_vocabulary_present(taxonomy, place, names):
    for name in names.split():
        concept = taxonomy.get(name)
        assert (concept.bucket, concept.category) == place, name


@pytest.mark.parametrize("name", " ".join(SHARED.values()).split())
def test_shared_vocabulary_usable_in_all_twelve_languages(taxonomy, name):
    concept = taxonomy.get(name)
    for language in LANGUAGES:
        assert concept.aliases_for(language), (name, language)


def test_budget_concepts_are_not_dictionary_matched(taxonomy):
    matched = {c.concept for c in taxonomy.alias_matched()}
    assert not matched & {"budget", "budget_flexible", "budget_unlimited"}
    assert "nickel" in matched


def test_brief_examples_present(taxonomy):
    for name in ("handbag", "travel_bag", "wallet", "briefcase", "watch", "jewelry", "fragrance_product", "scarf",
                 "shoes", "small_leather_goods", "trunk", "belt", "sunglasses", "black", "navy", "cognac",
                 "burgundy", "beige", "rose_gold", "leather", "calfskin", "exotic_leather", "canvas", "silk",
                 "cashmere", "gold", "silver", "classic", "modern", "minimalist", "avant_garde", "bohemian",
                 "louis_vuitton", "dior", "fendi", "celine", "loewe", "givenchy", "bulgari", "tiffany", "tag_heuer",
                 "hublot", "guerlain", "berluti", "loro_piana", "rimowa", "dom_perignon", "moet_hennessy", "sephora",
                 "golf", "tennis", "sailing", "yoga", "art_collecting", "wine", "equestrian", "ski", "running",
                 "photography", "opera", "travel", "lawyer", "surgeon", "banker", "architect", "entrepreneur",
                 "art_gallery_owner", "urgent", "next_week", "next_month", "follow_up_call", "invite_vip_event",
                 "private_viewing", "send_selection", "personalization"):
        assert name in taxonomy, name


def test_lookups(taxonomy):
    assert taxonomy.get("nickel").category == "allergy"
    assert "vegan" in taxonomy.in_category("diet")
    assert "birthday" in taxonomy.in_bucket("occasions")
    with pytest.raises(KeyError):
        taxonomy.get("no_such_concept")


def test_aliases_for_language_adds_language_independent(taxonomy):
    dior = taxonomy.get("dior")
    assert "Dior" in dior.aliases_for("FR")
    assert "ディオール" in dior.aliases_for("JA")
    assert "ディオール" not in dior.aliases_for("FR")


def test_load_is_cached_and_path_is_a_parameter(tmp_path):
    assert load_taxonomy() is load_taxonomy(DEFAULT_TAXONOMY_PATH)
    path = tmp_path / "mini.json"
    path.write_text(json.dumps(_doc(_concept())), encoding="utf-8")
    mini = load_taxonomy(path)
    assert mini.names == ("nickel",)
    assert mini is load_taxonomy(str(path))


def test_shipped_file_is_valid_json_with_version():
    raw = json.loads(Path(DEFAULT_TAXONOMY_PATH).read_text(encoding="utf-8"))
    assert set(raw) == {"version", "concepts"}


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        (_doc(_concept(), _concept()), "defined twice"),
        (_doc(_concept(name="Nickel")), "snake_case"),
        (_doc(_concept(bucket="food")), "unknown bucket"),
        (_doc(_concept(category="diet", bucket="preferences")), "not in bucket"),
        (_doc(_concept(XX=["nickel"])), "unknown language"),
        (_doc(_concept(EN=[])), "non-empty list"),
        (_doc(_concept(EN=["size 40"])), "numbers as '#'"),
        (_doc(_concept(EN=["*"])), "empty alias"),
        (_doc(_concept(), _concept(name="metal", EN=["nickel"])), "maps to"),
        (_doc(_concept(), _concept(name="metal", **{ANY_LANGUAGE: ["Nickel"]})), "maps to"),
        ({"version": "one", "concepts": [_concept()]}, "version"),
    ],
)
def test_invalid_documents_rejected(doc, message):
    with pytest.raises(TaxonomyError, match=re.escape(message)):
        parse_taxonomy(doc)


def test_case_sensitive_aliases_may_share_a_key():
    taxonomy = parse_taxonomy(
        _doc(
            _concept(name="burgundy", bucket="preferences", category="color", FR=["=bordeaux"]),
            _concept(name="bordeaux_city", bucket="lifestyle", category="travel", FR=["=Bordeaux"]),
        )
    )
    assert len(taxonomy) == 2


def test_same_alias_in_different_languages_is_fine():
    taxonomy = parse_taxonomy(
        _doc(
            _concept(name="promotion", bucket="occasions", category="occasion", EN=["promotion"]),
            _concept(name="graduation", bucket="occasions", category="occasion", DE=["Promotion"]),
        )
    )
    assert taxonomy.get("graduation").aliases_for("DE") == ("Promotion",)


def test_alias_pattern_syntax():
    plain = alias_pattern("Rosé Gold")
    assert plain.keys == ("rose gold",) and not plain.stem and plain.exact is None and not plain.dense
    stem = alias_pattern("vegetari*")
    assert stem.stem and stem.keys == ("vegetari",)
    exact = alias_pattern("=bordeaux")
    assert exact.exact == "bordeaux"
    number = alias_pattern("anniversaire # ans mariage")
    assert number.keys[0] == "anniversaire 0 ans mariage" and len(number.keys) == 4
    assert alias_pattern("アレルギー").dense
    with pytest.raises(ValueError):
        alias_pattern("=vegetari*")
