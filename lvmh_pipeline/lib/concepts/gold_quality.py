"""Note understanding measured on hand-labelled notes written apart from the code.

The held-out set (``lvmh_pipeline_tests/eval_notes/<language>.jsonl``, see its README) holds
notes in 12 languages with gold names, contacts, Art. 9 spans, allergies, diets, budgets and
occasions. :func:`run_gold_notes` puts them through the real pipeline path — an upload CSV
read by :func:`~lvmh_pipeline.lib.ingestion.notes.ingest_partition` (pseudonymization),
:func:`~lvmh_pipeline.lib.concepts.extraction.extract_note_concepts` and
:func:`~lvmh_pipeline.lib.concepts.profiles.build_client_profiles` — one client per note;
:func:`gold_report` compares the result with the gold, per language and per class.
"""

from __future__ import annotations

import csv
import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from typing import TYPE_CHECKING

import pandas as pd

from lvmh_pipeline.lib.common.cells import as_list
from lvmh_pipeline.lib.concepts.budgets.money import EUR_PER_UNIT
from lvmh_pipeline.lib.concepts.taxonomy import Taxonomy, load_taxonomy
from lvmh_pipeline.lib.privacy.quality import redaction_outcome

if TYPE_CHECKING:
    from lvmh_pipeline.lib.privacy.pseudonymize import PrivacyPolicy

__all__ = ["GoldNote", "GoldRun", "budget_ok", "gold_report", "load_gold_notes", "occasion_set", "run_gold_notes"]

# Gold labels that the taxonomy spells differently (the material "wool" exists).
LABEL_ALIASES = {"wool": "wool_allergy"}
NOTE_DATE = "2026-01-15"
_BUDGET_TOLERANCE = 0.01
GOLD_LANGUAGES = frozenset({"AR", "DE", "EN", "ES", "FR", "IT", "JA", "KO", "NL", "PT", "RU", "ZH"})


@dataclass(frozen=True)
class GoldNote:
    """One hand-labelled note."""

    id: str
    language: str
    text: str
    classes: tuple[str, ...]
    surnames: tuple[str, ...]
    given_names: tuple[str, ...]
    contacts: tuple[str, ...]
    art9: tuple[str, ...]
    art9_categories: tuple[str, ...]  # HEALTH, POLITICS … one per span of ``art9``
    allergies: tuple[tuple[str, str], ...]  # (label, span)
    diets: tuple[str, ...]
    budget: dict | None
    occasions: tuple[tuple[str, int | None], ...]
    not_concepts: tuple[str, ...] = ()


def _label(value: str) -> str:
    return LABEL_ALIASES.get(value, value)


def _not_concepts(entries: list) -> tuple[str, ...]:
    """Concept labels a note forbids. A writer may list ``{"text": "Rose", "why": "surname"}``
    instead of a label: that names a word, not a concept, and is kept in the file for readers only
    (``{"label": …}`` objects count)."""
    labels = (e if isinstance(e, str) else e.get("label") for e in entries)
    return tuple(label for label in labels if label)


def load_gold_notes(folder: Path | str) -> list[GoldNote]:
    """Every note of ``folder/*.jsonl`` (sorted by file name, then file order)."""
    notes = []
    for path in sorted(Path(folder).glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not JSON ({exc})") from exc
            if raw.get("language") not in GOLD_LANGUAGES:  # a writer's slip ("001") would score the note as its own language
                raise ValueError(f"{path}:{number}: language {raw.get('language')!r} is not one of the 12 codes (AR … ZH)")
            names = raw.get("names", [])
            unknown = sorted({n["kind"] for n in names} - {"surname", "given"})
            if unknown:  # a writer's own kinds ("full", "nickname") would drop the name from every rate silently
                raise ValueError(f"{path}:{number}: name kind {', '.join(unknown)} is neither 'surname' nor 'given'")
            notes.append(GoldNote(
                id=raw["id"], language=raw["language"], text=raw["text"], classes=tuple(raw.get("classes", [])),
                surnames=tuple(n["text"] for n in names if n["kind"] == "surname"),
                given_names=tuple(n["text"] for n in names if n["kind"] == "given"),
                contacts=tuple(raw.get("contacts", [])),
                art9=tuple(a["text"] for a in raw.get("art9", [])),
                art9_categories=tuple(a.get("category", "") for a in raw.get("art9", [])),
                allergies=tuple((_label(a["label"]), a["text"]) for a in raw.get("allergies", [])),
                diets=tuple(_label(d["label"]) for d in raw.get("diets", [])),
                budget=raw.get("budget"),
                occasions=tuple((o["label"], o.get("month")) for o in raw.get("occasions", [])),
                not_concepts=_not_concepts(raw.get("not_concepts", [])),
            ))
    return notes


@dataclass
class GoldRun:
    """The pipeline's tables for the gold notes (one client per note, ``client_id`` = note id)."""

    notes: pd.DataFrame
    rejected: pd.DataFrame
    concepts: pd.DataFrame
    profiles: pd.DataFrame


def run_gold_notes(gold: Sequence[GoldNote], workdir: Path, policy: PrivacyPolicy | None = None) -> GoldRun:
    """Write ``gold`` as a CA export upload under ``workdir`` and run ingestion, concept
    extraction and client profiles on it, as the assets do (default privacy policy: strict)."""
    from lvmh_pipeline.lib.concepts.extraction import extract_note_concepts
    from lvmh_pipeline.lib.concepts.profiles import build_client_profiles
    from lvmh_pipeline.lib.ingestion.notes import ingest_partition
    from lvmh_pipeline.lib.privacy.pseudonymize import DEFAULT_POLICY

    policy = policy or DEFAULT_POLICY

    upload = Path(workdir) / "uploads" / NOTE_DATE
    upload.mkdir(parents=True, exist_ok=True)
    with (upload / "gold.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ID", "Date", "Duration", "Language", "Length", "Transcription"])
        for note in gold:
            writer.writerow([note.id, NOTE_DATE, "20 min", note.language, "", note.text])
    result = ingest_partition(upload, data_dir=Path(workdir), upload_date=NOTE_DATE, policy=policy)
    concepts = extract_note_concepts(result.notes)
    return GoldRun(result.notes, result.rejected, concepts, build_client_profiles(result.notes, concepts))


@dataclass
class _Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set, predicted: set) -> None:
        self.tp += len(gold & predicted)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else math.nan

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else math.nan


def _eur(value: object, currency: str) -> float:
    return math.nan if value is None else float(value) * EUR_PER_UNIT.get(currency, math.nan)


def _same_amount(gold: float, predicted: float) -> bool:
    if math.isnan(gold) or math.isnan(predicted):
        return math.isnan(gold) and math.isnan(predicted)
    return abs(gold - predicted) <= _BUDGET_TOLERANCE * max(abs(gold), 1.0)


def budget_ok(gold: dict | None, row: pd.Series) -> bool | None:
    """Exact budget (both bounds within 1 %)? None when neither gold nor pipeline has one."""
    predicted = (float(row["budget_min_eur"]), float(row["budget_max_eur"])) if row is not None else (math.nan, math.nan)
    has_predicted = not (math.isnan(predicted[0]) and math.isnan(predicted[1]))
    if gold is None:
        return None if not has_predicted else False
    currency = gold.get("currency") or "EUR"
    expected = (_eur(gold.get("min"), currency), _eur(gold.get("max"), currency))
    return _same_amount(expected[0], predicted[0]) and _same_amount(expected[1], predicted[1])


@dataclass
class _Tally:
    notes: int = 0
    allergies: _Counts = field(default_factory=_Counts)
    diets: _Counts = field(default_factory=_Counts)
    occasions: _Counts = field(default_factory=_Counts)
    occasion_months: _Counts = field(default_factory=_Counts)
    budgets: int = 0
    budgets_exact: int = 0
    budgets_spurious: int = 0
    forbidden_concepts: int = 0
    notes_with_surname: int = 0
    notes_leaking_surname: int = 0
    redaction: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    removed_by: Counter[str] = field(default_factory=Counter)  # over-redacted tokens by replacing redaction token

    def row(self) -> dict[str, float]:
        r = self.redaction
        share = lambda a, b: a / b if b else math.nan  # noqa: E731
        return {
            "notes": self.notes,
            "surname_leak_notes": share(self.notes_leaking_surname, self.notes_with_surname),
            "surname_leak": share(r["surnames_leaked"], r["surnames"]),
            "given_name_leak": share(r["given_names_leaked"], r["given_names"]),
            "contact_leak": share(r["contacts_leaked"], r["contacts"]),
            "over_redaction": share(r["ordinary_removed"], r["ordinary_tokens"]),
            "art9_redacted": share(r["art9_redacted"], r["art9_spans"]),
            "allergy_text_redacted": share(r["allergy_redacted"], r["allergy_spans"]),
            "allergy_precision": self.allergies.precision,
            "allergy_recall": self.allergies.recall,
            "diet_precision": self.diets.precision,
            "diet_recall": self.diets.recall,
            "budget_exact": share(self.budgets_exact, self.budgets),
            "budget_spurious": self.budgets_spurious,
            "occasion_precision": self.occasions.precision,
            "occasion_recall": self.occasions.recall,
            "occasion_month_recall": self.occasion_months.recall,
            "forbidden_concepts": self.forbidden_concepts,
        }


def occasion_set(labels: Iterable[str]) -> tuple[set[str], set[tuple[str, int]]]:
    """Profile occasion labels ("birthday:5", "christmas") as (names, (name, month) pairs)."""
    plain, dated = set(), set()
    for label in labels:
        name, _, month = label.partition(":")
        plain.add(name)
        if month:
            dated.add((name, int(month)))
    return plain, dated


def gold_report(gold: Sequence[GoldNote], run: GoldRun, taxonomy: Taxonomy | None = None) -> dict[str, pd.DataFrame]:
    """Per-language and per-class measures (one row each, plus ``ALL``), the notes that leaked a
    surname or lost ordinary words (ids only, for reading them by hand) and, per language, the
    over-redaction split by the redaction token that took the ordinary words (``over_redaction_by``:
    rows ``NAME``, ``HEALTH`` …, shares of the language's ordinary tokens; no text)."""
    taxonomy = taxonomy or load_taxonomy()
    special = {c.concept for c in taxonomy.concepts if c.special_category}
    stored = dict(zip(run.notes["client_id"], run.notes["text"]))
    profiles = run.profiles.set_index("client_id") if len(run.profiles) else run.profiles
    positive = run.concepts[~run.concepts["negated"].astype(bool)] if len(run.concepts) else run.concepts
    concepts_of = positive.groupby("client_id")["concept"].agg(set).to_dict() if len(positive) else {}
    by_language: dict[str, _Tally] = defaultdict(_Tally)
    by_class: dict[str, _Tally] = defaultdict(_Tally)
    failures = []
    for note in gold:
        text = stored.get(note.id, "")
        row = profiles.loc[note.id] if note.id in profiles.index else None
        outcome = redaction_outcome(
            note.text, text, surnames=note.surnames, given_names=note.given_names, contacts=note.contacts,
            art9=note.art9, protected_allergies=[span for label, span in note.allergies if label in special],
        )
        allergies = set(as_list(row["allergies"])) if row is not None else set()
        diets = set(as_list(row["diets"])) if row is not None else set()
        occasions, dated = occasion_set(as_list(row["occasions"]) if row is not None else [])
        budget = budget_ok(note.budget, row)
        forbidden = len(set(note.not_concepts) & concepts_of.get(note.id, set()))
        leak = outcome.surnames_leaked > 0
        for tally in [by_language[note.language], by_language["ALL"], *(by_class[c] for c in note.classes)]:
            tally.notes += 1
            tally.allergies.add({label for label, _ in note.allergies}, allergies)
            tally.diets.add(set(note.diets), diets)
            tally.occasions.add({label for label, _ in note.occasions}, occasions)
            tally.occasion_months.add({(label, m) for label, m in note.occasions if m}, dated)
            tally.budgets += note.budget is not None
            tally.budgets_exact += bool(budget) and note.budget is not None
            tally.budgets_spurious += budget is False and note.budget is None
            tally.forbidden_concepts += forbidden
            tally.notes_with_surname += bool(note.surnames)
            tally.notes_leaking_surname += leak
            for key, value in vars(outcome).items():
                if isinstance(value, int):
                    tally.redaction[key] += value
            tally.removed_by.update(outcome.removed_by)
        if leak or outcome.ordinary_removed:
            failures.append({"id": note.id, "surname_leaked": leak, "ordinary_removed": outcome.ordinary_removed,
                             "removed": ", ".join(outcome.removed_examples)})
    languages = sorted(k for k in by_language if k != "ALL") + ["ALL"]
    return {
        "languages": pd.DataFrame([{"language": k, **by_language[k].row()} for k in languages]),
        "classes": pd.DataFrame([{"class": k, **by_class[k].row()} for k in sorted(by_class)]),
        "failures": pd.DataFrame(failures, columns=["id", "surname_leaked", "ordinary_removed", "removed"]),
        "over_redaction_by": pd.DataFrame(
            {k: {c: n / max(by_language[k].redaction["ordinary_tokens"], 1) for c, n in by_language[k].removed_by.items()}
             for k in languages}).fillna(0.0).sort_index(),
    }
