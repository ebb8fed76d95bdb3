"""The columns of the model feature frame, and which of them each model family reads.

The names never depend on the data (fixed concept lists), so a frame built for scoring has
exactly the columns the fitted pipeline was trained on. :mod:`.features` computes them:

- profile statistics from the notes and their concepts (:data:`PROFILE_COLUMNS`), RFM from the
  orders (:data:`RFM_COLUMNS`), lifecycle from both (:data:`LIFECYCLE_COLUMNS`);
- concept co-occurrence ``co_*`` (:data:`COOCCURRENCE_COLUMNS`), the BG/NBD / Pareto/NBD /
  Gamma-Gamma purchase summary (:data:`BTYD_COLUMNS`) and the mean note embedding ``emb_###``;
- :func:`fast_feature_columns` and :func:`elite_feature_columns`: the inputs of each family.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

import pandas as pd

INTENT_CONCEPTS: tuple[str, ...] = (
    "ready_to_buy", "hesitant", "will_return", "complaint", "price_sensitive",
    "vip_client", "new_client", "loyal_client",
)
VALUE_CONCEPTS: tuple[str, ...] = ("budget_flexible", "budget_unlimited")
# Concept category -> count column (distinct non-negated concepts of that category).
CATEGORY_COUNTS: dict[str, str] = {
    "allergy": "n_allergies", "diet": "n_diets", "occasion": "n_occasions", "product_type": "n_product_types",
    "color": "n_colors", "material": "n_materials", "house": "n_houses", "hobby": "n_hobbies",
    "travel": "n_travel", "family": "n_family", "profession": "n_professions", "style": "n_styles",
    "next_action": "n_next_actions",
}

PROFILE_COLUMNS: list[str] = [
    "has_notes", "n_notes", "notes_last_90d", "notes_last_365d", "days_since_last_note", "days_since_first_note",
    "n_languages", "mean_note_chars_log", "n_concept_mentions", "n_distinct_concepts", "n_negated",
    "has_budget", "budget_min_log", "budget_max_log", "budget_mid_log", "budget_open_ended",
    "budget_flexible", "budget_unlimited",
    *[f"intent_{c}" for c in INTENT_CONCEPTS],
    *CATEGORY_COUNTS.values(),
]
RFM_COLUMNS: list[str] = [
    "has_history", "recency_days", "frequency", "monetary_total_log", "monetary_mean_log", "tenure_days",
    "orders_90d", "orders_180d", "orders_365d", "spend_365d_log", "ipi_mean_days", "ipi_std_days", "overdue_ratio",
    "purchase_days",
]
# Notes and orders together: how long the client has been known, when they were last seen, and
# shrunk per-year rates (a client seen for two weeks with one order is not a 26-a-year buyer).
LIFECYCLE_COLUMNS: list[str] = [
    "first_seen_days", "last_contact_days", "order_rate_per_year", "contact_rate_per_year",
]
# The summary BG/NBD, Pareto/NBD and Gamma-Gamma read (purchase *days* with a positive order:
# x repeat days, t_x first → last, T first → reference date, mean spend of the repeat days),
# uncapped, and the client's best spend over any 365 days (the plausibility bound of a CLV).
# Not inputs of the fast and elite families.
BTYD_COLUMNS: list[str] = ["btyd_frequency", "btyd_recency", "btyd_T", "btyd_monetary", "best_year_spend"]
# The intent and value concept pairs whose co-occurrence is a column.
CONCEPT_PAIRS: list[tuple[str, str]] = list(combinations(INTENT_CONCEPTS + VALUE_CONCEPTS, 2))
COOCCURRENCE_COLUMNS: list[str] = [f"co_{a}__{b}" for a, b in CONCEPT_PAIRS] + [f"co_last_{c}" for c in INTENT_CONCEPTS]


def embedding_columns(dim: int) -> list[str]:
    """Names of the mean-embedding columns for a ``dim``-dimensional embedding."""
    return [f"emb_{i:03d}" for i in range(dim)]


def _names(frame: pd.DataFrame | Sequence[str]) -> list[str]:
    return [str(c) for c in (frame.columns if isinstance(frame, pd.DataFrame) else frame)]


def fast_feature_columns(frame: pd.DataFrame | Sequence[str]) -> list[str]:
    """Fast family inputs present in ``frame`` (or a column list): concept text,
    profile, RFM (neutral values for everyone when there is no order history)."""
    names = set(_names(frame))
    return [c for c in ["concept_text", *PROFILE_COLUMNS, *RFM_COLUMNS] if c in names]


ELITE_BTYD_INPUTS: list[str] = ["btyd_frequency", "btyd_recency", "btyd_T", "btyd_monetary"]


def elite_feature_columns(frame: pd.DataFrame | Sequence[str]) -> list[str]:
    """Elite family inputs: fast inputs + lifecycle + co-occurrence + the BTYD purchase summary +
    mean note embedding (when present); the elite pipeline turns the RFM columns into BG/NBD
    features and the summary into BG/NBD + Gamma-Gamma features over the label window."""
    names = _names(frame)
    present = set(names)
    extra = [c for c in [*LIFECYCLE_COLUMNS, *COOCCURRENCE_COLUMNS, *ELITE_BTYD_INPUTS] if c in present]
    return fast_feature_columns(names) + extra + [c for c in names if c.startswith("emb_")]
