"""The skops allowlist: every project pipeline kind round-trips, anything else is refused."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import skops.io
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
from sklearn.ensemble import (
    HistGradientBoostingClassifier,
    HistGradientBoostingRegressor,
    RandomForestClassifier,
    RandomForestRegressor,
    StackingClassifier,
    VotingClassifier,
    VotingRegressor,
)
from sklearn.decomposition import PCA
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression, PoissonRegressor, Ridge
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, StandardScaler

from lvmh_pipeline.lib.modeling import feature_columns as model_features
from lvmh_pipeline.lib.common.threads import single_threaded
from lvmh_pipeline.lib.modeling import models
from lvmh_pipeline.lib.modeling.evaluation import TARGETS, is_classification
from lvmh_pipeline.lib.modeling.bgnbd import BGNBDFeatures
from lvmh_pipeline.lib.modeling.bounded import BoundedRegressor, RangeClipper
from lvmh_pipeline.lib.modeling.btyd import BTYD_INPUTS, BTYDFeatures
from lvmh_pipeline.lib.registry.security import (
    TRUSTED_TYPES,
    ModelFormatError,
    UntrustedModelError,
    archive_types,
    dump_model,
    load_model,
)

NUMERIC = ["budget_max_eur", "n_notes", "recency_days"]
EMBEDDING = [f"emb_{i}" for i in range(6)]
WORDS = ["nickel", "birthday", "travel_bag", "silk", "vegetarian", "watch", "gold", "wedding"]


@pytest.fixture(scope="module")
def data() -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    n = 90
    frame = pd.DataFrame(
        {
            "concept_text": [" ".join(rng.choice(WORDS, 4)) for _ in range(n)],
            "budget_max_eur": rng.uniform(1e3, 4e4, n),
            "n_notes": rng.integers(1, 6, n).astype(float),
            "recency_days": rng.uniform(0, 300, n),
            "purchase_days": rng.integers(0, 6, n).astype(float),
        }
    )
    frame["tenure_days"] = frame["recency_days"] + rng.uniform(0, 400, n)
    frame["has_history"] = 1.0
    frame["btyd_frequency"] = frame["purchase_days"]
    frame["btyd_T"] = frame["tenure_days"]
    frame["btyd_recency"] = frame["tenure_days"] - frame["recency_days"]
    frame["btyd_monetary"] = np.where(frame["purchase_days"] > 0, rng.gamma(5.0, 100.0, n), 0.0)
    for column in EMBEDDING:
        frame[column] = rng.normal(size=n)
    frame.loc[::7, "budget_max_eur"] = np.nan
    return frame, (rng.random(n) < 0.4).astype(int), rng.gamma(2.0, 1000.0, n)


def _features(dense: bool, log: bool) -> ColumnTransformer:
    steps = [("impute", SimpleImputer(strategy="median"))]
    if log:
        steps.append(("log", FunctionTransformer(np.log1p)))
    steps.append(("scale", StandardScaler()))
    return ColumnTransformer(
        [("text", TfidfVectorizer(), "concept_text"), ("num", Pipeline(steps), NUMERIC)],
        sparse_threshold=0.0 if dense else 0.3,
    )


def _fast_classifier() -> Pipeline:
    return Pipeline([("features", _features(False, False)), ("model", RandomForestClassifier(5, random_state=0))])


def _fast_regressor() -> Pipeline:
    return Pipeline([("features", _features(False, False)), ("model", RandomForestRegressor(5, random_state=0))])


def _elite_classifier(method: str, **hgb: object) -> Callable[[], Pipeline]:
    def build() -> Pipeline:
        vote = VotingClassifier(
            [
                ("rf", RandomForestClassifier(5, random_state=0, class_weight="balanced")),
                ("hgb", HistGradientBoostingClassifier(max_iter=5, random_state=0, **hgb)),
                ("lr", LogisticRegression(max_iter=300)),
            ],
            voting="soft",
        )
        model = CalibratedClassifierCV(vote, method=method, cv=3)
        return Pipeline([("features", _features(True, True)), ("model", model)])

    return build


def _elite_regressor(**hgb: object) -> Callable[[], Pipeline]:
    def build() -> Pipeline:
        vote = VotingRegressor(
            [
                ("rf", RandomForestRegressor(5, random_state=0)),
                ("hgb", HistGradientBoostingRegressor(max_iter=5, random_state=0, **hgb)),
                ("ridge", Ridge()),
            ]
        )
        model = TransformedTargetRegressor(vote, func=np.log1p, inverse_func=np.expm1)
        return Pipeline([("features", _features(True, True)), ("model", model)])

    return build


def _elite_classifier_with_embeddings() -> Pipeline:
    """Elite column blocks (BG/NBD step, PCA-reduced embeddings) under the calibrated vote of earlier versions."""
    blocks = ColumnTransformer(
        [
            ("text", TfidfVectorizer(token_pattern=r"\S+"), "concept_text"),
            ("num", "passthrough", ["n_notes", "recency_days"]),
            ("bgnbd", BGNBDFeatures(), list(models.BGNBD_INPUTS)),
            ("emb", PCA(n_components=3, random_state=0), EMBEDDING),
        ],
        sparse_threshold=0.0,
    )
    vote = VotingClassifier(
        [
            ("forest", RandomForestClassifier(5, random_state=0)),
            ("boosting", HistGradientBoostingClassifier(max_iter=5, random_state=0)),
            ("linear", LogisticRegression(max_iter=300)),
        ],
        voting="soft",
    )
    model = CalibratedClassifierCV(vote, method="sigmoid", cv=3)
    return Pipeline([("features", blocks), ("scale", StandardScaler()), ("model", model)])


def _elite_stacking_classifier() -> Pipeline:
    """The shape of today's ``models.build_pipeline("elite", "purchase")`` estimator."""
    stack = StackingClassifier(
        [
            ("forest", RandomForestClassifier(5, random_state=0)),
            ("boosting", HistGradientBoostingClassifier(max_iter=5, random_state=0)),
            ("linear", LogisticRegression(max_iter=300)),
        ],
        final_estimator=LogisticRegression(),
        cv=3,
        stack_method="predict_proba",
    )
    return Pipeline([("features", _features(True, False)), ("model", stack)])


def _elite_poisson_regressor() -> Pipeline:
    """The shape of ``models.build_pipeline("elite", "clv")``: Poisson losses, scaled target."""
    vote = VotingRegressor(
        [
            ("forest", RandomForestRegressor(5, random_state=0)),
            ("boosting", HistGradientBoostingRegressor(loss="poisson", max_iter=5, random_state=0)),
            ("linear", PoissonRegressor(max_iter=300)),
        ]
    )
    model = TransformedTargetRegressor(vote, transformer=StandardScaler(with_mean=False), check_inverse=False)
    return Pipeline([("features", _features(True, False)), ("model", model)])


def _elite_bounded_poisson_regressor() -> Pipeline:
    """Today's ``models.build_pipeline("elite", "clv")``: the GLM behind a range clipper, the output capped."""
    vote = VotingRegressor(
        [
            ("forest", RandomForestRegressor(5, random_state=0)),
            ("boosting", HistGradientBoostingRegressor(loss="poisson", max_iter=5, random_state=0)),
            ("linear", Pipeline([("clip", RangeClipper()), ("glm", PoissonRegressor(max_iter=300))])),
        ]
    )
    model = TransformedTargetRegressor(vote, transformer=StandardScaler(with_mean=False), check_inverse=False)
    return Pipeline([("features", _features(True, False)), ("model", BoundedRegressor(model))])


def _elite_classifier_with_btyd_features() -> Pipeline:
    """Today's elite column blocks: BG/NBD step and BG/NBD + Gamma-Gamma features over the label window."""
    blocks = ColumnTransformer(
        [
            ("num", "passthrough", ["n_notes", "recency_days"]),
            ("bgnbd", BGNBDFeatures(), list(models.BGNBD_INPUTS)),
            ("btyd", BTYDFeatures(90.0), list(BTYD_INPUTS)),
        ],
        sparse_threshold=0.0,
    )
    return Pipeline([("features", blocks), ("scale", StandardScaler()),
                     ("model", LogisticRegression(max_iter=300))])


def _btyd_regressor() -> Pipeline:
    """Today's ``models.build_pipeline("bgnbd" | "pnbd", target)``: the BTYD summary columns → BTYDEstimator."""
    return models.build_pipeline("pnbd", "clv", list(BTYD_INPUTS))


KINDS: dict[str, tuple[Callable[[], Pipeline], bool]] = {
    "fast_classifier": (_fast_classifier, True),
    "fast_regressor": (_fast_regressor, False),
    "elite_classifier_sigmoid": (_elite_classifier("sigmoid"), True),
    "elite_classifier_isotonic": (_elite_classifier("isotonic"), True),
    "elite_classifier_early_stopping": (_elite_classifier("sigmoid", early_stopping=True), True),
    "elite_regressor_log_target": (_elite_regressor(), False),
    "elite_regressor_early_stopping": (_elite_regressor(early_stopping=True), False),
    "elite_classifier_embeddings": (_elite_classifier_with_embeddings, True),
    "elite_regressor_poisson": (_elite_poisson_regressor, False),
    "elite_classifier_stacking": (_elite_stacking_classifier, True),
    "elite_regressor_bounded_poisson": (_elite_bounded_poisson_regressor, False),
    "elite_classifier_btyd_features": (_elite_classifier_with_btyd_features, True),
    "btyd_regressor": (_btyd_regressor, False),
}


@pytest.fixture(scope="module")
def fitted(data: tuple[pd.DataFrame, np.ndarray, np.ndarray]) -> dict[str, Pipeline]:
    """One fitted pipeline per kind, shared read-only by the tests of this module."""
    frame, y_class, y_value = data
    return {kind: build().fit(frame, y_class if is_classifier else y_value) for kind, (build, is_classifier) in KINDS.items()}


def test_trusted_types_is_a_sorted_literal_without_duplicates() -> None:
    assert list(TRUSTED_TYPES) == sorted(set(TRUSTED_TYPES))
    assert all(name.count(".") >= 1 for name in TRUSTED_TYPES)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_pipeline_kind_round_trips_under_the_allowlist(kind: str, data, fitted, tmp_path: Path) -> None:
    pipeline = fitted[kind]
    path = dump_model(pipeline, tmp_path / "model.skops")

    assert archive_types(path) <= set(TRUSTED_TYPES)
    loaded = load_model(path)
    frame = data[0]
    np.testing.assert_array_equal(loaded.predict(frame), pipeline.predict(frame))
    if KINDS[kind][1]:
        np.testing.assert_allclose(loaded.predict_proba(frame), pipeline.predict_proba(frame))


def test_every_allowlisted_type_is_needed_by_some_pipeline_kind(fitted, tmp_path: Path) -> None:
    needed: set[str] = set()
    for kind, pipeline in fitted.items():
        needed |= archive_types(dump_model(pipeline, tmp_path / f"{kind}.skops"))
    assert set(TRUSTED_TYPES) - needed == set(), "allowlisted types no representative pipeline uses"


@pytest.mark.parametrize("family", models.FAMILIES)
@pytest.mark.parametrize("target", TARGETS)
def test_the_project_model_pipelines_round_trip(family: str, target: str, data, tmp_path: Path) -> None:
    frame, y_class, y_value = data
    columns = [*model_features.PROFILE_COLUMNS, *model_features.RFM_COLUMNS, *model_features.COOCCURRENCE_COLUMNS]
    rng = np.random.default_rng(2)
    features = pd.DataFrame({column: rng.uniform(0, 10, len(frame)) for column in columns})
    features.insert(0, "concept_text", frame["concept_text"])
    features[model_features.embedding_columns(6)] = frame[EMBEDDING].to_numpy()
    features[list(BTYD_INPUTS)] = frame[list(BTYD_INPUTS)].to_numpy()
    pipeline = models.build_pipeline(family, target, features.columns, seed=0)
    # the real sizes (150 trees, 150 boosting rounds) change no type, only the test's run time
    for estimator in pipeline.get_params().values():
        if isinstance(estimator, (RandomForestClassifier, RandomForestRegressor)):
            estimator.set_params(n_estimators=3)
        if isinstance(estimator, (HistGradientBoostingClassifier, HistGradientBoostingRegressor)):
            estimator.set_params(max_iter=3)
    with single_threaded():
        pipeline.fit(features, y_class if is_classification(target) else y_value)

    loaded = load_model(dump_model(pipeline, tmp_path / "model.skops"))
    np.testing.assert_allclose(
        models.predict_target(loaded, target, features), models.predict_target(pipeline, target, features)
    )


def test_estimator_outside_the_allowlist_is_refused_even_though_skops_trusts_it(data, tmp_path: Path) -> None:
    frame, y_class, _ = data
    knn = Pipeline([("features", _features(True, False)), ("model", KNeighborsClassifier(algorithm="brute"))])
    path = tmp_path / "knn.skops"
    skops.io.dump(knn.fit(frame, y_class), path)
    knn_type = "sklearn.neighbors._classification.KNeighborsClassifier"
    assert knn_type not in skops.io.get_untrusted_types(file=path)  # skops alone would load it

    with pytest.raises(UntrustedModelError) as refused:
        load_model(path)
    assert refused.value.types == (knn_type,)
    assert knn_type in str(refused.value) and "TRUSTED_TYPES" in str(refused.value)


def test_function_outside_the_allowlist_is_refused(data, tmp_path: Path) -> None:
    frame, y_class, _ = data
    pipeline = Pipeline(
        [
            ("features", ColumnTransformer([("num", FunctionTransformer(np.sqrt), ["n_notes"])])),
            ("model", LogisticRegression()),
        ]
    ).fit(frame, y_class)
    path = tmp_path / "sqrt.skops"
    skops.io.dump(pipeline, path)

    with pytest.raises(UntrustedModelError) as refused:
        load_model(path)
    assert refused.value.types == ("numpy.sqrt",)


def test_dump_refuses_untrusted_pipeline_and_leaves_no_file(data, tmp_path: Path) -> None:
    frame, y_class, _ = data
    knn = Pipeline([("features", _features(True, False)), ("model", KNeighborsClassifier())]).fit(frame, y_class)
    target = tmp_path / "models" / "knn.skops"

    with pytest.raises(UntrustedModelError) as refused:
        dump_model(knn, target)
    assert refused.value.path == str(target)
    assert list(target.parent.iterdir()) == []


def test_dump_writes_a_skops_zip_with_no_pickled_content(fitted, tmp_path: Path) -> None:
    path = dump_model(fitted["elite_classifier_sigmoid"], tmp_path / "model.skops")

    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.skops"]
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        assert "schema.json" in names
        assert not [n for n in names if n.endswith((".pkl", ".pickle", ".joblib"))]
        for name in (n for n in names if n.endswith(".npy")):
            np.load(io.BytesIO(archive.read(name)), allow_pickle=False)


def test_non_skops_files_are_refused(tmp_path: Path) -> None:
    pickle_like = tmp_path / "model.pkl"
    pickle_like.write_bytes(b"\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00\x8c\x05posix\x94.")
    with pytest.raises(ModelFormatError):
        load_model(pickle_like)
    with pytest.raises(FileNotFoundError):
        load_model(tmp_path / "missing.skops")


def test_skops_io_is_imported_without_torch_and_with_the_same_default_trust() -> None:
    import json
    import subprocess
    import sys

    probe = ("import json, sys; {imports}; from skops.io._trusted_types import SKLEARN_ESTIMATOR_TYPE_NAMES as names; "
             "print(json.dumps(['torch' in sys.modules, sorted(names)]))")
    def run(imports: str) -> tuple[bool, list[str]]:
        out = subprocess.run([sys.executable, "-c", probe.format(imports=imports)], capture_output=True, text=True,
                             check=True).stdout
        return tuple(json.loads(out.strip().splitlines()[-1]))  # type: ignore[return-value]

    hidden, names = run("from lvmh_pipeline.lib.registry.security import import_skops_io; import_skops_io()")
    _, plain_names = run("import skops.io")
    assert not hidden and names == plain_names and len(names) > 100
    after, _ = run("from lvmh_pipeline.lib.registry.security import import_skops_io; import_skops_io(); import torch")
    assert after  # torch still imports normally afterwards
