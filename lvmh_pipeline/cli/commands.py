"""The commands' work: generate, run (demo, run, backfill), predict, rollback; each returns its exit code."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from lvmh_pipeline.settings import Settings


class OutputPathError(ValueError):
    """An output path that would overwrite or land inside an input."""


def error_line(error: BaseException) -> str:
    """A refusal as one line: ``error: <message on one line>``."""
    return "error: " + (" ".join(str(error).split()) or type(error).__name__)


def generate(out_dir: Path, clients: int, seed: int, upload_dates: int, *, overwrite: bool = False) -> None:
    """Write the synthetic data set into ``out_dir`` with a progress bar (refusing a data set already there)."""
    from tqdm import tqdm

    from lvmh_pipeline.lib.synthetic import generate_dataset

    target = out_dir.expanduser()
    blocking = next((p for p in (target, *target.parents) if p.exists()), None)
    if blocking is not None and not blocking.is_dir():
        raise OutputPathError(f"--out {out_dir}: {blocking} is a file, not a folder")

    bars: list[tqdm] = []  # opened at the first progress report, so a refusal prints no bar

    def progress(done: int, total: int) -> None:
        if not bars:
            bars.append(tqdm(total=total, desc="generating clients", unit="client"))
        bars[0].update(done - bars[0].n)

    try:
        summary = generate_dataset(out_dir, n_clients=clients, seed=seed, n_upload_dates=upload_dates,
                                   progress=progress, overwrite=overwrite)
    except FileExistsError as error:
        raise OutputPathError(
            f"{out_dir} already holds a generated data set: choose another folder, or replace it with "
            f"`lvmh-pipeline generate --out {out_dir} --overwrite` (only the generator's own files are replaced)"
        ) from error
    finally:
        for bar in bars:
            bar.close()
    print(
        f"wrote {summary.n_note_rows} note rows ({summary.n_bad_rows} deliberately bad, "
        f"{summary.n_duplicates} duplicates) for {summary.n_clients_with_notes} clients over "
        f"{len(summary.upload_dates)} upload dates, {summary.n_products} products, "
        f"{summary.n_orders} orders into {summary.out_dir}\n"
        f"ground truth (for evaluation only, never read by the pipeline): {summary.truth_dir}"
    )


def rollback(settings: Settings, target: str) -> int:
    """Make the previous champion of ``target`` the champion again."""
    from lvmh_pipeline.lib.registry.aliases import rollback
    from lvmh_pipeline.lib.registry.selection import SelectionError
    from lvmh_pipeline.lib.registry.tracking_store import TrackingConfig

    config = TrackingConfig(settings.mlflow_tracking_uri, settings.mlflow_artifact_location.as_uri())
    try:
        restored = rollback(config, target)
    except SelectionError as error:
        print(error_line(error), file=sys.stderr)
        return 2
    print(f"{target}: champion is now version {restored.version} (previous champion kept as previous_champion)")
    return 0


def run(settings: Settings, force: bool, backfill: tuple[str, str] | None = None,
         horizon_days: int | None = None, as_of: str | None = None) -> int:
    """Ingest, refresh and retrain what changed in the data dir (a range of dates with ``backfill``), one line per run."""
    from tqdm import tqdm

    from lvmh_pipeline.job_runs import RunReport
    from lvmh_pipeline.runner import ModelSettings, materialize_everything

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
            models=ModelSettings(horizon_days, as_of),
        )
    except FileNotFoundError as error:
        print(error_line(error), file=sys.stderr)
        return 2
    failed = [report for report in reports if not report.success]
    print(f"\nfinished in {time.perf_counter() - started:.1f}s: {len(reports) - len(failed)} runs ok, {len(failed)} failed")
    print(f"warehouse:    {settings.warehouse_path}  (duckdb; schema lvmh)")
    outputs = {"page:": "dashboard.html", "dashboard:": "dashboard.json", "predictions:": "client_profiles_with_predictions.csv",
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


def predict(args: argparse.Namespace, settings: Settings) -> int:
    """Score the clients of a CSV with the champion models and write the rows back with them."""
    from datetime import date

    from lvmh_pipeline.lib.registry.champions import (
        NoChampionError,
        horizons_of,
        needs_embeddings,
        require_champions,
        versions_of,
    )
    from lvmh_pipeline.lib.concepts.extraction import extract_note_concepts
    from lvmh_pipeline.lib.modeling.labeling.label_files import TransactionsFileError
    from lvmh_pipeline.lib.scoring.predict_csv import (
        PredictInputError,
        attach_predictions,
        read_prediction_input,
        score_input_with_features,
        write_predictions_csv,
    )
    from lvmh_pipeline.lib.registry.tracking_store import TrackingConfig
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
        print(error_line(error), file=sys.stderr)
        return 2
    vectors = _embed_notes(prepared.notes["text"].tolist(), settings) if needs_embeddings(champions) else None
    predictions, features = score_input_with_features(
        prepared, extract_note_concepts(prepared.notes), {t: c.pipeline for t, c in champions.items()},
        versions_of(champions), transactions=transactions, note_vectors=vectors, horizons=horizons_of(champions),
    )
    output = write_predictions_csv(attach_predictions(prepared, predictions, features), args.output)
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

    model = EmbeddingModel.from_settings(settings)
    with EmbeddingCache(settings.cache_dir / "embeddings.duckdb") as cache:
        return embed_with_cache(texts, model.get_embedder(), cache, batch_size=model.batch_size).vectors

