"""``lvmh-pipeline predict``: score the clients of any notes CSV with the champion models.

Every input row comes back with the prediction columns of its client (clients with several rows
share one client-level prediction) and a ``prediction_status``. The notes go through the same
steps as an upload (cleaning, pseudonymization, language, concepts) and the same feature code
as training (:func:`~.model_features.build_feature_frame`, as of today); the champions' fitted
pipelines are applied as they are, never refitted.

Rows that cannot be used (no client id, empty text, bad date) are kept in the output: a row
without client id gets no prediction, the others are scored from the client's usable rows (and
transactions), and the status says what was left out.

The output is for people: probabilities rounded to 3 decimals, CLV to cents, ``top_drivers`` in
plain words (:mod:`.driver_text`) and ``order_history`` saying how much order history the scores
rest on (:func:`order_history`: ``none`` / ``short`` / ``ok``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from lvmh_pipeline.lib.outputs.csv_export import write_csv

from lvmh_pipeline.lib.ingestion.csv_reader import read_raw_table
from lvmh_pipeline.lib.ingestion.note_rows import note_id
from lvmh_pipeline.lib.ingestion.language import guess_language, normalize_language_code
from lvmh_pipeline.lib.modeling.features import build_feature_frame
from lvmh_pipeline.lib.ingestion.fields import clean_text, parse_note_date
from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize
from lvmh_pipeline.lib.scoring.driver_text import VALUED_FEATURES, drivers_text
from lvmh_pipeline.lib.scoring.predictions import PREDICTIONS_COLUMNS, history_flag, score_clients
from lvmh_pipeline.lib.scoring.report import concept_categories, round_for_people

# order_history (the predictions' ``history``): "none" without any purchase; "short" with purchases on
# fewer than SHORT_HISTORY_PURCHASE_DAYS days or a first purchase less than SHORT_HISTORY_DAYS ago; else "ok".
_SCORE_COLUMNS: list[str] = [c for c in PREDICTIONS_COLUMNS if c not in ("client_id", "history")]
OUTPUT_COLUMNS: list[str] = (
    _SCORE_COLUMNS[: _SCORE_COLUMNS.index("risk_segment") + 1] + ["order_history"]
    + _SCORE_COLUMNS[_SCORE_COLUMNS.index("risk_segment") + 1:] + ["prediction_status"]
)
NOTE_FRAME_COLUMNS: list[str] = ["note_id", "client_id", "note_date", "language", "text", "upload_date"]
OK = "ok"


class PredictInputError(ValueError):
    """The input file or the column names given cannot be used; the message says why."""


@dataclass(frozen=True)
class PredictionInput:
    """The input rows as read (strings, header order) and the notes made from the usable ones."""

    rows: pd.DataFrame
    row_client: list[str]  # client id per row ("" when missing)
    row_problem: list[str]  # why a row is not used ("" when it is)
    notes: pd.DataFrame  # NOTE_FRAME_COLUMNS, one row per distinct usable note

    @property
    def client_ids(self) -> list[str]:
        """Distinct non-empty client ids, in order of first appearance."""
        return list(dict.fromkeys(c for c in self.row_client if c))


def _column_index(header: list[str], wanted: str | None, role: str, path: Path) -> int | None:
    if wanted is None:
        return None
    normalized = [h.strip().casefold() for h in header]
    key = wanted.strip().casefold()
    if key not in normalized:
        raise PredictInputError(f"{path.name}: no column '{wanted}' for the {role}; columns are {header}")
    return normalized.index(key)


def _cell(values: list[str], index: int | None) -> str:
    return values[index] if index is not None and index < len(values) else ""


def read_prediction_input(
    path: Path | str,
    *,
    id_column: str,
    text_column: str,
    date_column: str | None = None,
    language_column: str | None = None,
    today: date,
) -> PredictionInput:
    """Read the input CSV (any encoding / delimiter the uploads accept) and prepare its notes.

    Without ``date_column`` every note is dated ``today``. Raises :class:`PredictInputError`
    for an unreadable file, a missing column or a header that already holds an output column.
    """
    path = Path(path)
    try:
        table = read_raw_table(path)
    except ValueError as error:
        raise PredictInputError(str(error)) from error
    header = [h.strip() for h in table.header]
    clashes = [c for c in header if c in OUTPUT_COLUMNS]
    if clashes:
        raise PredictInputError(f"{path.name}: input already has output column(s) {clashes}; rename them")
    idx = {role: _column_index(header, name, role, path) for role, name in
           (("client id", id_column), ("text", text_column), ("date", date_column), ("language", language_column))}
    width = len(header)
    rows, clients, problems, notes = [], [], [], {}
    for _line, values in table.records:
        rows.append((values + [""] * width)[:width])
        client = _cell(values, idx["client id"]).strip()
        text = clean_text(_cell(values, idx["text"]))
        raw_date = _cell(values, idx["date"]).strip()
        note_date = parse_note_date(raw_date) if date_column else today.isoformat()
        problem = ("missing client id" if not client else "empty text" if not text
                   else "missing date" if date_column and not raw_date
                   else f"unparseable date '{raw_date}'" if note_date is None else "")
        clients.append(client)
        problems.append(problem)
        if problem:
            continue
        language = normalize_language_code(_cell(values, idx["language"])) or guess_language(text).language
        redacted = pseudonymize(text).text
        key = note_id(client, note_date, redacted)
        notes.setdefault(key, (key, client, note_date, language, redacted, today.isoformat()))
    return PredictionInput(
        rows=pd.DataFrame(rows, columns=header, dtype=object),
        row_client=clients,
        row_problem=problems,
        notes=pd.DataFrame(list(notes.values()), columns=NOTE_FRAME_COLUMNS),
    )


def score_input(
    prepared: PredictionInput,
    note_concepts: pd.DataFrame,
    models: dict[str, object],
    versions: dict[str, str],
    *,
    transactions: pd.DataFrame | None = None,
    note_vectors: np.ndarray | None = None,
    horizons: dict[str, tuple[float, float]] | None = None,
) -> pd.DataFrame:
    """One prediction per client of the input (:data:`~.scoring.PREDICTIONS_COLUMNS`).

    ``note_concepts`` are the concepts of ``prepared.notes``, ``note_vectors`` their embeddings
    (rows aligned with ``prepared.notes``; needed only when a model reads ``emb_*`` columns).
    """
    return score_input_with_features(prepared, note_concepts, models, versions, transactions=transactions,
                                     note_vectors=note_vectors, horizons=horizons)[0]


def score_input_with_features(
    prepared: PredictionInput,
    note_concepts: pd.DataFrame,
    models: dict[str, object],
    versions: dict[str, str],
    *,
    transactions: pd.DataFrame | None = None,
    note_vectors: np.ndarray | None = None,
    horizons: dict[str, tuple[float, float]] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`score_input` and the feature frame it scored (one row per client), whose values
    :func:`attach_predictions` uses for ``order_history`` and the drivers' wording. ``horizons``:
    target → (label window, horizon) of the champions (see :func:`.predictions.score_clients`)."""
    features = build_feature_frame(prepared.notes, note_concepts, transactions, prepared.client_ids,
                                   as_of=None, note_vectors=note_vectors)
    return score_clients(models, features, versions, horizons=horizons), features


def order_history(features: pd.DataFrame) -> pd.Series:
    """Per client of a feature frame (indexed by client id): ``none`` (no purchase at all),
    ``short`` (purchases on fewer than 3 days, or the first one less than 180 days ago) or
    ``ok``: how much order history the purchase / churn / CLV scores can rest on."""
    index = pd.Index(features["client_id"].astype(str), name="client_id")
    return pd.Series(history_flag(features), index=index, name="order_history", dtype=object)


def attach_predictions(prepared: PredictionInput, predictions: pd.DataFrame,
                       features: pd.DataFrame | None = None) -> pd.DataFrame:
    """The input rows with the prediction columns of their client and a ``prediction_status``.

    Probabilities are rounded to 3 decimals and CLV to cents; ``top_drivers`` are in plain words,
    with the client's own numbers ("no purchase for 9 months") when ``features`` (the frame that
    was scored) is given; ``order_history`` comes from ``features`` (empty without it).
    """
    by_client = round_for_people(predictions).assign(
        client_id=predictions["client_id"].astype(str).to_numpy()).set_index("client_id")
    usable = {c for c, p in zip(prepared.row_client, prepared.row_problem) if not p}
    out = prepared.rows.copy()
    located = by_client.reindex(prepared.row_client)
    values: dict[str, dict[str, float]] = {}
    history = pd.Series(dtype=object)
    if features is not None and len(features):
        history = order_history(features)
        known = [c for c in VALUED_FEATURES if c in features.columns]
        values = features.assign(client_id=features["client_id"].astype(str)).set_index("client_id")[known] \
            .to_dict(orient="index")
    categories = concept_categories()
    for column in OUTPUT_COLUMNS[:-1]:
        if column == "order_history":
            out[column] = [history.get(client, "") if client else "" for client in prepared.row_client]
        elif column == "top_drivers":
            out[column] = [drivers_text(v, values.get(client), categories) if client else ""
                           for client, v in zip(prepared.row_client, located[column].to_numpy())]
        else:
            out[column] = located[column].to_numpy()
    out["prediction_status"] = [_status(client, problem, client in usable)
                                for client, problem in zip(prepared.row_client, prepared.row_problem)]
    return out


def _status(client: str, problem: str, client_has_notes: bool) -> str:
    if not client:
        return "not scored: missing client id"
    if not problem:
        return OK
    if client_has_notes:
        return f"row not used ({problem}); scored from the client's other rows"
    return f"row not used ({problem}); scored without notes"


def write_predictions_csv(frame: pd.DataFrame, path: Path | str) -> Path:
    """Write UTF-8 CSV (comma-separated, header first, formulas neutralized); creates the
    parent folder."""
    return write_csv(frame, path)
