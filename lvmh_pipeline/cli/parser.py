"""The command line: ``lvmh-pipeline`` and its subcommands, with the user-facing help texts
(``lvmh-pipeline COMMAND --help``)."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path
from typing import NoReturn

DESCRIPTION = """\
Client intelligence for luxury retail: turns client-advisor notes (plus
transactions and a product catalog when you have them) into client profiles,
segments, purchase / churn / lifetime-value predictions, product
recommendations and a dashboard.

A data dir holds the inputs and the results:
  uploads/<YYYY-MM-DD>/*.csv  advisor notes, one folder per upload date
  transactions.csv            orders (optional; needed to train the models)
  catalog.csv, labels.csv     products, known outcomes (optional)
  warehouse.duckdb, outputs/  what the pipeline writes (dashboard, CSV, report)
"""

MAIN_EPILOG = """\
examples:
  lvmh-pipeline demo                          # demo data set, then everything
  lvmh-pipeline run --data-dir /path/to/dir   # new uploads, retrain, score
  lvmh-pipeline backfill --from 2026-01-01 --to 2026-03-31
  lvmh-pipeline generate --clients 2000 --seed 42 --out /path/to/dir
  lvmh-pipeline predict notes.csv --id-column ID --text-column Transcription \\
      --output scored.csv
  lvmh-pipeline rollback --target churn
  lvmh-pipeline COMMAND --help                # the options of one command

environment:
  LVMH_DATA_DIR        data dir without --data-dir (default: data/ of the
                       project)
  DAGSTER_HOME         Dagster runs and logs (default: .dagster_home/)
  MLFLOW_TRACKING_URI  model registry and metrics (default: sqlite database
                       mlruns/mlflow.db of the project)

exit codes: 0 success; 1 a pipeline run failed (the failing step and its
message are printed); 2 a problem to fix in the command or its inputs,
printed as one line starting with "error:".
"""

RUN_DESCRIPTION = """\
Process the data dir: ingest every upload date whose files are new or changed
(one Dagster run per date, with a progress bar), rebuild profiles, segments,
recommendations and the dashboard, then retrain the models and score every
client when the notes or the outcome file changed. Prints one line per run
with the assets and row counts it materialized, then where the outputs are.
"""

RUN_EPILOG = """\
examples:
  lvmh-pipeline run                        # the data dir of $LVMH_DATA_DIR
  lvmh-pipeline run --data-dir /path/to/dir
  lvmh-pipeline run --force                # re-ingest and retrain everything
  lvmh-pipeline run --data-dir D --horizon-days 273   # D may hold transactions.csv only
  lvmh-pipeline run --as-of 2025-06-30     # score as of that day, with the data up to it

horizons: purchase probability, expected purchases and predicted CLV are for
the next --horizon-days days (default: 90 days for purchases, 365 for CLV);
churn risk is for the next 180 days. When the history is too short to learn
windows that long, the models learn on the longest that fit and a rate model
(BG/NBD or Pareto/NBD) carries the outputs to the horizon; the run says so.
"""

DEMO_EPILOG = """\
example:
  lvmh-pipeline demo --clients 200 --data-dir /tmp/lvmh-demo
"""

DEMO_DESCRIPTION = """\
Like `run`, but first writes the deterministic demo data set into the data dir
when its uploads/ folder is missing or empty. A cold demo on 2,000 clients
takes a few minutes.
"""

BACKFILL_DESCRIPTION = """\
Re-ingest the upload dates of a range, changed or not (one run per date,
visible in the Dagster UI), then rebuild the client-level outputs and retrain.
"""

BACKFILL_EPILOG = """\
examples:
  # every upload date of the first quarter
  lvmh-pipeline backfill --from 2026-01-01 --to 2026-03-31
  # from 1 March 2026 to the last upload date
  lvmh-pipeline backfill --from 2026-03-01
  # every upload date of another data dir
  lvmh-pipeline backfill --all --data-dir /path/to/dir
"""

GENERATE_DESCRIPTION = """\
Write a deterministic synthetic data set (same --seed, same files): advisor
notes in 12 languages over several upload dates (with a few deliberately bad
or duplicated rows and some personal data to pseudonymize), transactions, a
product catalog, and ground_truth/ (for evaluation only; never read by the
pipeline).
"""

GENERATE_EPILOG = """\
example:
  lvmh-pipeline generate --clients 200 --upload-dates 3 --out /tmp/lvmh-demo
  lvmh-pipeline run --data-dir /tmp/lvmh-demo
"""

PREDICT_DESCRIPTION = """\
Score the clients of any notes CSV with the current champion models, without
retraining, and write the input rows back with prediction columns. Rows of the
same client share one prediction; rows that cannot be used (no id, empty text,
bad date) are kept, with a status. Order history comes from transactions.csv
of the data dir when there is one.
"""

PREDICT_EPILOG = """\
example:
  lvmh-pipeline predict notes.csv --id-column ID --text-column Transcription \\
      --date-column Date --output scored.csv

columns added after the input's own:
  purchase_probability  probability of a purchase in the next 90 days
                        (0-1, 3 decimals)
  will_purchase         purchase_probability >= 0.5
  churn_risk            probability that an active client buys nothing in
                        the next 180 days (0-1, 3 decimals)
  will_churn            churn_risk >= 0.5
  predicted_clv         expected spend over the next 12 months, EUR (cents)
  value_segment         Low < 2,000 <= Medium < 10,000 <= High < 50,000 <= VIP
  risk_segment          Safe < 0.30 <= Monitor < 0.60 <= At Risk <= 0.80
                        < Critical
  order_history         none / short / ok: the order history the scores rest
                        on (short: purchases on fewer than 3 days, or a first
                        purchase less than 180 days ago)
  top_drivers           the strongest reasons behind the scores, in words
  model_versions        the champion model version used for each target
  prediction_status     ok, or why a row was left out

The models must have been trained first (`lvmh-pipeline run` on a data dir
with transactions.csv or labels.csv).
"""

ROLLBACK_DESCRIPTION = """\
Make the previous champion model of a target the champion again; the current
champion becomes previous_champion, so a second rollback restores it. The next
`run` (or `predict`) scores with the restored model. The aliases can also be
set by hand in the MLflow UI.
"""

ROLLBACK_EPILOG = """\
example:
  lvmh-pipeline rollback --target churn
"""



class UsageError(ValueError):
    """Options that parse but do not make sense together (a range that ends before it starts…)."""


class _Parser(argparse.ArgumentParser):
    """Usage errors as the other refusals: one line starting with ``error:``, exit code 2."""

    def error(self, message: str) -> NoReturn:  # type: ignore[override]
        self.exit(2, f"error: {message} (see `{self.prog} --help`)\n")


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Descriptions and epilogs as written (examples, column tables); the commands listed
    one per line without argparse's extra ``COMMAND`` header line."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=26, width=min(shutil.get_terminal_size().columns, 100) - 2)

    def _format_action(self, action: argparse.Action) -> str:
        if isinstance(action, argparse._SubParsersAction):
            return "".join(self._format_action(sub) for sub in action._get_subactions())
        return super()._format_action(action)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _upload_date(text: str) -> str:
    from datetime import date

    cleaned = text.strip()
    try:
        if len(cleaned) != 10:
            raise ValueError
        return date.fromisoformat(cleaned).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date written YYYY-MM-DD") from None


def _add_data_dir(command: argparse.ArgumentParser, what: str) -> None:
    command.add_argument("--data-dir", type=Path, default=None, metavar="DIR",
                         help=f"{what} (default: $LVMH_DATA_DIR, else data/ of the project)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="lvmh-pipeline", description=DESCRIPTION, epilog=MAIN_EPILOG, formatter_class=_Formatter)
    commands = parser.add_subparsers(dest="command", required=True, title="commands", metavar="COMMAND")

    def add(name: str, help_text: str, description: str, epilog: str | None = None) -> argparse.ArgumentParser:
        return commands.add_parser(name, help=help_text, description=description, epilog=epilog,
                                   formatter_class=_Formatter)

    demo = add("demo", "generate demo data if there are no uploads, then run", DEMO_DESCRIPTION,
               DEMO_EPILOG)
    run = add("run", "process new uploads, retrain and score every client", RUN_DESCRIPTION, RUN_EPILOG)
    for command in (demo, run):
        _add_data_dir(command, "data dir holding uploads/<YYYY-MM-DD>/*.csv and/or transactions.csv")
        command.add_argument("--force", action="store_true",
                             help="re-ingest every upload date and retrain, even when nothing changed")
        command.add_argument("--horizon-days", type=_positive_int, default=None, metavar="N",
                             help="horizon of the purchase probability, expected purchases and CLV in days "
                                  "(default: 90 for purchases, 365 for CLV; churn stays 180)")
        command.add_argument("--as-of", dest="as_of", type=_upload_date, default=None, metavar="DATE",
                             help="scoring date YYYY-MM-DD: clients are scored as of that day with the data up to "
                                  "it (default: the last order or note)")
    demo.add_argument("--clients", type=_positive_int, default=2000, metavar="N",
                      help="clients in the demo data set when it is generated (default: %(default)s)")
    demo.add_argument("--seed", type=int, default=42, metavar="N",
                      help="random seed of the demo data set (default: %(default)s)")

    backfill = add("backfill", "re-ingest a range of upload dates, changed or not", BACKFILL_DESCRIPTION,
                   BACKFILL_EPILOG)
    _add_data_dir(backfill, "data dir holding uploads/<YYYY-MM-DD>/*.csv")
    span = backfill.add_mutually_exclusive_group(required=True)
    span.add_argument("--from", dest="start", type=_upload_date, metavar="DATE",
                      help="first upload date to re-ingest, YYYY-MM-DD (inclusive)")
    span.add_argument("--all", action="store_true", help="re-ingest every upload date")
    backfill.add_argument("--to", dest="end", type=_upload_date, metavar="DATE",
                          help="last upload date to re-ingest, YYYY-MM-DD (inclusive; default: the last one)")

    generate = add("generate", "write a deterministic synthetic demo data set", GENERATE_DESCRIPTION,
                   GENERATE_EPILOG)
    generate.add_argument("--out", type=Path, required=True, metavar="DIR",
                          help="data dir to write into (created if missing; required)")
    generate.add_argument("--clients", type=_positive_int, default=2000, metavar="N",
                          help="number of clients (default: %(default)s)")
    generate.add_argument("--seed", type=int, default=42, metavar="N",
                          help="random seed: the same seed writes the same files (default: %(default)s)")
    generate.add_argument("--upload-dates", type=_positive_int, default=8, metavar="N",
                          help="number of upload dates, one uploads/<date>/ folder each (default: %(default)s)")
    generate.add_argument("--overwrite", action="store_true",
                          help="replace a data set generated earlier in DIR (only the generator's own files)")

    predict = add("predict", "score the clients of a notes CSV with the champion models", PREDICT_DESCRIPTION,
                  PREDICT_EPILOG)
    predict.add_argument("input", type=Path, metavar="INPUT.csv",
                         help="notes CSV, one note per row (a client may have several); any delimiter or "
                              "encoding the uploads accept")
    predict.add_argument("--id-column", required=True, metavar="NAME", help="column holding the client id (required)")
    predict.add_argument("--text-column", required=True, metavar="NAME", help="column holding the note text (required)")
    predict.add_argument("--date-column", default=None, metavar="NAME",
                         help="column holding the note date (default: every note is dated today)")
    predict.add_argument("--language-column", default=None, metavar="NAME",
                         help="column holding the note language, e.g. FR (default: detected from the text)")
    predict.add_argument("--output", type=Path, required=True, metavar="OUT.csv",
                         help="CSV to write: the input rows plus the prediction columns (required; never the "
                              "input itself)")
    _add_data_dir(predict, "data dir whose transactions.csv and embedding cache are used")

    rollback = add("rollback", "restore the previous champion model of a target", ROLLBACK_DESCRIPTION,
                   ROLLBACK_EPILOG)
    rollback.add_argument("--target", required=True, choices=["purchase", "churn", "clv"], metavar="TARGET",
                          help="model to roll back: purchase (90-day purchase), churn (180-day churn) or "
                               "clv (12-month lifetime value); required")
    return parser

