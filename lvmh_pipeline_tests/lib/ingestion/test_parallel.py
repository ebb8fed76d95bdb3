"""Pseudonymization on every core gives the serial output, in order."""

from __future__ import annotations

import multiprocessing as mp

import pytest

from lvmh_pipeline.lib.common import parallel
from lvmh_pipeline.lib.ingestion.language import resolve_language
from lvmh_pipeline.lib.ingestion.parallel import pseudonymize_declared_notes, pseudonymize_notes
from lvmh_pipeline.lib.privacy.pseudonymize import DEFAULT_POLICY, pseudonymize

NOTES = [
    ("Mme Keller, 57 ans, allergique au nickel, cherche un sac pour l'anniversaire de sa fille.", "FR"),
    ("Mr. Hughes called, um, about the Capucines; vegan, diabetic, budget 4-5k.", "EN"),
    ("Frau Krause kommt mit ihrem Mann, er ist CDU-Mitglied; sie mag Gold.", "DE"),
    ("박민준 고객님 방문, 땅콩 알레르기 있으심. 예산 300만원.", "KO"),
    ("السيدة فاطمة الزهراء، 45 سنة، حساسية من المكسرات.", "AR"),
    ("Орлов, 69 лет, халяль, ищет подарок жене.", "RU"),
    ("", None),
    ("plain note without anything special", None),
]


@pytest.fixture
def items() -> list[tuple[str, str | None]]:
    return [(f"{text} #{i}" if text else text, language) for i in range(12) for text, language in NOTES]


def test_workers_give_the_serial_output_in_input_order(items, monkeypatch):
    monkeypatch.setattr(parallel, "MIN_PARALLEL", 10)
    serial = [pseudonymize(text, language=language, policy=DEFAULT_POLICY) for text, language in items]
    assert pseudonymize_notes(items, DEFAULT_POLICY, workers=2) == serial
    assert pseudonymize_notes(items, DEFAULT_POLICY, workers=3) == serial
    assert any(r.names for r in serial) and any(r.counts for r in serial)  # the notes exercise redaction


def test_workers_settle_the_declared_or_detected_language_as_the_serial_path_does(items, monkeypatch):
    """The language cell as written ("fr-FR", "French", empty, contradicted by the text) is
    resolved in the workers: the same language, detected flag and text as serially."""
    monkeypatch.setattr(parallel, "MIN_PARALLEL", 10)
    cells = {"FR": "fr-FR", "EN": "English", "DE": "", "KO": "KO", "AR": "arabe", "RU": "FR", None: ""}
    declared = [(text, cells[language]) for text, language in items]
    serial = []
    for text, cell in declared:
        language, detected = resolve_language(cell, text)
        serial.append((pseudonymize(text, language=language, policy=DEFAULT_POLICY), language, detected))
    assert pseudonymize_declared_notes(declared, DEFAULT_POLICY, workers=2) == serial
    assert {(language, detected) for _, language, detected in serial} >= {("DE", True), ("RU", True), ("FR", False)}


def test_small_inputs_one_core_and_empty_inputs_stay_serial(items, monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("no worker process expected")

    monkeypatch.setattr(mp.get_context("fork"), "Pool", no_pool)
    assert pseudonymize_notes([], DEFAULT_POLICY, workers=2) == []
    assert len(pseudonymize_notes(items[:5], DEFAULT_POLICY, workers=2)) == 5  # below MIN_PARALLEL
    monkeypatch.setattr(parallel, "MIN_PARALLEL", 10)
    assert len(pseudonymize_notes(items, DEFAULT_POLICY, workers=1)) == len(items)


def test_workers_stop_when_the_parent_handles_sigterm_like_a_dagster_step():
    """A Dagster step turns SIGTERM into an interrupt; forked workers inherit that handler. They
    must still finish and exit (a multiprocessing.Pool, whose exit sends SIGTERM, once hung a
    benchmark run here); checked in a subprocess with a time limit."""
    import subprocess
    import sys

    code = (
        "import signal\n"
        "signal.signal(signal.SIGTERM, lambda *args: None)\n"
        "from lvmh_pipeline.lib.common import parallel\n"
        "from lvmh_pipeline.lib.ingestion.parallel import pseudonymize_notes\n"
        "from lvmh_pipeline.lib.privacy.pseudonymize import DEFAULT_POLICY\n"
        "parallel.MIN_PARALLEL = 10\n"
        "items = [('Mme Keller, allergique au nickel. #%d' % i, 'FR') for i in range(60)]\n"
        "for _ in range(5):\n"
        "    assert len(pseudonymize_notes(items, DEFAULT_POLICY, workers=2)) == 60\n"
        "print('done')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and done.stdout.strip() == "done", done.stderr[-2000:]


def test_the_stored_text_check_on_workers_finds_what_the_serial_check_finds(items, monkeypatch):
    from lvmh_pipeline.lib.ingestion.parallel import sensitive_findings
    from lvmh_pipeline.lib.privacy.pseudonymize import find_sensitive

    monkeypatch.setattr(parallel, "MIN_PARALLEL", 10)
    stored = [(pseudonymize(text, language=language).text, language) for text, language in items]
    stored += [("write to anna.keller@example.com, allergic to nickel", "EN"), ("Er ist CDU-Mitglied.", "DE")] * 6
    serial = [find_sensitive(text, language) for text, language in stored]
    assert sensitive_findings(stored, DEFAULT_POLICY, workers=2) == serial
    assert any(serial) and not all(serial)  # both clean and leaking texts


def _square_or_fail(value: int) -> int:
    if value < 0:
        raise ValueError(f"negative: {value}")
    return value * value


def test_map_in_processes_keeps_the_order_and_raises_the_function_error(monkeypatch):
    monkeypatch.setattr(parallel, "MIN_PARALLEL", 10)
    values = list(range(200))
    assert parallel.map_in_processes(_square_or_fail, values, warm_key=lambda v: v % 7, workers=2) == [
        v * v for v in values]
    with pytest.raises(ValueError, match="negative: -3"):
        parallel.map_in_processes(_square_or_fail, values + [-3], workers=2)


def test_the_check_reuses_the_findings_of_pseudonymization_once_and_computes_the_rest(items, monkeypatch):
    """The workers that pseudonymize also check the text they produced; the check of the
    partition computes only the texts it was not given that way, with the same findings."""
    from lvmh_pipeline.lib.ingestion import parallel as ingestion_parallel
    from lvmh_pipeline.lib.privacy.pseudonymize import find_sensitive

    monkeypatch.setattr(parallel, "MIN_PARALLEL", 10)
    monkeypatch.setattr(ingestion_parallel, "_findings_of", {})
    stored = [(r.text, language) for r, (_, language) in zip(pseudonymize_notes(items, DEFAULT_POLICY, workers=2),
                                                               items, strict=True)]
    changed = [("Er ist CDU-Mitglied.", "DE"), ("write to anna.keller@example.com", "EN")]
    checked: list[int] = []
    real_map = ingestion_parallel.map_in_processes

    def counting_map(function, work, **kwargs):
        checked.append(len(work))
        return real_map(function, work, **kwargs)

    monkeypatch.setattr(ingestion_parallel, "map_in_processes", counting_map)
    serial = [find_sensitive(text, language) for text, language in stored + changed]
    assert ingestion_parallel.sensitive_findings(stored + changed, DEFAULT_POLICY, workers=2) == serial
    assert checked == [len(changed)]  # every stored text was checked by the worker that wrote it
    assert ingestion_parallel.sensitive_findings(stored + changed, DEFAULT_POLICY, workers=2) == serial
    assert checked[-1] == len(stored) + len(changed)  # used once: a second check computes everything
    assert all(serial[-2:]) and not all(serial)
