"""Turns new upload folders and files into partitions and ingestion runs."""

import json

import dagster as dg

from lvmh_pipeline.defs.ingestion.jobs import ingest_upload_job
from lvmh_pipeline.defs.outputs.jobs import refresh_outputs_job
from lvmh_pipeline.defs.ingestion.records import last_ingested_signature
from lvmh_pipeline.defs.partitions import upload_dates
from lvmh_pipeline.defs.resources import LvmhPaths
from lvmh_pipeline.lib.ingestion.uploads import diff_uploads, folder_signature


@dg.sensor(
    jobs=[ingest_upload_job, refresh_outputs_job],
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Watches uploads/<YYYY-MM-DD>/*.csv: adds each new date to the upload_dates "
    "partitions, requests an ingestion run per new or changed file set (run_key = date + file "
    "signature, so a file set is ingested once), then one refresh of the client-level assets.",
)
def upload_sensor(context: dg.SensorEvaluationContext, paths: LvmhPaths) -> dg.SensorResult | dg.SkipReason:
    previous = json.loads(context.cursor) if context.cursor else {}
    changes = diff_uploads(paths.uploads_dir, previous)
    problems = [f"uploads/{name}/ is not a YYYY-MM-DD folder" for name in changes.invalid_folders]
    problems += [f"uploads/{name} must be inside a YYYY-MM-DD folder" for name in changes.stray_files]
    problems += [f"uploads/{name}: {why}" for name, why in changes.skipped]
    for problem in problems:
        context.log.warning(f"ignored: {problem}")
    # a file set the CLI (or an earlier run) already ingested is not ingested again
    pending = {
        day: files for day, files in changes.changed.items()
        if last_ingested_signature(context.instance, day) != folder_signature(files)
    }
    if not pending:
        ignored = f" (ignored: {'; '.join(problems)})" if problems else ""
        reason = f"no new or changed upload file in {paths.uploads_dir}{ignored}"
        if not changes.changed:
            return dg.SkipReason(reason)
        done = ", ".join(sorted(changes.changed))
        return dg.SensorResult(skip_reason=f"{reason}: {done} already ingested", cursor=json.dumps(changes.state, sort_keys=True))
    existing = set(context.instance.get_dynamic_partitions(upload_dates.name))
    new_dates = sorted(set(pending) - existing)
    runs = [
        dg.RunRequest(
            run_key=f"{upload_date}:{folder_signature(files)}",
            job_name=ingest_upload_job.name,
            partition_key=upload_date,
            tags={"lvmh/upload_files": ",".join(path.name for path in files)},
        )
        for upload_date, files in sorted(pending.items())
    ]
    signature = ",".join(run.run_key for run in runs)
    runs.append(dg.RunRequest(run_key=f"refresh:{signature}", job_name=refresh_outputs_job.name))
    return dg.SensorResult(
        run_requests=runs,
        dynamic_partitions_requests=[upload_dates.build_add_request(new_dates)] if new_dates else [],
        cursor=json.dumps(changes.state, sort_keys=True),
    )
