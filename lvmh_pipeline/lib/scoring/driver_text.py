"""Drivers in plain words: ``+spend_365d_log`` → "spent more than usual in the last year".

:mod:`.predictions` reports each client's strongest drivers as signed model input names
(``+name``: the client is above the training average on that input, ``-name``: below). This
module turns such a name into a short sentence a client advisor can read:

- RFM, profile and lifecycle inputs (:mod:`lvmh_pipeline.lib.modeling.features`):
  ``-spend_365d_log`` → "spent less than usual in the last year"; with the client's feature
  values, durations are spelled out: ``+recency_days`` at 270 days → "no purchase for 9 months";
- concepts (TF-IDF terms and intent counts, ``concept:<label>``): ``+concept:birthday`` →
  "mentions a birthday coming up" (the concept's taxonomy category, when given, chooses the
  phrasing: occasions are "coming up", houses are capitalized…), ``-concept:<label>`` →
  "little or no mention of …"; intents read as descriptions ("described as hesitant");
- concept pairs ``concept:a+b`` → "mentions both … and …", latest-note intents
  ``last_note:<label>`` → "latest note: …";
- the note embedding (``note_embedding``, ``emb_###``, ``emb__pca3``) → "note content (…)";
- BG/NBD inputs → "likely still active" / "may have stopped buying", ….

Pure functions, no I/O: the caller passes the concept categories (label → taxonomy category)
and, when it has them, the client's feature values. An unknown name still gets a readable
fallback ("<name in words> higher than usual").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping

__all__ = [
    "VALUED_FEATURES",
    "concept_words",
    "driver_sentence",
    "drivers_text",
    "drivers_texts",
    "duration_words",
    "split_drivers",
]

SEPARATOR = "; "
# Feature values at (or beyond) this many days mean "never / long ago" (features.RECENCY_CAP_DAYS).
RECENCY_CAP_DAYS = 730.0
# The feature values :func:`driver_sentence` can use to state a client's own numbers.
VALUED_FEATURES: tuple[str, ...] = (
    "recency_days", "has_history", "purchase_days", "frequency", "tenure_days", "orders_90d", "orders_180d",
    "orders_365d", "days_since_last_note", "has_notes", "n_notes", "last_contact_days", "first_seen_days",
)
EMBEDDING_TEXT = "overall content of the advisor notes"
_PREFIXES = ("num__", "bgnbd__", "concept__", "emb__")
_EMBEDDING = re.compile(r"^(note_embedding|emb_\d+|emb__\w+|pca\d+)$")
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


def _words(label: str) -> str:
    return label.replace("_", " ").strip()


def _title(label: str) -> str:
    parts = _words(label).split()
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
        return f"{_article(CONCEPT_WORDS.get(label, _words(label)))} coming up"
    if label in CONCEPT_WORDS:
        return CONCEPT_WORDS[label]
    if category == "house":
        return _title(label)
    if category == "travel" and label not in TRIP_KINDS:
        return _title(label)
    if category == "allergy":
        return f"an allergy to {_words(label)}"
    if category == "diet":
        return f"a {_words(label)} diet"
    if category == "style":
        words = _words(label)
        return _article(words) if words.endswith(" style") else f"{_article(words)} style"
    return _words(label)


def _concept_sentence(label: str, up: bool, categories: Mapping[str, str]) -> str:
    if label in CONCEPT_PHRASES:
        return CONCEPT_PHRASES[label][0 if up else 1]
    category = categories.get(label)
    words = concept_words(label, category)
    if category == "next_action":
        return f"next step noted: {words}" if up else f"no next step noted of the kind '{words}'"
    if category == "timing":
        return f"timing mentioned: {words}" if up else f"little or no mention of the timing '{words}'"
    return f"mentions {words}" if up else f"little or no mention of {words}"


def _pair_sentence(pair: str, up: bool, categories: Mapping[str, str]) -> str:
    first, _, second = pair.partition("+")
    a, b = (CONCEPT_WORDS.get(x) or concept_words(x, categories.get(x)) for x in (first, second))
    return f"notes mention both {a} and {b}" if up else f"notes do not mention both {a} and {b}"


def _value(values: Mapping[str, float] | None, name: str) -> float | None:
    if not values or name not in values:
        return None
    try:
        value = float(values[name])
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


def _valued_sentence(name: str, up: bool, values: Mapping[str, float] | None) -> str | None:
    """Sentences that state the client's own number when the feature values are known."""
    value = _value(values, name)
    if value is None:
        return None
    never = value >= RECENCY_CAP_DAYS
    if name == "recency_days":
        if _value(values, "has_history") == 0.0 or _value(values, "purchase_days") == 0.0:
            return "no order history"
        if never:
            return "no purchase for 2 years or more"
        return f"no purchase for {duration_words(value)}" if up else f"last purchase {duration_words(value)} ago"
    if name == "days_since_last_note":
        if _value(values, "has_notes") == 0.0 or _value(values, "n_notes") == 0.0:
            return "no advisor notes"
        if never:
            return "no advisor note for 2 years or more"
        return (f"no advisor note for {duration_words(value)}" if up
                else f"last advisor note {duration_words(value)} ago")
    if name == "last_contact_days":
        if never:
            return "no contact (note or order) for 2 years or more"
        return (f"no contact (note or order) for {duration_words(value)}" if up
                else f"last contact (note or order) {duration_words(value)} ago")
    if name in ("tenure_days", "first_seen_days"):
        what = "first purchase" if name == "tenure_days" else "first contact"
        if name == "tenure_days" and _value(values, "has_history") == 0.0:
            return "no order history"
        return f"{what} {duration_words(value)} ago" if value > 0 else None
    if name in ("orders_90d", "orders_180d", "orders_365d") and value == 0.0 and not up:
        period = {"orders_90d": "3 months", "orders_180d": "6 months", "orders_365d": "year"}[name]
        return f"no order in the last {period}"
    if name == "frequency" and value == 0.0:
        return "no order history"
    return None


def split_drivers(drivers: object) -> list[str]:
    """Driver names from a list cell or a ``"; "``-joined string (empty / NaN → [])."""
    if drivers is None:
        return []
    if isinstance(drivers, str):
        return [d.strip() for d in drivers.split(";") if d.strip()]
    if isinstance(drivers, float) and math.isnan(drivers):
        return []
    try:
        return [str(d).strip() for d in drivers if str(d).strip()]  # type: ignore[union-attr]
    except TypeError:
        return [str(drivers)]


def driver_sentence(
    driver: str,
    values: Mapping[str, float] | None = None,
    categories: Mapping[str, str] | None = None,
) -> str:
    """One signed driver name in plain words.

    ``values`` (feature name → this client's value) lets durations be spelled out ("no purchase
    for 9 months"); ``categories`` (concept label → taxonomy category) chooses how a concept is
    phrased. A name without a sign reads as ``+``.
    """
    categories = categories or {}
    text = driver.strip()
    up = not text.startswith("-")
    name = text[1:].strip() if text[:1] in "+-" else text
    for prefix in _PREFIXES:
        if name.startswith(prefix) and prefix != "emb__":
            name = name.removeprefix(prefix)
            if prefix == "concept__":
                name = f"concept:{name}"
            break
    if _EMBEDDING.match(name):
        return EMBEDDING_TEXT
    if name.startswith("intent_"):
        name = "concept:" + name.removeprefix("intent_")
    elif name.startswith("co_last_"):
        name = "last_note:" + name.removeprefix("co_last_")
    elif name.startswith("co_") and "__" in name:
        name = "concept:" + name.removeprefix("co_").replace("__", "+")
    if name.startswith("concept:"):
        label = name.removeprefix("concept:")
        if "+" in label:
            return _pair_sentence(label, up, categories)
        return _concept_sentence(label, up, categories)
    if name.startswith("last_note:"):
        label = name.removeprefix("last_note:")
        return "latest note: " + _concept_sentence(label, up, categories)
    valued = _valued_sentence(name, up, values)
    if valued is not None:
        return valued
    if name in FEATURE_PHRASES:
        return FEATURE_PHRASES[name][0 if up else 1]
    if name in CONCEPT_PHRASES:  # budget_flexible / budget_unlimited as raw columns
        return CONCEPT_PHRASES[name][0 if up else 1]
    words = _words(name.removesuffix("_log"))
    return f"{words} higher than usual" if up else f"{words} lower than usual"


def drivers_text(
    drivers: object,
    values: Mapping[str, float] | None = None,
    categories: Mapping[str, str] | None = None,
    separator: str = SEPARATOR,
) -> str:
    """A client's drivers (list or ``"; "``-joined names) as sentences joined by ``separator``;
    a sentence that two drivers share is written once."""
    sentences = (driver_sentence(d, values, categories) for d in split_drivers(drivers))
    return separator.join(dict.fromkeys(s for s in sentences if s))


def drivers_texts(
    column: Iterable[object],
    values: Iterable[Mapping[str, float] | None] | None = None,
    categories: Mapping[str, str] | None = None,
) -> list[str]:
    """:func:`drivers_text` over a column of driver cells (with per-row feature values)."""
    cells = list(column)
    rows = list(values) if values is not None else [None] * len(cells)
    return [drivers_text(cell, row, categories) for cell, row in zip(cells, rows)]
