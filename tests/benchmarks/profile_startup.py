"""Where start-up time goes: profile a second start of the app to its first paint.

    .venv/bin/python tests/benchmarks/profile_startup.py            # import time by package
    .venv/bin/python tests/benchmarks/profile_startup.py --cprofile build/bench/startup.prof

The first form runs ``python -X importtime -m annotator`` (with ``ANNOTATOR_EXIT_AFTER_PAINT``)
and prints the import time summed per top-level package and the slowest modules by their own
time. The second writes a cProfile of the whole start (imports and run) and prints the top
entries by cumulative time; open the file with ``python -m pstats`` or snakeviz for more.
Both first make a database in a temporary data folder, so what is profiled is a second start.
"""

from __future__ import annotations

import argparse
import collections
import os
import pstats
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from harness import ROOT

LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(.+)")


def _env(home: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "ANNOTATOR_EXIT_AFTER_PAINT": "1", "ANNOTATOR_DATA_DIR": str(home / "data"),
           "ANNOTATOR_CONFIG_DIR": str(home / "config"), "ANNOTATOR_LOG_DIR": str(home / "log")}
    env.pop("ANNOTATOR_DB", None)
    return env


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=True)


def import_times(env: dict[str, str], top: int) -> None:
    stderr = _run(["-X", "importtime", "-m", "annotator"], env).stderr
    rows = [(int(m[1]), m[4].strip()) for m in map(LINE.match, stderr.splitlines()) if m]
    by_package: collections.Counter[str] = collections.Counter()
    for own, name in rows:
        by_package[name.split(".")[0]] += own
    total = sum(by_package.values())
    print(f"import time, {len(rows)} modules, {total / 1000:.0f} ms in all (own time):")
    for package, micros in by_package.most_common(top):
        print(f"  {package:28s} {micros / 1000:7.1f} ms")
    print("slowest modules by own time:")
    for own, name in sorted(rows, reverse=True)[:top]:
        print(f"  {name:50s} {own / 1000:7.1f} ms")


def cprofile(env: dict[str, str], out: Path, top: int) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    _run(["-m", "cProfile", "-o", str(out), "-m", "annotator"], env)
    pstats.Stats(str(out)).sort_stats("cumulative").print_stats(top)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cprofile", type=Path, metavar="FILE",
                        help="write a cProfile of the start to FILE instead")
    parser.add_argument("--top", type=int, default=20, help="rows to print (default 20)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="profile-startup-") as tmp:
        env = _env(Path(tmp))
        _run(["-m", "annotator"], env)  # first start: creates the database
        if args.cprofile:
            cprofile(env, args.cprofile, args.top)
        else:
            import_times(env, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
