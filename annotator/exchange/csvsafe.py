"""Every CSV the app writes goes through here: one formula-escaping rule, one cell format,
one file encoding.

A spreadsheet (Excel, LibreOffice Calc, Google Sheets) runs a cell as a formula when its
text starts with ``=``, ``+``, ``-`` or ``@`` (OWASP, "CSV Injection"); some also do after
leading blanks or a line break, and East Asian input methods type the full-width forms
(``＝ ＋ － ＠``) or the small forms (``﹦ ﹢ ﹣ ﹫``), which Excel accepts as the same signs.
A tab or carriage return at the start is escaped too, as OWASP recommends. Such a text cell
gets a leading apostrophe, which the spreadsheet shows as text and does not display.

Numbers are written as numbers (a negative score stays a number); ``None`` is an empty cell.
Files are UTF-8 with a byte-order mark (so Excel reads accents right), ``\\r\\n`` row ends,
and cells quoted where they hold a comma, a quote or a line break.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

__all__ = ["FORMULA_SIGNS", "csv_bytes", "csv_cell", "escape_formula", "is_formula_like"]

#: Signs that start a formula, in ASCII, full-width and small forms.
FORMULA_SIGNS = frozenset("=+-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b")
_CONTROL_STARTS = ("\t", "\r")


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet could take ``text`` for a formula."""
    if text.startswith(_CONTROL_STARTS):
        return True
    # str.lstrip() drops every Unicode blank: spaces, tabs, line breaks, no-break and
    # ideographic spaces; what follows them is what a trimming spreadsheet would parse.
    return text.lstrip()[:1] in FORMULA_SIGNS


def escape_formula(text: str) -> str:
    """``text`` with a leading apostrophe when a spreadsheet could run it as a formula."""
    return "'" + text if is_formula_like(text) else text


def csv_cell(value: object) -> str:
    """One cell as text: numbers as numbers, ``None`` empty, text escaped."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(round(value, 4))
    return escape_formula(str(value))


def csv_bytes(header: Sequence[object], rows: Iterable[Sequence[object]]) -> bytes:
    """A CSV file's bytes: ``header`` then ``rows``, every cell through :func:`csv_cell`."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect="excel", lineterminator="\r\n")
    writer.writerow([csv_cell(c) for c in header])
    for row in rows:
        writer.writerow([csv_cell(c) for c in row])
    return buffer.getvalue().encode("utf-8-sig")
