"""Deterministic demo data set: notes uploads, catalog, transactions and ground truth.

Every client draws from its own random streams (``SeedSequence([seed, index])``), so a data set
of N clients holds the same first clients as a larger one with the same seed, and the same seed
always gives byte-identical files.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

from .catalog import CATALOG_COLUMNS, build_catalog
from .config import EUR_PER_UNIT, TIMELINE, Timeline
from .latent import outcome_truth, seasonality, simulate_path
from .notes import compose_note
from .personas import sample_persona
from .phrases import PhraseBook, load_book
from .planner import plan_notes, upload_dates
from .transactions import (
    TRANSACTION_COLUMNS, CatalogArrays, OrderLine, assign_order_ids, choice_probabilities, mean_basket_eur,
    simulate_orders,
)
from .writer import (
    CLIENTS_TRUTH_COLUMNS, NOTES_TRUTH_COLUMNS, ClientTruth, NoteRecord, WrittenRow, client_truth_row, export_rows,
    note_truth_row, write_csv, write_meta, write_uploads,
)
from .wild import WildRates, plan_client, plan_note

GENERATOR_VERSION = "1"
_OWNED = ("uploads", "ground_truth", "catalog.csv", "transactions.csv")
_DURATION = {"short": (15, 25), "medium": (25, 40), "long": (40, 60)}


@dataclass(frozen=True)
class GenerationSummary:
    """What :func:`generate_dataset` wrote."""

    out_dir: Path
    seed: int
    n_clients: int
    n_clients_with_notes: int
    n_clients_with_transactions: int
    n_note_rows: int  # written records, bad rows and duplicates included
    n_bad_rows: int
    n_duplicates: int
    n_pii_notes: int
    upload_dates: tuple[str, ...]
    note_files: tuple[Path, ...]
    n_products: int
    n_orders: int
    n_transaction_rows: int
    catalog_path: Path
    transactions_path: Path
    truth_dir: Path
    as_of_date: str


# Characters of a European-language note per character of the same content in each script.
_DENSITY = {"JA": 2.4, "KO": 2.1, "ZH": 3.5, "AR": 1.25}


def note_length(text: str, language: str) -> str:
    """short / medium / long from the text length, scaled for denser scripts."""
    n = len(text) * _DENSITY.get(language, 1.0)
    # Thresholds that reproduce 93% of the labels of the real CA sample.
    return "short" if n < 340 else "long" if n >= 980 else "medium"


def _duration(rng: np.random.Generator, length: str) -> int:
    lo, hi = _DURATION[length]
    return int(rng.integers(lo // 5, hi // 5 + 1)) * 5


def _prepare(out_dir: Path, overwrite: bool) -> None:
    existing = [name for name in _OWNED if (out_dir / name).exists()]
    if existing and not overwrite:
        raise FileExistsError(f"{out_dir} already holds generated data ({', '.join(existing)}); pass overwrite=True")
    for name in existing:
        target = out_dir / name
        shutil.rmtree(target) if target.is_dir() else target.unlink()
    out_dir.mkdir(parents=True, exist_ok=True)


def _simulate_client(
    seed: int, index: int, book: PhraseBook, cat: CatalogArrays, timeline: Timeline, *, pii_rate: float,
    no_notes_rate: float, multiline_rate: float, wild: WildRates,
) -> tuple[list[NoteRecord], list[OrderLine], ClientTruth]:
    """Persona, purchase path, orders and notes of client ``index``, from its own random streams
    (the fifth and sixth, ``wild`` and ``extra``, only decide the harder input classes: the other
    four are unchanged)."""
    # spawn(6)'s first five children are spawn(5)'s: the sixth stream moved no earlier draw
    r_persona, r_path, r_orders, r_notes, r_wild, r_extra = (
        np.random.default_rng(s) for s in np.random.SeedSequence([seed, index]).spawn(6))
    surname_counts = {lang: len(t["surnames"]) for lang, t in book.items()}
    persona = sample_persona(r_persona, f"CL_{index + 1:06d}", surname_counts)
    season = seasonality([o.month for o in persona.occasions if o.month is not None])
    rate, hazard = persona.purchase_rate, persona.churn_hazard
    path = simulate_path(r_path, persona.acquisition, timeline.end, rate, hazard, season)
    probs = choice_probabilities(persona, cat)
    lines = simulate_orders(r_orders, persona, path.order_days, probs, cat)
    plans = plan_notes(r_notes, persona, path, timeline, pii_rate, no_notes=r_notes.random() < no_notes_rate)
    records = []
    wild_client = plan_client(r_wild, wild, persona.language, persona.allergies, persona.diets)
    has_spouse = any(r in ("wife", "husband") for r in persona.relatives)
    for plan in plans:
        wild_note = plan_note(r_wild, wild, wild_client, plan.language, has_spouse, r_extra)
        text, truth = compose_note(r_notes, persona, plan, book, paragraph_break=r_notes.random() < multiline_rate,
                                   wild=wild_note)
        length = note_length(text, plan.language)
        records.append(NoteRecord(persona.client_id, plan.note_date, plan.language, _duration(r_notes, length),
                                  length, text, truth))
    churn = path.churn_day.isoformat() if path.churn_day and path.churn_day <= timeline.end else ""
    outcome = outcome_truth(path, timeline.as_of, timeline.horizons_days, rate, hazard, season)
    truth_row = ClientTruth(persona, mean_basket_eur(persona, probs, cat), outcome, churn, len(plans), len(path.order_days))
    return records, lines, truth_row


def generate_dataset(
    out_dir: Path,
    n_clients: int = 2000,
    seed: int = 42,
    n_upload_dates: int = 8,
    progress: Callable[[int, int], None] | None = None,
    *,
    bad_row_rate: float = 0.005,
    duplicate_rate: float = 0.003,
    pii_rate: float = 0.03,
    no_notes_rate: float = 0.05,
    multiline_rate: float = 0.005,
    wild_rates: WildRates | None = None,
    overwrite: bool = False,
    timeline: Timeline = TIMELINE,
) -> GenerationSummary:
    """Generate the demo data set under ``out_dir`` (see the package docstring for the layout).

    Raises ``FileExistsError`` when ``out_dir`` already holds generated files and ``overwrite``
    is False; with ``overwrite`` only the generator's own outputs are replaced. ``wild_rates``:
    shares of the harder input classes (:class:`.wild.WildRates`; ``WildRates().scaled(0)`` turns
    them off; default ``WildRates()``).
    """
    if n_clients < 1 or n_upload_dates < 1:
        raise ValueError("n_clients and n_upload_dates must be >= 1")
    out_dir = Path(out_dir)
    _prepare(out_dir, overwrite)
    book = load_book()
    products = build_catalog()
    cat = CatalogArrays.of(products)
    uploads = upload_dates(n_upload_dates, timeline)
    wild = wild_rates or WildRates()

    records: list[NoteRecord] = []
    lines: list[OrderLine] = []
    clients: list[ClientTruth] = []
    for i in range(n_clients):
        client_records, client_lines, truth = _simulate_client(
            seed, i, book, cat, timeline, pii_rate=pii_rate, no_notes_rate=no_notes_rate, multiline_rate=multiline_rate,
            wild=wild)
        records += client_records
        lines += client_lines
        clients.append(truth)
        if progress is not None and ((i + 1) % 100 == 0 or i + 1 == n_clients):
            progress(i + 1, n_clients)

    writer_rng = np.random.default_rng(np.random.SeedSequence([seed, n_clients, 7]))
    written = write_uploads(out_dir, export_rows(writer_rng, records, uploads, bad_row_rate, duplicate_rate))
    catalog_path, transactions_path = out_dir / "catalog.csv", out_dir / "transactions.csv"
    truth_dir = out_dir / "ground_truth"
    catalog_rows = [(p.product_id, p.name, p.description, p.category, f"{p.price:.2f}", p.brand) for p in products]
    write_csv(catalog_path, CATALOG_COLUMNS, catalog_rows)
    tx_rows = [(c, o, d, p, q, f"{a:.2f}") for c, o, d, p, q, a in assign_order_ids(lines)]
    write_csv(transactions_path, TRANSACTION_COLUMNS, tx_rows)
    write_csv(truth_dir / "notes_truth.csv", NOTES_TRUTH_COLUMNS, [note_truth_row(w) for w in written])
    write_csv(truth_dir / "clients_truth.csv", CLIENTS_TRUTH_COLUMNS, [client_truth_row(c) for c in clients])
    summary = _summary(out_dir, seed, clients, written, tx_rows, len(products), uploads, timeline)
    meta = _meta(summary, timeline, bad_row_rate, duplicate_rate, pii_rate, no_notes_rate)
    meta["rates"]["wild"] = {k: round(v, 6) for k, v in vars(wild).items()}
    write_meta(truth_dir / "meta.json", meta)
    return summary


def _summary(out_dir: Path, seed: int, clients: list[ClientTruth], written: list[WrittenRow], tx_rows: list[tuple],
             n_products: int, uploads: list[date], timeline: Timeline) -> GenerationSummary:
    files = sorted({w.source_file for w in written})
    return GenerationSummary(
        out_dir=out_dir, seed=seed, n_clients=len(clients),
        n_clients_with_notes=sum(1 for c in clients if c.n_notes > 0),
        n_clients_with_transactions=len({r[0] for r in tx_rows}),
        n_note_rows=len(written), n_bad_rows=sum(1 for w in written if w.row.bad_reason),
        n_duplicates=sum(1 for w in written if w.row.is_duplicate),
        n_pii_notes=sum(1 for w in written if w.row.record.truth.pii and not w.row.is_duplicate),
        upload_dates=tuple(u.isoformat() for u in uploads), note_files=tuple(out_dir / f for f in files),
        n_products=n_products, n_orders=len({r[1] for r in tx_rows}), n_transaction_rows=len(tx_rows),
        catalog_path=out_dir / "catalog.csv", transactions_path=out_dir / "transactions.csv",
        truth_dir=out_dir / "ground_truth", as_of_date=timeline.as_of.isoformat(),
    )


def _meta(s: GenerationSummary, timeline: Timeline, bad_row_rate: float, duplicate_rate: float, pii_rate: float,
          no_notes_rate: float) -> dict:
    return {
        "generator_version": GENERATOR_VERSION, "seed": s.seed, "n_clients": s.n_clients,
        "as_of_date": timeline.as_of.isoformat(), "history_start": timeline.history_start.isoformat(),
        "notes_start": timeline.notes_start.isoformat(), "end_date": timeline.end.isoformat(),
        "horizons_days": dict(timeline.horizons_days), "eur_per_unit": dict(EUR_PER_UNIT),
        "upload_dates": list(s.upload_dates),
        "rates": {"bad_row_rate": bad_row_rate, "duplicate_rate": duplicate_rate, "pii_rate": pii_rate,
                  "no_notes_rate": no_notes_rate},
        "counts": {
            "clients_with_notes": s.n_clients_with_notes, "clients_with_transactions": s.n_clients_with_transactions,
            "note_rows": s.n_note_rows, "bad_rows": s.n_bad_rows, "duplicates": s.n_duplicates, "pii_notes": s.n_pii_notes,
            "products": s.n_products, "orders": s.n_orders, "transaction_rows": s.n_transaction_rows,
        },
        "truth_notes": "true probabilities are conditional on the latent parameters and the state at as_of_date only",
    }
