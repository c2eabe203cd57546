"""Start-up time of the frozen app against ``python -m annotator``, runs interleaved.

    .venv/bin/python packaging/time_start.py [--runs 15]

Each round runs every command once, in turn, so a busy machine slows them alike. Prints the
median, minimum and maximum wall-clock time per command, and (on Linux and macOS) the median
CPU time (user + system), which a machine shared with other work disturbs less. Needs
``make package`` first.
Everything runs offscreen, with the data and settings folders in a temporary directory.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "annotator" / ("annotator.exe" if os.name == "nt" else "annotator")


def commands() -> dict[str, list[str]]:
    frozen, source = [str(FROZEN)], [sys.executable, "-m", "annotator"]
    return {
        "frozen --self-test": [*frozen, "--self-test"],
        "python -m annotator --self-test": [*source, "--self-test"],
        "frozen --version": [*frozen, "--version"],
        "python -m annotator --version": [*source, "--version"],
    }


def _children_cpu() -> float:
    """User + system CPU seconds of finished child processes (0 where not available)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    if not FROZEN.exists():
        print(f"{FROZEN}: not built; run `make package` first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ANNOTATOR_DATA_DIR": tmp,
               "ANNOTATOR_CONFIG_DIR": tmp, "ANNOTATOR_LOG_DIR": tmp}
        times: dict[str, list[float]] = {name: [] for name in commands()}
        cpu: dict[str, list[float]] = {name: [] for name in commands()}
        for _ in range(args.runs + 1):  # the first round warms the file cache, not counted
            for name, command in commands().items():
                before = _children_cpu()
                start = time.perf_counter()
                subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True)
                times[name].append(time.perf_counter() - start)
                cpu[name].append(_children_cpu() - before)
    print(f"{'command':34} {'median':>7} {'min':>7} {'max':>7} {'cpu':>7}   "
          f"(seconds, {args.runs} runs, interleaved)")
    for name, values in times.items():
        counted = values[1:]
        print(f"{name:34} {statistics.median(counted):7.3f} {min(counted):7.3f} "
              f"{max(counted):7.3f} {statistics.median(cpu[name][1:]):7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
