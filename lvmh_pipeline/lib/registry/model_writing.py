"""Two costs of ``mlflow.sklearn.log_model`` with the skops format that buy nothing here.

- **The indented schema.** skops writes the archive's ``schema.json`` with ``indent=2``, and an
indent makes Python's :mod:`json` give up its C encoder for the pure-Python one: for an elite
stacking ensemble (four fits of a 100-tree forest) that is ~0.5 M JSON nodes, most of the dump's
time. :func:`compact_skops_schema` has skops write the same JSON value unindented (the loader
reads it with ``json.loads``: the model read back is the same).
- **The second load.** MLflow's skops ``save_model`` already loads the archive back with the
  trusted types (an untrusted or unreadable model fails there); then ``Model.log`` loads it a
  second time as a pyfunc to predict the input example, and only logs a warning if that fails.
  :func:`skip_serving_check` skips that second load (the input example is still saved with the
  model; the project reads models through :func:`.security.load_model`, never as pyfuncs).
  ``Model.log`` reads a ``validate_serving_input`` argument, but the sklearn flavor passes the
  same arguments on to its ``save_model``, which refuses it.

Both patch one attribute of a third-party module for the duration of a ``with`` block and put it
back; when the attribute is not where it was (another skops / MLflow version) they do nothing.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

SKOPS_WRITER = "skops.io._persist"
MLFLOW_MODEL_UTILS = "mlflow.models.utils"
SERVING_CHECK = "_validate_serving_input"


class _UnindentedJson:
    """Stands in for :mod:`json` in skops' writer: ``dumps`` without indentation, the rest as is."""

    @staticmethod
    def dumps(obj: Any, **kwargs: Any) -> str:
        kwargs.pop("indent", None)
        return json.dumps(obj, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(json, name)


@contextmanager
def _replaced(module_name: str, attribute: str, expected: Any, replacement: Any) -> Iterator[None]:
    module = sys.modules.get(module_name)
    if module is None or expected is None or getattr(module, attribute, None) is not expected:
        yield
        return
    setattr(module, attribute, replacement)
    try:
        yield
    finally:
        setattr(module, attribute, expected)


def compact_skops_schema() -> Any:
    """Inside the block, skops archives are written with an unindented ``schema.json``
    (skops.io must be imported: :func:`.security.import_skops_io`)."""
    return _replaced(SKOPS_WRITER, "json", json, _UnindentedJson())


def skip_serving_check() -> Any:
    """Inside the block, ``Model.log`` does not reload the model to predict its input example."""
    import mlflow.models.utils

    return _replaced(MLFLOW_MODEL_UTILS, SERVING_CHECK, getattr(mlflow.models.utils, SERVING_CHECK, None),
                     _no_serving_check)


def _no_serving_check(model_uri: str, serving_input: Any) -> None:
    return None
