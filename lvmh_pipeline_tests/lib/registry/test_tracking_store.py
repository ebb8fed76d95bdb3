"""The MLflow store the registry works in (lib/registry/tracking_store.py); ``config`` is a fresh
store (conftest.py)."""

from __future__ import annotations

from lvmh_pipeline.lib.registry import tracking_store


def test_ensure_experiment_is_idempotent(config) -> None:
    first = tracking_store.ensure_experiment(config)
    assert tracking_store.ensure_experiment(config) == first
