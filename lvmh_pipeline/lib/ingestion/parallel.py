"""Pseudonymize the notes of a file on every core.

Pseudonymization is pure Python (about 1 ms a note: names, Art. 9 terms, allergies), so one
process uses one core. Here the first note of each language is pseudonymized in the parent
(which builds the lexicons, the taxonomy and each language's automata), the others are cut into
chunks and pseudonymized by forked worker processes that inherit all of it (no rebuild), and
the results come back in input order: the output is the serial output. Serial below :data:`MIN_PARALLEL` notes, with one core, where
``fork`` is unavailable, or inside a process that may not have children; a worker that dies
sends its work back to this process instead of hanging the step.
"""

from __future__ import annotations

import gc
import itertools
import logging
import multiprocessing as mp
import signal
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from lvmh_pipeline.lib.common.threads import available_cores
from lvmh_pipeline.lib.privacy.pseudonymize import PrivacyPolicy, PseudonymizedText, pseudonymize

log = logging.getLogger(__name__)

MIN_PARALLEL = 300  # below this, starting the workers costs more than it saves
_CHUNKS_PER_WORKER = 4  # small enough that a worker with slow notes does not hold the others up


def _default_signals() -> None:
    """Workers start with the default SIGTERM / SIGINT handling: the parent may be a Dagster step,
    whose handlers (inherited through fork) would keep a worker from ever stopping."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _pseudonymize_chunk(args: tuple[Sequence[tuple[str, str | None]], PrivacyPolicy]) -> list[PseudonymizedText]:
    items, policy = args
    return [pseudonymize(text, language=language, policy=policy) for text, language in items]


def pseudonymize_notes(items: Sequence[tuple[str, str | None]], policy: PrivacyPolicy,
                       workers: int | None = None) -> list[PseudonymizedText]:
    """``pseudonymize(text, language=…, policy=policy)`` of every (text, language), in order,
    on ``workers`` processes (default: every available core)."""
    workers = available_cores() if workers is None else max(1, int(workers))
    if workers < 2 or len(items) < MIN_PARALLEL or "fork" not in mp.get_all_start_methods() \
            or mp.current_process().daemon:
        return _pseudonymize_chunk((items, policy))
    # one note per language first, here: it builds the lexicons and the per-language automata
    # that the workers then inherit instead of each building them again
    firsts = sorted({language: i for i, (_, language) in reversed(list(enumerate(items)))}.values())
    done = dict(zip(firsts, _pseudonymize_chunk(([items[i] for i in firsts], policy)), strict=True))
    rest = [i for i in range(len(items)) if i not in done]
    size = -(-len(rest) // (workers * _CHUNKS_PER_WORKER))
    chunks = [rest[i : i + size] for i in range(0, len(rest), size)]
    gc.freeze()  # the inherited objects stay out of the workers' collections (fewer copied pages)
    try:
        with ProcessPoolExecutor(workers, mp_context=mp.get_context("fork"), initializer=_default_signals) as pool:
            parts = list(pool.map(_pseudonymize_chunk, [([items[i] for i in chunk], policy) for chunk in chunks]))
    except BrokenProcessPool as error:  # a worker died (killed, out of memory): do it here
        log.warning("pseudonymization workers failed (%s); continuing in this process", error)
        parts = [_pseudonymize_chunk(([items[i] for i in chunk], policy)) for chunk in chunks]
    finally:
        gc.unfreeze()
    done.update(zip(itertools.chain.from_iterable(chunks), itertools.chain.from_iterable(parts), strict=True))
    return [done[i] for i in range(len(items))]
