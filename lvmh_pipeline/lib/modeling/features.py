"""The model feature frame: one row per client, from notes, concepts, orders and note embeddings.

Every block uses only notes dated ≤ ``as_of`` and orders dated ≤ ``as_of``, and durations are
counted back from a reference date: ``as_of`` itself, or (``as_of=None``, scoring today) the
latest note or order date in the data, so a model trained at T sees the same quantities at
scoring time. Column names never depend on the data (fixed concept lists), so a frame built for
scoring has exactly the columns the fitted pipeline was trained on; the names, and which family
reads which, are in :mod:`.feature_columns`.

Blocks: ``concept_text`` (for TF-IDF), profile statistics (:data:`~.feature_columns.PROFILE_COLUMNS`),
RFM (:data:`~.feature_columns.RFM_COLUMNS`), lifecycle (:data:`~.feature_columns.LIFECYCLE_COLUMNS`,
notes and orders together), concept co-occurrence ``co_*``, the BG/NBD / Pareto/NBD / Gamma-Gamma
summary (:data:`~.feature_columns.BTYD_COLUMNS`; these two purchase blocks are in :mod:`.purchase_features`)
and the mean note embedding ``emb_###``.
Clients without notes or without orders get neutral values (0, or the recency cap) and a flag.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np
import pandas as pd

from lvmh_pipeline.lib.modeling.feature_columns import (
    BTYD_COLUMNS,
    CATEGORY_COUNTS,
    CONCEPT_PAIRS,
    COOCCURRENCE_COLUMNS,
    INTENT_CONCEPTS,
    LIFECYCLE_COLUMNS,
    PROFILE_COLUMNS,
    RFM_COLUMNS,
    VALUE_CONCEPTS,
    embedding_columns,
)
from lvmh_pipeline.lib.modeling.labeling.labels import order_table
from lvmh_pipeline.lib.modeling.purchase_features import RECENCY_CAP_DAYS, btyd_block, days_before, rfm_block

__all__ = ["RECENCY_CAP_DAYS", "build_feature_frame"]

RATE_PRIOR_DAYS = 180.0  # pseudo-exposure of the rate shrinkage
RATE_PRIOR_EVENTS = 0.5  # pseudo-events of the rate shrinkage


def _cutoff(as_of: date | str | None) -> pd.Timestamp | None:
    return None if as_of is None else pd.Timestamp(as_of).normalize()


def _profile_block(index: pd.Index, notes: pd.DataFrame, reference: pd.Timestamp) -> pd.DataFrame:
    out = pd.DataFrame(0.0, index=index, columns=["has_notes", "n_notes", "notes_last_90d", "notes_last_365d",
                                                    "n_languages", "mean_note_chars_log"])
    out["days_since_last_note"] = RECENCY_CAP_DAYS
    out["days_since_first_note"] = 0.0
    if notes.empty:
        return out
    grouped = notes.groupby("client_id")
    age = days_before(reference, notes["date"])
    out["n_notes"] = grouped.size().reindex(index).fillna(0.0)
    out["has_notes"] = (out["n_notes"] > 0).astype(np.float64)
    for days, column in ((90, "notes_last_90d"), (365, "notes_last_365d")):
        out[column] = age.lt(days).groupby(notes["client_id"]).sum().reindex(index).fillna(0.0)
    last = age.groupby(notes["client_id"]).min().reindex(index)
    first = age.groupby(notes["client_id"]).max().reindex(index)
    out["days_since_last_note"] = last.clip(0, RECENCY_CAP_DAYS).fillna(RECENCY_CAP_DAYS)
    out["days_since_first_note"] = first.clip(lower=0).fillna(0.0)
    if "language" in notes:
        out["n_languages"] = grouped["language"].nunique().reindex(index).fillna(0.0)
    if "text" in notes:
        chars = notes["text"].fillna("").astype(str).str.len().groupby(notes["client_id"]).mean()
        out["mean_note_chars_log"] = np.log1p(chars.reindex(index).fillna(0.0))
    return out


def _budget_block(index: pd.Index, concepts: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame(0.0, index=index, columns=["has_budget", "budget_min_log", "budget_max_log",
                                                    "budget_mid_log", "budget_open_ended"])
    rows = concepts[concepts["concept"].eq("budget") & concepts["value_min"].notna()]
    if rows.empty:
        return out
    # The latest budget statement is the client's current one; groupby().last() would skip NaN
    # per column and mix two statements, so whole rows are kept.
    latest = rows.sort_values(["date", "span_start"]).drop_duplicates("client_id", keep="last").set_index("client_id")
    low = latest["value_min"].astype(np.float64).clip(lower=0)
    open_ended = latest["value_max"].isna()
    high = latest["value_max"].astype(np.float64).where(~open_ended, low).clip(lower=low)
    out.loc[latest.index, "has_budget"] = 1.0
    out.loc[latest.index, "budget_min_log"] = np.log1p(low)
    out.loc[latest.index, "budget_max_log"] = np.log1p(high)
    out.loc[latest.index, "budget_mid_log"] = np.log1p((low + high) / 2)
    out.loc[latest.index, "budget_open_ended"] = open_ended.astype(np.float64)
    return out


def _mention_counts(index: pd.Index, concepts: pd.DataFrame) -> pd.DataFrame:
    """Mentions per client (rows ``index``, 0 without any) and concept (columns, sorted): what
    ``pd.crosstab`` gives, counted by a grouped size instead of its per-cell Python aggregation."""
    if concepts.empty:
        return pd.DataFrame(index=index)
    counts = concepts.groupby(["client_id", "concept"]).size().unstack(fill_value=0)
    return counts.reindex(index=index).fillna(0.0)


def _concept_blocks(index: pd.Index, concepts: pd.DataFrame, last_note_day: pd.Series) -> pd.DataFrame:
    """concept_text, concept counts, intents, category counts, budget and co-occurrence columns."""
    order = ["client_id", "date", "note_id", "span_start"]
    positive = concepts.loc[~concepts["negated"], [*order, "concept", "category"]]  # the columns used below
    out = pd.DataFrame(index=index)
    text = positive[[*order, "concept"]].sort_values(order).groupby("client_id")["concept"]
    out["concept_text"] = text.agg(" ".join).reindex(index).fillna("")
    out["n_concept_mentions"] = positive.groupby("client_id").size().reindex(index).fillna(0.0)
    out["n_distinct_concepts"] = positive.groupby("client_id")["concept"].nunique().reindex(index).fillna(0.0)
    out["n_negated"] = concepts["negated"].groupby(concepts["client_id"]).sum().reindex(index).fillna(0.0)
    out = out.join(_budget_block(index, concepts))
    mentions = _mention_counts(index, positive)
    for concept in VALUE_CONCEPTS:
        out[concept] = (mentions[concept] > 0).astype(np.float64) if concept in mentions else 0.0
    for concept in INTENT_CONCEPTS:
        out[f"intent_{concept}"] = mentions[concept].astype(np.float64) if concept in mentions else 0.0
    per_category = positive.groupby(["client_id", "category"])["concept"].nunique().unstack(fill_value=0)
    per_category = per_category.reindex(index=index).fillna(0.0)
    for category, column in CATEGORY_COUNTS.items():
        out[column] = per_category[category].astype(np.float64) if category in per_category else 0.0
    present = {c: (mentions[c].to_numpy() > 0) if c in mentions else np.zeros(len(index), bool)
               for c in INTENT_CONCEPTS + VALUE_CONCEPTS}
    co = {f"co_{a}__{b}": (present[a] & present[b]).astype(np.float64) for a, b in CONCEPT_PAIRS}
    in_last = positive.loc[positive["date"].eq(positive["client_id"].map(last_note_day)), ["client_id", "concept"]]
    last_mentions = _mention_counts(index, in_last)
    for concept in INTENT_CONCEPTS:
        co[f"co_last_{concept}"] = (
            (last_mentions[concept].to_numpy() > 0).astype(np.float64) if concept in last_mentions
            else np.zeros(len(index))
        )
    return out.join(pd.DataFrame(co, index=index))


def _lifecycle_block(frame: pd.DataFrame) -> pd.DataFrame:
    """From the profile and RFM columns: first / last contact and shrunk yearly rates."""
    first_seen = np.maximum(frame["days_since_first_note"], frame["tenure_days"])
    exposure_years = (first_seen + RATE_PRIOR_DAYS) / 365.25
    return pd.DataFrame({
        "first_seen_days": first_seen,
        "last_contact_days": np.minimum(frame["days_since_last_note"], frame["recency_days"]),
        "order_rate_per_year": (frame["frequency"] + RATE_PRIOR_EVENTS) / exposure_years,
        "contact_rate_per_year": (frame["frequency"] + frame["n_notes"] + RATE_PRIOR_EVENTS) / exposure_years,
    }, index=frame.index)


EMBEDDING_BLOCK_ROWS = 20_000  # note vectors summed per block: no float64 copy of all of them at once


def _embedding_block(index: pd.Index, client_ids: pd.Series, vectors: np.ndarray) -> pd.DataFrame:
    vectors = np.asarray(vectors)
    codes = index.get_indexer(client_ids)
    total = np.zeros((len(index), vectors.shape[1]))
    for start in range(0, len(codes), EMBEDDING_BLOCK_ROWS):  # the same additions in the same order
        block = codes[start:start + EMBEDDING_BLOCK_ROWS]
        keep = block >= 0
        np.add.at(total, block[keep], vectors[start:start + EMBEDDING_BLOCK_ROWS][keep].astype(np.float64))
    norms = np.linalg.norm(total, axis=1, keepdims=True)
    mean = np.divide(total, norms, out=np.zeros_like(total), where=norms > 0)
    return pd.DataFrame(mean, index=index, columns=embedding_columns(vectors.shape[1]))


def _prepare_concepts(note_concepts: pd.DataFrame, index: pd.Index, cutoff: pd.Timestamp | None) -> pd.DataFrame:
    """The concept rows of ``index``'s clients dated ≤ ``cutoff``, typed, copied once (rows are
    selected before the columns are converted: at 100,000 clients the table is 7.6 M rows)."""
    client_id = note_concepts["client_id"].astype(str)
    dates = pd.to_datetime(note_concepts["note_date"], errors="coerce")
    mask = client_id.isin(index)
    if cutoff is not None:
        mask &= dates.le(cutoff)
    if not mask.all():
        note_concepts, client_id, dates = note_concepts[mask], client_id[mask], dates[mask]
    concepts = note_concepts.assign(
        client_id=client_id,
        date=dates,
        negated=note_concepts["negated"].eq(True).fillna(False).astype(bool),  # None / NA = not negated
        concept=note_concepts["concept"].astype(str),
    )
    optional = {"note_id": "", "category": "", "span_start": 0, "value_min": np.nan, "value_max": np.nan}
    for column, default in optional.items():
        if column not in concepts:
            concepts[column] = default
    return concepts


def build_feature_frame(
    notes: pd.DataFrame,
    note_concepts: pd.DataFrame,
    transactions: pd.DataFrame | None,
    clients: Sequence[str] | pd.Series | pd.Index,
    as_of: date | str | None,
    note_vectors: np.ndarray | None = None,
) -> pd.DataFrame:
    """One row per client of ``clients`` (in that order), from data dated ≤ ``as_of`` only.

    ``notes`` follows NOTES_COLUMNS (``client_id``, ``note_date`` required), ``note_concepts``
    NOTE_CONCEPTS_COLUMNS, ``transactions`` the transactions contract (or None: RFM neutral),
    ``note_vectors`` is aligned with the rows of ``notes`` (or None: no ``emb_*`` columns).
    ``as_of=None`` uses everything (scoring today). Undated notes count only when ``as_of`` is None.
    """
    index = pd.Index(pd.unique(pd.Series(list(clients), dtype=object).astype(str)), name="client_id")
    cutoff = _cutoff(as_of)
    note_ids = notes["client_id"].astype(str).reset_index(drop=True)
    note_dates = pd.to_datetime(notes["note_date"].reset_index(drop=True), errors="coerce")
    keep = note_ids.isin(index) & (note_dates.le(cutoff) if cutoff is not None else True)
    kept_notes = notes.reset_index(drop=True)[keep.to_numpy()].assign(
        client_id=note_ids[keep], date=note_dates[keep]
    )
    concepts = _prepare_concepts(note_concepts, index, cutoff)
    orders = order_table(transactions) if transactions is not None else order_table(pd.DataFrame())
    if cutoff is not None:
        orders = orders[orders["date"].le(cutoff)]
    if cutoff is not None:
        reference = cutoff
    else:
        latest = pd.concat([kept_notes["date"], orders["date"]]).max()
        reference = pd.Timestamp.today().normalize() if pd.isna(latest) else pd.Timestamp(latest).normalize()

    last_note_day = kept_notes.groupby("client_id")["date"].max()
    frame = _profile_block(index, kept_notes, reference).join(_concept_blocks(index, concepts, last_note_day))
    frame = frame.join(rfm_block(index, orders, reference))
    frame = frame.join(_lifecycle_block(frame))
    frame = frame.join(btyd_block(index, orders, reference))
    blocks = [frame[["concept_text"]], frame[PROFILE_COLUMNS].astype(np.float64), frame[RFM_COLUMNS],
              frame[LIFECYCLE_COLUMNS], frame[COOCCURRENCE_COLUMNS], frame[BTYD_COLUMNS]]
    if note_vectors is not None:
        vectors = np.asarray(note_vectors)
        if vectors.ndim != 2 or vectors.shape[0] != len(notes):
            raise ValueError(f"note_vectors shape {vectors.shape} does not match {len(notes)} notes")
        kept_rows = keep.to_numpy()
        kept_vectors = vectors if kept_rows.all() else vectors[kept_rows]  # no copy of the whole matrix
        blocks.append(_embedding_block(index, kept_notes["client_id"], kept_vectors))
    return pd.concat(blocks, axis=1).reset_index()
