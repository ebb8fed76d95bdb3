"""What was ingested, as the instance records it: the ``source_signature`` metadata of each
``notes`` partition materialization. The upload sensor and the CLI both consult it, so a file set
is ingested once whichever of them sees it first."""

import dagster as dg

SIGNATURE_KEY = "source_signature"


def last_ingested_signature(instance: dg.DagsterInstance, upload_date: str) -> str | None:
    """Signature of the files behind the latest ``notes`` materialization of a partition."""
    records = instance.fetch_materializations(
        dg.AssetRecordsFilter(asset_key=dg.AssetKey("notes"), asset_partitions=[upload_date]),
        limit=1,
    ).records
    if not records or records[0].asset_materialization is None:
        return None
    value = records[0].asset_materialization.metadata.get(SIGNATURE_KEY)
    return getattr(value, "value", None)
