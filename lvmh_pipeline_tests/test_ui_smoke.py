"""Smoke test of the real UI stack: ``dagster dev`` (webserver + daemon + code server) on a
free loopback port, against a tiny data dir and a throwaway instance, driven only through
its GraphQL API. No mock server.

It checks the asset graph the UI shows (keys, groups, dependencies), then adds the upload
date as a partition, launches ``ingest_upload_job`` for it, waits for the daemon to dequeue
and run it, and checks that the ``notes`` partition was materialized. The server's process
group is stopped in the fixture teardown, whatever happened.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
DAGSTER_BIN = REPO_ROOT / ".venv" / "bin" / "dagster"
LOCATION_NAME = "lvmh_pipeline"
UPLOAD_DATE = "2026-01-07"
PARTITIONS_DEF = "upload_dates"

SERVER_READY_TIMEOUT_S = 120
RUN_TIMEOUT_S = 180
SHUTDOWN_TIMEOUT_S = 30

NOTES_CSV = (
    "ID,Date,Duration,Language,Length,Transcription\n"
    'CA_101,2026-01-05,30 min,FR,medium,"Rendez-vous avec Mme Laurent, avocate. Cherche un sac '
    'de voyage en cuir cognac, budget 3-4K. Allergique au nickel. Anniversaire du mari fin mars."\n'
    'CA_102,2026-01-05,20 min,EN,short,"Meeting with Mr. Anderson, banker, travels to Asia '
    'monthly. Wants a durable black briefcase, budget around 5K. Pescatarian."\n'
    'CA_103,2026-01-06,25 min,DE,short,"Herr Weber, 52 Jahre, sucht eine elegante Uhr. '
    'Budget 7-8K. Vegetarier, keine Allergien."\n'
    'CA_104,2026-01-06,15 min,IT,short,"Signora Rossi cerca un foulard di seta per la figlia, '
    'budget 800 euro. Ama il golf."\n'
)

EXPECTED_ASSETS = {
    "notes",
    "rejected_notes",
    "note_concepts",
    "client_profiles",
    "note_embeddings",
    "client_vectors",
    "clusters",
    "projection_3d",
    "dashboard_data",
}
EXPECTED_GROUPS = {
    "notes": "ingestion",
    "note_concepts": "concepts",
    "client_vectors": "features",
    "clusters": "segmentation",
    "dashboard_data": "outputs",
}
EXPECTED_DEPENDENCIES = {
    "note_concepts": "notes",
    "client_profiles": "note_concepts",
    "clusters": "client_vectors",
}

# Proxies from the environment must never see loopback traffic.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class DagsterDev:
    """A running ``dagster dev`` process group and a tiny GraphQL client for it."""

    def __init__(self, process: subprocess.Popen, port: int, log_path: Path, data_dir: Path):
        self.process = process
        self.base_url = f"http://127.0.0.1:{port}"
        self.log_path = log_path
        self.data_dir = data_dir
        self.repository_name: str | None = None

    def log_tail(self, lines: int = 80) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            return f"<no server log: {error}>"
        return "\n".join(text.splitlines()[-lines:])

    def fail(self, message: str) -> None:
        pytest.fail(f"{message}\n--- dagster dev log (tail) ---\n{self.log_tail()}", pytrace=False)

    def graphql(self, query: str, variables: dict | None = None, timeout: float = 60) -> dict:
        body = json.dumps({"query": query, "variables": variables or {}}).encode("utf-8")
        request = urllib.request.Request(
            f"{self.base_url}/graphql",
            data=body,
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        with _OPENER.open(request, timeout=timeout) as response:
            payload = json.loads(response.read().decode("utf-8"))
        if payload.get("errors"):
            self.fail(f"GraphQL errors: {json.dumps(payload['errors'], indent=2)}\nquery: {query}")
        return payload["data"]

    def repository_selector(self) -> dict[str, str]:
        assert self.repository_name is not None
        return {"repositoryLocationName": LOCATION_NAME, "repositoryName": self.repository_name}

    # -- startup ---------------------------------------------------------------------------

    def wait_until_ready(self, timeout_s: float) -> None:
        """Wait for the webserver to answer, then for the code location to be loaded."""
        deadline = time.monotonic() + timeout_s
        last_problem = "no answer yet"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.fail(f"dagster dev exited early with code {self.process.returncode}")
            try:
                with _OPENER.open(f"{self.base_url}/server_info", timeout=5) as response:
                    if response.status == 200 and self._location_loaded():
                        return
                    last_problem = "code location still loading"
            except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
                last_problem = repr(error)
            time.sleep(1)
        self.fail(f"dagster dev not ready after {timeout_s} s ({last_problem})")

    def _location_loaded(self) -> bool:
        data = self.graphql(
            """
            query Workspace {
              workspaceOrError {
                __typename
                ... on Workspace {
                  locationEntries {
                    name
                    loadStatus
                    locationOrLoadError {
                      __typename
                      ... on RepositoryLocation { repositories { name } }
                      ... on PythonError { message stack }
                    }
                  }
                }
                ... on PythonError { message }
              }
            }
            """
        )
        workspace = data["workspaceOrError"]
        if workspace["__typename"] != "Workspace":
            self.fail(f"workspace error: {workspace}")
        entries = {entry["name"]: entry for entry in workspace["locationEntries"]}
        if LOCATION_NAME not in entries:
            self.fail(f"code location {LOCATION_NAME!r} not in the workspace: {sorted(entries)}")
        entry = entries[LOCATION_NAME]
        if entry["loadStatus"] != "LOADED":
            return False
        location = entry["locationOrLoadError"]
        if location["__typename"] == "PythonError":
            self.fail(
                f"code location {LOCATION_NAME!r} failed to load: {location['message']}\n"
                + "".join(location["stack"])
            )
        repositories = [repo["name"] for repo in location["repositories"]]
        assert len(repositories) == 1, repositories
        self.repository_name = repositories[0]
        return True

    # -- teardown --------------------------------------------------------------------------

    def stop(self) -> None:
        """SIGTERM the whole process group, wait, then SIGKILL whatever is left."""
        pgid = self.process.pid  # start_new_session=True: the leader's pid is the group id
        # SIGKILL after SIGTERM even when the leader is gone: children (daemon, code server,
        # run worker) may linger in the group.
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(pgid, sig)
            except ProcessLookupError:
                pass
            try:
                self.process.wait(timeout=SHUTDOWN_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                pass


@pytest.fixture(scope="module")
def dagster_dev(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DagsterDev]:
    if not DAGSTER_BIN.exists():
        pytest.skip(f"{DAGSTER_BIN} not found (run `make install`)")
    root = tmp_path_factory.mktemp("ui_smoke")
    data_dir = root / "data"
    (data_dir / "uploads").mkdir(parents=True)
    home = root / "dagster_home"
    home.mkdir()
    shutil.copy(REPO_ROOT / "dagster.yaml", home / "dagster.yaml")
    env = dict(os.environ)
    env.update(
        {
            "LVMH_DATA_DIR": str(data_dir),
            "DAGSTER_HOME": str(home),
            "MLFLOW_TRACKING_URI": f"sqlite:///{root / 'mlflow.db'}",
            "LVMH_MLFLOW_ARTIFACTS": str(root / "artifacts"),
            "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1",
            "DAGSTER_DISABLE_TELEMETRY": "1",
            "PYTHONUNBUFFERED": "1",
        }
    )
    port = _free_loopback_port()
    log_path = root / "dagster_dev.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [
                str(DAGSTER_BIN), "dev",
                "-w", str(REPO_ROOT / "workspace.yaml"),
                "-h", "127.0.0.1",
                "-p", str(port),
            ],
            cwd=REPO_ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = DagsterDev(process, port, log_path, data_dir)
    try:
        server.wait_until_ready(SERVER_READY_TIMEOUT_S)
        yield server
    finally:
        server.stop()


ASSET_GRAPH_QUERY = """
query AssetGraph {
  assetNodes {
    assetKey { path }
    groupName
    isPartitioned
    dependencyKeys { path }
  }
}
"""


def test_asset_graph_has_the_expected_keys_groups_and_dependencies(dagster_dev: DagsterDev):
    nodes = dagster_dev.graphql(ASSET_GRAPH_QUERY)["assetNodes"]
    by_key = {"/".join(node["assetKey"]["path"]): node for node in nodes}
    missing = EXPECTED_ASSETS - set(by_key)
    assert not missing, f"assets missing from the UI graph: {sorted(missing)}; got {sorted(by_key)}"
    groups = {key: by_key[key]["groupName"] for key in EXPECTED_GROUPS}
    assert groups == EXPECTED_GROUPS
    for child, parent in EXPECTED_DEPENDENCIES.items():
        parents = {"/".join(dep["path"]) for dep in by_key[child]["dependencyKeys"]}
        assert parent in parents, f"{child} should depend on {parent}; depends on {sorted(parents)}"
    assert by_key["notes"]["isPartitioned"] and by_key["note_concepts"]["isPartitioned"]


def _stop_upload_sensor(server: DagsterDev) -> None:
    """The daemon would otherwise turn the upload into its own runs (ingestion + a slow
    client-level refresh) and, with a run queue of 1, could hold ours back."""
    data = server.graphql(
        """
        query Sensors($selector: RepositorySelector!) {
          sensorsOrError(repositorySelector: $selector) {
            __typename
            ... on Sensors { results { id name sensorState { status } } }
            ... on PythonError { message }
          }
        }
        """,
        {"selector": server.repository_selector()},
    )["sensorsOrError"]
    assert data["__typename"] == "Sensors", data
    for sensor in data["results"]:
        if sensor["sensorState"]["status"] != "RUNNING":
            continue
        result = server.graphql(
            """
            mutation Stop($id: String!) {
              stopSensor(id: $id) {
                __typename
                ... on StopSensorMutationResult { instigationState { status } }
                ... on PythonError { message }
              }
            }
            """,
            {"id": sensor["id"]},
        )["stopSensor"]
        assert result["__typename"] == "StopSensorMutationResult", (sensor["name"], result)


def _add_partition(server: DagsterDev, partition_key: str) -> None:
    result = server.graphql(
        """
        mutation Add($key: String!, $def: String!, $selector: RepositorySelector!) {
          addDynamicPartition(partitionKey: $key, partitionsDefName: $def,
                              repositorySelector: $selector) {
            __typename
            ... on AddDynamicPartitionSuccess { partitionsDefName partitionKey }
            ... on PythonError { message stack }
            ... on UnauthorizedError { message }
            ... on DuplicateDynamicPartitionError { partitionsDefName partitionName }
          }
        }
        """,
        {"key": partition_key, "def": PARTITIONS_DEF, "selector": server.repository_selector()},
    )["addDynamicPartition"]
    assert result["__typename"] == "AddDynamicPartitionSuccess", result


def _launch_partition_run(server: DagsterDev, job_name: str, partition_key: str) -> str:
    result = server.graphql(
        """
        mutation Launch($params: ExecutionParams!) {
          launchRun(executionParams: $params) {
            __typename
            ... on LaunchRunSuccess { run { runId status } }
            ... on PythonError { message stack }
            ... on Error { message }
            ... on RunConfigValidationInvalid { errors { message } }
          }
        }
        """,
        {
            "params": {
                "selector": {**server.repository_selector(), "jobName": job_name},
                "executionMetadata": {
                    "tags": [{"key": "dagster/partition", "value": partition_key}]
                },
            }
        },
    )["launchRun"]
    assert result["__typename"] == "LaunchRunSuccess", json.dumps(result, indent=2)
    return result["run"]["runId"]


RUN_QUERY = """
query Run($runId: ID!) {
  runOrError(runId: $runId) {
    __typename
    ... on Run {
      status
      tags { key value }
      eventConnection(limit: 5000) {
        events {
          __typename
          ... on MessageEvent { message level stepKey }
          ... on ErrorEvent { error { message stack causes { message stack } } }
        }
      }
    }
    ... on PythonError { message }
    ... on RunNotFoundError { message }
  }
}
"""

DAEMON_HEALTH_QUERY = """
query Daemons {
  instance {
    daemonHealth {
      allDaemonStatuses { daemonType required healthy lastHeartbeatErrors { message } }
    }
  }
}
"""


def _describe_failure(events: list[dict]) -> str:
    lines = []
    for event in events:
        error = event.get("error")
        if event.get("level") in ("ERROR", "CRITICAL") or error:
            lines.append(f"[{event['__typename']}] {event.get('stepKey') or ''} {event.get('message')}")
            for part in [error, *((error or {}).get("causes") or [])]:
                if part:
                    lines.append(f"    {part['message']}\n" + "".join(part["stack"]))
    return "\n".join(lines) or "(no error events)"


def _wait_for_run(server: DagsterDev, run_id: str, timeout_s: float) -> dict:
    deadline = time.monotonic() + timeout_s
    run: dict = {}
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            server.fail(f"dagster dev exited with code {server.process.returncode} during run {run_id}")
        run = server.graphql(RUN_QUERY, {"runId": run_id})["runOrError"]
        assert run["__typename"] == "Run", run
        if run["status"] == "SUCCESS":
            return run
        if run["status"] in ("FAILURE", "CANCELED"):
            server.fail(
                f"run {run_id} ended {run['status']}:\n{_describe_failure(run['eventConnection']['events'])}"
            )
        time.sleep(2)
    daemons = server.graphql(DAEMON_HEALTH_QUERY)["instance"]["daemonHealth"]["allDaemonStatuses"]
    server.fail(
        f"run {run_id} still {run.get('status')} after {timeout_s} s "
        f"(QUEUED means the daemon never dequeued it)\ndaemons: {json.dumps(daemons, indent=2)}"
    )
    raise AssertionError("unreachable")


def test_partition_run_goes_through_the_daemon_queue_and_materializes_notes(dagster_dev: DagsterDev):
    server = dagster_dev
    _stop_upload_sensor(server)
    upload = server.data_dir / "uploads" / UPLOAD_DATE / "notes.csv"
    upload.parent.mkdir(parents=True)
    upload.write_text(NOTES_CSV, encoding="utf-8")

    _add_partition(server, UPLOAD_DATE)
    run_id = _launch_partition_run(server, "ingest_upload_job", UPLOAD_DATE)
    run = _wait_for_run(server, run_id, RUN_TIMEOUT_S)

    assert {"key": "dagster/partition", "value": UPLOAD_DATE} in run["tags"]
    event_types = {event["__typename"] for event in run["eventConnection"]["events"]}
    # Enqueued by the webserver; only the daemon's run coordinator launches a queued run
    # (RunStartingEvent), so a queued run that succeeds proves the daemon works.
    assert {"RunEnqueuedEvent", "RunStartingEvent", "RunSuccessEvent"} <= event_types, sorted(event_types)

    asset = server.graphql(
        """
        query Notes($partition: String!) {
          assetOrError(assetKey: {path: ["notes"]}) {
            __typename
            ... on Asset { assetMaterializations(partitions: [$partition]) { runId partition } }
          }
        }
        """,
        {"partition": UPLOAD_DATE},
    )["assetOrError"]
    assert asset["__typename"] == "Asset", asset
    materializations = asset["assetMaterializations"]
    assert [m["partition"] for m in materializations] == [UPLOAD_DATE], materializations
    assert materializations[0]["runId"] == run_id
