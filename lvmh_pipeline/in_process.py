"""Run a job in this process without keeping every step's output alive until the run ends.

``JobDefinition.execute_in_process`` is Dagster's test entry point: it *captures* each step's
return value in a dict held by the result (so a test can call ``result.output_for_node``). Our
assets return whole tables that the warehouse IO manager has already written, so in a CLI run that
dict held every table of the run at once: at 100,000 clients the process stayed above 6 GB between
the model steps and peaked at 13.6 GB, though no step needs more than its own inputs and output.

:func:`execute_in_process` does what ``execute_in_process`` does (the same ephemeral job, partition
checks, run tags and in-process executor, the same events in the instance) with output capture
off, so a step's frames are freed when the next step starts. It uses Dagster internals that
``execute_in_process`` itself uses (Dagster is pinned in ``pyproject.toml``; the runner tests and
``lvmh_pipeline_tests/test_in_process.py`` exercise it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import dagster as dg
from dagster._core.definitions.job_base import InMemoryJob
from dagster._core.definitions.partitions.context import partition_loading_context
from dagster._core.execution.execute_in_process import (
    core_execute_in_process,
    merge_run_tags,
)

__all__ = ["execute_in_process"]


def execute_in_process(
    job: dg.JobDefinition,
    instance: dg.DagsterInstance,
    *,
    run_config: Mapping[str, object],
    partition_key: str | None = None,
    asset_selection: Sequence[dg.AssetKey] | None = None,
) -> dg.ExecuteInProcessResult:
    """``job.execute_in_process(..., raise_on_error=False)`` without output capture: the result
    has every event, and no step output."""
    selection = list(asset_selection or [])
    ephemeral = job.as_ephemeral_job(resource_defs={}, input_values={}, op_selection=[],
                                     asset_selection=selection)
    if partition_key and ephemeral.partitions_def:
        with partition_loading_context(dynamic_partitions_store=instance) as context:
            ephemeral.validate_partition_key(partition_key=partition_key,
                                             selected_asset_keys=set(selection), context=context)
    return core_execute_in_process(
        job=InMemoryJob(job_def=ephemeral),
        run_config=run_config,
        instance=instance,
        output_capturing_enabled=False,
        raise_on_error=False,
        run_tags=merge_run_tags(job_def=job, partition_key=partition_key, tags=None,
                                asset_selection=selection, instance=instance, run_config=run_config),
    )
