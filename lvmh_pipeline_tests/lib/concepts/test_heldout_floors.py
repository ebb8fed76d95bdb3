"""Floors on the held-out evaluation notes (``lvmh_pipeline_tests/eval_notes``, written apart
from the code): privacy and note understanding on notes nobody here wrote. The second held-out
set (``lvmh_pipeline_tests/fresh_notes``, 480 notes written on 2026-12-04 by writers who had not
read the code, the taxonomy or the first set) has its own floors, measured the day it was
written before any change and after that session's class fixes (README "Notes in the wild").

The floors sit a little under what the code measured when they were set (2026-12-04,
``bench/bench_notes.py``; the README's "Notes in the wild" table), so a change that loses
ground on a class of input fails here. Only raise them after a fix, never lower them to make a
change pass.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from lvmh_pipeline.lib.concepts.gold_quality import gold_report, load_gold_notes, run_gold_notes
from lvmh_pipeline.lib.privacy.pseudonymize import policy_from_env

NOTES_DIR = Path(__file__).resolve().parents[2]

# measure -> (floor or ceiling over every note, "min" | "max")
OVERALL: dict[str, tuple[float, str]] = {
    "surname_leak_notes": (0.03, "max"),  # measured 0.018 since session 36 (the learned name tagger; 0.024 before; 0.033 earlier; 0.042 before session 20's name classes; issue start: 0.541)
    "given_name_leak": (0.025, "max"),  # 0.016 since session 36 (0.020; 0.024 before session 28; 0.028 before session 27; 0.032 before session 25's second round; 0.052 before session 20)
    "contact_leak": (0.0, "max"),  # 0
    "over_redaction": (0.016, "max"),  # 0.015 since session 42 counts every CJK / kana character outside the gold spans (0.013 before: a clause touched by a gold span was skipped whole); 0.014 since session 34 (the tagger retrained with its training notes), 0.013 with session 33's tagger, 0.011 with `strict-lexicon`; 0.010 earlier
    "art9_redacted": (0.95, "min"),  # 0.962 (0.955 before session 33: the learned tagger, 0.959 with the lexicon alone; 0.951 before session 31; 0.940 before session 30; 0.932 before session 29; 0.925 before session 27; 0.917 before session 26; 0.865 before session 20's Art. 9 classes; issue start: 0)
    "allergy_precision": (0.96, "min"),  # 0.977 (0.972)
    "allergy_recall": (0.95, "min"),  # 0.964 (0.958 before session 33; 0.953 before session 32: allergies told by a reaction; 0.936 before session 20)
    "diet_precision": (0.94, "min"),  # 0.952 (0.949)
    "diet_recall": (0.96, "min"),  # 0.978 (0.960 before session 30 stated both diabetic and low_sugar; 0.957 before session 30; 0.953 before session 28; 0.939 before session 24)
    "budget_exact": (0.91, "min"),  # 0.930 (0.922 before session 33; 0.920 before session 32; 0.918 before session 31; 0.911 before session 28; 0.903 before session 27; 0.897 before session 25; 0.844 before session 24; 0.776 before session 23)
    "occasion_precision": (0.92, "min"),  # 0.945 (0.939 before session 31; 0.921 before session 27; 0.906 before session 24)
    "occasion_recall": (0.845, "min"),  # 0.869 (0.865 before session 31; 0.861 before session 30; 0.848 before session 28; 0.836 before session 27; 0.827 before session 25)
    "occasion_month_recall": (0.80, "min"),  # 0.825 (0.819 before session 31; 0.815 before session 29; 0.799 before session 28; 0.772 before session 27; 0.766 before session 26; 0.756 before session 25; 0.729 before session 24; 0.659 before fixed holidays carried their month)
}
# per language: no language left far behind (AR and KO are the weakest today)
PER_LANGUAGE: dict[str, tuple[float, str]] = {
    "surname_leak_notes": (0.11, "max"),  # worst: AR 0.087 since session 36 (0.130 before the learned name tagger, 0.174 before session 33), KO 0.062 (KO 0.104 before session 27; AR was 0.217)
    "over_redaction": (0.02, "max"),  # worst: JA 0.018, AR 0.017 (JA 0.011 before session 42 counted each CJK character; AR 0.022 mid-session 20)
    "art9_redacted": (0.85, "min"),  # worst: EN 0.885, AR 0.900 (DE 0.905 -> 0.952 in session 31) (EN 0.846 -> 0.885, PT 0.875 -> 0.917 in session 29) (KO 0.864 -> 0.955 in session 27) (AR 0.850 -> 0.900, ES 0.864 -> 0.909 in session 26)
    "allergy_recall": (0.85, "min"),  # worst: KO 0.861, RU 0.939 (RU 0.909 -> 0.939, AR 0.947 -> 0.974 in session 32) (KO was 0.833)
    "diet_recall": (0.87, "min"),  # worst: JA 0.900, ZH 0.923, AR 0.950 (AR 0.850 -> 0.950 in session 30; JA 0.850 -> 0.900 in session 28)
}


# measure -> (bound over every note, "min" | "max"); comment: measured at first / after the fixes of sessions 23, 24, 25, 26, 27
FRESH_OVERALL: dict[str, tuple[float, str]] = {
    "surname_leak_notes": (0.035, "max"),  # .022 since session 36 (the learned name tagger; .024 with the session's rules) / .068 / .065 / .058 (session 24) / .041 (session 25) / .039 (session 26) / .036 (27) / .027 (28)
    "given_name_leak": (0.04, "max"),  # .027 since session 36 (.032 with the session's rules, .037 before) / .072 / .072 / .052 / .049 / .047 / .042 (27) / .040 (28)
    "contact_leak": (0.02, "max"),  # .042 / .017 (messaging handles) / .008 (session 25)
    "over_redaction": (0.012, "max"),  # .008 / .009
    "art9_redacted": (0.91, "min"),  # .926 (33: the learned tagger; .913 with the lexicon alone) / .798 / .802 / .868 (a pregnancy is health data since session 24) / .876 / .888 / .893 (28) / .897 (29) / .905 (30)
    "allergy_precision": (0.92, "min"),  # .939 / .939
    "allergy_recall": (0.955, "min"),  # .972 / .972 / .976 (28)
    "diet_precision": (0.95, "min"),  # .955 / .955 / .967 / .973
    "diet_recall": (0.93, "min"),  # .854 / .859 / .894 / .904 / .909 / .960 (30: diabetic and low_sugar both stated, as its writers list them)
    "budget_exact": (0.87, "min"),  # .683 / .759 / .857 / .868 / .873 / .881 (27) / .886 (28) / .897 (31)
    "occasion_precision": (0.895, "min"),  # .873 / .882 / .902 / .906 / .911 / .919 (27)
    "occasion_recall": (0.895, "min"),  # .836 / .848 / .864 / .879 / .881 / .886 (27) / .904 (28) / .919 (30)
    "occasion_month_recall": (0.85, "min"),  # .690 / .758 / .786 / .811 / .819 / .840 (27) / .868 (28) / .883 (30) / .886 (31)
}
FRESH_PER_LANGUAGE: dict[str, tuple[float, str]] = {
    "surname_leak_notes": (0.10, "max"),  # worst: NL .083, KO .059 (.118 before session 28, .147 before session 27, .176 before session 25, .206 before session 24), NL .083
    "art9_redacted": (0.78, "min"),  # worst: ZH .800, AR/RU .842 (EN .826 -> .870, ES .818 -> .864 in session 30) (JA .684 before session 24, .789 before session 26: .842)
    "allergy_recall": (0.92, "min"),  # worst: AR .950 (.900 before session 28)
    "diet_recall": (0.70, "min"),  # worst: RU .750 (.650 before session 25, .700 before session 26)
}


FLOORS = {"eval_notes": (OVERALL, PER_LANGUAGE), "fresh_notes": (FRESH_OVERALL, FRESH_PER_LANGUAGE)}
_reports: dict[str, dict[str, pd.DataFrame]] = {}


def _report(name: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    folder = NOTES_DIR / name
    if not any(folder.glob("*.jsonl")):
        pytest.skip(f"no held-out notes in {folder}")
    if name not in _reports:
        gold = load_gold_notes(folder)
        _reports[name] = gold_report(gold, run_gold_notes(gold, tmp_path_factory.mktemp(name), policy_from_env("strict")))
    return _reports[name]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    return _report("eval_notes", tmp_path_factory)


def _check(value: float, bound: float, kind: str) -> bool:
    return value <= bound if kind == "max" else value >= bound


@pytest.mark.parametrize(("notes", "measure"), [(n, m) for n, (overall, _) in FLOORS.items() for m in sorted(overall)])
def test_overall_floor(tmp_path_factory, notes, measure):
    bound, kind = FLOORS[notes][0][measure]
    value = float(_report(notes, tmp_path_factory)["languages"].set_index("language").loc["ALL", measure])
    assert _check(value, bound, kind), f"{notes} {measure} = {value:.3f}, {kind} {bound}"


@pytest.mark.parametrize(("notes", "measure"), [(n, m) for n, (_, per) in FLOORS.items() for m in sorted(per)])
def test_every_language_floor(tmp_path_factory, notes, measure):
    bound, kind = FLOORS[notes][1][measure]
    table = _report(notes, tmp_path_factory)["languages"].set_index("language")
    failing = {language: round(float(value), 3) for language, value in table[measure].items()
               if pd.notna(value) and not _check(float(value), bound, kind)}
    assert failing == {}, f"{notes} {measure}: {kind} {bound}"


def test_every_language_and_many_classes_are_measured(report):
    languages = set(report["languages"]["language"]) - {"ALL"}
    assert languages == {"AR", "DE", "EN", "ES", "FR", "IT", "JA", "KO", "NL", "PT", "RU", "ZH"}
    assert len(report["classes"]) >= 20
