"""Safe persistence of fitted scikit-learn pipelines with skops and an explicit allowlist.

Models are never pickled. They are written with :mod:`skops.io`, whose archive holds a JSON
description of the object tree plus ``.npy`` arrays, and read back only when *every* type and
function the archive refers to is in :data:`TRUSTED_TYPES`.

skops by itself trusts a broad default set (every scikit-learn estimator, numpy ufuncs, ...) on
top of the ``trusted`` list it is given. This module is stricter: it takes the inventory of all
types in the archive (defaults included) and refuses anything outside :data:`TRUSTED_TYPES`,
so a file holding, say, a ``KNeighborsClassifier`` the project never trains is rejected too.

:data:`TRUSTED_TYPES` is the frozen inventory of the pipelines the project builds (fast random
forests; elite stacking ensembles of random forest, histogram gradient boosting and a linear
model under a logistic meta-model, and the soft-voting, sigmoid- or isotonic-calibrated ones of
earlier versions, which stay loadable for rollback; CLV voting regressors with squared-error or Poisson
losses behind a ``log1p`` or scaling target transform, capped by the project's
:class:`~lvmh_pipeline.lib.modeling.bounded.BoundedRegressor` with a
:class:`~lvmh_pipeline.lib.modeling.bounded.RangeClipper` in front of the GLM member (two arrays
and a float); a ``ColumnTransformer`` of TF-IDF, imputed / ``log1p`` / scaled numeric columns,
PCA-reduced embeddings and the project's own
:class:`~lvmh_pipeline.lib.modeling.bgnbd.BGNBDFeatures` step, whose state is four floats; the
BG/NBD and Pareto/NBD candidates, :class:`~lvmh_pipeline.lib.modeling.btyd.BTYDEstimator`, whose
state is a handful of floats). It was produced by
fitting such pipelines and calling :func:`archive_types` on their dumps, and the tests check it
against them. When a model module starts using a new estimator, :func:`dump_model` refuses it
and names the types to review; add them here, sorted, after review.

The allowlist stops unexpected code from being imported or called; it cannot vouch for the
numbers inside trusted types (skops warns that a crafted ``Tree`` can crash ``predict``), so
only load models this project wrote.
"""

from __future__ import annotations

import importlib.abc
import os
import sys
import tempfile
import zipfile
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from skops.io._audit import Node

# skops.io is imported where a model is written or read, never at module level: importing it
# walks scikit-learn's modules, which imports torch (~2 s), and a run that only logs
# parameters (recommendations) or reads no model must not pay for that. It is imported through
# import_skops_io, which keeps torch out of that walk.

TRUSTED_TYPES: tuple[str, ...] = (
    "builtins.dict",
    "builtins.list",
    "builtins.str",
    "builtins.tuple",
    "lvmh_pipeline.lib.modeling.bgnbd.BGNBDFeatures",
    "lvmh_pipeline.lib.modeling.bounded.BoundedRegressor",
    "lvmh_pipeline.lib.modeling.bounded.RangeClipper",
    "lvmh_pipeline.lib.modeling.btyd.BTYDEstimator",
    "lvmh_pipeline.lib.modeling.btyd.BTYDFeatures",
    "numpy.dtype",
    "numpy.expm1",
    "numpy.float64",
    "numpy.int64",
    "numpy.log1p",
    "numpy.ndarray",
    "numpy.random._generator.Generator",
    "numpy.uint64",
    "sklearn._loss._loss.CyHalfBinomialLoss",
    "sklearn._loss._loss.CyHalfPoissonLoss",
    "sklearn._loss._loss.CyHalfSquaredError",
    "sklearn._loss.link.IdentityLink",
    "sklearn._loss.link.Interval",
    "sklearn._loss.link.LogLink",
    "sklearn._loss.link.LogitLink",
    "sklearn._loss.loss.HalfBinomialLoss",
    "sklearn._loss.loss.HalfPoissonLoss",
    "sklearn._loss.loss.HalfSquaredError",
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.compose._column_transformer.ColumnTransformer",
    "sklearn.compose._target.TransformedTargetRegressor",
    "sklearn.decomposition._pca.PCA",
    "sklearn.ensemble._forest.RandomForestClassifier",
    "sklearn.ensemble._forest.RandomForestRegressor",
    "sklearn.ensemble._hist_gradient_boosting.binning._BinMapper",
    "sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingClassifier",
    "sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingRegressor",
    "sklearn.ensemble._hist_gradient_boosting.predictor.TreePredictor",
    "sklearn.ensemble._stacking.StackingClassifier",
    "sklearn.ensemble._voting.VotingClassifier",
    "sklearn.ensemble._voting.VotingRegressor",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.impute._base.SimpleImputer",
    "sklearn.isotonic.IsotonicRegression",
    "sklearn.linear_model._glm.glm.PoissonRegressor",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.linear_model._ridge.Ridge",
    "sklearn.pipeline.Pipeline",
    "sklearn.preprocessing._data.StandardScaler",
    "sklearn.preprocessing._function_transformer.FunctionTransformer",
    "sklearn.preprocessing._label.LabelEncoder",
    "sklearn.tree._classes.DecisionTreeClassifier",
    "sklearn.tree._classes.DecisionTreeRegressor",
    "sklearn.tree._tree.Tree",
    "sklearn.utils._bunch.Bunch",
)


class ModelSecurityError(Exception):
    """Base class of the errors raised when a model file cannot be trusted or read."""


class ModelFormatError(ModelSecurityError):
    """The file is not a readable skops archive (e.g. a pickle, or a corrupted file)."""


class UntrustedModelError(ModelSecurityError):
    """The model refers to types outside :data:`TRUSTED_TYPES`; nothing was loaded."""

    def __init__(self, path: Path | str, types: set[str] | list[str]) -> None:
        self.path = str(path)
        self.types: tuple[str, ...] = tuple(sorted(types))
        super().__init__(
            f"refusing to load {self.path}: it contains types outside the trusted allowlist "
            f"(lvmh_pipeline.lib.registry.security.TRUSTED_TYPES): {', '.join(self.types)}. "
            "If these are expected parts of a project pipeline, review them and add them "
            "to TRUSTED_TYPES."
        )


def _walk(root: Node) -> list[Node]:
    """All nodes of a skops tree, each once (trees may share or cycle through nodes)."""
    from skops.io._audit import Node

    seen: set[int] = set()
    stack: list[Any] = [root]
    nodes: list[Node] = []
    while stack:
        node = stack.pop()
        if not isinstance(node, Node) or id(node) in seen:
            continue
        seen.add(id(node))
        nodes.append(node)
        for child in node.children.values():
            if isinstance(child, list):
                stack.extend(child)
            elif isinstance(child, dict):
                stack.extend(child.values())
            else:
                stack.append(child)
    return nodes


def archive_types(path: Path | str) -> frozenset[str]:
    """Fully-qualified names of every type and function a skops archive refers to.

    Nothing in the archive is imported or constructed. This is skops' own audit with its
    default trust switched off: every node is asked for its unsafe set while trusting
    nothing, so the result includes the types skops would accept silently.
    """
    import_skops_io()
    from skops.io._audit import get_tree
    from skops.io._utils import read_schema

    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"model file not found: {path}")
    try:
        with zipfile.ZipFile(path, "r") as archive:
            schema, load_context = read_schema(archive)
            root = get_tree(schema, load_context=load_context, trusted=None)
    except (zipfile.BadZipFile, KeyError, TypeError, ValueError) as error:
        raise ModelFormatError(f"{path} is not a readable skops model archive: {error}") from error
    for node in _walk(root):
        node.trusted = []
    return frozenset(root.get_unsafe_set())


def _check_trusted(path: Path) -> None:
    unexpected = set(archive_types(path)) - set(TRUSTED_TYPES)
    if unexpected:
        raise UntrustedModelError(path, unexpected)


class _WithoutTorch(importlib.abc.MetaPathFinder):
    """An import finder that refuses torch (ModuleNotFoundError, as when it is not installed)."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == "torch" or name.startswith("torch."):
            raise ModuleNotFoundError(f"{name} is not imported while skops.io is", name=name)
        return None


def import_skops_io() -> ModuleType:
    """:mod:`skops.io`, imported without importing torch.

    Importing skops.io lists every scikit-learn estimator (its default trusted types) by walking
    all of scikit-learn's packages, and the walk imports scikit-learn's array-API shim for torch,
    which imports torch itself: about 1 s of CPU of the 1.4 s the import costs, in every process
    that writes or reads a model, for a package holding no estimator. While skops.io is imported
    for the first time and torch is not loaded yet, an import finder refuses torch, so the walk
    skips the shim as it skips any package that cannot be imported (the shim is the only module
    that asks for torch there; the estimator list, hence skops' defaults, is the same);
    afterwards torch imports as usual.
    """
    if "skops.io" in sys.modules:
        return sys.modules["skops.io"]
    finder = _WithoutTorch() if "torch" not in sys.modules else None
    if finder is not None:
        sys.meta_path.insert(0, finder)
    try:
        import skops.io
    finally:
        if finder is not None:
            sys.meta_path.remove(finder)
    return skops.io


def dump_model(pipeline: Any, path: Path | str) -> Path:
    """Write ``pipeline`` to ``path`` as a skops archive and return the path.

    The archive is audited before it replaces ``path``: a pipeline containing a type outside
    :data:`TRUSTED_TYPES` raises :class:`UntrustedModelError` and leaves no file behind, so
    every file this function writes can be read back by :func:`load_model`.
    """
    skops_io = import_skops_io()

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        skops_io.dump(pipeline, tmp)
        try:
            _check_trusted(tmp)
        except UntrustedModelError as error:
            raise UntrustedModelError(path, error.types) from None
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def load_model(path: Path | str) -> Any:
    """Load a skops archive written by :func:`dump_model` (or by MLflow's skops flavor).

    Raises :class:`UntrustedModelError` naming the unexpected types when the archive refers
    to anything outside :data:`TRUSTED_TYPES`, and :class:`ModelFormatError` when the file is
    not a skops archive. The check runs before any object is created.
    """
    skops_io = import_skops_io()
    from skops.io.exceptions import UntrustedTypesFoundException

    path = Path(path)
    _check_trusted(path)
    try:
        return skops_io.load(path, trusted=list(TRUSTED_TYPES))
    except UntrustedTypesFoundException as error:
        # skops trusts its defaults plus our list, a superset of what _check_trusted allowed;
        # reaching this means skops found a type our inventory did not see.
        raise UntrustedModelError(path, {str(error)}) from error
