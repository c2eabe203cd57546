"""Benchmark: what the instructor runs on a whole class (issue 13), at 40, 200 and 1,000
students x 150 highlights on the sample's 6,344-character article, plus an answer key.

The class is generated as hand-in files through the app's own export path and imported
through the app's own importer (``review_classdata.py``), once per size, kept under
``build/bench/review-class-N/`` (``BENCH_FRESH=1`` makes them again).

Rows per class size, each against a floor measured in the same run:

* ``annotator review --exercise ID --json`` as a subprocess, end to end (aim: under
  0.5 / 2 / 10 s) and its peak memory (aim: under 300 / 500 / 1,000 MB). Floor: a Python
  process that reads and ``json.loads`` the same hand-in files, builds the per-student,
  per-tag character cover with numpy over the same arrays and writes JSON
  (``floor_review.py cli``).
* Opening Review > Class Overview in a running app until its class overlay is painted and
  usable (the agreement and the scores still being computed, with progress and Cancel), and
  until every article's figures are computed and painted (``review_window_probe.py``; same
  aims). Floor: the same reading
  and numpy work, then a bare window with the article and the names, to its first paint.

``BENCH_CLASS_SIZES=40,200`` picks sizes; ``BENCH_REPEAT`` the runs (default 3; one at
1,000 students).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from harness import BENCH_DIR, Row, Stats, last_json_line, limit_row, report, value_row
from review_classdata import ClassFiles, build_class

from annotator.storage.database import head_revision

HERE = Path(__file__).resolve().parent
AIMS = {40: (0.5, 300.0), 200: (2.0, 500.0), 1000: (10.0, 1000.0)}


def _class(n: int) -> ClassFiles:
    folder = BENCH_DIR / f"review-class-{n}"
    stamp = folder / "stamp.json"
    wanted = {"schema": head_revision(), "students": n, "generator": 1}
    if os.environ.get("BENCH_FRESH") or not stamp.exists() or json.loads(
            stamp.read_text("utf-8")) != wanted:
        shutil.rmtree(folder, ignore_errors=True)
        began = time.perf_counter()
        made = build_class(folder, n)
        print(f"(generated and imported {n} hand-ins in {time.perf_counter() - began:.0f} s)",
              flush=True)
        stamp.write_text(json.dumps(wanted), "utf-8")
        (folder / "class.json").write_text(json.dumps({
            "exercise": str(made.exercise_id), "article": str(made.article_id),
            "n_chars": made.n_chars}), "utf-8")
    info = json.loads((folder / "class.json").read_text("utf-8"))
    import uuid

    return ClassFiles(folder / "class.sqlite",
                      tuple(sorted((folder / "handins").glob("*.json"))),
                      uuid.UUID(info["exercise"]), uuid.UUID(info["article"]),
                      info["n_chars"])


CPU: dict[str, Stats] = {}  # the CPU time (user + system) of the last _timed, by its args


def _timed(args: list[str], repeat: int) -> tuple[Stats, float, bytes]:
    times, peaks, cpus, out = [], [], [], b""
    for _ in range(repeat):
        seconds, peak, out = _peak_run(args)
        times.append(seconds)
        peaks.append(peak)
        cpus.append(LAST_CPU[0])
    CPU[" ".join(args)] = Stats.of(cpus)
    return Stats.of(times), max(peaks), out


LAST_CPU = [0.0]


def _peak_run(args: list[str]) -> tuple[float, float, bytes]:
    """Wall time, the child's own peak RSS (MiB, from ``wait4``) and stdout of
    ``python args`` (this interpreter); its CPU time (user + system) goes to ``LAST_CPU``."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    out_file = BENCH_DIR / "review-class-stdout.tmp"
    with out_file.open("wb") as sink:
        began = time.perf_counter()
        process = subprocess.Popen([sys.executable, *args], stdout=sink,
                                   stderr=subprocess.PIPE, env=env)
        assert process.stderr is not None
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - began
        err = process.stderr.read()
        process.stderr.close()
        process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise RuntimeError(f"{args[:4]} failed: {err.decode(errors='replace')[-2000:]}")
    out = out_file.read_bytes()
    out_file.unlink()
    LAST_CPU[0] = usage.ru_utime + usage.ru_stime
    return seconds, usage.ru_maxrss / 1024, out


def compile_sources() -> None:
    """Write the app's bytecode, as installing it does (pip, the frozen app): a shell with
    PYTHONDONTWRITEBYTECODE set would otherwise compile every module in every timed run."""
    import compileall

    compileall.compile_dir(str(HERE.parents[1] / "annotator"), quiet=1)


def main() -> None:
    compile_sources()
    sizes = [int(s) for s in os.environ.get("BENCH_CLASS_SIZES", "40,200,1000").split(",")]
    repeat = max(1, int(os.environ.get("BENCH_REPEAT", "3")))
    rows: list[Row] = []
    reference_done = False
    for n in sizes:
        made = _class(n)
        runs = 1 if n >= 1000 else repeat
        limit_s, limit_mb = AIMS.get(n, (None, None))
        files = [str(f) for f in made.files]
        db = f"sqlite:///{made.db_path}"

        floor_args = [str(HERE / "floor_review.py"), "cli", str(made.n_chars), *files]
        cli_floor, floor_peak, _ = _timed(floor_args, runs)
        cli_args = ["-m", "annotator", "--db", db, "review", "--exercise",
                    str(made.exercise_id), "--json"]
        cli, cli_peak, out = _timed(cli_args, runs)
        if not reference_done:  # what any command of the app costs before it starts work
            start, _, _ = _timed(["-m", "annotator", "--db", db, "exercises",
                                           "--json"], repeat)
            rows.append(limit_row("reference: `annotator exercises --json` (start-up, "
                                  "imports, opening the database)", start, 1e9, unit="s",
                                  floor=cli_floor))
            rows[-1] = Row(**{**rows[-1].to_json(), "aim": "", "ok": None})
            reference_done = True
        figures = json.loads(out)
        assert len(figures["articles"][1]["students"]) == n, "the class was not reviewed"
        note = f"{len(out) / 2**20:.0f} MiB of JSON; floor: read + parse the hand-ins, numpy"
        rows.append(limit_row(f"review --json, {n} students (whole command)", cli,
                              limit_s or 1e9, unit="s", floor=cli_floor, note=note))
        rows.append(limit_row(f"review --json, {n} students: CPU time (user + system)",
                              CPU[" ".join(cli_args)], limit_s or 1e9, unit="s",
                              floor=CPU[" ".join(floor_args)],
                              note="the child's own CPU time, which other work on a shared "
                                   "machine inflates far less than the wall time"))
        rows.append(value_row(f"review --json, {n} students: peak memory", cli_peak, "MB",
                              limit=limit_mb, floor_value=floor_peak))

        text = BENCH_DIR / f"review-class-{n}" / "article.txt"
        text.write_text(_article_text(made), "utf-8")
        window_floors, windows, usables, peaks, cpus, usable_cpus = [], [], [], [], [], []
        for _ in range(runs):
            floor_out = _peak_run([str(HERE / "floor_review.py"), "window", str(made.n_chars),
                              str(text), *files])[2]
            window_floors.append(last_json_line(floor_out.decode())["seconds"])
            probe = _peak_run([str(HERE / "review_window_probe.py"), db, str(made.exercise_id),
                          str(made.article_id)])[2]
            found = last_json_line(probe.decode())
            assert found["students"] == n
            windows.append(found["seconds"])
            usables.append(found.get("usable", found["seconds"]))
            cpus.append(found["cpu"])
            usable_cpus.append(found.get("usable_cpu", found["cpu"]))
            peaks.append(found["peak_rss_mb"])
        rows.append(limit_row(f"Class Overview window, {n} students (overlay painted, usable)",
                              Stats.of(usables), limit_s or 1e9, unit="s",
                              floor=Stats.of(window_floors),
                              note="the agreement and scores still being computed, with "
                                   "progress and Cancel; floor: same reading and numpy, "
                                   "then a bare window"))
        rows.append(limit_row(f"Class Overview window, {n} students (every figure computed)",
                              Stats.of(windows), limit_s or 1e9, unit="s",
                              floor=Stats.of(window_floors),
                              note="floor: same reading and numpy, then a bare window"))
        rows.append(limit_row(f"Class Overview window, {n} students (overlay usable): CPU time",
                              Stats.of(usable_cpus), limit_s or 1e9, unit="s",
                              note="the app process's CPU time, every thread"))
        rows.append(limit_row(f"Class Overview window, {n} students (every figure): CPU time",
                              Stats.of(cpus), limit_s or 1e9, unit="s",
                              note="the app process's CPU time, every thread"))
        rows.append(value_row(f"Class Overview window, {n} students: peak memory",
                              max(peaks), "MB", limit=limit_mb))
    report(rows, "review_class")


def _article_text(made: ClassFiles) -> str:
    from annotator.services.sample import sample_definition

    article = next(a for a in sample_definition()["articles"]
                   if a["id"] == str(made.article_id))
    return str(article["text"])


if __name__ == "__main__":
    main()
