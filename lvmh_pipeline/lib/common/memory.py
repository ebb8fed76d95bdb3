"""Handing memory freed by a step back to the operating system before the next step.

CPython frees a step's frames, arrays and strings when the step ends, but glibc's allocator keeps
the freed pages of its heaps: the process's resident size only grows over a run, and each step's
peak stands on the garbage of the steps before it. ``release_memory`` collects the reference
cycles left and asks glibc to return free pages (``malloc_trim``); elsewhere it only collects.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import lru_cache

__all__ = ["release_memory", "resident_mb"]


@lru_cache(maxsize=1)
def _malloc_trim():  # noqa: ANN202 - a ctypes function or None
    name = ctypes.util.find_library("c")
    try:
        trim = ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):  # not glibc (musl, macOS)
        return None
    if trim is not None:
        trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


def release_memory() -> bool:
    """Return free heap pages to the OS; True when glibc could trim."""
    trim = _malloc_trim()
    return bool(trim(0)) if trim is not None else False


def resident_mb() -> float | None:
    """This process's resident memory in MB (Linux), else None."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * _page_size() / 2**20
    except (OSError, ValueError, IndexError):
        return None


def _page_size() -> int:
    import resource

    return resource.getpagesize()
