"""Export a hand-in as CSV, one row per annotation, for Excel and LibreOffice.

The file is UTF-8 with a byte-order mark (so Excel detects the encoding), ``\\r\\n`` row
ends, and quoted cells where a value holds a comma, quote or line break (so a note over
several lines stays in one cell). A text cell that a spreadsheet could take for a formula
(starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, or their full-width
forms) gets a leading apostrophe, as OWASP recommends against CSV injection.
"""

from __future__ import annotations

import csv
import io

from annotator.exchange.handin import format_timestamp
from annotator.exchange.handin_records import HandinRecord

__all__ = ["COLUMNS", "dump_csv", "escape_cell"]

COLUMNS = (
    "annotation_id",
    "student_id",
    "student",
    "exercise",
    "article_id",
    "article",
    "start",
    "end",
    "tag_key",
    "tag",
    "exact",
    "prefix",
    "suffix",
    "note",
    "created",
    "modified",
)

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def escape_cell(value: str) -> str:
    """``value`` with a leading apostrophe if a spreadsheet could run it as a formula."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def dump_csv(record: HandinRecord) -> bytes:
    """The CSV file's bytes."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect="excel", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    titles = {a.id: a.title for a in record.articles}
    for a in record.annotations:
        tag = record.tag(a.tag_id)
        text_cells = [
            str(a.id),
            str(record.annotator.id),
            record.annotator.display_name,
            record.exercise_title,
            str(a.article_id),
            titles.get(a.article_id, ""),
        ]
        more_text = [
            a.tag_key,
            tag.label if tag else "",
            a.exact,
            a.prefix,
            a.suffix,
            a.note,
            format_timestamp(a.created),
            format_timestamp(a.modified),
        ]
        writer.writerow(
            [escape_cell(c) for c in text_cells]
            + [a.start, a.end]
            + [escape_cell(c) for c in more_text]
        )
    return buffer.getvalue().encode("utf-8-sig")
