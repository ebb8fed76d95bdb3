"""The words drivers are written with: what each model input and concept means, above or below average.

:mod:`.driver_text` builds a driver's sentence from these tables:

- ``FEATURE_PHRASES``: numeric inputs (RFM, profile, lifecycle, BG/NBD) → (above average,
  below average) phrases, e.g. ``spend_365d_log`` → "spent more / less than usual in the last year";
- ``CONCEPT_PHRASES``: intent and budget concepts, which describe the client ("described as hesitant");
- ``CONCEPT_WORDS``, ``HOLIDAYS``, ``TRIP_KINDS``: how other concept labels are spelled, used by
  :func:`concept_words` with the concept's taxonomy category ("a birthday coming up", "Louis Vuitton");
- :func:`duration_words`: a number of days in words ("9 months").

Pure data and string functions, standard library only.
"""

from __future__ import annotations

import math

__all__ = [
    "CATEGORY_COUNT_WORDS",
    "CONCEPT_PHRASES",
    "CONCEPT_WORDS",
    "FEATURE_PHRASES",
    "HOLIDAYS",
    "TRIP_KINDS",
    "concept_words",
    "duration_words",
    "label_words",
]


_PARTICLES = {"di", "de", "du", "la", "le", "of", "and", "d", "the", "van", "von"}

# --- concepts ------------------------------------------------------------------------------

# (above average, below average) for the intents and budget concepts, which describe the client.
CONCEPT_PHRASES: dict[str, tuple[str, str]] = {
    "ready_to_buy": ("described as ready to buy", "not described as ready to buy"),
    "hesitant": ("described as hesitant", "not described as hesitant"),
    "will_return": ("said they will come back", "did not say they will come back"),
    "complaint": ("made a complaint", "no complaint"),
    "price_sensitive": ("described as price-sensitive", "not described as price-sensitive"),
    "vip_client": ("described as a VIP client", "not described as a VIP client"),
    "new_client": ("described as a new client", "not described as a new client"),
    "loyal_client": ("described as a loyal client", "not described as a loyal client"),
    "high_potential": ("described as high-potential", "not described as high-potential"),
    "satisfied": ("described as satisfied", "not described as satisfied"),
    "referrer": ("recommends the house to others", "no mention of recommending the house"),
    "brand_ambassador": ("described as a brand ambassador", "not described as a brand ambassador"),
    "corporate_client": ("buys for a company", "no mention of buying for a company"),
    "budget": ("mentions a budget", "no budget mentioned"),
    "budget_flexible": ("mentions a flexible budget", "no mention of a flexible budget"),
    "budget_unlimited": ("mentions an unlimited budget", "no mention of an unlimited budget"),
}
# Concept labels whose words are not just the label with spaces.
CONCEPT_WORDS: dict[str, str] = {
    "ready_to_buy": "being ready to buy",
    "hesitant": "hesitation",
    "will_return": "coming back",
    "complaint": "a complaint",
    "vip_client": "VIP status",
    "new_client": "being a new client",
    "loyal_client": "loyalty",
    "price_sensitive": "price sensitivity",
    "budget_flexible": "a flexible budget",
    "budget_unlimited": "an unlimited budget",
    "ready_to_wear": "ready-to-wear",
    "fragrance_product": "fragrance",
    "allergy_unspecified": "an allergy",
    "allergy_cue": "an allergy",
    "sun_allergy": "a sun allergy",
    "wool_allergy": "a wool allergy",
    "drug_allergy": "a drug allergy",
    "chemical_sensitivity": "a chemical sensitivity",
    "dfs": "DFS",
    "no_alcohol": "not drinking alcohol",
    "no_pork": "not eating pork",
    "usa": "the USA",
    "uk_scotland": "the UK and Scotland",
    "cote_d_azur": "the Côte d'Azur",
    "tag_heuer": "TAG Heuer",
    "valentines_day": "Valentine's Day",
    "mothers_day": "Mother's Day",
    "fathers_day": "Father's Day",
    "mid_autumn": "the Mid-Autumn Festival",
    "new_year": "New Year",
    "lunar_new_year": "Lunar New Year",
}
# Occasions that are dates in the calendar (no article): "mentions Christmas coming up".
HOLIDAYS: frozenset[str] = frozenset({
    "christmas", "new_year", "valentines_day", "mothers_day", "fathers_day", "lunar_new_year", "easter",
    "eid", "diwali", "hanukkah", "thanksgiving", "mid_autumn",
})
# Travel concepts that are kinds of trip, not places (places are capitalized).
TRIP_KINDS: frozenset[str] = frozenset({"travel", "business_travel", "cruise", "safari", "beach_holiday", "ski_resort"})

# Category count columns of the profile block → what they count.
CATEGORY_COUNT_WORDS: dict[str, str] = {
    "n_allergies": "allergies", "n_diets": "diets", "n_occasions": "occasions", "n_product_types": "product types",
    "n_colors": "colours", "n_materials": "materials", "n_houses": "houses", "n_hobbies": "hobbies",
    "n_travel": "travel plans or destinations", "n_family": "family members", "n_professions": "professions",
    "n_styles": "styles", "n_next_actions": "next steps",
}

# --- numeric inputs: (above average, below average) ----------------------------------------

FEATURE_PHRASES: dict[str, tuple[str, str]] = {
    # RFM (orders)
    "has_history": ("has an order history", "no order history"),
    "recency_days": ("longer than usual since the last purchase", "bought more recently than most clients"),
    "frequency": ("more orders than most clients", "fewer orders than most clients"),
    "monetary_total_log": ("spent more than usual in total", "spent less than usual in total"),
    "monetary_mean_log": ("larger orders than usual", "smaller orders than usual"),
    "tenure_days": ("a client for a long time", "a recent client (first purchase not long ago)"),
    "orders_90d": ("more orders than usual in the last 3 months", "fewer orders than usual in the last 3 months"),
    "orders_180d": ("more orders than usual in the last 6 months", "fewer orders than usual in the last 6 months"),
    "orders_365d": ("more orders than usual in the last year", "fewer orders than usual in the last year"),
    "spend_365d_log": ("spent more than usual in the last year", "spent less than usual in the last year"),
    "ipi_mean_days": ("long gaps between purchases", "buys at short intervals"),
    "ipi_std_days": ("irregular purchase rhythm", "regular purchase rhythm"),
    "overdue_ratio": ("overdue for a purchase given their usual rhythm",
                      "not yet due for a purchase given their usual rhythm"),
    "purchase_days": ("bought on more separate days than most clients",
                      "bought on fewer separate days than most clients"),
    # profile (notes)
    "has_notes": ("has advisor notes", "no advisor notes"),
    "n_notes": ("more advisor notes than most clients", "fewer advisor notes than most clients"),
    "notes_last_90d": ("more advisor notes than usual in the last 3 months",
                       "fewer advisor notes than usual in the last 3 months"),
    "notes_last_365d": ("more advisor notes than usual in the last year",
                        "fewer advisor notes than usual in the last year"),
    "days_since_last_note": ("longer than usual since the last advisor note", "a recent advisor note"),
    "days_since_first_note": ("known to advisors for a long time", "known to advisors only recently"),
    "n_languages": ("notes in several languages", "notes in fewer languages than most clients"),
    "mean_note_chars_log": ("longer advisor notes than usual", "shorter advisor notes than usual"),
    "n_concept_mentions": ("detailed notes (many topics mentioned)", "few details in the notes"),
    "n_distinct_concepts": ("many different topics in the notes", "few different topics in the notes"),
    "n_negated": ("several dislikes or refusals noted", "few dislikes or refusals noted"),
    "has_budget": ("a budget is mentioned", "no budget mentioned"),
    "budget_min_log": ("higher budget than most clients", "lower (or no) budget mentioned"),
    "budget_max_log": ("higher budget than most clients", "lower (or no) budget mentioned"),
    "budget_mid_log": ("higher budget than most clients", "lower (or no) budget mentioned"),
    "budget_open_ended": ("open-ended budget (a minimum, no upper limit)", "budget with an upper limit, or none"),
    # lifecycle (notes and orders)
    "first_seen_days": ("known for a long time (notes or orders)", "met only recently"),
    "last_contact_days": ("longer than usual since the last contact (note or order)",
                          "a recent contact (note or order)"),
    "order_rate_per_year": ("orders more often than most clients", "orders less often than most clients"),
    "contact_rate_per_year": ("in touch more often than most clients", "in touch less often than most clients"),
    # BG/NBD (lib/modeling/bgnbd.py)
    "bgnbd_p_alive": ("likely still active", "may have stopped buying"),
    "bgnbd_p_purchase": ("likely to buy again within 90 days, given their purchase rhythm",
                         "unlikely to buy within 90 days, given their purchase rhythm"),
    "bgnbd_expected_purchases": ("more purchases expected over the next year",
                                 "few purchases expected over the next year"),
    # BG/NBD + Gamma-Gamma over the label window (elite step, lib/modeling/btyd.py)
    "p_alive": ("likely still an active buyer", "may have stopped buying"),
    "p_purchase": ("likely to buy again soon, given their purchase rhythm",
                   "unlikely to buy soon, given their purchase rhythm"),
    "expected_purchases": ("more purchases expected than for most clients",
                           "fewer purchases expected than for most clients"),
    "expected_spend": ("spends more per purchase than most clients", "spends less per purchase than most clients"),
    "expected_value": ("more spend expected than for most clients", "less spend expected than for most clients"),
    # the purchase summary a BG/NBD or Pareto/NBD model reads
    "btyd_frequency": ("more repeat purchases than most clients", "fewer repeat purchases than most clients"),
    "btyd_recency": ("kept buying later into their history than most clients",
                     "stopped buying early in their history"),
    "btyd_T": ("first purchase longer ago than most clients", "first purchase more recent than most clients"),
    "btyd_monetary": ("spends more per repeat purchase than most clients",
                      "spends less per repeat purchase than most clients"),
}
for _column, _things in CATEGORY_COUNT_WORDS.items():
    FEATURE_PHRASES[_column] = (f"more {_things} mentioned than most clients",
                                f"fewer {_things} mentioned than most clients")


def duration_words(days: float) -> str:
    """``9`` → "9 days", ``21`` → "3 weeks", ``270`` → "9 months", ``800`` → "2 years"."""
    days = max(float(days), 0.0)
    if days < 14:
        n, unit = round(days), "day"
    elif days < 60:
        n, unit = round(days / 7), "week"
    elif days < 365:
        n, unit = max(round(days / 30.44), 2), "month"
    else:
        years = days / 365.25
        if years < 2:
            n, unit = round(days / 30.44), "month"
        else:
            n, unit = math.floor(years), "year"
    return f"{n} {unit}" + ("" if n == 1 else "s")


def label_words(label: str) -> str:
    """``louis_vuitton`` → "louis vuitton"."""
    return label.replace("_", " ").strip()


def _title(label: str) -> str:
    parts = label_words(label).split()
    return " ".join(p if (i and p in _PARTICLES) else p.capitalize() for i, p in enumerate(parts))


def _article(words: str) -> str:
    return ("an " if words[:1].lower() in "aeiou" else "a ") + words


def concept_words(label: str, category: str | None = None) -> str:
    """A concept label in words: ``louis_vuitton`` (house) → "Louis Vuitton", ``birthday``
    (occasion) → "a birthday coming up", ``christmas`` (occasion) → "Christmas coming up",
    ``nickel`` (allergy) → "an allergy to nickel", ``golf`` → "golf"."""
    label = label.strip()
    if category == "occasion":
        if label in HOLIDAYS:
            return f"{CONCEPT_WORDS.get(label, _title(label))} coming up"
        return f"{_article(CONCEPT_WORDS.get(label, label_words(label)))} coming up"
    if label in CONCEPT_WORDS:
        return CONCEPT_WORDS[label]
    if category == "house":
        return _title(label)
    if category == "travel" and label not in TRIP_KINDS:
        return _title(label)
    if category == "allergy":
        return f"an allergy to {label_words(label)}"
    if category == "diet":
        return f"a {label_words(label)} diet"
    if category == "style":
        words = label_words(label)
        return _article(words) if words.endswith(" style") else f"{_article(words)} style"
    return label_words(label)
