"""The one formula-escaping rule every CSV of the app goes through, with property tests."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.exchange.csvsafe import (
    FORMULA_SIGNS,
    csv_bytes,
    csv_cell,
    escape_formula,
    is_formula_like,
)

BLANKS = " \t\n\r\u00a0\u3000"


@pytest.mark.parametrize(
    ("value", "escaped"),
    [
        ("=1+1", "'=1+1"),
        ("+49 170", "'+49 170"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTAB", "'\tTAB"),
        ("\rCR", "'\rCR"),
        ("＝1", "'＝1"),  # full-width signs, as an East Asian keyboard types them
        ("＋1", "'＋1"),
        ("－1", "'－1"),
        ("＠A", "'＠A"),
        ("﹦1", "'﹦1"),  # small form
        ("   =HYPERLINK(\"http://x\")", "'   =HYPERLINK(\"http://x\")"),
        ("\n=1+1", "'\n=1+1"),
        ("\u3000＝1", "'\u3000＝1"),
        ("plain = fine", "plain = fine"),
        ("a-b", "a-b"),
        ("   ", "   "),
        ("", ""),
        ("'=already", "'=already"),
    ],
)
def test_escape_formula(value: str, escaped: str) -> None:
    assert escape_formula(value) == escaped


@pytest.mark.parametrize(("value", "cell"), [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("Chloé", "Chloé"),
    (None, ""),
    (True, "true"),
    (0.123456, "0.1235"),
    (-0.5, "-0.5"),  # a negative number stays a number
    (-3, "-3"),
])
def test_csv_cell(value: object, cell: str) -> None:
    assert csv_cell(value) == cell


@given(st.text())
def test_escaping_adds_at_most_one_apostrophe(text: str) -> None:
    escaped = escape_formula(text)
    assert escaped in (text, "'" + text)
    assert escape_formula(escaped) == escaped  # idempotent: an apostrophe is no formula


@given(st.text(alphabet=BLANKS, max_size=4), st.sampled_from(sorted(FORMULA_SIGNS)),
       st.text())
def test_a_sign_after_any_blanks_is_escaped(blanks: str, sign: str, rest: str) -> None:
    text = blanks + sign + rest
    assert escape_formula(text) == "'" + text


@given(st.text())
def test_nothing_left_starts_like_a_formula(text: str) -> None:
    escaped = escape_formula(text)
    assert escaped.startswith("'") or not is_formula_like(escaped)
    assert escaped.startswith("'") or escaped.lstrip()[:1] not in FORMULA_SIGNS


@given(st.lists(st.lists(st.one_of(st.text(), st.integers(), st.none()), min_size=2,
                         max_size=2), max_size=5))
def test_every_cell_reads_back_as_written(rows: list[list[object]]) -> None:
    data = csv_bytes(["a", "b"], rows)
    assert data.startswith(b"\xef\xbb\xbf")
    parsed = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert parsed[0] == ["a", "b"]
    assert parsed[1:] == [[csv_cell(c) for c in row] for row in rows]
