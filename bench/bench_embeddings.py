"""Note-embedding throughput per backend: torch fp32, ONNX fp32, ONNX int8, OpenVINO (bf16 where native).

    .venv/bin/python bench/bench_embeddings.py [N] [--backends torch,onnx,onnx-int8,openvino] [--threads T]
                                               [--batch-size 64] [--long-texts truncate|windows]

N (default 1000) realistic notes come from the synthetic generator (5 languages, the demo's
length mix). Each backend runs in its own process (so its peak RSS is its own) with a warm
graph cache (exported before timing), and is timed twice on the same notes: the raw
``encode`` and the pipeline path (``embed_with_cache`` over an empty in-memory cache,
as the ``note_embeddings`` asset calls it). Also prints the mean cosine of each backend
to torch. Timings are wall clock; keep N small on a shared machine.
"""

from __future__ import annotations

import argparse
import glob
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def realistic_notes(n: int, seed: int = 7) -> list[str]:
    """``n`` distinct advisor notes from the synthetic generator."""
    import pandas as pd

    from lvmh_pipeline.lib.synthetic import generate_dataset

    clients = max(20, n // 2)
    while True:
        with tempfile.TemporaryDirectory() as out:
            generate_dataset(Path(out), n_clients=clients, seed=seed)
            frames = [pd.read_csv(f) for f in sorted(glob.glob(f"{out}/uploads/*/*.csv"))]
        texts = list(dict.fromkeys(pd.concat(frames)["Transcription"].dropna().astype(str)))
        if len(texts) >= n:
            return texts[:n]
        clients *= 2


def make_embedder(backend: str, threads: int, long_texts: str):
    from lvmh_pipeline.defs.resources import EmbeddingModel
    from lvmh_pipeline.settings import get_settings

    settings = get_settings()
    model = EmbeddingModel(model_path=settings.embedding_model, backend=backend, threads=threads,
                           onnx_cache_dir=str(settings.onnx_cache_dir), long_texts=long_texts)
    if backend == "torch" and threads:
        import torch

        torch.set_num_threads(threads)
    return model.get_embedder()


def worker(backend: str, notes_file: str, out_file: str, threads: int, batch_size: int, long_texts: str) -> None:
    """One backend in this process: load, warm up, time encode and embed_with_cache."""
    from lvmh_pipeline.lib.features.embeddings import EmbeddingCache, embed_with_cache

    texts = json.loads(Path(notes_file).read_text(encoding="utf-8"))
    started = time.perf_counter()
    embedder = make_embedder(backend, threads, long_texts)
    load = time.perf_counter() - started
    embedder.encode(texts[:8], batch_size=batch_size)  # warm-up (allocations, kernels)
    started = time.perf_counter()
    raw = embedder.encode(texts, batch_size=batch_size)
    raw_seconds = time.perf_counter() - started
    with EmbeddingCache(":memory:") as cache:
        started = time.perf_counter()
        result = embed_with_cache(texts, embedder, cache, batch_size=batch_size)
        pipe_seconds = time.perf_counter() - started
    np.save(out_file, raw)
    print(json.dumps({
        "backend": backend, "model_name": embedder.model_name, "load_s": load,
        "raw_notes_s": len(texts) / raw_seconds, "pipeline_notes_s": len(texts) / pipe_seconds,
        "pipeline_encode_notes_s": result.notes_per_second,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "torch_imported": "torch" in sys.modules,
        "pipeline_max_diff": float(np.abs(result.vectors - raw).max()),
    }))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=1000, help="number of notes (default 1000)")
    parser.add_argument("--backends", default="torch,onnx,onnx-int8,openvino")
    parser.add_argument("--threads", type=int, default=0, help="0 = every available core")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--long-texts", default="truncate", choices=["truncate", "windows"],
                        help="as the pipeline resource (default truncate)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--notes-file", help=argparse.SUPPRESS)
    parser.add_argument("--out-file", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.notes_file, args.out_file, args.threads, args.batch_size, args.long_texts)
        return

    texts = realistic_notes(args.n)
    chars = np.mean([len(t) for t in texts])
    print(f"{len(texts)} notes, mean {chars:.0f} chars, batch {args.batch_size}, long texts: {args.long_texts}")
    backends = args.backends.split(",")
    for backend in (b for b in backends if b != "torch"):  # export (and compile) outside the timings
        make_embedder(backend, 1, args.long_texts)
    rows, vectors = [], {}
    with tempfile.TemporaryDirectory() as work:
        notes_file = Path(work) / "notes.json"
        notes_file.write_text(json.dumps(texts), encoding="utf-8")
        for backend in backends:
            out_file = Path(work) / f"{backend}.npy"
            done = subprocess.run(
                [sys.executable, __file__, "--worker", backend, "--notes-file", str(notes_file), "--out-file",
                 str(out_file), "--threads", str(args.threads), "--batch-size", str(args.batch_size),
                 "--long-texts", args.long_texts], capture_output=True, text=True, check=False)
            if done.returncode != 0:
                print(f"{backend}: failed\n{done.stderr[-3000:]}")
                continue
            rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
            vectors[backend] = np.load(out_file)
    reference = vectors.get("torch")
    print("\n| backend | load s | encode notes/s | pipeline notes/s | peak RSS MB | torch loaded | cos to torch |")
    print("|---|---:|---:|---:|---:|---|---:|")
    for row in rows:
        cos = "" if reference is None else f"{float((vectors[row['backend']] * reference).sum(1).mean()):.5f}"
        print(f"| {row['backend']} | {row['load_s']:.1f} | {row['raw_notes_s']:.1f} | {row['pipeline_notes_s']:.1f} "
              f"| {row['peak_rss_mb']:.0f} | {row['torch_imported']} | {cos} |")


if __name__ == "__main__":
    main()
