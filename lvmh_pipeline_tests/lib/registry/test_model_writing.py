"""Cheaper model writing (lib/registry/model_writing.py): an unindented skops schema that loads
back the same, and MLflow's serving check skipped only inside the block."""

from __future__ import annotations

import json
import zipfile

import mlflow.models.utils
import numpy as np
from sklearn.ensemble import RandomForestClassifier

from lvmh_pipeline.lib.registry import model_writing
from lvmh_pipeline.lib.registry.security import import_skops_io


def _forest() -> RandomForestClassifier:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(60, 3))
    return RandomForestClassifier(n_estimators=3, random_state=0).fit(x, (x[:, 0] > 0).astype(int))


def _without_ids(node: object) -> object:
    """The schema without skops' memo ids and array file names (``id()`` of each object,
    different in every dump)."""
    if isinstance(node, dict):
        return {k: _without_ids(v) for k, v in node.items() if k not in ("__id__", "file")}
    if isinstance(node, list):
        return [_without_ids(v) for v in node]
    return node


def test_schema_is_written_unindented_inside_the_block_only_and_reads_back_the_same(tmp_path) -> None:
    skops_io = import_skops_io()
    model = _forest()
    with model_writing.compact_skops_schema():
        skops_io.dump(model, tmp_path / "compact.skops")
    skops_io.dump(model, tmp_path / "indented.skops")

    def schema(name: str) -> str:
        with zipfile.ZipFile(tmp_path / name) as archive:
            return archive.read("schema.json").decode()

    compact, indented = schema("compact.skops"), schema("indented.skops")
    assert "\n" not in compact and "\n" in indented  # the block is undone on exit
    assert _without_ids(json.loads(compact)) == _without_ids(json.loads(indented))
    loaded = skops_io.load(tmp_path / "compact.skops", trusted=skops_io.get_untrusted_types(
        file=tmp_path / "compact.skops"))
    x = np.linspace(-1, 1, 12).reshape(4, 3)
    assert np.array_equal(loaded.predict_proba(x), model.predict_proba(x))


def test_serving_check_is_a_no_op_inside_the_block_and_restored_after() -> None:
    original = mlflow.models.utils._validate_serving_input
    with model_writing.skip_serving_check():
        assert mlflow.models.utils._validate_serving_input("models:/none/1", "{}") is None
    assert mlflow.models.utils._validate_serving_input is original


def test_an_attribute_that_moved_is_left_alone() -> None:
    with model_writing._replaced("json", "no_such_attribute", None, object()):
        assert not hasattr(json, "no_such_attribute")
    with model_writing._replaced("not.imported.module", "json", json, object()):
        pass
