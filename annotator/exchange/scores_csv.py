"""The class's scores as CSV for a spreadsheet, one row per article, student and tag.

Cells, encoding and formula escaping are those of :mod:`annotator.exchange.csvsafe`, as for
every CSV the app writes: a student named ``=HYPERLINK(...)`` (or ``＝HYPERLINK``, or
`` =HYPERLINK`` after a blank) is shown as text and never run; numbers stay plain numbers
(negative numbers too); missing values are empty cells.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence

from annotator.exchange.atomic import atomic_write_bytes
from annotator.exchange.csvsafe import csv_bytes

__all__ = ["scores_csv_bytes", "write_scores_csv"]


def scores_csv_bytes(rows: Iterable[Mapping[str, object]], columns: Sequence[str]) -> bytes:
    """``rows`` as CSV bytes (UTF-8 with BOM, CRLF line ends) with a header of ``columns``."""
    return csv_bytes(columns, ([row.get(c) for c in columns] for row in rows))


def write_scores_csv(
    path: str | os.PathLike[str], rows: Iterable[Mapping[str, object]], columns: Sequence[str]
) -> None:
    """Write the CSV atomically (raises :class:`~annotator.exchange.errors.ExchangeError`)."""
    atomic_write_bytes(path, scores_csv_bytes(rows, columns))
