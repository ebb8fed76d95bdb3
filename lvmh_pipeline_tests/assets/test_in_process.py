"""The runner's in-process execution frees each step's output once the IO manager has it."""

from __future__ import annotations

import gc
import weakref

import dagster as dg

from lvmh_pipeline.in_process import execute_in_process


class Table:
    """Stands for a step's large output frame."""


alive_when_b_ran: list[bool] = []
_last_a: list[weakref.ref] = []


class DiscardingIOManager(dg.IOManager):
    """Writes nowhere and keeps nothing, like a warehouse that has the table on disk."""

    def handle_output(self, context: dg.OutputContext, obj: object) -> None:
        pass

    def load_input(self, context: dg.InputContext) -> object:
        raise AssertionError("nothing here loads an input")


uploads = dg.DynamicPartitionsDefinition(name="uploads")


@dg.asset(partitions_def=uploads)
def table_a() -> Table:
    value = Table()
    _last_a.append(weakref.ref(value))
    return value


@dg.asset(partitions_def=uploads, deps=[table_a])
def table_b() -> int:
    gc.collect()
    alive_when_b_ran.append(bool(_last_a) and _last_a[-1]() is not None)
    return 1


def _job_and_instance(tmp_path) -> tuple[dg.JobDefinition, dg.DagsterInstance]:
    defs = dg.Definitions(assets=[table_a, table_b], resources={"io_manager": DiscardingIOManager()},
                          jobs=[dg.define_asset_job("tables_job", partitions_def=uploads)])
    instance = dg.DagsterInstance.ephemeral(tempdir=str(tmp_path))
    instance.add_dynamic_partitions("uploads", ["2026-01-01"])
    return defs.resolve_job_def("tables_job"), instance


def test_a_step_output_is_freed_before_the_next_step(tmp_path) -> None:
    job, instance = _job_and_instance(tmp_path)
    alive_when_b_ran.clear()
    _last_a.clear()
    result = execute_in_process(job, instance, run_config={}, partition_key="2026-01-01")
    assert result.success
    assert alive_when_b_ran == [False]
    materialized = {event.asset_key.to_user_string() for event in result.get_asset_materialization_events()}
    assert materialized == {"table_a", "table_b"}
    assert {event.partition for event in result.get_asset_materialization_events()} == {"2026-01-01"}


def test_dagsters_test_entry_point_keeps_it(tmp_path) -> None:
    """The control: ``JobDefinition.execute_in_process`` holds every output until the run ends."""
    job, instance = _job_and_instance(tmp_path)
    alive_when_b_ran.clear()
    _last_a.clear()
    assert job.execute_in_process(instance=instance, partition_key="2026-01-01").success
    assert alive_when_b_ran == [True]


def test_a_selection_runs_only_its_assets(tmp_path) -> None:
    job, instance = _job_and_instance(tmp_path)
    alive_when_b_ran.clear()
    _last_a.clear()
    result = execute_in_process(job, instance, run_config={}, partition_key="2026-01-01",
                                asset_selection=[dg.AssetKey("table_b")])
    assert result.success and alive_when_b_ran == [False]  # table_a did not run
    assert [event.asset_key.to_user_string() for event in result.get_asset_materialization_events()] == ["table_b"]


def test_a_failing_step_is_reported_not_raised(tmp_path) -> None:
    @dg.asset
    def broken() -> int:
        raise ValueError("bad row")

    defs = dg.Definitions(assets=[broken], resources={"io_manager": DiscardingIOManager()},
                          jobs=[dg.define_asset_job("broken_job")])
    result = execute_in_process(defs.resolve_job_def("broken_job"), dg.DagsterInstance.ephemeral(tempdir=str(tmp_path)),
                                run_config={})
    assert not result.success
    assert "bad row" in result.get_step_failure_events()[0].step_failure_data.error.cause.message
