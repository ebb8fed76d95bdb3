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

