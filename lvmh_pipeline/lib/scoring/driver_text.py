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

The words themselves (phrase tables, concept spellings, durations) live in :mod:`.driver_phrases`.
Pure functions, no I/O: the caller passes the concept categories (label → taxonomy category)
and, when it has them, the client's feature values. An unknown name still gets a readable
fallback ("<name in words> higher than usual").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping

from lvmh_pipeline.lib.scoring.driver_phrases import (
    CONCEPT_PHRASES,
    CONCEPT_WORDS,
    FEATURE_PHRASES,
    concept_words,
    duration_words,
    label_words,
)

__all__ = [
    "VALUED_FEATURES",
    "driver_sentence",
    "drivers_text",
    "drivers_texts",
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
    words = label_words(name.removesuffix("_log"))
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
