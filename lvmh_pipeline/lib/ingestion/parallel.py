"""Pseudonymize the notes of a file, and check what was stored, on every core.

Both are pure Python, about 1 ms a note each (names, Art. 9 terms, allergies), so they run
through :func:`~lvmh_pipeline.lib.common.parallel.map_in_processes`: the first note of each
language here, the others in forked workers that inherit the lexicons and automata, the results
in input order (the serial output).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from lvmh_pipeline.lib.common.parallel import map_in_processes
from lvmh_pipeline.lib.privacy.pseudonymize import PrivacyPolicy, PseudonymizedText, find_sensitive, pseudonymize

__all__ = ["pseudonymize_notes", "sensitive_findings"]

Note = tuple[str, str | None]  # (text, language)


def _language(item: Note) -> str | None:
    return item[1]


def _pseudonymized(policy: PrivacyPolicy, item: Note) -> PseudonymizedText:
    return pseudonymize(item[0], language=item[1], policy=policy)


def _findings(policy: PrivacyPolicy, item: Note) -> list[str]:
    return find_sensitive(item[0], item[1], policy)


def pseudonymize_notes(items: Sequence[Note], policy: PrivacyPolicy, workers: int | None = None) -> list[PseudonymizedText]:
    """``pseudonymize(text, language=…, policy=policy)`` of every (text, language), in order,
    on ``workers`` processes (default: every available core)."""
    return map_in_processes(partial(_pseudonymized, policy), items, warm_key=_language, workers=workers)


def sensitive_findings(items: Sequence[Note], policy: PrivacyPolicy, workers: int | None = None) -> list[list[str]]:
    """``find_sensitive(text, language, policy)`` of every stored (text, language), in order, on
    ``workers`` processes: what the blocking ``notes_free_of_pii`` check looks for."""
    return map_in_processes(partial(_findings, policy), items, warm_key=_language, workers=workers)
