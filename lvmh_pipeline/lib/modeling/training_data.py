"""What the models are trained, selected and scored on: outcome files, the client population,
note vectors aligned with notes, and the held-out split (the labels as a warehouse table are
:mod:`.label_table`).

Outcomes come from ``labels.csv`` when the house provides one, else from ``transactions.csv``
around an as-of date T (:mod:`.labels`); with neither there is nothing to learn from and
:func:`load_outcomes` returns ``None``.

:func:`validation_split` is the one definition of the held-out clients of a target: it makes
exactly the split of :func:`.fitting.train_and_evaluate` (same labelled rows, same stratification,
same seed), so the selector scores every candidate on clients the fresh candidates never saw,
and :attr:`ValidationSplit.train_digest` equals the ``data_digest`` tag of a version trained on
the complement, which proves it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from lvmh_pipeline.lib.modeling.labeling.label_files import labels_from_file, read_transactions
from lvmh_pipeline.lib.modeling.labeling.labels import Horizons, LabelSet, labels_from_transactions
from lvmh_pipeline.lib.modeling.evaluation import LABEL_COLUMNS
from lvmh_pipeline.lib.modeling.fitting import data_digest, held_out_split, labelled_frame
from lvmh_pipeline.lib.modeling.labeling.windows import (
    SHORTENED,
    AsOfError,
    HistoryError,
    carrier_tag,
    fit_carrier,
    fit_priors,
    plan_windows,
    truncate,
)

LABELS_FILE = "labels.csv"
TRANSACTIONS_FILE = "transactions.csv"
MISSING_OUTCOMES_MESSAGE = (
    "no transactions.csv or labels.csv in {data_dir}: models skipped. Provide transactions.csv "
    "(client_id,order_id,date,product_id,quantity,amount) to learn outcomes from history, or "
    "labels.csv (client_id,purchased,churned,lifetime_value)."
)


@dataclass(frozen=True)
class OutcomeLoad:
    """Labels and where they came from; ``rejected`` holds the input rows set aside (line, reason)."""

    labels: LabelSet
    path: Path
    rejected: pd.DataFrame


def read_optional_transactions(data_dir: Path | str, as_of: date | str | None = None) -> pd.DataFrame | None:
    """Valid lines of ``<data_dir>/transactions.csv`` (dated up to ``as_of`` when given), or
    ``None`` when the file is absent."""
    path = Path(data_dir) / TRANSACTIONS_FILE
    if not path.exists():
        return None
    return truncate(read_transactions(path).transactions, date.fromisoformat(str(as_of)) if as_of else None)


def prepare_outcomes(
    data_dir: Path | str,
    clients: pd.DataFrame,
    *,
    requested: Horizons = Horizons(),
    scoring_date: date | str | None = None,
    train_as_of: date | str | None = None,
) -> OutcomeLoad | None:
    """:func:`load_outcomes` with the dates planned from the history (:mod:`.windows`).

    With ``transactions.csv``: nothing after ``scoring_date`` (default: the last order) is used;
    T and the label windows come from :func:`.windows.plan_windows` (the asked ``requested``
    windows when the history is long enough, else the longest that fit, the outputs being
    rescaled to ``requested``); the rate-model priors at the scoring date (BG/NBD, Pareto/NBD,
    Gamma-Gamma on every history) and the carrier that rescales are fitted and recorded in the
    label set's ``plan``. Raises :class:`.windows.HistoryError` (models skipped) or its
    :class:`.windows.AsOfError` (a refusal) naming the file and the dates; ``None`` without
    outcome file.
    """
    data_dir = Path(data_dir)
    score = date.fromisoformat(str(scoring_date)) if scoring_date else None
    given = date.fromisoformat(str(train_as_of)) if train_as_of else None
    if (data_dir / LABELS_FILE).exists():
        return load_outcomes(data_dir, clients, horizons=requested, as_of=given)
    path = data_dir / TRANSACTIONS_FILE
    if not path.exists():
        return None
    load = read_transactions(path)
    plan = plan_windows(load.transactions, requested, score_as_of=score, train_as_of=given, source=path.name)
    history = truncate(load.transactions, plan.score_as_of)
    labels = labels_from_transactions(history, clients, as_of=plan.train_as_of, horizons=plan.labels)
    priors = fit_priors(history, plan.score_as_of)
    carrier = fit_carrier(history, plan.score_as_of, priors) if plan.method == SHORTENED else None
    plan_record = {**plan.metadata(), "notes": list(plan.notes), "priors": priors,
                   "horizon_carrier": carrier_tag(carrier)}
    labels = replace(labels, requested=requested, plan=plan_record)
    return OutcomeLoad(labels, path, load.rejected)


def load_outcomes(
    data_dir: Path | str,
    clients: pd.DataFrame,
    *,
    horizons: Horizons = Horizons(),
    as_of: date | str | None = None,
) -> OutcomeLoad | None:
    """Labels from ``labels.csv`` if present, else from ``transactions.csv`` at ``as_of``.

    With ``labels.csv``, ``as_of`` is the date the house measured the outcomes from: features
    then only use data up to it (without it, features use all the data).

    ``clients`` (``client_id`` + ``note_date``) defines, with the orders up to T, who was a
    client at T. Returns ``None`` when neither file exists. Raises the readers' errors
    (:class:`~.label_files.LabelsFileError`, :class:`~.label_files.TransactionsFileError`) for an
    unusable file.
    """
    data_dir = Path(data_dir)
    cutoff = date.fromisoformat(str(as_of)) if as_of is not None else None
    labels_path = data_dir / LABELS_FILE
    if labels_path.exists():
        labels = replace(labels_from_file(labels_path), as_of=cutoff)
        return OutcomeLoad(labels, labels_path, labels.rejected)
    transactions_path = data_dir / TRANSACTIONS_FILE
    if not transactions_path.exists():
        return None
    load = read_transactions(transactions_path)
    labels = labels_from_transactions(load.transactions, clients, as_of=cutoff, horizons=horizons)
    return OutcomeLoad(labels, transactions_path, load.rejected)


def known_clients(notes: pd.DataFrame, transactions: pd.DataFrame | None) -> list[str]:
    """Every client with a note or a transaction, sorted."""
    ids = set(notes["client_id"].astype(str))
    if transactions is not None:
        ids |= set(transactions["client_id"].astype(str))
    return sorted(ids)


def align_note_vectors(notes: pd.DataFrame, note_embeddings: pd.DataFrame, *, release: bool = False) -> np.ndarray:
    """The ``embedding`` of each row of ``notes`` (by ``note_id``), as an (n, d) float32 matrix.

    A note without an embedding gets a zero row, which adds nothing to a client's mean vector.
    Without any embedding (a house with no notes) the matrix has no column: no ``emb_*`` feature.
    ``release``: drop the ``embedding`` column from ``note_embeddings`` once copied (a step's
    loaded input then holds the vectors once, not twice: ~0.5 GB at 100,000 clients).
    """
    try:
        return _aligned_vectors(notes, note_embeddings)
    finally:
        if release and "embedding" in note_embeddings.columns:
            note_embeddings.drop(columns="embedding", inplace=True)


def _aligned_vectors(notes: pd.DataFrame, note_embeddings: pd.DataFrame) -> np.ndarray:
    if note_embeddings.empty:
        return np.zeros((len(notes), 0), dtype=np.float32)
    by_id = note_embeddings.drop_duplicates("note_id").set_index("note_id")["embedding"]
    dim = len(by_id.iloc[0])
    out = np.zeros((len(notes), dim), dtype=np.float32)
    positions = by_id.index.get_indexer(notes["note_id"])
    for row, position in enumerate(positions):
        if position >= 0:
            out[row] = np.asarray(by_id.iloc[position], dtype=np.float32)
    return out


@dataclass(frozen=True)
class ValidationSplit:
    """The labelled clients of one target, split into training and held-out rows."""

    target: str
    frame: pd.DataFrame  # labelled feature rows (labelled_frame order)
    y: np.ndarray
    train_idx: np.ndarray
    valid_idx: np.ndarray

    @property
    def validation_features(self) -> pd.DataFrame:
        return self.frame.iloc[self.valid_idx].reset_index(drop=True)

    @property
    def validation_labels(self) -> pd.DataFrame:
        """``client_id`` and the target's label column for the held-out clients."""
        return pd.DataFrame({"client_id": self.frame["client_id"].iloc[self.valid_idx].to_numpy(),
                             LABEL_COLUMNS[self.target]: self.y[self.valid_idx]})

    @property
    def validation_client_ids(self) -> list[str]:
        return self.frame["client_id"].iloc[self.valid_idx].astype(str).tolist()

    @property
    def train_digest(self) -> str:
        """``data_digest`` of the training part: equal to the tag of a version trained on it."""
        return data_digest(self.frame["client_id"].iloc[self.train_idx].tolist(), self.y[self.train_idx])


def validation_split(features: pd.DataFrame, labels: LabelSet | pd.DataFrame, target: str, *,
                     seed: int = 42, test_size: float = 0.25) -> ValidationSplit:
    """The stratified held-out split of :func:`.fitting.train_and_evaluate` for ``target``."""
    frame, y = labelled_frame(features, labels, target)
    if len(y) < 2:
        raise ValueError(f"{target}: {len(y)} labelled client(s), too few to hold any out")
    train_idx, valid_idx = held_out_split(target, y, seed=seed, test_size=test_size)
    return ValidationSplit(target, frame, y, train_idx, valid_idx)


MAX_LINE_WARNINGS = 20


def history_check(
    data_dir: Path | str,
    requested: Horizons = Horizons(),
    scoring_date: date | str | None = None,
    *,
    has_notes: bool = True,
    on_warning: Callable[[str], None] | None = None,
) -> list[str]:
    """What a run on this data dir will do with ``transactions.csv``, in one-line warnings
    naming the file, the lines and the dates: rows set aside (an order dated after today, …),
    a history too short or too thin to train on (models skipped), windows shortened to fit.
    Each warning also goes to ``on_warning`` as soon as it is known (so the rows set aside are
    reported even when a refusal follows). Raises :class:`.windows.AsOfError` for a scoring date
    the history contradicts, and :class:`.windows.HistoryError` when there is nothing to run on
    at all (``has_notes`` False and no usable order). Reads the file only; nothing is written."""
    data_dir = Path(data_dir)
    path = data_dir / TRANSACTIONS_FILE
    warnings: list[str] = []

    def warn(message: str) -> None:
        warnings.append(message)
        if on_warning is not None:
            on_warning(message)

    if not path.exists() or (data_dir / LABELS_FILE).exists():
        return warnings
    load = read_transactions(path)
    for line, reason in list(zip(load.rejected["source_line"], load.rejected["reason"]))[:MAX_LINE_WARNINGS]:
        warn(f"{path.name} line {line}: {reason}")
    if len(load.rejected) > MAX_LINE_WARNINGS:
        warn(f"{path.name}: {len(load.rejected) - MAX_LINE_WARNINGS} more line(s) set aside")
    score = date.fromisoformat(str(scoring_date)) if scoring_date else None
    try:
        plan = plan_windows(load.transactions, requested, score_as_of=score, source=path.name)
    except AsOfError:
        raise
    except HistoryError as error:
        if not has_notes:
            raise HistoryError(f"nothing to run on: no upload of notes, and {error}") from error
        warn(f"models skipped: {error}")
        return warnings
    for note in plan.notes:
        warn(f"{path.name}: {note}")
    return warnings
