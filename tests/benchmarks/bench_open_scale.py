"""How opening the main window grows with the annotations and the text (issue 19).

Each figure is a fresh process (``open_probe.py``) that builds a database with one article
and one student's annotations on it, then times the main window opening on it: built, the
student set (annotation list, highlight layer, counts), shown and painted; it also reports
the process's peak RSS. Repeated ``BENCH_REPEAT`` times (default 3), medians shown.

* 5,000 and 20,000 annotations on a 100,000-word article: the window with 20,000 opens
  within 1.5 s, and costs at most 4 × what 5,000 cost (linear in annotations);
* 20,000 annotations on 10,000 / 100,000 / 1,000,000 words: how it grows with the text;
  the 1,000,000-word article stays under 1 GB of memory.

The floor beside each time is the bare PySide6 window with the sample texts
(``floor_window.py``), timed from its process start, for scale.
"""

from __future__ import annotations

import os
from pathlib import Path

from harness import Row, Stats, last_json_line, limit_row, report, run_python, value_row

HERE = Path(__file__).resolve().parent
SIZES = ((100_000, 5_000), (100_000, 20_000), (10_000, 20_000), (1_000_000, 20_000))
OPEN_LIMIT_S = 1.5
GROWTH = 4.0
MEMORY_LIMIT_MB = 1024


def probe(words: int, count: int, repeat: int) -> tuple[Stats, float]:
    runs = [last_json_line(run_python([str(HERE / "open_probe.py"), str(words), str(count)],
                                      timeout=600)) for _ in range(repeat)]
    return Stats.of([r["open_s"] for r in runs]), max(r["peak_rss_mb"] for r in runs)


def main() -> int:
    repeat = max(1, int(os.environ.get("BENCH_REPEAT", "3")))
    figures = {size: probe(*size, repeat) for size in SIZES}
    rows: list[Row] = []
    for (words, count), (stats, peak) in figures.items():
        where = f"{words:,} words, {count:,} annotations"
        row = limit_row(f"main window open, {where}", stats, OPEN_LIMIT_S, on="median")
        if (words, count) != (100_000, 20_000):
            row = Row(**{**row.to_json(), "aim": "", "ok": None})
        rows.append(row)
        limit = MEMORY_LIMIT_MB if words >= 1_000_000 else None
        rows.append(value_row(f"peak memory, {where}", peak, "MB", limit))
    five, twenty = figures[(100_000, 5_000)][0], figures[(100_000, 20_000)][0]
    growth = twenty.median / five.median
    rows.append(Row(name="20,000 annotations against 5,000 (100,000 words), window open",
                    value=twenty.median * 1e3, unit="ms", floor_value=five.median * 1e3,
                    ratio=growth, aim=f"ratio ≤ {GROWTH:g}", ok=growth <= GROWTH,
                    p95=twenty.p95 * 1e3, runs=twenty.runs,
                    note="floor: the same with 5,000 annotations"))
    report(rows, "open_scale")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
