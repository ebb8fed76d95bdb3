"""A pure per-note function over many notes, on every core.

Note work here is pure Python (pseudonymization ~1 ms a note, the privacy check ~1 ms, concept
extraction ~0.3 ms), so one process uses one core. :func:`map_in_processes` runs the first item
of each ``warm_key`` value (each language) in this process, which builds the lexicons, the
taxonomy and each language's automata; the other items are cut into chunks for forked worker
processes that inherit all of it (nothing is rebuilt, and the function itself is inherited, not
pickled), and the results come back in input order: the output is the serial output.

Serial below :data:`MIN_PARALLEL` items, with one core, where ``fork`` is unavailable, or inside
a process that may not have children. A worker that dies sends its work back to this process
instead of hanging the step.
"""

from __future__ import annotations

import gc
import itertools
import logging
import multiprocessing as mp
import signal
from collections.abc import Callable, Hashable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from lvmh_pipeline.lib.common.threads import available_cores

__all__ = ["MIN_PARALLEL", "map_in_processes"]

log = logging.getLogger(__name__)

MIN_PARALLEL = 300  # below this, starting the workers costs more than it saves
_CHUNKS_PER_WORKER = 4  # small enough that a worker with slow notes does not hold the others up

T = TypeVar("T")
R = TypeVar("R")

_job: Callable[[Any], Any] | None = None  # the running map's function, inherited by the workers


def _default_signals() -> None:
    """Workers start with the default SIGTERM / SIGINT handling: the parent may be a Dagster step,
    whose handlers (inherited through fork) would keep a worker from ever stopping."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _run(chunk: Sequence[Any]) -> list[Any]:
    assert _job is not None
    return [_job(item) for item in chunk]


def map_in_processes(function: Callable[[T], R], items: Sequence[T], *,
                     warm_key: Callable[[T], Hashable] | None = None, workers: int | None = None) -> list[R]:
    """``[function(item) for item in items]``, on ``workers`` processes (default: every
    available core); the first item of each ``warm_key(item)`` is run here first."""
    global _job
    workers = available_cores() if workers is None else max(1, int(workers))
    if workers < 2 or len(items) < MIN_PARALLEL or "fork" not in mp.get_all_start_methods() \
            or mp.current_process().daemon or _job is not None:
        return [function(item) for item in items]
    firsts = sorted({warm_key(item): i for i, item in reversed(list(enumerate(items)))}.values()) if warm_key else [0]
    done = {i: function(items[i]) for i in firsts}
    rest = [i for i in range(len(items)) if i not in done]
    size = -(-len(rest) // (workers * _CHUNKS_PER_WORKER))
    chunks = [rest[i : i + size] for i in range(0, len(rest), size)]
    _job = function
    gc.freeze()  # the inherited objects stay out of the workers' collections (fewer copied pages)
    try:
        with ProcessPoolExecutor(workers, mp_context=mp.get_context("fork"), initializer=_default_signals) as pool:
            parts = list(pool.map(_run, [[items[i] for i in chunk] for chunk in chunks]))
    except BrokenProcessPool as error:  # a worker died (killed, out of memory): do it here
        log.warning("worker processes failed (%s); continuing in this process", error)
        parts = [[function(items[i]) for i in chunk] for chunk in chunks]
    finally:
        gc.unfreeze()
        _job = None
    done.update(zip(itertools.chain.from_iterable(chunks), itertools.chain.from_iterable(parts), strict=True))
    return [done[i] for i in range(len(items))]
