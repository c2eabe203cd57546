"""One BLAS thread for numpy unless the person running the app chose otherwise.

numpy's OpenBLAS starts a thread per core when numpy is first imported, and those threads
spin for a while after every matrix product. On the machines this app runs on (two to four
cores, the window's GUI thread and a worker thread already sharing them) that costs CPU
time and buys nothing: ``annotator review --json`` at 40 students took 0.06-0.1 s more CPU
time with the threads (0.14 s against 0.09 s for ``import numpy`` alone), at 200 students
0.35 s more for the same wall time, and at 1,000 students on a busy machine it was slower
with them (docs/performance.md, branch ``json40-13``). The limit must be set before numpy
is imported; an ``OPENBLAS_NUM_THREADS``, ``GOTO_NUM_THREADS`` or ``OMP_NUM_THREADS``
already in the environment is left as it is.
"""

from __future__ import annotations

import os
import sys

__all__ = ["one_blas_thread"]

_CHOSEN = ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS")


def one_blas_thread() -> bool:
    """Ask OpenBLAS for one thread, if numpy is not imported yet and nothing in the
    environment asks otherwise. Returns whether it did."""
    if "numpy" in sys.modules or any(os.environ.get(name) for name in _CHOSEN):
        return False
    os.environ["OPENBLAS_NUM_THREADS"] = "1"
    return True
