"""One thread for OpenMP and BLAS inside a block."""

from __future__ import annotations

from threadpoolctl import threadpool_limits


def single_threaded() -> threadpool_limits:
    """Context limiting OpenMP / BLAS to one thread. At the sizes this pipeline sees, a second
    thread gives little, and on a busy two-core machine OpenMP / OpenBLAS spin-waits make
    gradient boosting, k-means and a PCA 2-10x slower (measured: the k scan 58 s instead of
    6 s, a 1,638-client PCA 4.1 s instead of 0.65 s)."""
    return threadpool_limits(limits=1)
