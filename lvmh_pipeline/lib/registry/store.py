"""New sqlite tracking stores start as a copy of an empty store of the same MLflow version.

MLflow creates a sqlite store by running every schema migration since its first release
(~1.3 s on the reference machine, paid by the first step of a cold run that logs anything).
The result depends only on the MLflow version, so it is built once per machine in
``<project>/data/cache/mlflow_schema/`` (next to the exported ONNX graph) and copied: the copy
holds tables and the schema revision, no experiment and no run. MLflow then creates its
``Default`` experiment itself, with the artifact root of the store being opened.

Nothing here ever touches an existing store, and any failure leaves the store to MLflow.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

from lvmh_pipeline.settings import DEFAULT_ONNX_CACHE_DIR

SCHEMA_CACHE_DIR = DEFAULT_ONNX_CACHE_DIR.parent / "mlflow_schema"

_log = logging.getLogger(__name__)


def _temporary(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    return Path(tmp)


def schema_template(template_dir: Path = SCHEMA_CACHE_DIR) -> Path:
    """The empty, fully migrated store of the installed MLflow version (built on first use)."""
    import mlflow
    import sqlalchemy
    from mlflow.store.db.utils import _initialize_tables

    template = template_dir / f"mlflow-{mlflow.__version__}.db"
    if template.is_file():
        return template
    tmp = _temporary(template_dir, template.name)
    try:
        tmp.unlink()  # sqlite creates the file
        engine = sqlalchemy.create_engine(f"sqlite:///{tmp}")
        try:
            _initialize_tables(engine)
        finally:
            engine.dispose()
        os.replace(tmp, template)
    finally:
        tmp.unlink(missing_ok=True)
    return template


def seed_sqlite_store(db: Path, template_dir: Path = SCHEMA_CACHE_DIR) -> bool:
    """Create ``db`` as a copy of :func:`schema_template` unless it exists; True if it did.

    The copy appears under its name in one step (a hard link of a finished copy), so a
    process opening the store never sees half a file, and a store created meanwhile by
    another process is kept.
    """
    if db.exists():
        return False
    try:
        template = schema_template(template_dir)
        tmp = _temporary(db.parent, db.name)
        try:
            shutil.copyfile(template, tmp)
            os.link(tmp, db)
        finally:
            tmp.unlink(missing_ok=True)
        return True
    except FileExistsError:
        return False
    except Exception as error:  # noqa: BLE001 - any failure: MLflow creates the store itself
        _log.info("MLflow store not seeded from the schema template (%s); MLflow will create it", error)
        return False
