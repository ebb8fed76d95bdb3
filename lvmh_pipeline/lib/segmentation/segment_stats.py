"""Per-segment statistics (:data:`SEGMENT_STATS_COLUMNS`): size and its change since the previous
run, churn and purchase-intent bands, predicted CLV, the RFM mix, the next best offers (the rank-1
recommendation of each member) and the members' most distinctive concepts.

Bands: churn risk and purchase probability are *low* below 0.3, *medium* from 0.3 to below 0.6,
*high* from 0.6 (:data:`BANDS`); band shares are over the members who have a prediction.
Distributions are JSON text (a list of objects, largest first), so a SQL user reads them with
DuckDB's JSON functions and the dashboard copies them as they are.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence

import pandas as pd

from lvmh_pipeline.lib.common.cells import as_list
from lvmh_pipeline.lib.segmentation.segment_rules import SegmentDefinition, SegmentProblem

SEGMENT_STATS_COLUMNS: list[str] = [
    "segment", "segment_name", "description", "status", "error",
    "size", "share", "previous_size", "size_change",
    "n_scored", "churn_high_share", "churn_medium_share", "churn_low_share", "mean_churn_risk",
    "purchase_high_share", "purchase_medium_share", "purchase_low_share", "mean_purchase_probability",
    "clv_total", "clv_mean", "mean_total_spend_eur",
    "rfm_distribution", "offer_products", "offer_categories", "top_member_concepts",
]
BANDS: tuple[float, float] = (0.3, 0.6)
TOP_N = 5


def bands(values: pd.Series, cuts: tuple[float, float] = BANDS) -> dict[str, float | None]:
    """Shares of high / medium / low among the non-null values (None when there is none)."""
    known = pd.to_numeric(values, errors="coerce").dropna()
    if known.empty:
        return {"high": None, "medium": None, "low": None}
    low, high = cuts
    return {"high": float((known >= high).mean()), "medium": float(((known >= low) & (known < high)).mean()),
            "low": float((known < low).mean())}


def _mean(values: pd.Series) -> float | None:
    known = pd.to_numeric(values, errors="coerce").dropna()
    return float(known.mean()) if len(known) else None


def _distribution(counter: Counter, size: int, key: str, names: Mapping[str, str] | None = None,
                  top_n: int | None = TOP_N) -> str:
    ranked = sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))[: top_n or None]
    rows = []
    for label, count in ranked:
        row = {key: label, "clients": int(count), "share": count / size if size else None}
        if names is not None:
            row["product_name"] = names.get(label, label)
        rows.append(row)
    return json.dumps(rows, ensure_ascii=False)


def distinctive_concepts(members: pd.DataFrame, everyone: pd.DataFrame, top_n: int = TOP_N,
                         min_share: float = 0.10) -> list[dict]:
    """The members' concepts (``top_concepts`` lists) with the highest lift over all clients,
    among those at least ``min_share`` of members (and two) have; the most frequent when none
    qualifies."""
    def counts(frame: pd.DataFrame) -> Counter:
        return Counter(c for cell in frame["top_concepts"] for c in set(map(str, as_list(cell))))

    inside, overall = counts(members), counts(everyone)
    n_in, n_all = len(members), max(len(everyone), 1)
    rows = [{"concept": c, "clients": n, "share": n / n_in, "lift": (n / n_in) / (overall[c] / n_all)}
            for c, n in inside.items() if n_in]
    frequent = [r for r in rows if r["share"] >= min_share and r["clients"] >= 2]
    ranked = sorted(frequent or rows, key=lambda r: (-r["lift"], -r["clients"], r["concept"]) if frequent
                    else (-r["clients"], r["concept"]))
    return ranked[:top_n]


def segment_stats(
    features: pd.DataFrame,
    members: pd.DataFrame,
    definitions: Sequence[SegmentDefinition],
    problems: Sequence[SegmentProblem],
    previous_sizes: Mapping[str, int] | None = None,
) -> pd.DataFrame:
    """One row per segment that ran (status ``ok``) and per segment rejected with an error
    (status ``error``, its message in ``error`` and no size)."""
    previous_sizes = previous_sizes or {}
    features = features.assign(client_id=features["client_id"].astype(str))
    names = {}
    if "recommended_products" in features:
        names = {as_list(p)[0]: str(n) for p, n in zip(features["recommended_products"], features["top_recommendation"],
                                                          strict=True) if as_list(p) and n is not None}
    by_segment = members.assign(client_id=members["client_id"].astype(str)).groupby("segment")["client_id"].agg(set)
    rows = []
    for definition in definitions:
        ids = by_segment.get(definition.id, set())
        group = features.loc[features["client_id"].isin(ids)]
        rows.append(_ok_row(definition, group, features, names, previous_sizes.get(definition.id)))
    for problem in problems:
        if problem.severity == "error":
            row = dict.fromkeys(SEGMENT_STATS_COLUMNS)
            row.update(segment=problem.segment, segment_name=problem.segment, description="", status="error",
                       error=problem.problem, previous_size=previous_sizes.get(problem.segment))
            rows.append(row)
    table = pd.DataFrame(rows, columns=SEGMENT_STATS_COLUMNS)
    for column in ("size", "previous_size", "size_change", "n_scored"):
        table[column] = pd.to_numeric(table[column], errors="coerce").astype("Int64")
    return table


def _ok_row(definition: SegmentDefinition, group: pd.DataFrame, everyone: pd.DataFrame, names: Mapping[str, str],
            previous: int | None) -> dict:
    size = len(group)
    churn, purchase = bands(group["churn_risk"]), bands(group["purchase_probability"])
    clv = pd.to_numeric(group["predicted_clv"], errors="coerce").dropna()
    offers = Counter(as_list(p)[0] for p in group["recommended_products"] if as_list(p))
    categories = Counter(as_list(c)[0] for c in group["recommended_categories"] if as_list(c))
    return {
        "segment": definition.id, "segment_name": definition.name, "description": definition.description,
        "status": "ok", "error": None, "size": size, "share": size / len(everyone) if len(everyone) else None,
        "previous_size": previous, "size_change": size - previous if previous is not None else None,
        "n_scored": int(group["has_prediction"].sum()),
        "churn_high_share": churn["high"], "churn_medium_share": churn["medium"], "churn_low_share": churn["low"],
        "mean_churn_risk": _mean(group["churn_risk"]),
        "purchase_high_share": purchase["high"], "purchase_medium_share": purchase["medium"],
        "purchase_low_share": purchase["low"], "mean_purchase_probability": _mean(group["purchase_probability"]),
        "clv_total": float(clv.sum()) if len(clv) else None, "clv_mean": float(clv.mean()) if len(clv) else None,
        "mean_total_spend_eur": _mean(group["total_spend_eur"]),
        "rfm_distribution": _distribution(Counter(group["rfm_segment"].astype(str)), size, "rfm_segment", top_n=None),
        "offer_products": _distribution(offers, size, "product_id", names),
        "offer_categories": _distribution(categories, size, "category"),
        "top_member_concepts": json.dumps(distinctive_concepts(group, everyone), ensure_ascii=False),
    }


def stats_markdown(table: pd.DataFrame) -> str:
    """The headline columns as a Markdown table (the asset's metadata)."""
    if table.empty:
        return "_(no segment)_"
    view = pd.DataFrame({
        "segment": table["segment_name"],
        "size": table["size"].astype(object).where(table["status"] == "ok", "error"),
        "change": [("" if pd.isna(c) else f"{int(c):+d}") for c in table["size_change"]],
        "churn high": table["churn_high_share"].map(_pct),
        "mean churn": table["mean_churn_risk"].map(lambda v: "" if v is None or pd.isna(v) else f"{v:.2f}"),
        "intent high": table["purchase_high_share"].map(_pct),
        "mean CLV €": table["clv_mean"].map(lambda v: "" if v is None or pd.isna(v) else f"{v:,.0f}"),
        "top offer": [(_first(o, "product_name")) for o in table["offer_products"]],
    })
    return view.to_markdown(index=False)


def _pct(value: object) -> str:
    return "" if value is None or pd.isna(value) else f"{float(value):.0%}"


def _first(payload: object, key: str) -> str:
    if not isinstance(payload, str):
        return ""
    rows = json.loads(payload)
    return str(rows[0].get(key, "")) if rows else ""


def sizes_of(table: pd.DataFrame) -> dict[str, int]:
    """segment → size of the segments that ran (what the next run compares with)."""
    ok = table.loc[table["status"] == "ok"]
    return {str(s): int(n) for s, n in zip(ok["segment"], ok["size"], strict=True)}
