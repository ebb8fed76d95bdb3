"""The upload sensor, called directly with a test instance (no daemon)."""

import json
import os

import dagster as dg
import pytest

from lvmh_pipeline.defs.ingestion.sensors import upload_sensor
from lvmh_pipeline.defs.resources import LvmhPaths
from lvmh_pipeline_tests.conftest import write_upload

HEADER = "ID,Date,Duration,Language,Length,Transcription\n"
ROW = 'CL_1,2026-01-05,35 min,FR,medium,"Mme Laurent. Budget 3K."\n'


@pytest.fixture
def instance():
    with dg.instance_for_test() as test_instance:
        yield test_instance


def _tick(settings, instance, cursor=None):
    context = dg.build_sensor_context(
        instance=instance, cursor=cursor, resources={"paths": LvmhPaths(data_dir=str(settings.data_dir))}
    )
    return upload_sensor(context)


def _apply(instance, result):
    for request in result.dynamic_partitions_requests:
        instance.add_dynamic_partitions(request.partitions_def_name, list(request.partition_keys))


def test_idle_sensor_skips_with_a_reason(settings, instance):
    result = _tick(settings, instance)
    assert isinstance(result, dg.SkipReason)
    assert "no new or changed upload" in result.skip_message


def test_new_folder_adds_partition_and_requests_ingestion_then_refresh(settings, instance):
    write_upload(settings, "2026-01-07", "a.csv", HEADER + ROW)
    write_upload(settings, "2026-01-14", "b.csv", HEADER + ROW)
    result = _tick(settings, instance)
    assert isinstance(result, dg.SensorResult)
    assert [list(r.partition_keys) for r in result.dynamic_partitions_requests] == [["2026-01-07", "2026-01-14"]]
    ingest = [r for r in result.run_requests if r.job_name == "ingest_upload_job"]
    assert [r.partition_key for r in ingest] == ["2026-01-07", "2026-01-14"]
    assert result.run_requests[-1].job_name == "refresh_outputs_job"
    assert len({r.run_key for r in result.run_requests}) == 3
    assert set(json.loads(result.cursor)) == {"2026-01-07/a.csv", "2026-01-14/b.csv"}

    _apply(instance, result)
    again = _tick(settings, instance, result.cursor)
    assert isinstance(again, dg.SkipReason)


def test_new_or_changed_file_in_a_known_folder_reingests_only_that_date(settings, instance):
    write_upload(settings, "2026-01-07", "a.csv", HEADER + ROW)
    write_upload(settings, "2026-01-14", "b.csv", HEADER + ROW)
    first = _tick(settings, instance)
    _apply(instance, first)

    write_upload(settings, "2026-01-07", "late.csv", HEADER + ROW)
    second = _tick(settings, instance, first.cursor)
    assert [r.partition_key for r in second.run_requests if r.partition_key] == ["2026-01-07"]
    assert second.dynamic_partitions_requests == []  # the date is already a partition
    first_key = next(r.run_key for r in first.run_requests if r.partition_key == "2026-01-07")
    assert second.run_requests[0].run_key != first_key

    path = write_upload(settings, "2026-01-14", "b.csv", HEADER + ROW + ROW.replace("CL_1", "CL_2"))
    os.utime(path, ns=(1, 1))
    third = _tick(settings, instance, second.cursor)
    assert [r.partition_key for r in third.run_requests if r.partition_key] == ["2026-01-14"]


def test_badly_named_folder_is_reported_not_crashed_on(settings, instance):
    write_upload(settings, "january", "a.csv", HEADER + ROW)
    result = _tick(settings, instance)
    assert isinstance(result, dg.SkipReason)
    assert "january" in result.skip_message
    write_upload(settings, "2026-01-07", "a.csv", HEADER + ROW)
    assert [r.partition_key for r in _tick(settings, instance).run_requests if r.partition_key] == ["2026-01-07"]


def test_dates_the_cli_already_ingested_are_not_ingested_again(settings):
    """`lvmh-pipeline run` first, then the sensor (a fresh cursor, as after `make ui`): it requests
    nothing, because both read the instance's record of ingested file sets."""
    from lvmh_pipeline.runner import materialize_everything

    write_upload(settings, "2026-01-07", "a.csv", HEADER + ROW)
    reports = materialize_everything(settings, on_notice=lambda message: None)
    assert all(r.success for r in reports), [r.errors for r in reports]
    with dg.DagsterInstance.get() as instance:
        result = _tick(settings, instance)
        assert result.run_requests == [] and "2026-01-07 already ingested" in result.skip_reason.skip_message
        write_upload(settings, "2026-01-07", "late.csv", HEADER + ROW.replace("CL_1", "CL_9"))
        changed = _tick(settings, instance, result.cursor)
        assert [r.partition_key for r in changed.run_requests if r.partition_key] == ["2026-01-07"]
