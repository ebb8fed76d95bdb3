"""lvmh-pipeline: client intelligence from advisor notes, transactions and a catalog.

Commands: demo, run, backfill, generate, predict, rollback; the user-facing help texts are the
``*_DESCRIPTION`` / ``*_EPILOG`` constants of
:mod:`lvmh_pipeline.cli.parser` (``lvmh-pipeline COMMAND --help``).
Every refusal (a bad input file, an output that would overwrite an input, a model that is not
in the trusted allowlist, no champion yet, a usage error …) is one line starting with
``error:`` and exit code 2; a failed pipeline run exits 1. :func:`main` returns the exit code
(it never raises ``SystemExit``), so the tests call it in-process.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys

from lvmh_pipeline.cli.commands import OutputPathError, check_output_path, error_line, generate, predict, rollback, run
from lvmh_pipeline.cli.parser import UsageError, build_parser
from lvmh_pipeline.settings import get_settings

__all__ = ["OutputPathError", "UsageError", "build_parser", "check_output_path", "console_main", "main"]


def _quiet_libraries() -> None:
    """Keep the terminal to our own progress lines: MLflow's per-version messages and
    artifact progress bars stay in the MLflow UI and logs."""
    os.environ.setdefault("MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR", "false")
    # read when mlflow is imported (it sets its own logger level then); setLevel covers an
    # mlflow imported earlier in the process
    os.environ.setdefault("MLFLOW_LOGGING_LEVEL", "WARNING")
    logging.getLogger("mlflow").setLevel(logging.WARNING)


def _refusals() -> tuple[type[BaseException], ...]:
    """The errors that are the user's to fix: shown as one line, exit code 2."""
    from lvmh_pipeline.lib.concepts.taxonomy import TaxonomyError
    from lvmh_pipeline.lib.ingestion.csv_reader import NotesFileError
    from lvmh_pipeline.lib.modeling.labeling.label_files import LabelsFileError, TransactionsFileError
    from lvmh_pipeline.lib.modeling.labeling.windows import HistoryError
    from lvmh_pipeline.lib.recommendations.catalog import CatalogFileError
    from lvmh_pipeline.lib.registry.champions import NoChampionError
    from lvmh_pipeline.lib.registry.security import ModelSecurityError
    from lvmh_pipeline.lib.registry.selection import SelectionError
    from lvmh_pipeline.lib.scoring.predict_csv import PredictInputError

    return (OutputPathError, UsageError, NotesFileError, TransactionsFileError, LabelsFileError, HistoryError,
            CatalogFileError,
            PredictInputError, NoChampionError, SelectionError, ModelSecurityError, TaxonomyError,
            FileNotFoundError, PermissionError, IsADirectoryError)


def main(argv: list[str] | None = None) -> int:
    """Run one command; return its exit code (``--help`` and usage errors included, so that
    ``main([...])`` can be called in-process)."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 2)
    try:
        return _dispatch(args)
    except _refusals() as error:
        print(error_line(error), file=sys.stderr)
        return 2


def console_main() -> int:
    """The ``lvmh-pipeline`` command: :func:`main`, then a short interpreter shutdown.

    After a run the process holds ~900,000 objects (lexicons, Dagster, MLflow, frames), and
    Python's shutdown walks them with several full collections: 1.8 s on a 2-core machine,
    every command. Garbage is collected once here (finalizers run as usual), the rest is
    frozen out of the collector, and the interpreter exits in ~0.1 s. Not in :func:`main`:
    tests call it in-process, where freezing would keep every later object alive."""
    code = main()
    gc.collect()
    gc.freeze()
    return code


def _backfill_span(args: argparse.Namespace) -> tuple[str, str]:
    if args.all:
        if args.end:
            raise UsageError("--to goes with --from, not with --all")
        return ("0000-00-00", "9999-99-99")
    if args.end and args.end < args.start:
        raise UsageError(f"--to {args.end} is before --from {args.start}")
    return (args.start, args.end or "9999-99-99")


def _dispatch(args: argparse.Namespace) -> int:
    _quiet_libraries()
    if args.command == "generate":
        generate(args.out, args.clients, args.seed, args.upload_dates, overwrite=args.overwrite)
        return 0
    settings = get_settings(getattr(args, "data_dir", None))
    if args.command == "predict":
        return predict(args, settings)
    if args.command == "rollback":
        return rollback(settings, args.target)
    if args.command == "backfill":
        return run(settings, force=False, backfill=_backfill_span(args))
    if args.command == "demo":
        uploads = settings.uploads_dir
        if not uploads.is_dir() or not any(uploads.iterdir()):
            print(f"no uploads in {uploads}: generating the demo data set")
            generate(settings.data_dir, args.clients, args.seed, 8)
    return run(settings, args.force, horizon_days=args.horizon_days, as_of=args.as_of)
