"""Gradebook CSV columns for Moodle and Canvas, through the one CSV writer."""

from __future__ import annotations

import csv
import io

import pytest

from annotator.exchange.gradebook_csv import GradebookRow, gradebook_csv

ROWS = [GradebookRow("Ada Lovelace", "ada@school.org", 66.7),
        GradebookRow("=Ben", "20231234", 0.0),
        GradebookRow("Chloé", "", None)]


def _read(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_moodle_columns_put_an_email_and_an_id_number_where_moodle_maps_them() -> None:
    assert _read(gradebook_csv("moodle", ROWS, "Missiles")) == [
        ["ID number", "Email address", "Full name", "Missiles"],
        ["", "ada@school.org", "Ada Lovelace", "66.7"],
        ["20231234", "", "'=Ben", "0.0"],
        ["", "", "Chloé", ""],
    ]


def test_canvas_columns_put_a_canvas_id_or_sis_id_and_the_required_columns() -> None:
    rows = _read(gradebook_csv("canvas", ROWS, "+Missiles"))
    assert rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "'+Missiles"]
    assert rows[1] == ["Ada Lovelace", "", "ada@school.org", "", "", "66.7"]
    assert rows[2] == ["'=Ben", "20231234", "", "", "", "0.0"]


def test_unknown_platform_is_refused() -> None:
    with pytest.raises(ValueError, match="blackboard"):
        gradebook_csv("blackboard", ROWS, "x")
