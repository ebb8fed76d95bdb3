"""One thread for OpenMP and BLAS inside a block; the cores this process may use."""

from __future__ import annotations

import os

from threadpoolctl import threadpool_limits


def available_cores() -> int:
    """Cores this process may run on (CPU affinity, e.g. a container's cpuset)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def single_threaded() -> threadpool_limits:
    """Context limiting OpenMP / BLAS to one thread. At the sizes this pipeline sees, a second
    thread gives little, and on a busy two-core machine OpenMP / OpenBLAS spin-waits make
    gradient boosting, k-means and a PCA 2-10x slower (measured: the k scan 58 s instead of
    6 s, a 1,638-client PCA 4.1 s instead of 0.65 s)."""
    return threadpool_limits(limits=1)
