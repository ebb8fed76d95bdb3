"""`lvmh-pipeline rollback` refusal on a registry without any previous champion. (The swap
itself, on models trained by `run`, is in test_pipeline.py.)"""

from __future__ import annotations

from lvmh_pipeline_tests.cli.conftest import assert_refusal, call


def test_rollback_without_previous_champion_is_refused(capfd, untrained):
    assert_refusal(call(capfd, "rollback", "--target", "churn"),
                   "lvmh_churn has no previous_champion", "nothing to roll back to")
