"""Cold start to the first painted window with the sample exercise, against a bare PySide6
window with the same two texts in two read-only QTextEdit panes (aim: at most 1.5 times),
and until ready to annotate (aim: at most 2 times).

Each run is a new process: ``python -m annotator`` with ``ANNOTATOR_EXIT_AFTER_PAINT=1``,
which prints the time of its first paint (the opening exercise's texts, shown read-only by
``gui/first_paint.py`` before the rest loads), then the time the main window has painted
(ready to annotate), and quits; each figure is that time minus the moment just before the
process was launched, so the interpreter's own start-up counts. "Ready to annotate" is the
moment a surface that stores a tag key pressed on a selection has painted: the preview
itself when it takes tag keys (``gui/preview_keys.py``: the database needs nothing done and
the student is known; ``tests/gui/test_preview_keys.py`` checks that a key pressed then is
stored), else the main window. The main window's own first paint is shown too.

* first start: a fresh, empty data folder each run (the database is created, the sample
  exercise seeded);
* second start: the data and settings a previous start left behind, with the student's
  name known (the usual case).

Runs of all kinds are interleaved so that drift on a busy machine hits all alike.
``BENCH_REPEAT`` sets the number of runs (default 7, at least 5 is meaningful).
``BENCH_COMPARE_SRC=/path/to/other/checkout`` adds a second-start row for that source tree
(run from there, same interpreter and libraries): a before/after figure in the same run. The
tree needs ``annotator/resources`` (a link to its ``resources/``) and the paint probe.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

from harness import ROOT, Row, Stats, ratio_row, report

HERE = Path(__file__).resolve().parent
MAX_RATIO = 1.5
MAX_READY_RATIO = 2.0


class Launch(NamedTuple):
    wall: float  # seconds from launch to the first paint
    ready: float  # seconds from launch until a surface that stores tag keys has painted
    window: float  # seconds from launch to the main window's first paint
    cpu: float  # user + system CPU seconds of the whole process (nan where unknown)


def _children_cpu() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return math.nan
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _launch(args: list[str], env: dict[str, str], cwd: Path = ROOT) -> Launch:
    """Launch ``python args``; time to the first paint it reports, and its CPU time."""
    full = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    full.pop("ANNOTATOR_DB", None)
    full.update(env)
    cpu_before = _children_cpu()
    launched = time.time()
    done = subprocess.run(
        [sys.executable, *args], env=full, cwd=cwd, capture_output=True, text=True,
        timeout=120, check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{args} exited with {done.returncode}:\n{done.stderr[-3000:]}")
    cpu = _children_cpu() - cpu_before
    first = ready = window = None
    for line in done.stdout.splitlines():
        if line.startswith("first-paint "):
            first = float(line.split()[1]) - launched
        elif line.startswith("ready "):
            ready = float(line.split()[1]) - launched
        elif line.startswith("window "):
            window = float(line.split()[1]) - launched
        elif line.startswith('{"first_paint"'):
            first = float(json.loads(line)["first_paint"]) - launched
    if first is None:
        raise RuntimeError(f"{args} reported no first paint:\n{done.stdout[-2000:]}")
    # A window that paints nothing before it is ready (the floor, older trees) is ready then.
    ready = first if ready is None else ready
    return Launch(first, ready, ready if window is None else window, cpu)


def _app_env(home: Path) -> dict[str, str]:
    return {
        "ANNOTATOR_EXIT_AFTER_PAINT": "1",
        "ANNOTATOR_DATA_DIR": str(home / "data"),
        "ANNOTATOR_CONFIG_DIR": str(home / "config"),
        "ANNOTATOR_LOG_DIR": str(home / "log"),
    }


def floor_start() -> Launch:
    return _launch([str(HERE / "floor_window.py")], {})


def orm_floor_start() -> Launch:
    return _launch([str(HERE / "floor_window.py"), "--with-orm"], {})


def first_start(scratch: Path) -> Launch:
    home = Path(tempfile.mkdtemp(dir=scratch))
    try:
        return _launch(["-m", "annotator"], _app_env(home))
    finally:
        shutil.rmtree(home, ignore_errors=True)


def second_start(home: Path, source: Path = ROOT) -> Launch:
    env = _app_env(home)
    if source != ROOT:
        env["PYTHONPATH"] = str(source)
    return _launch(["-m", "annotator"], env, cwd=source)


def name_the_student(home: Path) -> None:
    """What a second start usually has: the student told their name on an earlier one."""
    script = ("from annotator.services.annotators import create_annotator\n"
              "from annotator.services.context import open_context\n"
              "from annotator.services.identity import set_owner\n"
              "ctx = open_context()\n"
              "set_owner(ctx.db, create_annotator(ctx.db, 'Ada').id)\n"
              "ctx.close()\n")
    env = {**os.environ, **_app_env(home)}
    env.pop("ANNOTATOR_DB", None)
    subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, check=True, timeout=120)


def run(repeat: int) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        scratch = Path(tmp)
        kept = scratch / "kept"
        # Warm-up: fills the OS file cache for every kind and leaves "kept" with a database.
        floor_start(), orm_floor_start(), first_start(scratch), second_start(kept)
        name_the_student(kept)
        second_start(kept)
        other = os.environ.get("BENCH_COMPARE_SRC")
        other_src = Path(other).resolve() if other else None
        if other_src is not None:
            second_start(scratch / "other", other_src)
        floor: list[Launch] = []
        orm: list[Launch] = []
        first: list[Launch] = []
        second: list[Launch] = []
        compared: list[Launch] = []
        for _ in range(repeat):
            if other_src is not None:
                compared.append(second_start(scratch / "other", other_src))
            floor.append(floor_start())
            orm.append(orm_floor_start())
            first.append(first_start(scratch))
            second.append(second_start(kept))
    floor_stats = _wall(floor)
    rows = [
        Row(name="start-up floor: bare Qt window, 2 texts", value=floor_stats.median * 1e3,
            unit="ms", p95=floor_stats.p95 * 1e3, runs=floor_stats.runs),
        _reference_row("reference: the floor + importing SQLAlchemy and the models",
                       _wall(orm), floor_stats),
        ratio_row("start-up to first paint, second start (database exists)", _wall(second),
                  floor_stats, MAX_RATIO),
        ratio_row("start-up to first paint, first start (creates database)", _wall(first),
                  floor_stats, MAX_RATIO),
        ratio_row("start-up until ready to annotate, second start", _ready(second),
                  floor_stats, MAX_READY_RATIO),
        _reference_row("start-up until ready to annotate, first start", _ready(first),
                       floor_stats),
        _reference_row("start-up until the main window has painted, second start",
                       _main(second), floor_stats),
    ]
    if compared:
        # a reference for before/after, judged by no aim of its own
        rows.append(_reference_row(f"start-up to first paint, second start, {other_src.name}",
                                   _wall(compared), floor_stats))
        rows.append(_reference_row(f"start-up until ready, second start, {other_src.name}",
                                   _ready(compared), floor_stats))
    if not math.isnan(floor[0].cpu):
        # CPU seconds shift less than wall time when other processes share the machine.
        floor_cpu = _cpu(floor)
        rows.append(_reference_row("CPU time (user+sys), second start, vs the floor's",
                                   _cpu(second), floor_cpu))
        if compared:
            rows.append(_reference_row(f"CPU time, second start, {other_src.name}",
                                       _cpu(compared), floor_cpu))
    return rows


def _wall(runs: list[Launch]) -> Stats:
    return Stats.of([r.wall for r in runs])


def _ready(runs: list[Launch]) -> Stats:
    return Stats.of([r.ready for r in runs])


def _main(runs: list[Launch]) -> Stats:
    return Stats.of([r.window for r in runs])


def _cpu(runs: list[Launch]) -> Stats:
    return Stats.of([r.cpu for r in runs])


def _reference_row(name: str, stats: Stats, floor: Stats) -> Row:
    """A figure shown beside the floor for comparison, with no aim of its own."""
    return Row(name=name, value=stats.median * 1e3, unit="ms", floor_value=floor.median * 1e3,
               ratio=stats.median / floor.median, p95=stats.p95 * 1e3, runs=stats.runs)


def main() -> int:
    repeat = max(1, int(os.environ.get("BENCH_REPEAT", "7")))
    report(run(repeat), "startup")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
