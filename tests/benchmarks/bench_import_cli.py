"""Benchmark: the whole ``annotator import`` command, as an instructor runs it, on a class of
40, 200 and 1,000 students x 150 highlights on one 6,300-character article (issue 13; aims
1.5 s, 5 s and 20 s).

Run as ``.venv/bin/python tests/benchmarks/bench_import_cli.py``. The hand-ins are written
through the app's own export path (:func:`export_handin`) from a generated class; each run
imports them into a fresh copy of a database holding only the exercise, with
``python -m annotator --db DB import FOLDER`` as a separate process, timed from start to exit.
The floor, measured in the same run, is a separate Python process that reads and
``json.loads`` the same files: what any importer started from the command line has to do.
The note gives the command's CPU time too, which other work on the machine does not inflate.
``BENCH_REPEAT`` sets the runs per size (default 3; 1 for 1,000 students);
``BENCH_SIZES`` picks sizes (e.g. ``40,200``).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from classdata import populate
from harness import ROOT, Stats, limit_row, report

from annotator.services.handins import export_handin
from annotator.storage.database import open_database

SIZES = {40: 1.5, 200: 5.0, 1000: 20.0}
PER_ARTICLE = 150
WORDS = 1000  # about 6,300 characters


def make_class(folder: Path, students: int) -> tuple[Path, list[Path]]:
    """Hand-in files for ``students`` students and a database holding only the exercise."""
    source = folder / "class.sqlite3"
    db = open_database(f"sqlite:///{source}")
    made = populate(db, students=students, articles=1, per_article=PER_ARTICLE, words=WORDS)
    assert 6000 <= len(made.texts[0]) <= 6800, len(made.texts[0])
    inbox = folder / "inbox"
    inbox.mkdir()
    files = []
    for n, person in enumerate(made.annotator_ids):
        path = inbox / f"student-{n + 1:04d}.handin.json"
        export_handin(db, made.exercise_id, person, path)
        files.append(path)
    db.close()
    empty = folder / "exercise-only.sqlite3"
    shutil.copyfile(source, empty)
    con = sqlite3.connect(empty)
    try:
        for table in ("link", "answer", "annotation", "orphan_annotation", "handin",
                      "annotator"):
            con.execute(f"DELETE FROM {table}")
        con.commit()
        con.execute("VACUUM")
    finally:
        con.close()
    return empty, files


FLOOR = (
    "import json, sys, pathlib\n"
    "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.json')): json.loads(p.read_bytes())\n"
)


def _cpu() -> float:
    """CPU seconds (user + system) used by finished child processes so far."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(args: list[str], env: dict[str, str], cpu: list[float] | None = None) -> float:
    cpu_before = _cpu()
    began = time.perf_counter()
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - began
    if cpu is not None:
        cpu.append(_cpu() - cpu_before)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} exited {done.returncode}:\n{done.stderr[-2000:]}"
                           f"\n{done.stdout[-2000:]}")
    return elapsed


def main() -> None:
    import compileall

    # the app's bytecode, as installing it writes it (PYTHONDONTWRITEBYTECODE in a shell
    # would otherwise make every timed run compile every module)
    compileall.compile_dir(str(ROOT / "annotator"), quiet=1)
    wanted = [int(s) for s in os.environ.get("BENCH_SIZES", "").split(",") if s.strip()]
    sizes = [n for n in SIZES if not wanted or n in wanted]
    rows = []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        empty, files = make_class(folder, max(sizes))
        env = {**os.environ, "ANNOTATOR_DATA_DIR": str(folder / "data"),
               "ANNOTATOR_CONFIG_DIR": str(folder / "config"),
               "ANNOTATOR_LOG_DIR": str(folder / "log"),
               "PYTHONPATH": str(ROOT)}
        env.pop("ANNOTATOR_DB", None)
        for students in sizes:
            inbox = folder / f"inbox-{students}"
            inbox.mkdir()
            for path in files[:students]:
                os.link(path, inbox / path.name)
            repeat = int(os.environ.get("BENCH_REPEAT", "3" if students < 1000 else "1"))
            runs, floors, cpu, floor_cpu = [], [], [], []
            for round_ in range(max(1, repeat)):
                floors.append(_timed([sys.executable, "-c", FLOOR, str(inbox)], env,
                                     floor_cpu))
                db = folder / f"instructor-{students}-{round_}.sqlite3"
                shutil.copyfile(empty, db)
                runs.append(_timed([sys.executable, "-m", "annotator", "--db", str(db),
                                    "import", str(inbox)], env, cpu))
                con = sqlite3.connect(db)
                try:
                    (count,) = con.execute("SELECT count(*) FROM annotation").fetchone()
                finally:
                    con.close()
                assert count == students * PER_ARTICLE, count
            rows.append(limit_row(
                f"annotator import, {students} students × {PER_ARTICLE} highlights (whole command)",
                Stats.of(runs), SIZES[students], unit="s", floor=Stats.of(floors),
                note="floor: a Python process reading and json.loads-ing the same files; "
                     f"the command's CPU time (user + system) {min(cpu):.1f} s, which a busy "
                     "machine does not inflate"))
            rows.append(limit_row(
                f"annotator import, {students} students: CPU time (user + system)",
                Stats.of(cpu), SIZES[students], unit="s", floor=Stats.of(floor_cpu),
                note="the child's own CPU time; grows linearly in the files"))
    report(rows, "import_cli")


if __name__ == "__main__":
    main()
