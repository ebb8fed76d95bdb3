"""The analyst's page: ``dashboard.html`` and the files it loads, built from the dashboard document.

Layout of the outputs folder::

    dashboard.html                 the page (static: no data in it)
    dashboard_assets/              plotly.min.js (vendored from the `plotly` PyPI package at
                                   build time: no CDN, works from file:// offline), app_*.js, app.css
    dashboard_data/                summary.js, rows_NNNN.js, cards_NNNN.js (:mod:`.page_data`)

Every file is written atomically (temporary file + rename); the data files are all written to a
staging folder first, so a build that fails leaves the previous data untouched. Data chunks of an
earlier, larger build and temporary files left by a crash are removed. The page is written last.
"""

from __future__ import annotations

import filecmp
import os
import re
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from lvmh_pipeline.lib.outputs.page_data import (
    CARDS_CALL,
    MAX_CHUNK_SIZE,
    ROWS_CALL,
    SUMMARY_CALL,
    chunk_script,
    client_row,
    iter_chunks,
    page_summary,
)

__all__ = ["PAGE_FILE", "SiteFiles", "build_site", "plotly_bundle"]

PAGE_FILE = "dashboard.html"
ASSETS_DIR = "dashboard_assets"
DATA_DIR = "dashboard_data"
STATIC_PACKAGE = "lvmh_pipeline.lib.outputs"
STATIC_FOLDER = "site_static"
STATIC_FILES: tuple[str, ...] = (
    "app.css", "app_core.js", "app_table.js", "app_card.js", "app_charts.js", "app_blocks.js", "app_main.js",
)
PLOTLY_FILE = "plotly.min.js"
_CHUNK_FILE = re.compile(r"^(rows|cards)_(\d{4,})\.js$")
_PLOTLY_VERSION = re.compile(rb"plotly\.js v(\d+\.\d+\.\d+)")


@dataclass(frozen=True)
class SiteFiles:
    """What :func:`build_site` wrote."""

    page: Path
    n_clients: int
    n_chunks: int
    data_bytes: int  # summary + row and card chunks
    plotly_version: str
    removed: tuple[str, ...]  # stale files deleted from the data folder


def plotly_bundle() -> tuple[Path, str]:
    """Path and version of the ``plotly.min.js`` shipped in the installed ``plotly`` package."""
    import plotly  # the Python package only carries the file we copy

    path = Path(plotly.__file__).resolve().parent / "package_data" / PLOTLY_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing: reinstall the `plotly` package")
    with path.open("rb") as handle:
        found = _PLOTLY_VERSION.search(handle.read(512))
    return path, found.group(1).decode() if found else "unknown"


def _write_atomic(target: Path, data: bytes) -> int:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.fchmod(fd, 0o644)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(data)


def _copy_atomic(source: Path, target: Path) -> None:
    if target.is_file() and filecmp.cmp(source, target, shallow=False):
        return
    _write_atomic(target, source.read_bytes())


def _static(name: str) -> bytes:
    return resources.files(STATIC_PACKAGE).joinpath(STATIC_FOLDER, name).read_bytes()


def _remove_stale(folder: Path, n_chunks: int) -> list[str]:
    removed = []
    for path in sorted(folder.iterdir()):
        match = _CHUNK_FILE.match(path.name)
        stale_chunk = match is not None and int(match.group(2)) >= n_chunks
        leftover = path.name.startswith(".") and path.name.endswith(".tmp")
        if path.is_file() and (stale_chunk or leftover):
            path.unlink()
            removed.append(path.name)
    return removed


def _remove_leftover_staging(out: Path) -> None:
    for path in out.glob(f".{DATA_DIR}.*.tmp"):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)


def build_site(
    doc: Mapping[str, Any],
    outputs_dir: str | Path,
    *,
    chunk_size: int = MAX_CHUNK_SIZE,
    plotly_js: str | Path | None = None,
) -> SiteFiles:
    """Write the page for the dashboard document ``doc`` into ``outputs_dir``.

    ``chunk_size`` clients per data chunk (at most 2,000); ``plotly_js`` defaults to the file
    of the installed ``plotly`` package.
    """
    out = Path(outputs_dir)
    out.mkdir(parents=True, exist_ok=True)
    assets, data = out / ASSETS_DIR, out / DATA_DIR
    if plotly_js is None:
        plotly_path, version = plotly_bundle()
    else:
        plotly_path, version = Path(plotly_js), "given"
    _copy_atomic(plotly_path, assets / PLOTLY_FILE)
    for name in STATIC_FILES:
        _write_atomic(assets / name, _static(name))

    cards = list(doc.get("clients") or [])
    chunks = list(iter_chunks(cards, chunk_size))
    _remove_leftover_staging(out)
    # every data file is first written to a staging folder: a failure (a value JSON refuses)
    # leaves the previous files untouched; then each one replaces its old version atomically
    staging = Path(tempfile.mkdtemp(prefix=f".{DATA_DIR}.", suffix=".tmp", dir=out))
    try:
        written = _write_atomic(staging / "summary.js", chunk_script(SUMMARY_CALL, page_summary(doc, chunk_size)).encode())
        for number, block in chunks:
            rows = [client_row(card) for card in block]
            written += _write_atomic(staging / f"rows_{number:04d}.js", chunk_script(ROWS_CALL, number, rows).encode())
            written += _write_atomic(staging / f"cards_{number:04d}.js", chunk_script(CARDS_CALL, number, block).encode())
        data.mkdir(parents=True, exist_ok=True)
        for path in sorted(staging.iterdir()):
            os.replace(path, data / path.name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    removed = _remove_stale(data, len(chunks))
    page = out / PAGE_FILE
    _write_atomic(page, _static(PAGE_FILE))
    return SiteFiles(page=page, n_clients=len(cards), n_chunks=len(chunks), data_bytes=written,
                     plotly_version=version, removed=tuple(removed))
