"""Peak memory (RSS) with a class loaded: a process that opens a database holding 40
students x 2 articles x 150 annotations (12,000 rows), loads every annotation through the
services and builds and paints the main window on it. Aim: under 300 MB.

Floor, same run: the peak RSS of the bare PySide6 window with the two sample texts in two
QTextEdits (floor_window.py). Each figure is the median of ``BENCH_REPEAT`` (default 3)
fresh processes; the database is generated once, in this process, beforehand.
"""

from __future__ import annotations

import os
import statistics
import tempfile
from pathlib import Path

from classdata import populate
from harness import Row, last_json_line, report, run_python, value_row

from annotator.services.context import open_context

HERE = Path(__file__).resolve().parent
STUDENTS, ARTICLES, PER_ARTICLE = 40, 2, 150
LIMIT_MB = 300


def run(repeat: int) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        home = Path(tmp)
        url = f"sqlite:///{home / 'class.sqlite3'}"
        ctx = open_context(url, backup_folder=home / "backups")
        data = populate(ctx.db, students=STUDENTS, articles=ARTICLES, per_article=PER_ARTICLE)
        ctx.close()
        env = {"ANNOTATOR_DATA_DIR": str(home / "data"),
               "ANNOTATOR_CONFIG_DIR": str(home / "config"),
               "ANNOTATOR_LOG_DIR": str(home / "log")}
        app, floor, stages = [], [], []
        for _ in range(repeat):
            floor.append(last_json_line(run_python([str(HERE / "floor_window.py")]))
                         ["peak_rss_mb"])
            probe = last_json_line(
                run_python([str(HERE / "memory_probe.py"), url, str(data.exercise_id)], env)
            )
            assert probe["annotations"] == STUDENTS * ARTICLES * PER_ARTICLE, probe
            app.append(probe["peak_rss_mb"])
            stages.append(probe["stages"])
    floor_mb = statistics.median(floor)
    steps = ", ".join(f"{k} {v:.0f}" for k, v in stages[-1].items())
    return [
        value_row("memory floor: bare Qt window, 2 texts (peak RSS)", floor_mb, "MB"),
        value_row(
            f"memory, class of {STUDENTS} loaded (peak RSS)", statistics.median(app), "MB",
            limit=LIMIT_MB, floor_value=floor_mb, note=f"RSS by stage (MB): {steps}",
        ),
    ]


def main() -> int:
    repeat = max(1, int(os.environ.get("BENCH_REPEAT", "3")))
    rows = run(repeat)
    report(rows, "memory")
    for row in rows:
        if row.note:
            print(row.note)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
