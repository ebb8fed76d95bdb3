"""The ``note_concepts`` table built from the hits of many notes, and the order the notes are
read in (:func:`~lvmh_pipeline.lib.concepts.extraction.extract_note_concepts`)."""

from __future__ import annotations

import gc
import itertools
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

import numpy as np
import pandas as pd

from lvmh_pipeline.lib.common.schemas import NOTE_CONCEPTS_COLUMNS, conform

__all__ = ["concepts_frame", "gc_paused", "in_input_order", "language_order"]

R = TypeVar("R")


def language_order(languages: Sequence[str | None]) -> list[int]:
    """The positions of the notes, one language after another (input order within a language):
    read this way, a language's automata, lexicons and patterns stay in the processor's caches
    (~5% faster than notes of mixed languages)."""
    return sorted(range(len(languages)), key=lambda i: languages[i] or "")


def in_input_order(order: Sequence[int], results: Sequence[R]) -> list[R]:
    """``results`` (of the items at ``order``'s positions) back in input order."""
    restored: list = [None] * len(order)
    for position, result in zip(order, results, strict=True):
        restored[position] = result
    return restored


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: extraction allocates many small tuples that never
    form cycles, and the collector would rescan the growing result list again and again
    (about 15% of a large batch's run time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def concepts_frame(
    inputs: dict[str, list], languages: list[str | None], hits: list[tuple], counts: list[int], names: tuple[str, ...],
) -> pd.DataFrame:
    """The ``note_concepts`` table of ``hits`` (``counts[i]`` of them for note ``i``; ``names``:
    the fields of a hit, :class:`~lvmh_pipeline.lib.concepts.extraction.ConceptHit`'s)."""
    # one (hits x fields) object array read from the flattened hits, its columns converted: cheaper
    # than transposing the hits (zip(*hits)) and converting each field's tuple of Python objects
    table = np.fromiter(itertools.chain.from_iterable(hits), dtype=object, count=len(hits) * len(names))
    table = table.reshape(len(hits), len(names))
    field = {name: k for k, name in enumerate(names)}

    def column(name: str, dtype: type = object) -> np.ndarray:
        values = table[:, field[name]]
        return np.ascontiguousarray(values) if dtype is object else values.astype(dtype)

    def repeat(values: list) -> np.ndarray:
        return np.repeat(np.array(values, dtype=object), counts) if values else np.array([], dtype=object)

    months = column("month", np.float64)  # None -> NaN -> <NA>
    missing = np.isnan(months)
    # what pd.array(months, dtype="Int64") builds (1 under the mask), without its checks
    month = pd.arrays.IntegerArray(np.where(missing, 1.0, months).astype(np.int64), missing)
    frame = pd.DataFrame(  # copy=False: the fresh columns are neither copied nor merged into blocks
        {
            "note_id": repeat(inputs["note_id"]),
            "client_id": repeat(inputs["client_id"]),
            "note_date": repeat(inputs["note_date"]),
            "concept": column("concept"),
            "bucket": column("bucket"),
            "category": column("category"),
            "evidence": column("evidence"),
            "span_start": column("start", np.int64),
            "span_end": column("end", np.int64),
            "language": repeat(languages),
            "method": column("method"),
            "negated": column("negated", bool),
            "confidence": column("confidence", np.float64),
            "month": month,
            "value_min": column("value_min", np.float64),
            "value_max": column("value_max", np.float64),
            "upload_date": repeat(inputs["upload_date"]),
        },
        copy=False,
    )
    if list(frame.columns) != NOTE_CONCEPTS_COLUMNS:  # built in order: conform would only copy it
        return conform(frame, NOTE_CONCEPTS_COLUMNS)
    return frame
