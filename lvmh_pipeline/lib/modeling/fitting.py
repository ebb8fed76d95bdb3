"""Fitting and measuring the pipelines of :mod:`.models` on labelled clients.

- :func:`labelled_frame`: the feature rows of the clients whose ``target`` label is known;
  :func:`label_problem`: why those labels are too thin to fit or measure on;
- :func:`input_columns` and :func:`fit_pipeline`: the columns a family is fitted on and the fit
  itself (forests on every core, PCA and early stopping adapted to the row count);
- :func:`held_out_split` and :func:`training_sample`: stratified train / held-out rows, the
  training part capped at :data:`MAX_TRAIN_CLIENTS` clients;
- :func:`train_and_evaluate`: split, fit, measure on the held-out clients → :class:`TrainedModel`
  with the provenance to log (:func:`data_digest` of the training labels, parameters).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np
from joblib import parallel_config
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline

from lvmh_pipeline.lib.common.threads import available_cores, single_threaded
from lvmh_pipeline.lib.modeling.btyd import BTYD_INPUTS, BTYDEstimator
from lvmh_pipeline.lib.modeling.evaluation import LABEL_COLUMNS, is_classification, target_metrics
from lvmh_pipeline.lib.modeling.labeling.labels import Horizons, LabelSet
from lvmh_pipeline.lib.modeling.models import (
    EMBEDDING_COMPONENTS,
    TFIDF_MIN_DF,
    Family,
    Target,
    build_pipeline,
    is_btyd,
    model_feature_columns,
    predict_target,
    window_days,
)


MIN_PER_CLASS = 4  # the stacking cv=3 needs 3 of each class in the training part
# The elite classifiers' boosting stops early on a 10 % validation split only from this many
# training rows: below it the split is too small to judge (or to hold both classes).
EARLY_STOPPING_MIN_ROWS = 300
# A fit learns from at most this many clients: a stratified sample of the training part when it
# is larger. Held-out and backtest measures still use every client they have; only the fit time
# stops growing with the house (a 100,000-client house trains on 30,000).
MAX_TRAIN_CLIENTS = 30_000


def labelled_frame(features: pd.DataFrame, labels: LabelSet | pd.DataFrame,
                   target: str) -> tuple[pd.DataFrame, np.ndarray]:
    """Feature rows of the clients with a known ``target`` label, and those labels (same order)."""
    classification = is_classification(target)
    column = LABEL_COLUMNS[target]
    frame = labels.frame if isinstance(labels, LabelSet) else labels
    if column not in frame:  # an older labels table or a labels.csv without the column: nothing labelled
        frame = frame.assign(**{column: np.nan})
    right = frame[["client_id", column]].assign(client_id=frame["client_id"].astype(str))
    left = features.assign(client_id=features["client_id"].astype(str))
    joined = left.merge(right.rename(columns={column: "__label__"}), on="client_id", how="inner",
                        validate="one_to_one")
    joined = joined[joined["__label__"].notna()].reset_index(drop=True)
    y = joined.pop("__label__").to_numpy(dtype=np.float64)
    return joined, (y.astype(np.int64) if classification else y)


def evaluate(pipeline: Pipeline, target: str, features: pd.DataFrame,
             labels: LabelSet | pd.DataFrame) -> dict[str, float]:
    """Metrics of a fitted ``pipeline`` on the labelled clients of ``features`` (no refit)."""
    frame, y = labelled_frame(features, labels, target)
    return target_metrics(target, y, predict_target(pipeline, target, frame))


def data_digest(client_ids: list[str] | np.ndarray, y: np.ndarray) -> str:
    """sha256 of the sorted (client id, label) pairs a model was trained on."""
    pairs = sorted(zip((str(c) for c in client_ids), (repr(float(v)) for v in y)))
    return hashlib.sha256("\n".join(f"{c}\t{v}" for c, v in pairs).encode()).hexdigest()


@dataclass
class TrainedModel:
    """A fitted pipeline with its held-out metrics and the provenance to log with it."""

    family: str
    target: str
    pipeline: Pipeline
    metrics: dict[str, float]
    feature_columns: list[str]
    train_client_ids: list[str]
    validation_client_ids: list[str]
    data_digest: str
    params: dict[str, str | int | float] = field(default_factory=dict)
    validation_predictions: np.ndarray | None = None  # the scores behind ``metrics``, per validation client


def _has_common_concept(concept_text: pd.Series, min_clients: int = TFIDF_MIN_DF) -> bool:
    """True when some concept occurs for ``min_clients`` clients or more (TF-IDF keeps a term)."""
    counts: dict[str, int] = {}
    for text in concept_text:
        for token in set(str(text).split()):
            counts[token] = counts.get(token, 0) + 1
            if counts[token] >= min_clients:
                return True
    return False


def label_problem(target: str, y: np.ndarray) -> str | None:
    """Why ``y`` is too thin to fit or measure ``target`` on, or None when it is usable."""
    if is_classification(target):
        counts = np.bincount(np.asarray(y, dtype=np.int64), minlength=2)
        if counts.min() < MIN_PER_CLASS:
            return (f"need at least {MIN_PER_CLASS} labelled clients of each class, "
                    f"got {int(counts[0])} negatives and {int(counts[1])} positives")
        return None
    if len(y) < 2 * MIN_PER_CLASS:
        return f"need at least {2 * MIN_PER_CLASS} labelled clients, got {len(y)}"
    if not (np.asarray(y) > 0).any():
        return "no client with a positive " + ("lifetime value" if target == "clv" else "purchase count")
    return None


def input_columns(family: str, frame: pd.DataFrame) -> list[str]:
    """The columns of ``frame`` the family's pipeline is fitted on: ``concept_text`` is left out
    when no concept is common enough for TF-IDF to keep, the embedding when every row is zero."""
    columns = model_feature_columns(family, frame.columns)
    if is_btyd(family):
        return columns
    if "concept_text" in columns and not _has_common_concept(frame["concept_text"]):
        columns.remove("concept_text")
    embedding = [c for c in columns if c.startswith("emb_")]
    if embedding and not frame[embedding].to_numpy().any():  # no note before the as-of date: nothing to reduce
        columns = [c for c in columns if c not in embedding]
    return columns


def fit_pipeline(family: str, target: str, frame: pd.DataFrame, y: np.ndarray, *, seed: int = 42,
                 horizons: Horizons | None = None) -> Pipeline:
    """The family's pipeline fitted on every row of ``frame`` (labelled feature rows), with PCA
    components capped by the row count and the elite boosting's early stopping off below
    :data:`EARLY_STOPPING_MIN_ROWS` rows: forests grow their trees on every core (joblib
    threads), OpenMP and BLAS stay on one thread (see ``single_threaded``)."""
    columns = input_columns(family, frame)
    if is_btyd(family):
        missing = [c for c in BTYD_INPUTS if c not in frame.columns]
        if missing:
            raise ValueError(f"{family}: the feature frame has no purchase summary columns {missing}")
    pipeline = build_pipeline(family, target, columns, seed=seed, horizons=horizons)
    n_embedding = sum(c.startswith("emb_") for c in columns)
    if n_embedding:  # PCA cannot keep more components than there are training rows
        pipeline.set_params(features__emb__n_components=min(EMBEDDING_COMPONENTS, n_embedding, len(frame)))
    if len(frame) < EARLY_STOPPING_MIN_ROWS and "boosting__early_stopping" in pipeline[-1].get_params():
        pipeline.set_params(model__boosting__early_stopping=False)  # every round on a small training part
    with single_threaded(), parallel_config(backend="threading", n_jobs=available_cores()):
        pipeline.fit(frame[columns], y)
    return pipeline


def _strata(target: str, y: np.ndarray) -> np.ndarray | None:
    """What a split is stratified on: the label (spend > 0 for CLV); None when a class has < 2 rows."""
    strata = y if is_classification(target) else (np.asarray(y) > 0).astype(np.int64)
    return None if np.bincount(strata, minlength=2).min() < 2 else strata


def training_sample(target: str, y: np.ndarray, *, seed: int = 42,
                    limit: int = MAX_TRAIN_CLIENTS) -> np.ndarray:
    """Row indices of ``y`` a fit learns from: all of them, or a stratified sample of ``limit``."""
    rows = np.arange(len(y))
    if len(rows) <= limit:
        return rows
    return np.sort(train_test_split(rows, train_size=limit, random_state=seed, stratify=_strata(target, y))[0])


def held_out_split(target: str, y: np.ndarray, *, seed: int = 42,
                   test_size: float = 0.25) -> tuple[np.ndarray, np.ndarray]:
    """Train / held-out row indices, stratified on the label (on spend > 0 for CLV); the train
    part capped at :data:`MAX_TRAIN_CLIENTS` rows (:func:`training_sample`)."""
    train_idx, valid_idx = train_test_split(np.arange(len(y)), test_size=test_size, random_state=seed,
                                            stratify=_strata(target, y))
    train_idx = np.asarray(train_idx)
    return train_idx[training_sample(target, y[train_idx], seed=seed)], np.asarray(valid_idx)


def train_and_evaluate(family: Family, target: Target, features: pd.DataFrame,
                       labels: LabelSet | pd.DataFrame, *, seed: int = 42, test_size: float = 0.25) -> TrainedModel:
    """Split labelled clients (stratified), fit on the training part, measure on the held-out part."""
    frame, y = labelled_frame(features, labels, target)
    problem = label_problem(target, y)
    if problem is not None:
        raise ValueError(f"{target}: {problem}")
    train_idx, valid_idx = held_out_split(target, y, seed=seed, test_size=test_size)
    train = frame.iloc[train_idx]
    horizons = labels.horizons if isinstance(labels, LabelSet) else None
    pipeline = fit_pipeline(family, target, train, y[train_idx], seed=seed, horizons=horizons)
    columns = list(pipeline.feature_names_in_)
    valid = frame.iloc[valid_idx]
    predicted = predict_target(pipeline, target, valid[columns])
    metrics = target_metrics(target, y[valid_idx], predicted)
    train_ids = train["client_id"].tolist()
    params: dict[str, str | int | float] = {
        "family": family, "target": target, "label_column": LABEL_COLUMNS[target], "seed": seed,
        "test_size": test_size, "n_train": len(train_idx), "n_validation": len(valid_idx),
        "max_train_clients": MAX_TRAIN_CLIENTS,
        "n_features_in": len(columns), "estimator": type(pipeline.named_steps["model"]).__name__,
        "label_source": labels.source if isinstance(labels, LabelSet) else "frame",
        "label_window_days": window_days(target, horizons),
    }
    step = pipeline.named_steps["model"]
    if isinstance(step, BTYDEstimator):
        params.update({key: round(value, 6) for key, value in step.describe().items()})
    return TrainedModel(family, target, pipeline, metrics, columns, train_ids, valid["client_id"].tolist(),
                        data_digest(train_ids, y[train_idx]), params, predicted)
