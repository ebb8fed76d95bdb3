"""Calibration / holdout evaluation of the whole model chain against BG/NBD and Pareto/NBD.

The test of the CLV literature: cut a purchase log at a calibration end date, give the models
only what happened up to it, and compare what they predict for the next H days with what the
clients then did. Here the *champion* is produced exactly as a pipeline run would produce it on
the calibration data (:func:`.windows.plan_windows` picks T and the label windows, every family
is trained on the same held-out split, the size-aware selector with its plausibility block
picks each target's champion, and the scoring code rescales to H and caps), then it scores every
client at the calibration end. The references are the textbook models fitted on *all* the
calibration histories at the calibration end: BG/NBD + Gamma-Gamma and Pareto/NBD +
Gamma-Gamma, which carry the horizon H directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np
import pandas as pd
from scipy.stats import spearmanr
from sklearn.metrics import mean_absolute_error, r2_score, roc_auc_score

from lvmh_pipeline.lib.modeling.btyd import BTYD_INPUTS, BTYDEstimator
from lvmh_pipeline.lib.modeling.features import build_feature_frame
from lvmh_pipeline.lib.modeling.labeling.labels import Horizons, labels_from_transactions, order_table
from lvmh_pipeline.lib.modeling.evaluation import PRIMARY_METRIC, RANK_METRIC
from lvmh_pipeline.lib.modeling.fitting import train_and_evaluate
from lvmh_pipeline.lib.modeling.models import FAMILIES, predict_target, window_days
from lvmh_pipeline.lib.modeling.plausibility import PLAUSIBILITY_MULTIPLE, implausible
from lvmh_pipeline.lib.modeling.labeling.windows import (
    carrier_tag,
    fit_carrier,
    fit_priors,
    plan_windows,
    rate_model_blocks,
    truncate,
)

TABLE_TARGETS: tuple[str, ...] = ("purchase", "purchases", "clv")
COMPARISON_COLUMNS: list[str] = ["model", "purchase_auc", "expected_purchases_mae", "spend_mae", "spend_r2",
                                 "spend_spearman", "sum_pred_over_actual", "purchases_sum_ratio"]


@dataclass
class OutOfTimeResult:
    """The comparison table, the champions chosen and the plan the chain trained with."""

    table: pd.DataFrame
    champions: dict[str, str]  # target -> family
    plan: dict[str, object]
    selection: dict[str, pd.DataFrame] = field(default_factory=dict)  # target -> validation metrics per family
    n_clients: int = 0
    actual: dict[str, float] = field(default_factory=dict)
    scored: pd.DataFrame | None = None  # the champion's predictions per client (index client_id)
    outcomes: pd.DataFrame | None = None  # what each client did in the holdout
    features: pd.DataFrame | None = None  # the scoring feature frame


def holdout_outcomes(transactions: pd.DataFrame, clients: pd.Index, start: date, days: int) -> pd.DataFrame:
    """Per client: bought (0/1), purchase days and net spend (floored at 0) in (start, start + days]."""
    orders = order_table(transactions)
    window = orders[orders["date"].gt(pd.Timestamp(start)) & orders["date"].le(pd.Timestamp(start + timedelta(days=days)))]
    positive = window[window["amount"].gt(0)]
    out = pd.DataFrame(index=clients)
    out["purchases"] = positive.groupby("client_id")["date"].nunique().reindex(clients).fillna(0).astype(float)
    out["bought"] = (out["purchases"] > 0).astype(float)
    out["spend"] = window.groupby("client_id")["amount"].sum().clip(lower=0).reindex(clients).fillna(0.0)
    return out


def _metrics(name: str, actual: pd.DataFrame, probability: np.ndarray, purchases: np.ndarray,
             spend: np.ndarray) -> dict[str, object]:
    bought, count, value = actual["bought"].to_numpy(), actual["purchases"].to_numpy(), actual["spend"].to_numpy()
    return {
        "model": name,
        "purchase_auc": float(roc_auc_score(bought, probability)) if len(np.unique(bought)) == 2 else np.nan,
        "expected_purchases_mae": float(mean_absolute_error(count, purchases)),
        "spend_mae": float(mean_absolute_error(value, spend)),
        "spend_r2": float(r2_score(value, spend)),
        "spend_spearman": float(spearmanr(value, spend).statistic),
        "sum_pred_over_actual": float(spend.sum() / value.sum()) if value.sum() > 0 else np.nan,
        "purchases_sum_ratio": float(purchases.sum() / count.sum()) if count.sum() > 0 else np.nan,
    }


def choose_family(target: str, trained: dict[str, object], horizon_days: float, features: pd.DataFrame,
                  labels, plan=None) -> tuple[str | None, pd.DataFrame]:
    """The family the selector promotes for ``target`` (no prior champion): best primary metric
    among the candidates without an implausible validation prediction (and, with a shortened
    window, a rate model for the amounts); and the metrics table."""
    from lvmh_pipeline.lib.modeling.fitting import labelled_frame
    from lvmh_pipeline.lib.registry.selection import Candidate, choose_champion

    frame, _ = labelled_frame(features, labels, target)
    candidates, blocked, rows = [], {}, []
    for number, (family, model) in enumerate(trained.items(), start=1):
        valid = frame[frame["client_id"].isin(set(model.validation_client_ids))]
        predicted = predict_target(model.pipeline, target, valid)
        count = int(implausible(target, predicted, valid, horizon_days).sum())
        if count:
            blocked[number] = f"{count} implausible (> {PLAUSIBILITY_MULTIPLE:g}x best year)"
        candidates.append(Candidate(number, family, model.metrics))
        rows.append({"family": family, **{k: model.metrics.get(k) for k in (PRIMARY_METRIC[target], RANK_METRIC[target],
                                                                          "r2", "mae", "sum_ratio")},
                     "implausible": count})
    if not candidates:
        return None, pd.DataFrame(rows)
    if plan is not None:
        families = {c.version: c.family for c in candidates}
        blocked.update(rate_model_blocks(target, plan.method, plan.window(target), plan.window(target, asked=True),
                                         families, {c.version for c in candidates} - set(blocked)))
    decision = choose_champion(target, candidates, None, blocked=blocked)
    return (decision.winner.family if decision.winner else None), pd.DataFrame(rows)


def out_of_time_comparison(
    transactions: pd.DataFrame,
    calibration_end: date,
    horizon_days: int,
    *,
    notes: pd.DataFrame | None = None,
    note_concepts: pd.DataFrame | None = None,
    note_vectors: np.ndarray | None = None,
    families: tuple[str, ...] = FAMILIES,
    seed: int = 42,
    per_family: bool = False,
    on_progress=lambda message: None,
) -> OutOfTimeResult:
    """Train the chain on the data up to ``calibration_end`` with purchase and CLV horizons of
    ``horizon_days``, score every client known then, compare with the next ``horizon_days``
    (with ``per_family``, each family's own models for every target too)."""
    notes = notes if notes is not None else pd.DataFrame(columns=["note_id", "client_id", "note_date"])
    note_concepts = note_concepts if note_concepts is not None else pd.DataFrame(
        columns=["note_id", "client_id", "note_date", "concept", "negated"])
    calibration = truncate(transactions, calibration_end)
    cal_notes = notes[pd.to_datetime(notes["note_date"], errors="coerce").le(pd.Timestamp(calibration_end))]
    requested = Horizons(purchase_days=horizon_days, clv_days=horizon_days)
    plan = plan_windows(calibration, requested, score_as_of=calibration_end)
    on_progress(f"plan: {plan.metadata()}")
    labels = labels_from_transactions(calibration, cal_notes[["client_id", "note_date"]], as_of=plan.train_as_of,
                                      horizons=plan.labels)
    vectors = note_vectors if note_vectors is None else np.asarray(note_vectors)
    train_features = build_feature_frame(notes, note_concepts, calibration, labels.frame["client_id"],
                                         plan.train_as_of, vectors)
    clients = pd.Index(sorted(set(calibration["client_id"].astype(str)) | set(cal_notes["client_id"].astype(str))))
    score_features = build_feature_frame(notes, note_concepts, calibration, clients, calibration_end, vectors)

    from lvmh_pipeline.lib.scoring.predictions import score_clients

    champions, models, selection, every = {}, {}, {}, {}
    for target in TABLE_TARGETS:
        trained = {}
        for family in families:
            try:
                trained[family] = train_and_evaluate(family, target, train_features, labels, seed=seed)
            except ValueError as error:
                on_progress(f"{family} {target}: not trained ({error})")
        every[target] = {family: model.pipeline for family, model in trained.items()}
        family, table = choose_family(target, trained, window_days(target, plan.labels), train_features, labels, plan)
        selection[target] = table
        on_progress(f"{target}: champion {family}\n{table.to_string(index=False)}")
        if family is not None:
            champions[target] = family
            models[target] = trained[family].pipeline
    from lvmh_pipeline.lib.scoring.predictions import Serving

    priors = fit_priors(calibration, calibration_end)
    carrier = carrier_tag(fit_carrier(calibration, calibration_end, priors)) if plan.method == "shortened" else ""
    on_progress(f"horizon carrier: {carrier or 'none'}; scoring-date priors {priors}")
    horizons = {t: Serving(float(window_days(t, plan.labels)), float(window_days(t, plan.requested)), carrier,
                           {k: tuple(v[:4] if k != "gamma_gamma" else v) for k, v in priors.items()})
                for t in TABLE_TARGETS}
    scored = score_clients(models, score_features, horizons=horizons).set_index("client_id").reindex(clients)
    actual = holdout_outcomes(transactions, clients, calibration_end, horizon_days)
    rows = [_metrics("champion (" + ", ".join(f"{t} {f}" for t, f in champions.items()) + ")", actual,
                     scored["purchase_probability"].fillna(0).to_numpy(),
                     scored["expected_purchases"].fillna(0).to_numpy(), scored["predicted_clv"].fillna(0).to_numpy())]
    if per_family:
        for family in families:
            chosen = {t: every[t][family] for t in TABLE_TARGETS if family in every.get(t, {})}
            if len(chosen) < len(TABLE_TARGETS):
                continue
            out = score_clients(chosen, score_features, horizons=horizons).set_index("client_id").reindex(clients)
            rows.append(_metrics(f"{family} (every target)", actual, out["purchase_probability"].fillna(0).to_numpy(),
                                 out["expected_purchases"].fillna(0).to_numpy(), out["predicted_clv"].fillna(0).to_numpy()))
    X = score_features[list(BTYD_INPUTS)]
    for kind, label in (("bgnbd", "BG/NBD + Gamma-Gamma"), ("pnbd", "Pareto/NBD + Gamma-Gamma")):
        model = BTYDEstimator(kind, "clv", float(horizon_days)).fit(X)
        count = np.nan_to_num(model.expected_purchases(X))  # a client without an order: nothing to go on
        rows.append(_metrics(label, actual, np.nan_to_num(model.purchase_probability(X)), count,
                             count * model.expected_spend(X)))
    table = pd.DataFrame(rows, columns=COMPARISON_COLUMNS)
    table[COMPARISON_COLUMNS[1:]] = table[COMPARISON_COLUMNS[1:]].astype(float)
    return OutOfTimeResult(table, champions, plan.metadata(), selection, len(clients),
                           {"buyers": float(actual["bought"].sum()), "purchases": float(actual["purchases"].sum()),
                            "spend": float(actual["spend"].sum())}, scored, actual, score_features)
