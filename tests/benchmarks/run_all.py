"""Run every ``bench_*.py`` in this folder, each in its own process, then print one table
(``make bench``).

Each script prints its own rows and writes ``build/bench/<name>.json``; this collects those
files into the combined table and ``build/bench/all.json``. A separate process per script
keeps memory and start-up figures clean of what earlier scripts imported.

``run_all.py startup storage`` runs only ``bench_startup.py`` and ``bench_storage.py``.
A script that ran but wrote no JSON (it prints its figures its own way) is listed below the
table so that its figures are looked for in its own output.
Exit code: 0 when every script ran (missed aims are shown, not fatal), 1 when one failed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from harness import BENCH_DIR, Row, format_table, read_json, write_json  # noqa: E402

# The figures first, in its order (issue 8); any other bench after them.
ORDER = ("startup", "workspace", "open_scale", "storage", "handin_import", "import_cli",
         "review_core",
         "memory", "server")


def _rank(script: Path) -> tuple[int, str]:
    name = script.stem.removeprefix("bench_")
    return (ORDER.index(name) if name in ORDER else len(ORDER), name)


def scripts(wanted: list[str]) -> list[Path]:
    found = sorted(HERE.glob("bench_*.py"), key=_rank)
    if not wanted:
        return found
    names = {w.removeprefix("bench_").removesuffix(".py") for w in wanted}
    chosen = [s for s in found if s.stem.removeprefix("bench_") in names]
    missing = names - {s.stem.removeprefix("bench_") for s in chosen}
    if missing:
        raise SystemExit(f"run_all: no benchmark named {', '.join(sorted(missing))}")
    return chosen


def main(argv: list[str]) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE), env.get("PYTHONPATH")]))
    rows: list[Row] = []
    failed: list[str] = []
    untabled: list[str] = []
    for script in scripts(argv):
        name = script.stem.removeprefix("bench_")
        result = BENCH_DIR / f"{name}.json"
        result.unlink(missing_ok=True)
        print(f"\n== {script.stem} ==", flush=True)
        started = time.perf_counter()
        code = subprocess.run([sys.executable, str(script)], env=env, check=False).returncode
        print(f"({time.perf_counter() - started:.1f} s)", flush=True)
        if code != 0:
            failed.append(f"{script.name} (exit code {code})")
            continue
        if not result.exists():
            untabled.append(script.name)
            continue
        rows.extend(read_json(result))
    print("\n== all benchmarks ==")
    if rows:
        print(format_table(rows))
        write_json(rows, BENCH_DIR / "all.json")
    missed = [r.name for r in rows if r.ok is False]
    if missed:
        print(f"\naims missed: {', '.join(missed)}")
    if untabled:
        print(f"\nfigures only in their own output above: {', '.join(untabled)}")
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
