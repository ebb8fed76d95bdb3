"""Ingestion: one upload folder (= one partition) into pseudonymized `notes` and `rejected_notes`."""

import time
from collections.abc import Iterator

import dagster as dg
import pandas as pd

from lvmh_pipeline.defs.ingestion.checks import notes_check_results, notes_check_specs
from lvmh_pipeline.defs.partitions import upload_dates
from lvmh_pipeline.defs.resources import LvmhPaths, PrivacySettings
from lvmh_pipeline.lib.ingestion.notes import ColumnMap, NotesFileError, ingest_partition
from lvmh_pipeline.lib.common.metadata import markdown_preview, value_counts_markdown
from lvmh_pipeline.lib.ingestion.uploads import csv_files, folder_signature

PARTITIONED_TABLE = {"partition_expr": "upload_date"}


class IngestionConfig(dg.Config):
    """Column mapping for upload CSVs that do not use the CA export layout."""

    id_column: str | None = None
    text_column: str | None = None
    date_column: str | None = None
    language_column: str | None = None

    def column_map(self) -> ColumnMap | None:
        given = {
            "id": self.id_column,
            "text": self.text_column,
            "date": self.date_column,
            "language": self.language_column,
        }
        given = {key: value for key, value in given.items() if value}
        return ColumnMap(**given) if given else None


@dg.multi_asset(
    outs={
        "notes": dg.AssetOut(
            description=(
                "Validated, de-duplicated, pseudonymized advisor notes of one upload date: "
                "names, emails, phones, IBAN, cards and addresses replaced by typed "
                "placeholders, GDPR Art. 9 data and non-food allergies by category tokens "
                "(the `privacy` resource's policy); food allergies and diets kept. One row per note."
            ),
            metadata=PARTITIONED_TABLE,
            kinds={"duckdb", "pandas"},
        ),
        "rejected_notes": dg.AssetOut(
            description=(
                "Rows of the upload that could not be used, with file, line and reason "
                "(text pseudonymized). Nothing is dropped silently."
            ),
            metadata=PARTITIONED_TABLE,
            kinds={"duckdb", "pandas"},
        ),
    },
    partitions_def=upload_dates,
    group_name="ingestion",
    check_specs=notes_check_specs(),
)
def ingested_notes(
    context: dg.AssetExecutionContext, config: IngestionConfig, paths: LvmhPaths, privacy: PrivacySettings
) -> Iterator[dg.Output | dg.AssetCheckResult]:
    """Read every CSV of `uploads/<upload_date>/` (files are never modified)."""
    upload_date = context.partition_key
    upload_dir = paths.upload_dir(upload_date)
    if not upload_dir.is_dir():
        raise dg.Failure(description=f"upload folder {upload_dir} does not exist")
    signature = folder_signature(csv_files(upload_dir))
    started = time.perf_counter()
    try:
        result = ingest_partition(
            upload_dir,
            data_dir=paths.root,
            upload_date=upload_date,
            column_map=config.column_map(),
            policy=privacy.privacy_policy(),
        )
    except NotesFileError as error:
        raise dg.Failure(description=str(error)) from error
    seconds = time.perf_counter() - started
    notes, rejected = result.notes, result.rejected
    context.log.info(
        f"{upload_date}: {len(notes)} notes kept, {len(rejected)} rejected in {seconds:.2f}s"
    )
    metadata = _notes_metadata(notes, seconds, signature)
    metadata["privacy_policy"] = privacy.policy
    for name, why in result.skipped:
        context.log.warning(f"{name}: {why}")
    metadata["skipped_files"] = dg.MetadataValue.md(
        "\n".join(f"- `{name}`: {why}" for name, why in result.skipped) or "_(none)_"
    )
    metadata["redactions"] = dg.MetadataValue.md(markdown_preview(result.redactions, n=50))
    yield dg.Output(notes, output_name="notes", metadata=metadata)
    yield dg.Output(
        rejected,
        output_name="rejected_notes",
        metadata={
            "dagster/row_count": len(rejected),
            "reasons": dg.MetadataValue.md(value_counts_markdown(rejected["reason"], name="reason")),
            "preview": dg.MetadataValue.md(markdown_preview(rejected)),
        },
    )
    yield from notes_check_results(notes, privacy.privacy_policy())


def _notes_metadata(notes: pd.DataFrame, seconds: float, signature: str) -> dict[str, object]:
    return {
        "source_signature": signature,
        "dagster/row_count": len(notes),
        "clients": int(notes["client_id"].nunique()),
        "files": int(notes["source_file"].nunique()),
        "pii_redactions": int(notes["pii_redactions"].sum()),
        "languages": dg.MetadataValue.md(value_counts_markdown(notes["language"], name="language")),
        "notes_per_second": round(len(notes) / seconds, 1) if seconds > 0 else None,
        "preview": dg.MetadataValue.md(
            markdown_preview(notes[["note_id", "client_id", "note_date", "language", "text"]])
        ),
    }
