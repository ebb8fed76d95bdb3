"""The Dagster code location, a ``dg`` project: every asset, check, job, schedule and sensor
is loaded from the ``defs/`` folder (each domain owns its assets, checks, jobs, schedules and
sensors); the resources are built from the settings (paths and URIs from environment
variables, see ``settings.py``)."""

from __future__ import annotations

import dagster as dg

from lvmh_pipeline.defs.resources import build_resources
from lvmh_pipeline.lib.common.sqlite_sync import relax_wal_fsync
from lvmh_pipeline.settings import PROJECT_ROOT, Settings, get_settings


def build_definitions(settings: Settings) -> dg.Definitions:
    """Everything of the code location, wired to the given data dir and stores (the entry point
    of the tests and the CLI)."""
    relax_wal_fsync()  # Dagster's sqlite storage: no fsync per event (lib/common/sqlite_sync.py)
    return dg.Definitions.merge(
        dg.load_from_defs_folder(project_root=PROJECT_ROOT),
        dg.Definitions(resources=build_resources(settings)),
    )


@dg.definitions
def defs() -> dg.Definitions:
    """The code location ``dagster dev`` / ``dg`` load, with the settings of the environment."""
    return build_definitions(get_settings())
