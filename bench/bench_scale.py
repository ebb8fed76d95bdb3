"""How time and memory grow with clients: the whole pipeline at several sizes, per asset.

    .venv/bin/python bench/bench_scale.py [--clients 10000 30000 100000] [--backend onnx-int8|onnx|torch]
                                          [--uploads 8] [--keep DIR]

For each size the generator writes a house (≈3 notes per client over ``--uploads`` upload
dates, orders in transactions.csv, the catalog), then ``lvmh-pipeline run --data-dir D`` runs in
a fresh subprocess with a fresh DAGSTER_HOME, warehouse, embedding cache and MLflow store (the
exported ONNX graph is kept: it is built once per machine). A sampler reads the resident memory
of the run's process tree from /proc four times a second; each Dagster step gets its wall time
(from the instance's event log) and the peak RSS while it ran. The last table gives each step's
growth exponent (slope of log time over log clients between the smallest and largest size:
1.0 is linear, n log n reads about 1.1 over a 10x range) and flags the steps above 1.15.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from dagster_steps import step_windows  # noqa: E402
from lvmh_pipeline.lib.synthetic import WildRates, generate_dataset  # noqa: E402
from lvmh_pipeline.settings import DEFAULT_EMBEDDING_BACKEND  # noqa: E402

PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20
FLAG_EXPONENT = 1.15


def tree_rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and its descendants (MB), from /proc; 0 once it is gone."""
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        try:
            total += int(Path(f"/proc/{current}/statm").read_text().split()[1]) * PAGE_MB
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(child) for child in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError, ValueError):
            continue
    return total


@dataclass
class Sampler:
    """Samples :func:`tree_rss_mb` of a process in a thread: ``(epoch seconds, MB)``."""

    pid: int
    every: float = 0.25
    samples: list[tuple[float, float]] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.samples.append((time.time(), tree_rss_mb(self.pid)))
            self._stop.wait(self.every)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def peak(self, start: float = 0.0, end: float = math.inf) -> float:
        return max((mb for at, mb in self.samples if start <= at <= end), default=0.0)


@dataclass
class SizeResult:
    clients: int
    notes: int
    orders: int
    generate_s: float
    run_s: float
    peak_mb: float
    steps: dict[str, tuple[float, float]]  # step -> (seconds, peak MB while it ran)


def run_size(root: Path, clients: int, uploads: int, backend: str, plain: bool = False) -> SizeResult:
    data = root / "data"
    started = time.perf_counter()
    generate_dataset(data, n_clients=clients, seed=17, n_upload_dates=uploads,
                     **({"wild_rates": WildRates().scaled(0)} if plain else {}))
    generate_s = time.perf_counter() - started
    notes = sum(len(pd.read_csv(path, dtype=str, usecols=[0])) for path in (data / "uploads").rglob("*.csv"))
    orders = len(pd.read_csv(data / "transactions.csv", usecols=[0])) if (data / "transactions.csv").exists() else 0
    home = root / "home"
    home.mkdir()
    (home / "dagster.yaml").write_text((ROOT / "dagster.yaml").read_text())
    env = dict(os.environ, DAGSTER_HOME=str(home), LVMH_EMBEDDING_BACKEND=backend,
               MLFLOW_TRACKING_URI=f"sqlite:///{root / 'mlruns' / 'mlflow.db'}",
               LVMH_MLFLOW_ARTIFACTS=str(root / "mlruns" / "artifacts"))
    log = (root / "run.log").open("w")
    started = time.perf_counter()
    process = subprocess.Popen([str(ROOT / ".venv" / "bin" / "lvmh-pipeline"), "run", "--data-dir", str(data)],
                               env=env, stdout=log, stderr=subprocess.STDOUT)
    sampler = Sampler(process.pid)
    code = process.wait()
    run_s = time.perf_counter() - started
    sampler.stop()
    log.close()
    if code != 0:
        print((root / "run.log").read_text()[-3000:])
        raise SystemExit(f"{clients:,} clients: run failed with exit code {code}")
    steps: dict[str, tuple[float, float]] = {}
    for step, begin, end in step_windows(home):
        seconds, peak = steps.get(step, (0.0, 0.0))
        # one sample period either side: a step shorter than the period still gets a reading
        steps[step] = (seconds + end - begin, max(peak, sampler.peak(begin - sampler.every, end + sampler.every)))
    return SizeResult(clients, notes, orders, generate_s, run_s, sampler.peak(), steps)


def exponent(small: float, large: float, n_small: int, n_large: int) -> float | None:
    if small < 0.5 or large <= 0:  # sub-second steps are mostly fixed cost: no growth to read
        return None
    return math.log(large / small) / math.log(n_large / n_small)


def report(results: list[SizeResult], backend: str) -> None:
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"{os.sysconf('SC_PHYS_PAGES') * os.sysconf('SC_PAGE_SIZE') / 2**30:.0f} GiB, "
          f"Python {platform.python_version()}, {platform.system()}; embedding backend {backend}\n")
    print("| clients | notes | orders | generate s | `lvmh-pipeline run` s | notes/s end to end | peak RSS MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(f"| {r.clients:,} | {r.notes:,} | {r.orders:,} | {r.generate_s:.0f} | {r.run_s:.0f} "
              f"| {r.notes / r.run_s:,.0f} | {r.peak_mb:,.0f} |")
    steps = sorted({s for r in results for s in r.steps}, key=lambda s: -results[-1].steps.get(s, (0, 0))[0])
    sizes = " | ".join(f"{r.clients:,} s | {r.clients:,} MB" for r in results)
    print(f"\n| step | {sizes} | growth exponent |")
    print("|---|" + "---:|" * (2 * len(results) + 1))
    first, last = results[0], results[-1]
    for step in steps:
        cells = " | ".join(f"{r.steps[step][0]:.1f} | {r.steps[step][1]:,.0f}" if step in r.steps else "– | –"
                           for r in results)
        growth = None
        if len(results) > 1 and step in first.steps and step in last.steps:
            growth = exponent(first.steps[step][0], last.steps[step][0], first.clients, last.clients)
        flag = "" if growth is None else f"{growth:.2f}" + (" **(faster than n log n)**" if growth > FLAG_EXPONENT else "")
        print(f"| {step} | {cells} | {flag or '–'} |")
    if len(results) > 1:
        whole = exponent(first.run_s, last.run_s, first.clients, last.clients)
        print(f"\nWhole run growth exponent: {whole:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    parser.add_argument("--uploads", type=int, default=8)
    parser.add_argument("--backend", default=os.environ.get("LVMH_EMBEDDING_BACKEND", DEFAULT_EMBEDDING_BACKEND))
    parser.add_argument("--plain-notes", action="store_true",
                        help="no 'notes in the wild' classes in the generated notes (names without titles, "
                             "special categories, code-switching …)")
    parser.add_argument("--keep", type=Path, help="keep each size's data dir and stores under this folder")
    args = parser.parse_args()
    results = []
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
    for clients in sorted(args.clients):
        root = Path(tempfile.mkdtemp(prefix=f"bench_scale_{clients}_", dir=args.keep))
        try:
            results.append(run_size(root, clients, args.uploads, args.backend, args.plain_notes))
            r = results[-1]
            print(f"{clients:,} clients: {r.notes:,} notes, run {r.run_s:.0f} s, peak RSS {r.peak_mb:,.0f} MB",
                  file=sys.stderr, flush=True)
        finally:
            if args.keep is None:
                shutil.rmtree(root, ignore_errors=True)
    report(results, args.backend)


if __name__ == "__main__":
    main()
