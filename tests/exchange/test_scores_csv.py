"""Scores CSV: UTF-8 with BOM, formula-injection safe, written atomically."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from annotator.exchange.errors import ExchangeError
from annotator.exchange.scores_csv import scores_csv_bytes, write_scores_csv


def test_csv_bytes_round_trip_through_a_csv_reader() -> None:
    rows = [{"name": "=cmd|' /C calc'!A0", "score": 0.5, "note": "line\nbreak, \"quoted\""},
            {"name": "Zoë", "score": None, "note": ""}]
    data = scores_csv_bytes(rows, ["name", "score", "note"])
    assert data.startswith(b"\xef\xbb\xbf")
    parsed = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert parsed == [["name", "score", "note"],
                      ["'=cmd|' /C calc'!A0", "0.5", "line\nbreak, \"quoted\""],
                      ["Zoë", "", ""]]


def test_write_is_atomic_and_reports_the_file(tmp_path: Path) -> None:
    target = tmp_path / "scores.csv"
    target.write_text("old", encoding="utf-8")
    write_scores_csv(target, [{"a": 1}], ["a"])
    assert target.read_bytes() == b"\xef\xbb\xbfa\r\n1\r\n"
    with pytest.raises(ExchangeError, match="missing"):
        write_scores_csv(tmp_path / "missing" / "x.csv", [], ["a"])
    assert [p.name for p in tmp_path.iterdir()] == ["scores.csv"]
