"""Freed heap pages go back to the OS between steps (glibc)."""

import numpy as np
import pytest

from lvmh_pipeline.lib.common import memory
from lvmh_pipeline.lib.common.memory import release_memory, resident_mb


def test_release_memory_returns_freed_heap_pages():
    if memory._malloc_trim() is None or resident_mb() is None:
        pytest.skip("not glibc on Linux")
    release_memory()
    chunks = [np.full(1000, float(i)) for i in range(40_000)]  # ~320 MB of small heap blocks
    del chunks
    kept = resident_mb()
    assert release_memory() is True
    assert kept - resident_mb() > 150  # freed by Python, kept by the allocator, now returned



def test_cycles_are_collected_only_above_the_threshold():
    import gc
    import weakref

    class Node:
        pass

    def cyclic_garbage():
        node = Node()
        node.me = node  # a reference cycle: refcounting alone never frees it
        return weakref.ref(node)

    gc.disable()
    try:
        small = cyclic_garbage()
        release_memory(collect_above_mb=float("inf"))
        assert small() is not None  # a small process: no full collection
        release_memory(collect_above_mb=0)
        assert small() is None
    finally:
        gc.enable()
