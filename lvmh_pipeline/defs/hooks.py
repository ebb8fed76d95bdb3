"""Hooks shared by the jobs."""

import dagster as dg

from lvmh_pipeline.lib.common.duckdb_session import release_cached_blocks
from lvmh_pipeline.lib.common.memory import release_memory, resident_mb


@dg.success_hook(name="release_memory")
def release_memory_hook(context: dg.HookContext) -> None:
    """After each step: evict the table blocks the held-open warehouse cached, then hand glibc's
    free heap pages back to the OS (after a garbage collection once the process holds more than
    1.5 GB), so the next step's peak does not stand on what the steps before freed. Matters where the whole job runs in one process
    (`lvmh-pipeline run`, `dg.materialize`): at 100,000 clients the resident size otherwise only
    grows over a run."""
    before = resident_mb()
    release_cached_blocks()
    release_memory()
    after = resident_mb()
    if before is not None and after is not None and before - after >= 100:
        context.log.debug(f"{context.step_key}: returned {before - after:,.0f} MB to the OS ({after:,.0f} MB resident)")
