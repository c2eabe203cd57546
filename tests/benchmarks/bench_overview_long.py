"""Benchmark: Review > Class Overview on one long article (issue 19): 40 students with 150
and with 1,000 highlights each on a 100,000-word article (about 614,000 characters), and
on a 10,000-word one to show how the figures grow with the text.

Each opening runs in a fresh process (``overview_long_probe.py window``). Two moments are
timed from asking for the window: the class overlay painted and usable (the Class Overlay
tab shown with the overlay painted: a person can scroll it and click it while the agreement
and the scores are still computed on the worker thread, their tabs greyed out) and every
figure computed and painted. Beside them: the process's CPU time to each (every thread),
the longest time the GUI thread stood still from asking until every figure is painted (a
5 ms timer's longest gap), the time the GUI thread spent showing the article, and the
process's peak RSS. The same-run floor
(``overview_long_probe.py floor``) reads the same highlights with plain ``sqlite3``, builds
the per-student, per-tag character cover with numpy over the same arrays and shows the same
text in a bare ``QTextEdit`` until it is painted.

The classes are generated once and kept under ``build/bench/overview-long-*``
(``overview_long_data.py``). ``BENCH_REPEAT`` runs (default 3).
"""

from __future__ import annotations

import os
from pathlib import Path

from bench_review_class import CPU, _timed, compile_sources
from harness import Row, Stats, last_json_line, limit_row, report, value_row
from overview_long_data import build

HERE = Path(__file__).resolve().parent
STUDENTS = 40
SIZES = ((100_000, 150), (100_000, 1000), (10_000, 150), (10_000, 1000))


def _runs(args: list[str], repeat: int) -> tuple[Stats, list[dict[str, float]], Stats]:
    """Wall time of each fresh process (as the probe measured it inside: ``seconds``), its
    reports and the whole process's CPU time."""
    reports, cpus = [], []
    for _ in range(repeat):
        _, _, out = _timed(args, 1)
        reports.append(last_json_line(out.decode()))
        cpus.append(CPU[" ".join(args)].median)
    return Stats.of([r["seconds"] for r in reports]), reports, Stats.of(cpus)


def main() -> int:
    compile_sources()
    repeat = max(1, int(os.environ.get("BENCH_REPEAT", "3")))
    rows: list[Row] = []
    opened: dict[tuple[int, int], Stats] = {}  # the overlay usable
    everything: dict[tuple[int, int], Stats] = {}
    for words, per in SIZES:
        info = build(words, STUDENTS, per)
        label = f"{words:,} words, {STUDENTS} students x {per:,} highlights"
        floor, floor_reports, floor_cpu = _runs(
            [str(HERE / "overview_long_probe.py"), "floor", info["db"], info["article"]], repeat)
        stats, reports, _ = _runs(
            [str(HERE / "overview_long_probe.py"), "window", info["db"], info["exercise"],
             info["article"]], repeat)
        usable = Stats.of([r["usable"] for r in reports])
        usable_cpu = Stats.of([r["usable_cpu"] for r in reports])
        every_cpu = Stats.of([r["cpu"] for r in reports])
        opened[(words, per)] = usable
        everything[(words, per)] = stats
        aim = 1.5 if words >= 100_000 else None
        row = limit_row(f"Class Overview: overlay painted and usable ({label})", usable,
                        aim or 1e9, unit="s", floor=floor,
                        note=f"CPU {usable_cpu.median:.1f} s vs floor {floor_cpu.median:.1f} s")
        if aim is None:
            row = Row(**{**row.to_json(), "aim": "", "ok": None})
        rows.append(row)
        rows.append(Row(**{**limit_row(f"Class Overview: every figure computed and painted "
                                       f"({label})", stats, 1e9, unit="s",
                                       floor=floor,
                                       note=f"CPU {every_cpu.median:.1f} s (every thread)"
                                       ).to_json(), "aim": "", "ok": None}))
        stall = Stats.of([r["stall_ms"] / 1e3 for r in reports])
        rows.append(limit_row(f"longest GUI-thread stall, asking to every figure ({label})",
                              stall, 0.25, unit="ms"))
        show = Stats.of([r["show_ms"] / 1e3 for r in reports])
        rows.append(Row(**{**limit_row(f"GUI thread showing the computed article ({label})",
                                       show, 1e9, unit="ms").to_json(), "aim": "",
                           "ok": None}))
        first = Stats.of([r["first_paint"] for r in reports])
        rows.append(limit_row(f"first paint (progress and Cancel) ({label})", first, 0.5,
                              unit="s"))
        peak = max(r["peak_rss_mb"] for r in reports)
        floor_peak = max(r["peak_rss_mb"] for r in floor_reports)
        rows.append(value_row(f"peak memory, Class Overview ({label})", peak, "MB",
                              limit=1024, floor_value=floor_peak))
    for words in (100_000, 10_000):
        few, many = opened[(words, 150)], opened[(words, 1000)]
        ratio = many.median / few.median
        rows.append(Row(name=f"growth in highlights, overlay usable: 1,000 vs 150 each "
                             f"({words:,} words)",
                        value=many.median, unit="s", floor_value=few.median, ratio=ratio,
                        aim="ratio ≤ 6.7 (linear)", ok=ratio <= 1000 / 150))
    for per in (150, 1000):
        small, big = opened[(10_000, per)], opened[(100_000, per)]
        ratio = big.median / small.median
        rows.append(Row(name=f"growth in text, overlay usable: 100,000 vs 10,000 words "
                             f"({per:,} each)",
                        value=big.median, unit="s", floor_value=small.median, ratio=ratio,
                        aim="ratio ≤ 10 (linear)", ok=ratio <= 10))
    for words in (100_000, 10_000):
        few, many = everything[(words, 150)], everything[(words, 1000)]
        ratio = many.median / few.median
        rows.append(Row(name=f"growth in highlights, every figure: 1,000 vs 150 each "
                             f"({words:,} words)",
                        value=many.median, unit="s", floor_value=few.median, ratio=ratio,
                        aim="ratio ≤ 6.7 (linear)", ok=ratio <= 1000 / 150))
    for per in (150, 1000):
        small, big = everything[(10_000, per)], everything[(100_000, per)]
        ratio = big.median / small.median
        rows.append(Row(name=f"growth in text, every figure: 100,000 vs 10,000 words "
                             f"({per:,} each)",
                        value=big.median, unit="s", floor_value=small.median, ratio=ratio,
                        aim="ratio ≤ 10 (linear)", ok=ratio <= 10))
    report(rows, "overview_long")
    print(f"(load average at the end: {' '.join(Path('/proc/loadavg').read_text().split()[:3])})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
