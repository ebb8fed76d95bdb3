"""Model benchmarks on the demo data set; prints markdown tables (pasted into the README).

    .venv/bin/python bench/bench_models.py [--clients 2000] [--seed 42] [--score-rows 20000] [--data-dir DIR]

After ingestion, concepts and note embeddings (library calls, no Dagster), with labels at the
generator's as-of date T and a fresh MLflow store in a temporary folder, measures:

- the champion of each target against the oracle: the AUC of the generator's exact outcome
  probabilities (``true_purchase_prob_90d`` / ``true_churn_prob_180d``) on the same held-out
  clients, and the Spearman of ``expected_spend_365d`` for CLV: the best any model could do;
- fast vs elite on the held-out clients;
- recommendations (hit rate@5, NDCG@5 on first purchases after a past date) vs popularity;
- a history-only model (RFM columns only) and the full elite model vs the BG/NBD baseline
  (``prob_purchase_within(90)``) on clients with a purchase history: AUC on next-period buyers;
- an information ceiling for purchase: the AUC a scorer gets that knows for certain which
  clients are still active at T (a latent no model observes) and estimates each one's purchase
  rate from its observed orders; the gap between it and the oracle is what the rates alone cost;
- the out-of-time backtest (both families, every target, 2 folds 180 days apart) against a naive
  baseline;
- scoring throughput of the fast and elite models (clients/s on ``--score-rows`` rows);
- the wall time of the whole modeling step (labels, features, both families with MLflow
  logging, champion selection, backtest).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.stats import spearmanr
from sklearn.metrics import roc_auc_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lvmh_pipeline.lib.modeling.backtesting.backtest import results_table, run_backtests  # noqa: E402
from lvmh_pipeline.lib.modeling.backtesting.backtest_folds import plan_folds  # noqa: E402
from lvmh_pipeline.lib.modeling.bgnbd import fit_bgnbd, rfm_summary  # noqa: E402
from lvmh_pipeline.lib.recommendations.catalog import load_catalog, product_text  # noqa: E402
from lvmh_pipeline.lib.concepts.extraction import extract_note_concepts  # noqa: E402
from lvmh_pipeline.lib.features.embeddings import EmbeddingCache, SentenceTransformerEmbedder, embed_with_cache  # noqa: E402
from lvmh_pipeline.lib.ingestion.notes import ingest_partition, unique_notes  # noqa: E402
from lvmh_pipeline.lib.modeling.labeling.label_files import read_transactions  # noqa: E402
from lvmh_pipeline.lib.modeling.labeling.labels import labels_from_transactions  # noqa: E402
from lvmh_pipeline.lib.modeling.feature_columns import RFM_COLUMNS  # noqa: E402
from lvmh_pipeline.lib.modeling.features import build_feature_frame  # noqa: E402
from lvmh_pipeline.lib.modeling.evaluation import LABEL_COLUMNS, TARGETS
from lvmh_pipeline.lib.modeling.models import predict_target  # noqa: E402
from lvmh_pipeline.lib.recommendations.evaluation import evaluate_at  # noqa: E402
from lvmh_pipeline.lib.scoring.predictions import score_clients  # noqa: E402
from lvmh_pipeline.lib.synthetic import generate_dataset  # noqa: E402
from lvmh_pipeline.lib.modeling.training_data import known_clients, validation_split  # noqa: E402
from lvmh_pipeline.lib.ingestion.uploads import scan_uploads  # noqa: E402

FLOORS = {"purchase": 0.6, "churn": 0.6, "clv": 0.2, "purchases": 0.2}
ORACLE_COLUMNS = {"purchase": "true_purchase_prob_90d", "churn": "true_churn_prob_180d", "clv": "expected_spend_365d"}


def timed(fn, *args, **kwargs):
    started = time.perf_counter()
    value = fn(*args, **kwargs)
    return value, time.perf_counter() - started


def prepare(data_dir: Path, clients: int, seed: int, rows: list[tuple[str, str]]) -> dict:
    """Generate, ingest, extract concepts and embed notes and products (cached in the data dir)."""
    _, took = timed(generate_dataset, data_dir, n_clients=clients, seed=seed, overwrite=True)
    rows.append(("demo data", f"{clients} clients, seed {seed} (generated in {took:.1f} s)"))
    scan = scan_uploads(data_dir / "uploads")
    notes = unique_notes(pd.concat(
        [ingest_partition(data_dir / "uploads" / d, data_dir=data_dir, upload_date=d).notes for d in scan.dates],
        ignore_index=True))
    concepts = extract_note_concepts(notes)
    import torch

    torch.set_num_threads(os.cpu_count() or 1)
    embedder = SentenceTransformerEmbedder(long_texts="truncate")  # the EmbeddingModel resource's default
    catalog = load_catalog(data_dir / "catalog.csv").catalog
    with EmbeddingCache(data_dir / "cache" / "embeddings.duckdb") as cache:
        embedded, took = timed(embed_with_cache, notes["text"].tolist(), embedder, cache)
        products = embed_with_cache(product_text(catalog), embedder, cache).vectors
    rows.append(("notes ingested, concepts, embedded", f"{len(notes)} notes ({took:.1f} s to embed)"))
    meta = json.loads((data_dir / "ground_truth" / "meta.json").read_text())
    return {
        "notes": notes,
        "concepts": concepts,
        "vectors": embedded.vectors,
        "note_embeddings": notes[["note_id", "client_id", "note_date"]].assign(embedding=list(embedded.vectors)),
        "transactions": read_transactions(data_dir / "transactions.csv").transactions,
        "catalog": catalog,
        "product_vectors": products,
        "truth": pd.read_csv(data_dir / "ground_truth" / "clients_truth.csv"),
        "as_of": meta["as_of_date"],
    }


def modeling_step(data: dict, tmp: Path) -> dict:
    """Labels → features → fast and elite (logged in MLflow) → champion selection, timed."""
    from lvmh_pipeline.lib.registry.promotion import select_champion
    from lvmh_pipeline.lib.modeling.training import train_family
    from lvmh_pipeline.lib.registry.tracking_store import TrackingConfig, client

    config = TrackingConfig.from_paths(tmp / "mlflow.db", tmp / "artifacts")
    client(config).search_experiments()  # create the store (schema migrations) outside the timing
    timings = {}
    started = time.perf_counter()
    labels = labels_from_transactions(data["transactions"], data["notes"], as_of=pd.Timestamp(data["as_of"]).date())
    features = build_feature_frame(data["notes"], data["concepts"], data["transactions"], labels.frame["client_id"],
                                   labels.as_of, data["vectors"])
    timings["labels + features"] = time.perf_counter() - started
    families = {}
    for family in ("fast", "elite"):
        families[family], timings[f"{family} family, 3 targets (fit + held-out eval + MLflow log)"] = timed(
            train_family, config, family, features, labels)
    selections, timings["best_model selection (load + score + decide)"] = timed(
        lambda: {t: select_champion(config, t, features, labels, margin=0.005, floor=FLOORS[t]) for t in TARGETS})
    folds = plan_folds(data["transactions"], n_folds=2, step_days=180)[0]
    backtests, timings["model_backtest (2 folds x 2 families x 3 targets)"] = timed(
        run_backtests, data["notes"], data["concepts"], data["transactions"], folds, note_vectors=data["vectors"])
    timings["whole modeling step"] = time.perf_counter() - started
    return {"config": config, "labels": labels, "features": features, "families": families,
            "selections": selections, "backtests": backtests, "timings": timings}


def information_ceiling(data: dict, model: dict) -> dict[str, float]:
    """Purchase AUC on the held-out clients of: the oracle; a scorer told the true alive state at
    T, with the rate estimated from observed orders over the true time since acquisition."""
    truth = data["truth"].set_index("client_id")
    split = validation_split(model["features"], model["labels"], "purchase")
    held_out = split.validation_labels
    y = held_out["purchased"].to_numpy()
    t = truth.loc[held_out["client_id"]]
    frequency = split.validation_features["frequency"].to_numpy()
    exposure_years = (pd.Timestamp(data["as_of"]) - pd.to_datetime(t["acquisition_date"])).dt.days.clip(lower=30) / 365.25
    rate = (frequency + 0.5) / (exposure_years.to_numpy() + 0.5)
    alive = (t["state_at_as_of"] == "active").to_numpy()
    return {"oracle": float(roc_auc_score(y, t["true_purchase_prob_90d"])),
            "true alive state x observed rate": float(roc_auc_score(y, alive * rate)),
            "true alive state x true rate": float(roc_auc_score(y, alive * t["purchase_rate_per_year"].to_numpy()))}


def _metric(target: str, y: np.ndarray, score: np.ndarray) -> float:
    if target in ("clv", "purchases"):
        return float(spearmanr(y, score).statistic)
    return float(roc_auc_score(y, score))


def champion_vs_oracle(data: dict, model: dict) -> pd.DataFrame:
    truth = data["truth"].set_index("client_id")
    rows = []
    for target in TARGETS:
        selection = model["selections"][target]
        split = validation_split(model["features"], model["labels"], target)
        held_out = split.validation_labels
        rows_of = truth.loc[held_out["client_id"]]
        if target == "purchases":  # expected orders in the horizon: the expected spend over the basket
            oracle = (rows_of["expected_spend_365d"] / rows_of["mean_basket_eur"]).to_numpy()
        else:
            oracle = rows_of[ORACLE_COLUMNS[target]].to_numpy()
        y = held_out[LABEL_COLUMNS[target]].to_numpy()
        champion, oracle_value = selection.champion_score, _metric(target, y, oracle)
        chance = 0.0 if target in ("clv", "purchases") else 0.5
        rows.append({
            "target": target,
            "metric": selection.metric,
            "champion": selection.champion.label if selection.champion else "none",
            "champion (held-out)": champion,
            "oracle (same clients)": oracle_value,
            "share of oracle lift over chance": (champion - chance) / (oracle_value - chance)
            if champion is not None else None,
            "held-out clients": len(y),
            "positives": int((y > 0).sum()),
        })
    return pd.DataFrame(rows)


def fast_vs_elite(model: dict) -> pd.DataFrame:
    rows = []
    for family, results in model["families"].items():
        for r in results:
            keys = ("auc", "log_loss", "brier", "calibration_error") if r.target != "clv" else ("spearman", "r2", "mae")
            rows.append({"target": r.target, "family": family, **{k: r.metrics.get(k) for k in keys},
                         "fit + log (s)": round(r.seconds, 1)})
    return pd.DataFrame(rows).sort_values(["target", "family"], ignore_index=True)


def history_only_vs_bgnbd(data: dict, model: dict, folds: int = 5) -> pd.DataFrame:
    """On clients with a purchase by T: AUC of next-90-day buyers for BG/NBD, an RFM-only elite
    model and the full elite model, on the held-out split and in ``folds``-fold cross-validation
    (every history client scored once, by models fitted without it: 4x more test clients, so a
    standard error about half the split's). BG/NBD is fitted on the training clients only."""
    from sklearn.model_selection import StratifiedKFold

    from lvmh_pipeline.lib.modeling.fitting import fit_pipeline, held_out_split, labelled_frame
    from lvmh_pipeline.lib.modeling.models import predict_target

    as_of = pd.Timestamp(data["as_of"])
    rfm = rfm_summary(data["transactions"], as_of).set_index("client_id")
    labels = model["labels"].frame[model["labels"].frame["client_id"].isin(rfm.index)]
    full, y = labelled_frame(model["features"], labels, "purchase")
    frames = {"elite, history only (RFM)": full[["client_id", *RFM_COLUMNS]], "elite, history + notes": full}

    def bgnbd_scores(train_idx: np.ndarray, test_idx: np.ndarray) -> np.ndarray:
        fitted = fit_bgnbd(rfm.loc[full["client_id"].iloc[train_idx]].reset_index(), penalizer=0.001)
        return fitted.prob_purchase_within(90, rfm.loc[full["client_id"].iloc[test_idx]].reset_index())

    def aucs(train_idx: np.ndarray, test_idx: np.ndarray) -> dict[str, float]:
        out = {"BG/NBD prob_purchase_within(90)": roc_auc_score(y[test_idx], bgnbd_scores(train_idx, test_idx))}
        for name, frame in frames.items():
            pipeline = fit_pipeline("elite", "purchase", frame.iloc[train_idx], y[train_idx])
            out[name] = roc_auc_score(y[test_idx], predict_target(pipeline, "purchase", frame.iloc[test_idx]))
        return out

    split = aucs(*held_out_split("purchase", y))
    cv = [aucs(train, test) for train, test in StratifiedKFold(folds, shuffle=True, random_state=0).split(full, y)]
    return pd.DataFrame([{"model": name, "AUC (held-out split)": split[name],
                          f"AUC ({folds}-fold CV, mean)": float(np.mean([f[name] for f in cv])),
                          "CV std": float(np.std([f[name] for f in cv])), "clients": len(y)} for name in split])


def throughput(data: dict, model: dict, n_rows: int) -> list[tuple[str, str]]:
    from lvmh_pipeline.lib.registry.versions import latest_version, load_version

    config = model["config"]
    notes, tx = data["notes"], data["transactions"]
    frame = build_feature_frame(notes, data["concepts"], tx, known_clients(notes, tx), None, data["vectors"])
    tiled = frame.sample(n=n_rows, replace=True, random_state=0).reset_index(drop=True)
    tiled["client_id"] = [f"S{i:06d}" for i in range(n_rows)]
    rows = []
    for family in ("fast", "elite"):
        versions = {t: latest_version(config, t, family) for t in TARGETS}
        models = {t: load_version(config, t, v.version) for t, v in versions.items()}
        score_clients(models, tiled.head(200))  # warm-up
        took = _median_seconds(score_clients, models, tiled, {t: str(v.version) for t, v in versions.items()})
        rows.append((f"scoring throughput, {family} models (3 targets + drivers), 1 thread, median of {REPEATS}",
                     f"{n_rows / took:,.0f} clients/s ({n_rows} rows in {took:.2f} s)"))
    purchase = load_version(config, "purchase", latest_version(config, "purchase", "fast").version)
    took = _median_seconds(predict_target, purchase, "purchase", tiled)
    rows.append((f"fast purchase model alone through sklearn's own transform (predict_proba re-tokenizes), median of {REPEATS}",
                 f"{n_rows / took:,.0f} clients/s"))
    return rows


REPEATS = 5


def _median_seconds(fn, *args) -> float:
    """Median wall time of ``REPEATS`` calls: a shared 2-core VM varies by ±20 % from call to call."""
    return float(np.median([timed(fn, *args)[1] for _ in range(REPEATS)]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--score-rows", type=int, default=20_000)
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="keep the generated data and its embedding cache here between runs (default: a "
                             "temporary folder); MLflow always starts empty")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.data_dir.resolve() if args.data_dir else Path(tmp) / "data"
        data = prepare(data_dir, args.clients, args.seed, rows)
        model = modeling_step(data, Path(tmp))
        labels = model["labels"]
        rows.append(("labelled clients at T", f"{len(labels.frame)} (T = {labels.as_of}; {labels.counts})"))
        for name, seconds in model["timings"].items():
            rows.append((f"wall time: {name}", f"{seconds:.1f} s"))
        evaluation = evaluate_at(data["notes"], data["concepts"], data["note_embeddings"], data["catalog"],
                                 data["product_vectors"], data["transactions"], k=5)
        rows += throughput(data, model, args.score_rows)
        tables = {
            "Champion vs oracle (held-out clients)": champion_vs_oracle(data, model),
            "Fast vs elite (held-out clients)": fast_vs_elite(model),
            f"Recommendations as of {evaluation.as_of} (first purchases in the next {evaluation.horizon_days} days)":
                evaluation.table(),
            "Next-90-day buyers among clients with a purchase history": history_only_vs_bgnbd(data, model),
            "Out-of-time backtest (fit at train_as_of, score at eval_as_of; baseline = recency / past-year spend)":
                results_table(model["backtests"]).drop(columns=["log_loss", "brier", "r2", "mae"]),
        }
        ceiling = information_ceiling(data, model)
        rows += [(f"purchase AUC, {name} (held-out clients)", f"{value:.3f}") for name, value in ceiling.items()]
        decisions = [(f"best_model {t}", s.reason) for t, s in model["selections"].items()]
    print(f"\nMachine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}\n")
    print(pd.DataFrame(rows, columns=["measure", "result"]).to_markdown(index=False))
    for title, table in tables.items():
        print(f"\n{title}:\n")
        print(table.to_markdown(index=False, floatfmt=".3f"))
    print()
    print(pd.DataFrame(decisions, columns=["step", "decision"]).to_markdown(index=False))


if __name__ == "__main__":
    main()
