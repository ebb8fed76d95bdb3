"""What sets each cluster apart: per-(cluster, concept) lift and the concepts that name a cluster.

Readable names built on these are in :mod:`~lvmh_pipeline.lib.segmentation.cluster_names`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import pandas as pd


def cluster_concept_lift(labels: pd.Series | Mapping[str, int], client_concepts: pd.DataFrame) -> pd.DataFrame:
    """Per (cluster, concept): clients having it, share in cluster, share overall, lift = ratio.

    ``labels`` maps client_id → cluster id. ``client_concepts`` has ``client_id, concept``
    (rows with ``negated`` true are ignored when that column exists); a client counts once.
    """
    label_series = pd.Series(labels, dtype="int64") if not isinstance(labels, pd.Series) else labels.astype("int64")
    label_series.index = label_series.index.astype(str)
    cols = ["cluster_id", "concept", "n_clients", "share", "overall_share", "lift"]
    rows = client_concepts
    if "negated" in rows.columns:
        rows = rows.loc[~rows["negated"].fillna(False).astype(bool)]
    pairs = rows[["client_id", "concept"]].dropna().astype(str).drop_duplicates()
    pairs = pairs.loc[pairs["client_id"].isin(label_series.index)]
    if pairs.empty:
        return pd.DataFrame(columns=cols)
    pairs = pairs.assign(cluster_id=label_series.loc[pairs["client_id"]].to_numpy())
    sizes = label_series.value_counts()
    per_cluster = pairs.groupby(["cluster_id", "concept"]).size().rename("n_clients").reset_index()
    overall = pairs.groupby("concept").size() / len(label_series)
    per_cluster["share"] = per_cluster["n_clients"] / per_cluster["cluster_id"].map(sizes).to_numpy()
    per_cluster["overall_share"] = per_cluster["concept"].map(overall).to_numpy()
    per_cluster["lift"] = per_cluster["share"] / per_cluster["overall_share"]
    return per_cluster.sort_values(["cluster_id", "lift", "n_clients", "concept"],
                                   ascending=[True, False, False, True]).reset_index(drop=True)[cols]


def top_lift_concepts(lift: pd.DataFrame, cluster_id: int, cluster_size: int, top_n: int = 3,
                      min_share: float = 0.15) -> pd.DataFrame:
    """The ``top_n`` concepts that characterize one cluster.

    Preferred: over-represented (lift > 1) and held by at least ``max(2, min_share × size)``
    clients, so one odd client cannot name a cluster; then any over-represented concept; then
    the most frequent ones (a single cluster has lift 1 everywhere).
    """
    rows = lift.loc[lift["cluster_id"] == cluster_id]
    support = max(2, math.ceil(min_share * cluster_size))
    for candidates in (rows.loc[(rows["lift"] > 1) & (rows["n_clients"] >= support)], rows.loc[rows["lift"] > 1]):
        if not candidates.empty:
            return candidates.head(top_n)
    return rows.sort_values(["n_clients", "concept"], ascending=[False, True]).head(top_n)


def name_clusters(labels: pd.Series | Mapping[str, int], client_concepts: pd.DataFrame, top_n: int = 3,
                  min_share: float = 0.15) -> dict[int, str]:
    """Name each cluster from its highest-lift concepts, e.g. ``"golf · cognac · travel_bag"``.

    Clusters without concepts are named ``"cluster <id>"``; duplicate names get ``" #<id>"``.
    """
    label_series = pd.Series(labels) if not isinstance(labels, pd.Series) else labels
    sizes = label_series.astype("int64").value_counts().to_dict()
    lift = cluster_concept_lift(label_series, client_concepts)
    names: dict[int, str] = {}
    for cluster_id in sorted(sizes):
        top = top_lift_concepts(lift, cluster_id, sizes[cluster_id], top_n, min_share)
        names[int(cluster_id)] = " · ".join(top["concept"]) if not top.empty else f"cluster {cluster_id}"
    seen: dict[str, int] = {}
    for cluster_id, name in names.items():
        seen[name] = seen.get(name, 0) + 1
    return {c: (f"{n} #{c}" if seen[n] > 1 else n) for c, n in names.items()}
