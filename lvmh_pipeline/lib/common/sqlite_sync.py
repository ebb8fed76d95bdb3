"""Commits to WAL-mode sqlite files without an fsync each: ``PRAGMA synchronous=NORMAL``.

Dagster keeps its runs, event log and schedules in sqlite files in WAL mode and commits every
event on its own: a 30-step run makes ~500 commits, and with sqlite's default
``synchronous=FULL`` each one waits for an fsync (2–20 ms on this VM's disk, more while another
process writes): 1.2 to 18 s for the same trivial run, 1.4–2.0 s with NORMAL. In WAL mode
``NORMAL`` is what sqlite recommends: a crash of the process or of the machine never corrupts
the file, a power cut may lose the last commits (the events of a run that was going on).
Connections in another journal mode (MLflow's store) are left as they are.
"""

from __future__ import annotations

from typing import Any

__all__ = ["relax_wal_fsync"]

_registered = False


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    if not type(dbapi_connection).__module__.startswith("sqlite3"):
        return
    cursor = dbapi_connection.cursor()
    try:
        if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
            cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def relax_wal_fsync() -> None:
    """Every SQLAlchemy connection to a WAL-mode sqlite file opened from now on in this process
    commits with ``synchronous=NORMAL`` (idempotent)."""
    global _registered
    if _registered:
        return
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    event.listen(Engine, "connect", _on_connect)
    _registered = True
