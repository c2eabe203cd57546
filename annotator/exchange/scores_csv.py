"""The class's scores as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads
the accents right), one row per article, student and tag.

Cells are formula-injection safe: a cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or
a carriage return is prefixed with an apostrophe, so a student named ``=HYPERLINK(...)`` is
shown as text and never run. Numbers are written as plain numbers (negative numbers stay
numbers); missing values are empty cells.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Mapping, Sequence

from annotator.exchange.atomic import atomic_write_bytes

__all__ = ["safe_cell", "scores_csv_bytes", "write_scores_csv"]

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """One cell as text, neutralised against spreadsheet formula injection."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(round(value, 4)) if isinstance(value, float) else str(value)
    text = str(value)
    return "'" + text if text.startswith(_DANGEROUS) else text


def scores_csv_bytes(rows: Iterable[Mapping[str, object]], columns: Sequence[str]) -> bytes:
    """``rows`` as CSV bytes (UTF-8 with BOM, CRLF line ends) with a header of ``columns``."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([safe_cell(c) for c in columns])
    for row in rows:
        writer.writerow([safe_cell(row.get(c)) for c in columns])
    return buffer.getvalue().encode("utf-8-sig")


def write_scores_csv(
    path: str | os.PathLike[str], rows: Iterable[Mapping[str, object]], columns: Sequence[str]
) -> None:
    """Write the CSV atomically (raises :class:`~annotator.exchange.errors.ExchangeError`)."""
    atomic_write_bytes(path, scores_csv_bytes(rows, columns))
