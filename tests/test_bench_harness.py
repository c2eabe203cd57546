"""The benchmark harness (tests/benchmarks/harness.py) summarises, judges and records
figures correctly; the benchmarks themselves are run by ``make bench``, not here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

HARNESS = Path(__file__).resolve().parent / "benchmarks" / "harness.py"


@pytest.fixture(scope="module")
def harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_harness", HARNESS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_harness"] = module
    spec.loader.exec_module(module)
    return module


def test_stats_give_median_p95_and_min(harness: ModuleType) -> None:
    stats = harness.Stats.of([5.0, 1.0, 3.0, 2.0, 4.0])
    assert (stats.median, stats.min, stats.runs) == (3.0, 1.0, 5)
    assert stats.p95 == pytest.approx(4.8)
    assert harness.percentile(list(range(101)), 95) == 95


def test_measure_runs_warmup_unmeasured(harness: ModuleType) -> None:
    calls: list[int] = []
    stats = harness.measure(lambda: calls.append(1), repeat=4, warmup=2)
    assert len(calls) == 6 and stats.runs == 4


def test_rows_are_judged_against_floor_and_limits(harness: ModuleType) -> None:
    floor = harness.Stats.of([0.100] * 3)
    slow = harness.ratio_row("start", harness.Stats.of([0.200] * 3), floor, 1.5)
    fast = harness.ratio_row("start", harness.Stats.of([0.140] * 3), floor, 1.5)
    assert (slow.ratio, slow.ok, fast.ok) == (pytest.approx(2.0), False, True)
    assert slow.value == pytest.approx(200) and slow.unit == "ms"
    add = harness.limit_row("add", harness.Stats.of([0.004, 0.005, 0.020]), 0.016, on="p95")
    assert add.ok is False and add.aim == "p95 < 16 ms"
    assert harness.value_row("rss", 142, "MB", limit=300, floor_value=71).ratio == 2


def test_table_is_aligned_and_json_round_trips(harness: ModuleType, tmp_path: Path) -> None:
    floor = harness.Stats.of([0.1, 0.1])
    rows = [harness.ratio_row("a long benchmark name", harness.Stats.of([0.3, 0.3]), floor, 1.5),
            harness.value_row("memory", 142.0, "MB", limit=300)]
    lines = harness.format_table(rows).splitlines()
    assert lines[0].split()[:3] == ["benchmark", "median", "p95"]
    assert "MISSED" in lines[2] and lines[3].endswith("ok")
    width = len("a long benchmark name")
    assert all(line[width:width + 2] == "  " for line in lines)  # one column edge
    assert lines[3][:width].rstrip() == "memory"
    path = tmp_path / "x.json"
    harness.write_json(rows, path)
    assert harness.read_json(path) == rows
