"""numpy's OpenBLAS runs one thread unless the environment asks otherwise (blas_threads.py):
set by the app's start, before numpy is imported, and never over a choice the person made."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

_CHOSEN = ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS")


def _run(code: str, **env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k not in _CHOSEN}
    done = subprocess.run([sys.executable, "-c", code], env={**clean, **env},
                          capture_output=True, text=True, timeout=60, check=True)
    return done.stdout.strip()


def test_the_app_start_asks_for_one_thread() -> None:
    code = ("import os\nfrom annotator.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print(os.environ.get('OPENBLAS_NUM_THREADS'))")
    assert _run(code).splitlines()[-1] == "1"


@pytest.mark.parametrize("name", _CHOSEN)
def test_a_choice_in_the_environment_is_kept(name: str) -> None:
    code = ("import os\nfrom annotator.blas_threads import one_blas_thread\n"
            "print(one_blas_thread(), os.environ.get('OPENBLAS_NUM_THREADS'))")
    expected = "3" if name == "OPENBLAS_NUM_THREADS" else "None"
    assert _run(code, **{name: "3"}) == f"False {expected}"


def test_too_late_once_numpy_is_imported() -> None:
    code = ("import os, numpy\nfrom annotator.blas_threads import one_blas_thread\n"
            "print(one_blas_thread(), os.environ.get('OPENBLAS_NUM_THREADS'))")
    assert _run(code) == "False None"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc")
def test_numpy_then_starts_no_thread_of_its_own() -> None:
    code = ("import os\nfrom annotator.blas_threads import one_blas_thread\n"
            "one_blas_thread()\nimport numpy\n"
            "a = numpy.ones((300, 300))\nb = a @ a\n"
            "print(len(os.listdir('/proc/self/task')))")
    assert _run(code) == "1"
