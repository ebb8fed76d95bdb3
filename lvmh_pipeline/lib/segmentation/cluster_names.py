"""Cluster names a person understands, with a one-line description.

A cluster is named by its most distinctive concepts (highest lift, held by enough members; see
:func:`~lvmh_pipeline.lib.segmentation.cluster_lift.top_lift_concepts`) among what describes a
person's tastes and life: product types, houses, materials, styles, colours, hobbies, travel,
lifestyle, professions and occasions (:data:`NAMING_CATEGORIES`). Filler never names a cluster:
timing words ("next week"), next actions ("follow-up call"), intents ("ready to buy"), budget
words, allergies and diets (facts to respect, not tastes), family members and a few catch-all
labels (:data:`GENERIC_CONCEPTS`). At most two concepts of one category, so a cluster of
travellers is not "Paris · London · New York". Labels read as words: ``travel_bag`` →
"Travel bag", ``louis_vuitton`` → "Louis Vuitton".
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from lvmh_pipeline.lib.segmentation.cluster_lift import cluster_concept_lift

NAMING_CATEGORIES: frozenset[str] = frozenset({
    "product_type", "house", "material", "style", "color", "hobby", "travel", "lifestyle", "profession", "occasion",
})
GENERIC_CONCEPTS: frozenset[str] = frozenset({
    "accessories", "leather_goods", "celebration", "travel", "collecting", "allergy_unspecified", "allergy_cue",
})
_PROPER_CATEGORIES = frozenset({"house", "travel"})  # names of houses and places: Title Case
MAX_PER_CATEGORY = 2


@dataclass(frozen=True)
class ClusterLabel:
    """A readable name and a one-line description of a cluster."""

    name: str
    description: str


# Words of concept names written in capitals wherever they stand ("uk_scotland" → "UK Scotland").
ACRONYMS = {"uk": "UK", "usa": "USA", "uae": "UAE", "vip": "VIP", "dfs": "DFS", "tv": "TV", "tag": "TAG"}
_CAPITALS = frozenset(ACRONYMS.values())


def humanize(concept: str, category: str | None = None) -> str:
    """``travel_bag`` → ``Travel bag``; houses and places in Title Case (``Louis Vuitton``);
    acronyms in capitals (``VIP client``, ``UK Scotland``)."""
    words = [ACRONYMS.get(w, w) for w in str(concept).replace("_", " ").split()]
    if category in _PROPER_CATEGORIES:
        return " ".join(w[:1].upper() + w[1:] for w in words)
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def _in_sentence(concept: str, category: object) -> str:
    text = humanize(concept, category if isinstance(category, str) else None)
    if category in _PROPER_CATEGORIES:
        return text
    return " ".join(w if w in _CAPITALS else w.lower() for w in text.split())


def naming_concepts(client_concepts: pd.DataFrame) -> pd.DataFrame:
    """The non-negated ``client_id, concept, category`` rows that may name a cluster (all rows
    when the frame has no ``category`` column)."""
    rows = client_concepts
    if "negated" in rows.columns:
        rows = rows.loc[~rows["negated"].fillna(False).astype(bool)]
    if "category" in rows.columns:
        rows = rows.loc[rows["category"].isin(NAMING_CATEGORIES)]
    rows = rows.loc[~rows["concept"].isin(GENERIC_CONCEPTS)]
    return rows.assign(category=rows["category"] if "category" in rows.columns else None)[["client_id", "concept", "category"]]


def label_clusters(labels: pd.Series | Mapping[str, int], client_concepts: pd.DataFrame, *, top_n: int = 3,
                   min_share: float = 0.15) -> dict[int, ClusterLabel]:
    """A :class:`ClusterLabel` per cluster id, e.g. ``Golf · Travel bag · Birthday`` and
    ``212 clients; golf 46 % (2.3× overall), travel bag 38 % (1.9×), birthday 30 % (1.5×)``."""
    label_series = pd.Series(labels) if not isinstance(labels, pd.Series) else labels
    label_series = label_series.astype("int64")
    sizes = label_series.value_counts().to_dict()
    rows = naming_concepts(client_concepts)
    category_of = rows.drop_duplicates("concept").set_index("concept")["category"].to_dict()
    lift = cluster_concept_lift(label_series, rows[["client_id", "concept"]])
    out: dict[int, ClusterLabel] = {}
    for cluster_id in sorted(sizes):
        chosen = _pick(lift.loc[lift["cluster_id"] == cluster_id], sizes[cluster_id], category_of, top_n, min_share)
        size = int(sizes[cluster_id])
        if not chosen:
            out[int(cluster_id)] = ClusterLabel(f"No distinctive interest (cluster {cluster_id})",
                                                f"{size} clients with no taste or occasion more common than elsewhere")
            continue
        name = " · ".join(humanize(r.concept, category_of.get(r.concept)) for r in chosen)
        facts = ", ".join(f"{_in_sentence(r.concept, category_of.get(r.concept))} {r.share:.0%} ({r.lift:.1f}× overall)"
                          for r in chosen)
        out[int(cluster_id)] = ClusterLabel(name, f"{size} clients; {facts}")
    return _disambiguate(out)


def _pick(rows: pd.DataFrame, size: int, category_of: Mapping[str, object], top_n: int, min_share: float) -> list:
    support = max(2, math.ceil(min_share * size))
    ranked = rows.loc[rows["lift"] > 1]
    strong = ranked.loc[ranked["n_clients"] >= support]
    chosen, per_category = [], {}
    for candidates in (strong, ranked.loc[ranked["n_clients"] >= 2]):
        for row in candidates.itertuples():
            if len(chosen) == top_n:
                break
            category = category_of.get(row.concept)
            if any(c.concept == row.concept for c in chosen) or per_category.get(category, 0) >= MAX_PER_CATEGORY:
                continue
            chosen.append(row)
            per_category[category] = per_category.get(category, 0) + 1
        if chosen:
            break
    return chosen


def _disambiguate(labels: dict[int, ClusterLabel]) -> dict[int, ClusterLabel]:
    counts: dict[str, int] = {}
    for label in labels.values():
        counts[label.name] = counts.get(label.name, 0) + 1
    seen: dict[str, int] = {}
    out = {}
    for cluster_id, label in labels.items():
        if counts[label.name] > 1:
            seen[label.name] = seen.get(label.name, 0) + 1
            label = ClusterLabel(f"{label.name} ({seen[label.name]})", label.description)
        out[cluster_id] = label
    return out
