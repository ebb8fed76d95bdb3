"""Checks on each ingested partition, evaluated inside the ingestion step."""

from __future__ import annotations

import dagster as dg
import pandas as pd

from lvmh_pipeline.lib.ingestion.parallel import sensitive_findings
from lvmh_pipeline.lib.privacy.pseudonymize import DEFAULT_POLICY, PrivacyPolicy
from lvmh_pipeline.lib.common.schemas import NOTES_COLUMNS

NOTES = dg.AssetKey("notes")


def notes_check_specs() -> list[dg.AssetCheckSpec]:
    return [
        dg.AssetCheckSpec(
            "notes_schema_and_keys",
            asset=NOTES,
            description="Columns are exactly the notes contract, in order; note_id is unique "
            "and client_id, note_date and text are never empty.",
            blocking=True,
        ),
        dg.AssetCheckSpec(
            "notes_free_of_pii",
            asset=NOTES,
            description="No email, phone, IBAN or card-number pattern, and (as the privacy "
            "policy asks) no GDPR Art. 9 term or non-food allergy, is left readable in the "
            "pseudonymized text. Blocking: downstream assets do not run on leaked data.",
            blocking=True,
        ),
    ]


def notes_check_results(notes: pd.DataFrame, policy: PrivacyPolicy = DEFAULT_POLICY) -> list[dg.AssetCheckResult]:
    columns_ok = list(notes.columns) == NOTES_COLUMNS
    duplicate_ids = int(notes["note_id"].duplicated().sum()) if columns_ok else -1
    empty_keys = (
        int((notes[["client_id", "note_date", "text"]].astype(str).apply(lambda s: s.str.strip() == "")).any(axis=1).sum())
        if columns_ok
        else -1
    )
    leaks = (
        pd.Series(sensitive_findings(list(zip(notes["text"], notes["language"])), policy), dtype=object)
        if columns_ok
        else pd.Series(dtype=object)
    )
    leaking = leaks[leaks.map(len) > 0]
    return [
        dg.AssetCheckResult(
            check_name="notes_schema_and_keys",
            asset_key=NOTES,
            passed=columns_ok and duplicate_ids == 0 and empty_keys == 0,
            metadata={
                "columns_match_contract": columns_ok,
                "duplicate_note_ids": duplicate_ids,
                "rows_with_empty_keys": empty_keys,
            },
        ),
        dg.AssetCheckResult(
            check_name="notes_free_of_pii",
            asset_key=NOTES,
            passed=leaking.empty,
            metadata={
                "notes_with_pii_patterns": len(leaking),
                "kinds": sorted({kind for kinds in leaking for kind in kinds}),
            },
        ),
    ]
