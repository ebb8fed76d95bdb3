"""Drivers in plain words (lib/scoring/driver_text.py)."""

import numpy as np
import pytest

from lvmh_pipeline.lib.concepts.taxonomy import load_taxonomy
from lvmh_pipeline.lib.modeling.bgnbd import BGNBD_FEATURE_NAMES
from lvmh_pipeline.lib.modeling.feature_columns import COOCCURRENCE_COLUMNS, LIFECYCLE_COLUMNS, PROFILE_COLUMNS, RFM_COLUMNS
from lvmh_pipeline.lib.modeling.features import RECENCY_CAP_DAYS
from lvmh_pipeline.lib.scoring import driver_text
from lvmh_pipeline.lib.scoring.driver_text import (
    EMBEDDING_TEXT,
    VALUED_FEATURES,
    driver_sentence,
    drivers_text,
    drivers_texts,
    split_drivers,
)
from lvmh_pipeline.lib.scoring.drivers import readable_name

CATEGORIES = {c.concept: c.category for c in load_taxonomy().concepts}
FALLBACK_ENDINGS = ("higher than usual", "lower than usual")


@pytest.mark.parametrize(("driver", "expected"), [
    ("-spend_365d_log", "spent less than usual in the last year"),
    ("+spend_365d_log", "spent more than usual in the last year"),
    ("+recency_days", "longer than usual since the last purchase"),
    ("-has_history", "no order history"),
    ("+overdue_ratio", "overdue for a purchase given their usual rhythm"),
    ("-orders_90d", "fewer orders than usual in the last 3 months"),
    ("+contact_rate_per_year", "in touch more often than most clients"),
    ("-first_seen_days", "met only recently"),
    ("+n_allergies", "more allergies mentioned than most clients"),
    ("+bgnbd_p_alive", "likely still active"),
    ("-bgnbd_p_alive", "may have stopped buying"),
    ("-bgnbd_expected_purchases", "few purchases expected over the next year"),
])
def test_numeric_features_read_as_sentences(driver, expected):
    assert driver_sentence(driver) == expected


def test_client_values_spell_out_durations_and_missing_history():
    assert driver_sentence("+recency_days", {"recency_days": 270.0, "has_history": 1.0}) == "no purchase for 9 months"
    assert driver_sentence("-recency_days", {"recency_days": 20.0}) == "last purchase 3 weeks ago"
    never = {"recency_days": RECENCY_CAP_DAYS, "has_history": 0.0}
    assert driver_sentence("+recency_days", never) == "no order history"
    assert driver_sentence("+recency_days", {"recency_days": RECENCY_CAP_DAYS}) == "no purchase for 2 years or more"
    assert driver_sentence("+days_since_last_note", {"days_since_last_note": 400.0}) == "no advisor note for 13 months"
    assert driver_sentence("+last_contact_days", {"last_contact_days": 5.0}) == "no contact (note or order) for 5 days"
    assert driver_sentence("+tenure_days", {"tenure_days": 1000.0, "has_history": 1.0}) == "first purchase 2 years ago"
    assert driver_sentence("-orders_365d", {"orders_365d": 0.0}) == "no order in the last year"
    # a value that cannot be read falls back to the sentence without numbers
    assert driver_sentence("+recency_days", {"recency_days": np.nan}) == "longer than usual since the last purchase"
    assert set(VALUED_FEATURES) <= set(PROFILE_COLUMNS + RFM_COLUMNS + LIFECYCLE_COLUMNS)


@pytest.mark.parametrize(("driver", "expected"), [
    ("+concept:birthday", "mentions a birthday coming up"),
    ("+concept:engagement", "mentions an engagement coming up"),
    ("+concept:christmas", "mentions Christmas coming up"),
    ("-concept:birthday", "little or no mention of a birthday coming up"),
    ("+concept:golf", "mentions golf"),
    ("+concept:louis_vuitton", "mentions Louis Vuitton"),
    ("+concept:acqua_di_parma", "mentions Acqua di Parma"),
    ("+concept:lake_como", "mentions Lake Como"),
    ("+concept:business_travel", "mentions business travel"),
    ("+concept:nickel", "mentions an allergy to nickel"),
    ("+concept:vegan", "mentions a vegan diet"),
    ("+concept:ready_to_wear", "mentions ready-to-wear"),
    ("+concept:ready_to_buy", "described as ready to buy"),
    ("-concept:vip_client", "not described as a VIP client"),
    ("+concept:budget_flexible", "mentions a flexible budget"),
    ("+budget_unlimited", "mentions an unlimited budget"),
    ("+intent_hesitant", "described as hesitant"),
    ("+last_note:hesitant", "latest note: described as hesitant"),
    ("+co_last_complaint", "latest note: made a complaint"),
    ("+concept:ready_to_buy+vip_client", "notes mention both being ready to buy and VIP status"),
    ("+co_ready_to_buy__hesitant", "notes mention both being ready to buy and hesitation"),
    ("-concept:ready_to_buy+hesitant", "notes do not mention both being ready to buy and hesitation"),
])
def test_concepts_read_as_mentions(driver, expected):
    assert driver_sentence(driver, categories=CATEGORIES) == expected


def test_concepts_without_categories_are_still_words():
    assert driver_sentence("+concept:birthday") == "mentions birthday"
    assert driver_sentence("+concept:tag_heuer") == "mentions TAG Heuer"


@pytest.mark.parametrize("driver", ["+note_embedding", "-note_embedding", "+emb_017", "emb__pca3", "+num__emb_001"])
def test_embedding_components_are_note_content(driver):
    assert driver_sentence(driver) == EMBEDDING_TEXT


def test_transformed_model_input_names_are_understood():
    assert driver_sentence("+num__recency_days") == driver_sentence("+recency_days")
    assert driver_sentence("+concept__golf") == "mentions golf"
    assert driver_sentence("-bgnbd__bgnbd_p_purchase") == driver_sentence("-bgnbd_p_purchase")


def test_unknown_names_get_a_readable_fallback():
    assert driver_sentence("+loyalty_points_log") == "loyalty points higher than usual"
    assert driver_sentence("-mystery") == "mystery lower than usual"
    assert driver_sentence("golf") == "golf higher than usual"  # no sign reads as +


def test_every_model_input_has_its_own_sentence():
    """Each input the feature frame, the BG/NBD step and the taxonomy can produce (as the
    drivers name it) has a sentence of its own, not the generic fallback, in both directions."""
    names = {readable_name(f"num__{c}") for c in PROFILE_COLUMNS + RFM_COLUMNS + LIFECYCLE_COLUMNS
             + COOCCURRENCE_COLUMNS}
    names |= {readable_name(f"bgnbd__{c}") for c in BGNBD_FEATURE_NAMES}
    names |= {readable_name(f"concept__{c}") for c in CATEGORIES} | {readable_name("emb__pca0")}
    generic = [f"{sign}{name}" for name in sorted(names) for sign in "+-"
               if driver_sentence(f"{sign}{name}", categories=CATEGORIES).endswith(FALLBACK_ENDINGS)]
    assert not generic
    sentences = [driver_sentence(f"+{name}", categories=CATEGORIES) for name in names]
    raw = [s for s in sentences if not s or "_" in s or "concept:" in s or "last_note:" in s]
    assert not raw


def test_lists_and_joined_strings_become_one_cell_without_repeats():
    assert split_drivers("+a; -b;") == ["+a", "-b"]
    assert split_drivers(np.array(["+a", "-b"])) == ["+a", "-b"]
    assert split_drivers(None) == [] and split_drivers(float("nan")) == [] and split_drivers([]) == []
    text = drivers_text(["+spend_365d_log", "+budget_min_log", "+budget_max_log"])
    assert text == "spent more than usual in the last year; higher budget than most clients"
    assert drivers_texts([["+concept:birthday"], "", None], categories=CATEGORIES) == [
        "mentions a birthday coming up", "", ""]
    assert drivers_texts([["+recency_days"]], [{"recency_days": 270.0}]) == ["no purchase for 9 months"]


def test_module_is_pure():
    """No I/O or heavy imports: only the standard library and its word tables (themselves pure,
    lvmh_pipeline_tests/lib/scoring/test_driver_phrases.py)."""
    source = open(driver_text.__file__, encoding="utf-8").read()
    imports = {line.split()[1] for line in source.splitlines() if line.startswith(("import ", "from "))}
    assert {name.split(".")[0] for name in imports - {"lvmh_pipeline.lib.scoring.driver_phrases"}} <= {
        "__future__", "math", "re", "collections"}


@pytest.mark.parametrize(("driver", "expected"), [
    ("+concept:sporty", "mentions a sporty style"),
    ("+concept:professional_style", "mentions a professional style"),
    ("+concept:gift_wrapping", "next step noted: gift wrapping"),
    ("+concept:next_week", "timing mentioned: next week"),
])
def test_taxonomy_categories_choose_the_phrasing(driver, expected):
    assert driver_sentence(driver, categories=CATEGORIES) == expected
