"""Headless Chromium for the tests of the dashboard page (Playwright driving Debian's chromium).

No browser is ever downloaded (`playwright install` is never run): the tests use the system's
``chromium`` (``make test`` installs the Debian package when it is missing). Without it, or
without the ``playwright`` package, the browser tests skip — except under ``CI=true``, where a
missing browser is a failure, not a silent skip.

Import the fixture into a test module: ``from lvmh_pipeline_tests.browser import browser``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM_PATHS: tuple[str, ...] = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMIUM_ARGS: list[str] = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"  # git-ignored
LOAD_TIMEOUT_MS = 180_000  # a generous bound for a busy machine; never asserted as a timing


def find_chromium() -> str | None:
    """``$LVMH_CHROMIUM``, Debian's ``/usr/bin/chromium`` or a ``chromium`` on the PATH."""
    for candidate in (os.environ.get("LVMH_CHROMIUM"), *CHROMIUM_PATHS, shutil.which("chromium")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{reason} (CI must run the browser tests: `make test` installs Debian's chromium)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A headless Chromium for the module's tests."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed (pip install -e '.[test]')")
    executable = find_chromium()
    if executable is None:
        _unavailable("no chromium found (apt-get install chromium, or set LVMH_CHROMIUM)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@dataclass
class Probe:
    """What a page did that it must not: console errors, uncaught exceptions, dialogs
    (``alert``, ``confirm``…, dismissed), failed requests."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return [*self.console_errors, *self.page_errors, *(f"dialog: {d}" for d in self.dialogs),
                *(f"request failed: {r}" for r in self.failed_requests)]


def open_page(browser: Any, page_file: Path, *, width: int = 1366, height: int = 860,
              bypass_csp: bool = False) -> tuple[Any, Probe]:
    """Open ``page_file`` from ``file://`` in a fresh context and wait until every client row
    chunk is loaded (``body[data-loaded=true]``). ``bypass_csp`` ignores the page's Content
    Security Policy (to prove the escaping holds without it).

    Waits take a function (``"() => …"``): a bare expression is evaluated with ``eval`` in the
    page, which the page's CSP forbids."""
    context = browser.new_context(viewport={"width": width, "height": height}, bypass_csp=bypass_csp)
    page = context.new_page()
    probe = Probe()
    page.on("console", lambda message: message.type == "error" and probe.console_errors.append(message.text))
    page.on("pageerror", lambda error: probe.page_errors.append(str(error)))

    def on_dialog(dialog: Any) -> None:
        probe.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("requestfailed", lambda request: probe.failed_requests.append(request.url))
    page.goto(page_file.resolve().as_uri())
    page.wait_for_function("() => document.body.dataset.loaded === 'true'", timeout=LOAD_TIMEOUT_MS)
    return page, probe


def save_screenshot(page: Any, name: str, tmp_path: Path) -> Path:
    """A PNG of the viewport in ``tmp_path`` and in ``lvmh_pipeline_tests/artifacts/``; the
    artifact's path is printed (``pytest -s`` shows it)."""
    shot = tmp_path / name
    page.screenshot(path=str(shot))
    ARTIFACTS.mkdir(exist_ok=True)
    kept = ARTIFACTS / name
    shutil.copyfile(shot, kept)
    print(f"screenshot: {kept}")
    return kept
