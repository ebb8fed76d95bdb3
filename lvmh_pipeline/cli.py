"""lvmh-pipeline: client intelligence from advisor notes, transactions and a catalog.

Commands: demo, run, backfill, generate, predict, rollback (``lvmh-pipeline COMMAND --help``).
Every refusal (a bad input file, an output that would overwrite an input, a model that is not
in the trusted allowlist, no champion yet …) is one line starting with ``error:`` and exit code 2;
a failed pipeline run exits 1.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from lvmh_pipeline.settings import Settings, get_settings


def _generate(out_dir: Path, clients: int, seed: int, upload_dates: int) -> None:
    from tqdm import tqdm

    from lvmh_pipeline.lib.synthetic import generate_dataset

    with tqdm(total=clients, desc="generating clients", unit="client") as bar:
        last = [0]

        def progress(done: int, total: int) -> None:
            bar.update(done - last[0])
            last[0] = done

        summary = generate_dataset(
            out_dir, n_clients=clients, seed=seed, n_upload_dates=upload_dates, progress=progress
        )
    print(
        f"wrote {summary.n_note_rows} note rows ({summary.n_bad_rows} deliberately bad, "
        f"{summary.n_duplicates} duplicates) for {summary.n_clients_with_notes} clients over "
        f"{len(summary.upload_dates)} upload dates, {summary.n_products} products, "
        f"{summary.n_orders} orders into {summary.out_dir}\n"
        f"ground truth (for evaluation only, never read by the pipeline): {summary.truth_dir}"
    )


def _rollback(settings: Settings, target: str) -> int:
    from lvmh_pipeline.lib.registry.selection import SelectionError, rollback
    from lvmh_pipeline.lib.registry.tracking import TrackingConfig

    config = TrackingConfig(settings.mlflow_tracking_uri, settings.mlflow_artifact_location.as_uri())
    try:
        restored = rollback(config, target)
    except SelectionError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"{target}: champion is now version {restored.version} (previous champion kept as previous_champion)")
    return 0


def _run(settings: Settings, force: bool, backfill: tuple[str, str] | None = None) -> int:
    from tqdm import tqdm

    from lvmh_pipeline.runner import RunReport, materialize_everything

    def show(report: RunReport) -> None:
        status = "ok" if report.success else "FAILED"
        assets = ", ".join(
            f"{key} ({rows} rows)" if rows is not None else key
            for key, rows in report.materialized.items()
        )
        tqdm.write(f"[{status}] {report.label} {report.seconds:.1f}s {assets}".rstrip())
        for error in report.errors:
            tqdm.write(f"    error: {error}")

    started = time.perf_counter()
    print(f"data dir:     {settings.data_dir}")
    print(f"DAGSTER_HOME: {settings.dagster_home}")
    try:
        reports = materialize_everything(
            settings,
            force=force,
            on_report=show,
            on_notice=tqdm.write,
            partition_progress=lambda dates: tqdm(dates, desc="upload dates", unit="partition"),
            backfill=backfill,
        )
    except FileNotFoundError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    failed = [report for report in reports if not report.success]
    print(f"\nfinished in {time.perf_counter() - started:.1f}s: {len(reports) - len(failed)} runs ok, {len(failed)} failed")
    print(f"warehouse:    {settings.warehouse_path}  (duckdb; schema lvmh)")
    outputs = {"dashboard:": "dashboard.json", "predictions:": "client_profiles_with_predictions.csv",
               "report:": "ml_predictions_report.md"}
    for label, name in outputs.items():
        if (settings.outputs_dir / name).exists():
            print(f"{label:<13} {settings.outputs_dir / name}")
    print(f"MLflow:       {settings.mlflow_tracking_uri}  (make ui also serves the MLflow UI on http://127.0.0.1:5000)")
    print("UI:           make ui  (then open http://127.0.0.1:3000)")
    if failed:
        print("\nfailed runs:", file=sys.stderr)
        for report in failed:
            print(f"  {report.label} (run {report.run_id})", file=sys.stderr)
            for error in report.errors:
                print(f"    {error}", file=sys.stderr)
        return 1
    return 0


class OutputPathError(ValueError):
    """An output path that would overwrite or land inside an input."""


def check_output_path(output: Path, inputs: list[Path], input_dirs: list[Path]) -> None:
    """Refuse an output equal to an input file, or inside a folder the pipeline reads from."""
    target = output.expanduser().resolve()
    for path in inputs:
        if target == path.expanduser().resolve():
            raise OutputPathError(f"--output {output} is the input file {path}: refusing to overwrite an input")
    for folder in input_dirs:
        folder = folder.expanduser().resolve()
        if target == folder or folder in target.parents:
            raise OutputPathError(f"--output {output} is inside {folder}, which the pipeline reads as input")


def _predict(args: argparse.Namespace, settings: Settings) -> int:
    """Score the clients of a CSV with the champion models and write the rows back with them."""
    from datetime import date

    from lvmh_pipeline.lib.registry.champions import NoChampionError, needs_embeddings, require_champions, versions_of
    from lvmh_pipeline.lib.concepts.extraction import extract_note_concepts
    from lvmh_pipeline.lib.modeling.labels import TransactionsFileError
    from lvmh_pipeline.lib.scoring.predict_csv import (
        PredictInputError,
        attach_predictions,
        read_prediction_input,
        score_input,
        write_predictions_csv,
    )
    from lvmh_pipeline.lib.registry.tracking import TrackingConfig
    from lvmh_pipeline.lib.modeling.training_data import read_optional_transactions

    check_output_path(
        args.output,
        [args.input] + [settings.data_dir / name for name in ("transactions.csv", "catalog.csv", "labels.csv")],
        [settings.uploads_dir],
    )
    tracking = TrackingConfig(settings.mlflow_tracking_uri, settings.mlflow_artifact_location.as_uri())
    try:
        prepared = read_prediction_input(
            args.input, id_column=args.id_column, text_column=args.text_column, date_column=args.date_column,
            language_column=args.language_column, today=date.today(),
        )
        champions = require_champions(tracking)
        transactions = read_optional_transactions(settings.data_dir)
    except (PredictInputError, NoChampionError, TransactionsFileError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    vectors = _embed_notes(prepared.notes["text"].tolist(), settings) if needs_embeddings(champions) else None
    predictions = score_input(
        prepared, extract_note_concepts(prepared.notes), {t: c.pipeline for t, c in champions.items()},
        versions_of(champions), transactions=transactions, note_vectors=vectors,
    )
    output = write_predictions_csv(attach_predictions(prepared, predictions), args.output)
    unusable = sum(1 for problem in prepared.row_problem if problem)
    models = ", ".join(f"{t} v{c.version} ({c.family})" for t, c in champions.items())
    print(f"scored {len(predictions)} clients from {len(prepared.rows)} rows ({unusable} rows not usable) "
          f"with {models}" + (", transactions from the data dir" if transactions is not None else ""))
    print(f"wrote {output}")
    return 0


def _embed_notes(texts: list[str], settings: Settings):
    """Note embeddings through the data dir's cache, with the pipeline's embedding settings."""
    from lvmh_pipeline.defs.resources import EmbeddingModel
    from lvmh_pipeline.lib.features.embeddings import EmbeddingCache, embed_with_cache

    model = EmbeddingModel(model_path=settings.embedding_model)
    with EmbeddingCache(settings.cache_dir / "embeddings.duckdb") as cache:
        return embed_with_cache(texts, model.get_embedder(), cache, batch_size=model.batch_size).vectors


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lvmh-pipeline", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    generate = commands.add_parser("generate", help="write a deterministic demo data set")
    generate.add_argument("--clients", type=int, default=2000)
    generate.add_argument("--seed", type=int, default=42)
    generate.add_argument("--upload-dates", type=int, default=8)
    generate.add_argument("--out", type=Path, required=True, help="data dir to write into")

    for name, help_text in (
        ("run", "materialize every asset over every upload date"),
        ("demo", "generate the demo data if data/uploads is empty, then run"),
    ):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("--data-dir", type=Path, default=None, help="default: $LVMH_DATA_DIR or ./data of the project")
        command.add_argument("--force", action="store_true", help="re-ingest unchanged upload dates too")
    backfill = commands.add_parser(
        "backfill", help="re-ingest a range of upload dates (changed or not) in the persistent instance"
    )
    backfill.add_argument("--data-dir", type=Path, default=None)
    span = backfill.add_mutually_exclusive_group(required=True)
    span.add_argument("--from", dest="start", metavar="DATE", help="first upload date (YYYY-MM-DD)")
    span.add_argument("--all", action="store_true", help="every upload date")
    backfill.add_argument("--to", dest="end", metavar="DATE", help="last upload date (default: the last one)")

    rollback = commands.add_parser(
        "rollback", help="swap the `champion` alias of a target back to `previous_champion`"
    )
    rollback.add_argument("--target", required=True, choices=["purchase", "churn", "clv"])
    commands.choices["demo"].add_argument("--clients", type=int, default=2000)
    commands.choices["demo"].add_argument("--seed", type=int, default=42)

    predict = commands.add_parser(
        "predict", help="add champion-model predictions to the rows of a notes CSV (no retraining)"
    )
    predict.add_argument("input", type=Path, help="CSV with one note per row (any client may have several)")
    predict.add_argument("--id-column", required=True, help="column holding the client id")
    predict.add_argument("--text-column", required=True, help="column holding the note text")
    predict.add_argument("--date-column", default=None, help="column holding the note date (default: today)")
    predict.add_argument("--language-column", default=None, help="column holding the language (default: detected)")
    predict.add_argument("--output", type=Path, required=True, help="CSV to write: the input rows + predictions")
    predict.add_argument("--data-dir", type=Path, default=None,
                         help="data dir whose transactions.csv and embedding cache are used (default: $LVMH_DATA_DIR)")
    return parser


def _quiet_libraries() -> None:
    """Keep the terminal to our own progress lines: MLflow's per-version messages and
    artifact progress bars stay in the MLflow UI and logs."""
    os.environ.setdefault("MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR", "false")
    logging.getLogger("mlflow").setLevel(logging.WARNING)


def _refusals() -> tuple[type[BaseException], ...]:
    """The errors that are the user's to fix: shown as one line, exit code 2."""
    from lvmh_pipeline.lib.concepts.taxonomy import TaxonomyError
    from lvmh_pipeline.lib.ingestion.csv_reader import NotesFileError
    from lvmh_pipeline.lib.modeling.labels import LabelsFileError, TransactionsFileError
    from lvmh_pipeline.lib.recommendations.catalog import CatalogFileError
    from lvmh_pipeline.lib.registry.champions import NoChampionError
    from lvmh_pipeline.lib.registry.security import ModelSecurityError
    from lvmh_pipeline.lib.registry.selection import SelectionError
    from lvmh_pipeline.lib.scoring.predict_csv import PredictInputError

    return (OutputPathError, NotesFileError, TransactionsFileError, LabelsFileError, CatalogFileError,
            PredictInputError, NoChampionError, SelectionError, ModelSecurityError, TaxonomyError,
            FileNotFoundError, PermissionError, IsADirectoryError)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except _refusals() as error:
        message = " ".join(str(error).split()) or type(error).__name__
        print(f"error: {message}", file=sys.stderr)
        return 2


def _dispatch(args: argparse.Namespace) -> int:
    _quiet_libraries()
    if args.command == "generate":
        _generate(args.out, args.clients, args.seed, args.upload_dates)
        return 0
    settings = get_settings(getattr(args, "data_dir", None))
    if args.command == "predict":
        return _predict(args, settings)
    if args.command == "rollback":
        return _rollback(settings, args.target)
    if args.command == "backfill":
        span = ("0000-00-00", "9999-99-99") if args.all else (args.start, args.end or "9999-99-99")
        return _run(settings, force=False, backfill=span)
    if args.command == "demo":
        uploads = settings.uploads_dir
        if not uploads.is_dir() or not any(uploads.iterdir()):
            print(f"no uploads in {uploads}: generating the demo data set")
            _generate(settings.data_dir, args.clients, args.seed, 8)
    return _run(settings, args.force)


if __name__ == "__main__":
    sys.exit(main())
