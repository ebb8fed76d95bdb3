"""Purchase / churn / CLV / purchases models: one fitted sklearn ``Pipeline`` per (family, target).

The pipeline takes the feature frame of :mod:`.model_features` as input, so exactly the same
object serves training, validation and scoring (no refit at inference). Only sklearn built-in
estimators and numpy are inside, so skops can serialize it with an explicit allowlist.

- **fast**: TF-IDF of the common concepts of ``concept_text`` + profile statistics + RFM →
  random forest.
- **elite**: + lifecycle, co-occurrence, BG/NBD features (a :class:`~.bgnbd.BGNBDFeatures`
  step fitted on the training histories) and the mean note embedding (reduced by PCA) →
  stacking ensemble of random forest, gradient boosting (early-stopped on a validation split of
  the training clients) and logistic regression under a logistic meta-model fitted on
  out-of-fold probabilities (calibrated by construction); for
  CLV and expected purchases, a voting ensemble of random forest, Poisson gradient boosting and a
  Poisson GLM. Poisson losses fit the expected spend on the EUR scale, zeros included (a log1p
  target would predict a geometric mean and under-state CLV), and never predict negative values;
  the GLM reads inputs clipped to their training range and the ensemble's output is capped
  (:mod:`.bounded`), so a client far outside the training range cannot get an exponential
  prediction.
- **bgnbd**, **pnbd**: BG/NBD or Pareto/NBD (+ Gamma-Gamma spend for CLV) on the client's purchase
  history only (:mod:`.btyd`), the rate models of the CLV literature, as candidates of their own.

Targets: ``purchase`` (P(an order in the purchase window)), ``churn``, ``clv`` (spend in the CLV
window) and ``purchases`` (expected number of purchase days in the purchase window); their
vocabulary and held-out metrics are in :mod:`.evaluation`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
from joblib import parallel_config
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.decomposition import PCA
from sklearn.ensemble import (
    HistGradientBoostingClassifier,
    HistGradientBoostingRegressor,
    RandomForestClassifier,
    RandomForestRegressor,
    StackingClassifier,
    VotingRegressor,
)
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression, PoissonRegressor
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.compose import TransformedTargetRegressor
from sklearn.preprocessing import StandardScaler

from lvmh_pipeline.lib.common.threads import available_cores, single_threaded
from lvmh_pipeline.lib.modeling.bgnbd import BGNBDFeatures
from lvmh_pipeline.lib.modeling.bounded import BoundedRegressor, RangeClipper
from lvmh_pipeline.lib.modeling.btyd import BTYD_FAMILIES, BTYD_INPUTS, BTYDEstimator, BTYDFeatures
from lvmh_pipeline.lib.modeling.evaluation import LABEL_COLUMNS, is_classification, target_metrics
from lvmh_pipeline.lib.modeling.labels import Horizons, LabelSet
from lvmh_pipeline.lib.modeling.features import elite_feature_columns, fast_feature_columns

Family = Literal["fast", "elite", "bgnbd", "pnbd"]
Target = Literal["purchase", "churn", "clv", "purchases"]
ML_FAMILIES: tuple[str, ...] = ("fast", "elite")
FAMILIES: tuple[str, ...] = (*ML_FAMILIES, *BTYD_FAMILIES)
# Label window of each target in Horizons.
TARGET_WINDOW: dict[str, str] = {"purchase": "purchase_days", "purchases": "purchase_days",
                                 "churn": "churn_days", "clv": "clv_days"}
EMBEDDING_COMPONENTS = 8
TFIDF_MIN_DF = 5
TFIDF_MAX_CONCEPTS = 50
BGNBD_INPUTS: tuple[str, ...] = ("purchase_days", "tenure_days", "recency_days")
MIN_PER_CLASS = 4  # the stacking cv=3 needs 3 of each class in the training part
# The elite classifiers' boosting stops early on a 10 % validation split only from this many
# training rows: below it the split is too small to judge (or to hold both classes).
EARLY_STOPPING_MIN_ROWS = 300
# A fit learns from at most this many clients: a stratified sample of the training part when it
# is larger. Held-out and backtest measures still use every client they have; only the fit time
# stops growing with the house (a 100,000-client house trains on 30,000).
MAX_TRAIN_CLIENTS = 30_000


def is_btyd(family: str) -> bool:
    return family in BTYD_FAMILIES


def model_feature_columns(family: str, columns: list[str] | pd.Index) -> list[str]:
    """The columns of a feature frame that ``family`` uses."""
    if family == "fast":
        return fast_feature_columns(list(columns))
    if family == "elite":
        return elite_feature_columns(list(columns))
    if is_btyd(family):
        return [c for c in BTYD_INPUTS if c in set(map(str, columns))]
    raise ValueError(f"unknown family {family!r}; expected one of {FAMILIES}")


def window_days(target: str, horizons: Horizons | None) -> int:
    """The label window of ``target`` in days (the default horizons without ``horizons``)."""
    return int(getattr(horizons or Horizons(), TARGET_WINDOW[target]))


def _preprocessor(family: str, columns: list[str], seed: int, horizon_days: float = 90.0) -> ColumnTransformer:
    embedding = [c for c in columns if c.startswith("emb_")]
    summary = [c for c in columns if c.startswith("btyd_")]
    numeric = [c for c in columns if c != "concept_text" and c not in embedding and c not in summary]
    blocks: list[tuple[str, object, object]] = []
    if "concept_text" in columns:
        # The concepts most clients share: rare ones are noise to a forest at this data size.
        tfidf = TfidfVectorizer(min_df=TFIDF_MIN_DF, max_features=TFIDF_MAX_CONCEPTS, sublinear_tf=True,
                                token_pattern=r"\S+", lowercase=False)
        blocks.append(("concept", tfidf, "concept_text"))
    if numeric:
        blocks.append(("num", "passthrough", numeric))
    if family == "elite" and set(BGNBD_INPUTS) <= set(numeric):
        blocks.append(("bgnbd", BGNBDFeatures(), list(BGNBD_INPUTS)))
    if family == "elite" and set(BTYD_INPUTS) <= set(numeric) | set(summary):
        blocks.append(("btyd", BTYDFeatures(horizon_days), list(BTYD_INPUTS)))
    if embedding:
        pca = PCA(n_components=min(EMBEDDING_COMPONENTS, len(embedding)), random_state=seed)
        blocks.append(("emb", pca, embedding))
    if not blocks:
        raise ValueError(f"no usable feature column for family {family!r} in {columns}")
    return ColumnTransformer(blocks, remainder="drop", sparse_threshold=0.0)


def _estimator(family: str, classification: bool, seed: int) -> object:
    # Forests have n_jobs=None: one thread, except inside fit_pipeline, which grows their trees
    # on every core (threads; the trees, hence the model, do not depend on the thread count).
    if family == "fast":
        forest_cls = RandomForestClassifier if classification else RandomForestRegressor
        # 60 trees: within 0.002 AUC / Spearman of 100 in 5-fold CV on the demo, 40 % less scoring time.
        return forest_cls(n_estimators=60, min_samples_leaf=10, max_features=0.3, max_depth=12,
                          n_jobs=None, random_state=seed)
    if classification:
        # 100 trees, boosting stopped when the log loss of a seeded 10 % validation split has not
        # improved for 10 rounds (≤ 200): AUC within 0.002 of 200 trees and 200 rounds on the demo
        # (held out on 5 splits, out of time), 40 % less fit time.
        members = [
            ("forest", RandomForestClassifier(n_estimators=100, min_samples_leaf=10, max_features=0.3,
                                              max_depth=12, n_jobs=None, random_state=seed)),
            ("boosting", HistGradientBoostingClassifier(max_iter=200, learning_rate=0.03, max_leaf_nodes=8,
                                                        min_samples_leaf=30, l2_regularization=1.0,
                                                        early_stopping=True, validation_fraction=0.1,
                                                        n_iter_no_change=10, random_state=seed)),
            ("linear", LogisticRegression(C=0.005, max_iter=3000)),
        ]
        # A logistic meta-model on out-of-fold member probabilities: it learns how much to trust
        # each member (equal soft-voting weights let the forests drown the linear member, the
        # best one on order history alone) and its output is Platt-calibrated by construction.
        return StackingClassifier(members, final_estimator=LogisticRegression(C=1.0, max_iter=1000), cv=3,
                                  stack_method="predict_proba", n_jobs=1)
    voting = VotingRegressor(
        [
            # 80 trees: within 0.002 Spearman / R² / composite of 120 on the demo (5 splits); the
            # boosting runs its 150 rounds (early stopping cost the amounts 0.005 of composite)
            ("forest", RandomForestRegressor(n_estimators=80, min_samples_leaf=5, max_features=0.3,
                                             max_depth=12, n_jobs=None, random_state=seed)),
            ("boosting", HistGradientBoostingRegressor(loss="poisson", max_iter=150, learning_rate=0.05,
                                                       max_leaf_nodes=15, min_samples_leaf=20,
                                                       l2_regularization=1.0, random_state=seed)),
            # inputs clipped to the training range: exp(w·x) never extrapolates past it
            ("linear", Pipeline([("clip", RangeClipper()), ("glm", PoissonRegressor(alpha=1.0, max_iter=1000))])),
        ],
        n_jobs=1,
    )
    # EUR amounts in the thousands make the Poisson GLM's solver crawl; a scale-only transform
    # (no centering, so the target stays >= 0) fixes that and changes no prediction's meaning.
    scaled = TransformedTargetRegressor(voting, transformer=StandardScaler(with_mean=False), check_inverse=False)
    return BoundedRegressor(scaled)


def _btyd_pipeline(family: str, target: str, horizons: Horizons | None) -> Pipeline:
    columns = ColumnTransformer([("btyd", "passthrough", list(BTYD_INPUTS))], remainder="drop", sparse_threshold=0.0)
    return Pipeline([("features", columns),
                     ("model", BTYDEstimator(family, target, float(window_days(target, horizons))))])


def build_pipeline(family: Family, target: Target, feature_frame_columns: list[str] | pd.Index,
                   *, seed: int = 42, horizons: Horizons | None = None) -> Pipeline:
    """Unfitted pipeline: feature frame → column blocks → standardization → family estimator.

    ``feature_frame_columns`` are the columns of the feature frame; the family picks its own.
    Standardization leaves the forests unchanged, helps the linear members, and gives the
    contribution approximation in :mod:`.scoring` a common scale. The BTYD families read the
    purchase summary only and predict over the target's window of ``horizons``.
    """
    is_classification(target)  # refuses an unknown target
    if is_btyd(family):
        return _btyd_pipeline(family, target, horizons)
    columns = model_feature_columns(family, feature_frame_columns)
    return Pipeline([
        ("features", _preprocessor(family, columns, seed, float(window_days(target, horizons)))),
        ("scale", StandardScaler()),
        # scored inputs stay inside the training range: a block of near-zero training variance
        # (the PCA of the embeddings when few clients have notes before T) would otherwise scale
        # new values to ~1e46, beyond float32; trees are unchanged by it, linear members saturate
        ("clip", RangeClipper()),
        ("model", _estimator(family, is_classification(target), seed)),
    ])


def predict_target(pipeline: Pipeline, target: str, features: pd.DataFrame) -> np.ndarray:
    """Probability of the positive class (purchase, churn) or predicted CLV in EUR (≥ 0)."""
    with single_threaded():
        if is_classification(target):
            proba = pipeline.predict_proba(features)
            return proba[:, list(pipeline.classes_).index(1)]
        return np.clip(pipeline.predict(features), 0.0, None)


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
