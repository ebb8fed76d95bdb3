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
vocabulary and held-out metrics are in :mod:`.evaluation`. Fitting a pipeline on labelled
clients and measuring it on held-out ones is :mod:`.fitting`.
"""

from __future__ import annotations

from typing import Literal

import numpy as np
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
from sklearn.pipeline import Pipeline
from sklearn.compose import TransformedTargetRegressor
from sklearn.preprocessing import StandardScaler

from lvmh_pipeline.lib.common.threads import single_threaded
from lvmh_pipeline.lib.modeling.bgnbd import BGNBDFeatures
from lvmh_pipeline.lib.modeling.bounded import BoundedRegressor, RangeClipper
from lvmh_pipeline.lib.modeling.btyd import BTYD_FAMILIES, BTYD_INPUTS, BTYDEstimator, BTYDFeatures
from lvmh_pipeline.lib.modeling.evaluation import is_classification
from lvmh_pipeline.lib.modeling.labeling.labels import Horizons
from lvmh_pipeline.lib.modeling.feature_columns import elite_feature_columns, fast_feature_columns

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
