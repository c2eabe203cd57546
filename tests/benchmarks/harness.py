"""A tiny shared harness for the benchmarks (no pytest).

Every benchmark measures its subject and a *floor* in the same run: the least the machine
could possibly do for the same work (a bare Qt window, a raw SQLite insert, ...). The ratio
of the two is what we aim at, because it means the same on a fast desktop and on a slow
classroom laptop.

A bench script builds :class:`Row` objects (usually with :func:`ratio_row` or
:func:`limit_row`) and ends with ``report(rows, "name")``, which prints the table and writes
``build/bench/<name>.json``; ``run_all.py`` collects those files into one table.
"""

from __future__ import annotations

import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
BENCH_DIR = ROOT / "build" / "bench"
SAMPLE_DIR = ROOT / "resources" / "sample"


# -- timing ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Stats:
    """Timings in seconds: median, 95th percentile, fastest, and how many runs."""

    median: float
    p95: float
    min: float
    runs: int
    samples: tuple[float, ...] = field(default=(), repr=False)

    @classmethod
    def of(cls, samples: Sequence[float]) -> Stats:
        if not samples:
            raise ValueError("no samples to summarise")
        ordered = sorted(samples)
        return cls(
            median=statistics.median(ordered),
            p95=percentile(ordered, 95),
            min=ordered[0],
            runs=len(ordered),
            samples=tuple(samples),
        )


def percentile(values: Sequence[float], pct: float) -> float:
    """The ``pct``-th percentile by linear interpolation between closest ranks."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    rank = (len(ordered) - 1) * pct / 100
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def measure(
    fn: Callable[[], object],
    repeat: int = 7,
    warmup: int = 1,
    setup: Callable[[], object] | None = None,
) -> Stats:
    """Call ``fn`` ``warmup`` times unmeasured, then ``repeat`` times; ``setup`` (if given)
    runs before every call, outside the timing."""
    for _ in range(warmup):
        if setup is not None:
            setup()
        fn()
    samples = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return Stats.of(samples)


# -- memory ----------------------------------------------------------------------------


def peak_rss_mb() -> float:
    """This process's peak resident set size in MiB."""
    try:
        import resource
    except ImportError:  # Windows
        import psutil

        info = psutil.Process().memory_info()
        return float(getattr(info, "peak_wset", info.rss)) / 2**20
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def current_rss_mb() -> float:
    """This process's resident set size now, in MiB (psutil, from the test extra)."""
    import psutil

    return float(psutil.Process().memory_info().rss) / 2**20


# -- subprocesses ----------------------------------------------------------------------


def run_python(
    args: Sequence[str], env: dict[str, str] | None = None, timeout: float = 120
) -> str:
    """Run ``python args...`` with this interpreter; return its stdout, raise with its
    stderr when it fails."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    full_env.update(env or {})
    done = subprocess.run(
        [sys.executable, *args], env=full_env, capture_output=True, text=True,
        timeout=timeout, check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(
            f"python {' '.join(args)} exited with {done.returncode}:\n{done.stderr[-3000:]}"
        )
    return done.stdout


def last_json_line(output: str) -> dict[str, Any]:
    """The last line of ``output`` that parses as a JSON object (what a probe reported)."""
    for line in reversed(output.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                data = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(data, dict):
                return data
    raise ValueError(f"no JSON report in output:\n{output[-2000:]}")


# -- rows and tables -------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One figure of the table. ``value`` (and ``p95``) are in ``unit``; ``floor_value`` is
    the same-run floor in the same unit; ``aim`` says what we aim at; ``ok`` is the verdict
    (None when there is no aim)."""

    name: str
    value: float
    unit: str
    floor_value: float | None = None
    ratio: float | None = None
    aim: str = ""
    ok: bool | None = None
    p95: float | None = None
    runs: int | None = None
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Row:
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})


UNIT_SCALE = {"s": 1.0, "ms": 1e3, "µs": 1e6}


def ratio_row(
    name: str,
    stats: Stats,
    floor: Stats,
    max_ratio: float,
    unit: str = "ms",
    note: str = "",
) -> Row:
    """A timing judged by its median against the floor's median: ok when the ratio is at
    most ``max_ratio``."""
    scale = UNIT_SCALE[unit]
    ratio = stats.median / floor.median if floor.median > 0 else math.inf
    return Row(
        name=name, value=stats.median * scale, unit=unit, floor_value=floor.median * scale,
        ratio=ratio, aim=f"ratio ≤ {max_ratio:g}", ok=ratio <= max_ratio,
        p95=stats.p95 * scale, runs=stats.runs, note=note,
    )


def limit_row(
    name: str,
    stats: Stats,
    limit_s: float,
    unit: str = "ms",
    floor: Stats | None = None,
    on: str = "median",
    note: str = "",
) -> Row:
    """A timing judged against an absolute limit, on its ``median`` or ``p95``; the floor,
    when given, is shown with the ratio of medians."""
    scale = UNIT_SCALE[unit]
    judged = stats.p95 if on == "p95" else stats.median
    ratio = None
    if floor is not None:
        ratio = stats.median / floor.median if floor.median > 0 else math.inf
    return Row(
        name=name, value=stats.median * scale, unit=unit,
        floor_value=None if floor is None else floor.median * scale, ratio=ratio,
        aim=f"{on} < {limit_s * scale:g} {unit}", ok=judged < limit_s,
        p95=stats.p95 * scale, runs=stats.runs, note=note,
    )


def value_row(
    name: str, value: float, unit: str, limit: float | None = None,
    floor_value: float | None = None, note: str = "",
) -> Row:
    """A single figure (memory, a count): ok when below ``limit``."""
    ratio = value / floor_value if floor_value else None
    return Row(
        name=name, value=value, unit=unit, floor_value=floor_value, ratio=ratio,
        aim="" if limit is None else f"< {limit:g} {unit}",
        ok=None if limit is None else value < limit, note=note,
    )


def _num(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "-"
    if math.isinf(value):
        return "inf"
    if abs(value) >= 100:
        return f"{value:.0f}"
    return f"{value:.{digits}f}"


def format_table(rows: Sequence[Row]) -> str:
    """One aligned plain-text table: name, median, p95, floor, ratio, aim, verdict."""
    header = ("benchmark", "median", "p95", "floor", "ratio", "aim", "verdict")
    body = []
    for r in rows:
        verdict = "-" if r.ok is None else ("ok" if r.ok else "MISSED")
        body.append((
            r.name,
            f"{_num(r.value)} {r.unit}",
            "-" if r.p95 is None else f"{_num(r.p95)} {r.unit}",
            "-" if r.floor_value is None else f"{_num(r.floor_value)} {r.unit}",
            "-" if r.ratio is None else f"{r.ratio:.2f}",
            r.aim or "-",
            verdict,
        ))
    widths = [max(len(line[i]) for line in (header, *body)) for i in range(len(header))]
    right = {1, 2, 3, 4}

    def fmt(line: Sequence[str]) -> str:
        cells = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in
                 enumerate(zip(line, widths, strict=True))]
        return "  ".join(cells).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([fmt(header), rule, *(fmt(line) for line in body)])


def print_table(rows: Sequence[Row]) -> None:
    print(format_table(rows), flush=True)


def write_json(rows: Sequence[Row], path: Path) -> None:
    """Record the rows with the date and the machine, for docs/performance.md."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "measured": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": machine_info(),
        "rows": [r.to_json() for r in rows],
    }
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def read_json(path: Path) -> list[Row]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Row.from_json(r) for r in data["rows"]]


def report(rows: Sequence[Row], name: str) -> Path:
    """Print the table and write ``build/bench/<name>.json``; return the path."""
    print_table(rows)
    path = BENCH_DIR / f"{name}.json"
    write_json(rows, path)
    return path


# -- the machine -----------------------------------------------------------------------


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def total_ram_gb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 2**20
    except OSError:
        pass
    try:
        import psutil

        return float(psutil.virtual_memory().total) / 2**30
    except ImportError:
        return None


def machine_info() -> dict[str, Any]:
    info: dict[str, Any] = {
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "ram_gb": None if (ram := total_ram_gb()) is None else round(ram, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
    }
    try:
        import PySide6
        from PySide6 import QtCore

        info["pyside6"] = PySide6.__version__
        info["qt"] = QtCore.qVersion()
    except ImportError:
        pass
    try:
        import sqlite3

        info["sqlite"] = sqlite3.sqlite_version
    except ImportError:
        pass
    return info


def sample_texts() -> list[str]:
    """The two sample articles, as the floors show them."""
    return [
        (SAMPLE_DIR / name).read_text(encoding="utf-8")
        for name in ("article-1.txt", "article-2.txt")
    ]
