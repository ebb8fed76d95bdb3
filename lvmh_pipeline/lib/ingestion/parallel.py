"""Pseudonymize the notes of a file, and check what was stored, on every core.

Both are pure Python, about 1 ms a note each (names, Art. 9 terms, allergies), so they run
through :func:`~lvmh_pipeline.lib.common.parallel.map_in_processes`: the first note of each
language here, the others in forked workers that inherit the lexicons and automata, the results
in input order (the serial output).

A worker that pseudonymizes a note also runs the check on the text it produced (most notes hold
no special-category data, so that text is the one the worker just scanned, and the check is
almost free there). The findings are kept in this process by (text, language, policy) until
:func:`sensitive_findings` asks for them: the check of a partition, evaluated in the same
step, computes only the texts it did not see here (the second pass with a client's other
names, text changed on the way). Same function, same input: the same findings.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from lvmh_pipeline.lib.common.parallel import map_in_processes
from lvmh_pipeline.lib.ingestion.language import normalize_language_code, resolve_language
from lvmh_pipeline.lib.privacy.pseudonymize import PrivacyPolicy, PseudonymizedText, find_sensitive, pseudonymize

__all__ = ["pseudonymize_declared_notes", "pseudonymize_notes", "sensitive_findings"]

Note = tuple[str, str | None]  # (text, language)

MAX_KEPT_FINDINGS = 500_000  # notes whose findings wait for the check (≈ 12 uploads of 40,000)
_findings_of: dict[tuple[str, str | None, PrivacyPolicy], list[str]] = {}


def _language(item: Note) -> str | None:
    return item[1]


def _pseudonymized(policy: PrivacyPolicy, item: Note) -> tuple[PseudonymizedText, list[str]]:
    result = pseudonymize(item[0], language=item[1], policy=policy)
    return result, find_sensitive(result.text, item[1], policy)


def _findings(policy: PrivacyPolicy, item: Note) -> list[str]:
    return find_sensitive(item[0], item[1], policy)


def _keep_findings(done: Sequence[tuple[PseudonymizedText, list[str], str | None]], policy: PrivacyPolicy) -> None:
    if len(_findings_of) + len(done) > MAX_KEPT_FINDINGS:
        _findings_of.clear()
    for result, findings, language in done:
        _findings_of[(result.text, language, policy)] = findings


def pseudonymize_notes(items: Sequence[Note], policy: PrivacyPolicy, workers: int | None = None) -> list[PseudonymizedText]:
    """``pseudonymize(text, language=…, policy=policy)`` of every (text, language), in order,
    on ``workers`` processes (default: every available core)."""
    _warm_extraction(policy)
    done = map_in_processes(partial(_pseudonymized, policy), items, warm_key=_language, workers=workers)
    _keep_findings([(result, findings, language) for (_, language), (result, findings) in zip(items, done, strict=True)],
                   policy)
    return [result for result, _ in done]


def _warm_extraction(policy: PrivacyPolicy) -> None:
    """Build concept extraction's tables here, before the workers fork: pseudonymization runs it
    only on notes that can name a non-food allergen, which the warm-up notes may not be (each
    worker would build them again, ~0.2 s)."""
    if policy.non_food_allergies or policy.special_categories:
        pseudonymize("allergic to nickel, diabetic", language="en", policy=policy)


def _declared_code(item: tuple[str, str]) -> str | None:
    return normalize_language_code(item[1])


def _resolved_and_pseudonymized(policy: PrivacyPolicy, item: tuple[str, str]) -> tuple[PseudonymizedText, list[str], str, bool]:
    language, detected = resolve_language(item[1], item[0])
    result, findings = _pseudonymized(policy, (item[0], language))
    return result, findings, language, detected


def pseudonymize_declared_notes(
    items: Sequence[tuple[str, str]], policy: PrivacyPolicy, workers: int | None = None
) -> list[tuple[PseudonymizedText, str, bool]]:
    """For every (text, declared language cell): (pseudonymized text, language, detected?),
    in order, on ``workers`` processes. The language is the declared one unless missing,
    unknown or contradicted by the text (:func:`~lvmh_pipeline.lib.ingestion.language.resolve_language`);
    detecting it (~150 µs a note) runs in the workers with the rest."""
    _warm_extraction(policy)
    done = map_in_processes(partial(_resolved_and_pseudonymized, policy), items, warm_key=_declared_code,
                            workers=workers)
    _keep_findings([(result, findings, language) for result, findings, language, _ in done], policy)
    return [(result, language, detected) for result, _, language, detected in done]


def sensitive_findings(items: Sequence[Note], policy: PrivacyPolicy, workers: int | None = None) -> list[list[str]]:
    """``find_sensitive(text, language, policy)`` of every stored (text, language), in order, on
    ``workers`` processes: what the blocking ``notes_free_of_pii`` check looks for. Findings
    kept by :func:`pseudonymize_notes` for the same (text, language, policy) are used once."""
    keys = [(text, language, policy) for text, language in items]
    found = [_findings_of.get(key) for key in keys]
    for key in keys:
        _findings_of.pop(key, None)
    missing = [i for i, findings in enumerate(found) if findings is None]
    computed = map_in_processes(partial(_findings, policy), [items[i] for i in missing], warm_key=_language,
                                workers=workers)
    for i, findings in zip(missing, computed, strict=True):
        found[i] = findings
    return found
