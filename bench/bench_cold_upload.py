"""One upload of N notes (default 2,000, one client each, 12 languages, CA export format),
cold process and empty stores, end to end; beside it a raw ``encode`` of the same texts.

    .venv/bin/python bench/bench_cold_upload.py [--notes 2000] [--backend auto|openvino|onnx|onnx-int8|torch]

The notes come from the generator (the demo's vocabulary: an upper bound on concept quality,
not on speed), one per client, cut to about 250 characters at a word boundary like the CA
export's short notes. The run is ``lvmh-pipeline run --data-dir D`` in a fresh subprocess with a
fresh DAGSTER_HOME, warehouse, embedding cache and MLflow store (the exported ONNX graph is kept:
it is built once per machine), then the same command again with nothing new (warm). No
transactions: the model steps are skipped, as for a house that sends notes only. Prints wall
times, the embedding share, peak RSS and the Dagster step durations of the cold run.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from lvmh_pipeline.lib.synthetic import generate_dataset  # noqa: E402
from dagster_steps import step_seconds  # noqa: E402
from lvmh_pipeline.settings import DEFAULT_EMBEDDING_BACKEND  # noqa: E402

HEADER = ["ID", "Date", "Duration", "Language", "Length", "Transcription"]


def short(text: str, limit: int = 250) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;: ") + "."


def make_upload(folder: Path, n_notes: int) -> list[str]:
    """``folder/uploads/2026-11-30/notes.csv`` with ``n_notes`` notes of distinct clients."""
    with tempfile.TemporaryDirectory() as tmp:
        generate_dataset(Path(tmp), n_clients=int(n_notes * 1.15) + 20, seed=11, n_upload_dates=1, bad_row_rate=0.0,
                         duplicate_rate=0.0, no_notes_rate=0.0)
        frames = [pd.read_csv(p, dtype=str, keep_default_na=False) for p in sorted(Path(tmp, "uploads").rglob("*.csv"))]
    notes = pd.concat(frames, ignore_index=True).drop_duplicates("ID").head(n_notes)
    notes["Transcription"] = notes["Transcription"].map(short)
    notes["Length"] = notes["Transcription"].str.len().astype(str)
    target = folder / "uploads" / "2026-11-30"
    target.mkdir(parents=True)
    with (target / "notes.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(notes[HEADER].itertuples(index=False))
    return notes["Transcription"].tolist()


def raw_encode(texts: list[str], backend: str) -> float:
    from lvmh_pipeline.defs.resources import EmbeddingModel
    from lvmh_pipeline.settings import get_settings

    embedder = EmbeddingModel.from_settings(get_settings()).model_copy(update={"backend": backend}).get_embedder()
    embedder.encode(texts[:16], batch_size=16)  # load and warm up, not timed
    started = time.perf_counter()
    embedder.encode(texts, batch_size=64)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--notes", type=int, default=2000)
    parser.add_argument("--backend", default=os.environ.get("LVMH_EMBEDDING_BACKEND", DEFAULT_EMBEDDING_BACKEND))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench_cold_") as tmp:
        root = Path(tmp)
        texts = make_upload(root / "data", args.notes)
        env = dict(os.environ, DAGSTER_HOME=str(root / "home"), LVMH_EMBEDDING_BACKEND=args.backend,
                   MLFLOW_TRACKING_URI=f"sqlite:///{root / 'mlruns' / 'mlflow.db'}",
                   LVMH_MLFLOW_ARTIFACTS=str(root / "mlruns" / "artifacts"))
        (root / "home").mkdir()
        (root / "home" / "dagster.yaml").write_text((ROOT / "dagster.yaml").read_text())
        started = time.perf_counter()
        done = subprocess.run([str(ROOT / ".venv" / "bin" / "lvmh-pipeline"), "run", "--data-dir", str(root / "data")],
                              env=env, capture_output=True, text=True)
        run = time.perf_counter() - started
        if done.returncode != 0:
            print(done.stdout[-3000:], done.stderr[-3000:])
            raise SystemExit(f"run failed with exit code {done.returncode}")
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        steps = step_seconds(root / "home")
        started = time.perf_counter()
        subprocess.run([str(ROOT / ".venv" / "bin" / "lvmh-pipeline"), "run", "--data-dir", str(root / "data")],
                       env=env, capture_output=True, text=True, check=True)
        warm = time.perf_counter() - started
        encode = raw_encode(texts, args.backend)
    chars = sum(map(len, texts)) / len(texts)
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}\n")
    print("| measure | result |\n|---|---|")
    print(f"| notes in the upload | {len(texts):,} ({chars:.0f} characters on average) |")
    from lvmh_pipeline.defs.resources import EmbeddingModel

    backend = EmbeddingModel(backend=args.backend).resolved_backend()
    print(f"| `lvmh-pipeline run`, cold process, empty stores (backend {args.backend}: {backend}) | {run:.1f} s |")
    print(f"| the same command again, nothing new (warm) | {warm:.1f} s |")
    print(f"| raw `encode` of the same texts, same machine, model loaded | {encode:.1f} s "
          f"({len(texts) / encode:,.0f} notes/s) |")
    print(f"| everything but the raw embedding | {run - encode:.1f} s |")
    print(f"| peak RSS of the run | {rss:,.0f} MB |")
    print(f"| steps (Dagster step durations, sum over the runs) | {sum(steps.values()):.1f} s |")
    print("\n| step | seconds |\n|---|---|")
    for step, seconds in sorted(steps.items(), key=lambda item: -item[1])[:15]:
        print(f"| {step} | {seconds:.1f} |")


if __name__ == "__main__":
    main()
