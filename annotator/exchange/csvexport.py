"""Export a hand-in as CSV, one row per annotation, for Excel and LibreOffice.

Cells, encoding and formula escaping are those of :mod:`annotator.exchange.csvsafe`, as for
every CSV the app writes: UTF-8 with a byte-order mark, ``\\r\\n`` row ends, quoted cells
where a value holds a comma, quote or line break (so a note over several lines stays in one
cell), and a leading apostrophe on text a spreadsheet could take for a formula.
"""

from __future__ import annotations

from annotator.exchange.csvsafe import csv_bytes
from annotator.exchange.handin import format_timestamp
from annotator.exchange.handin_records import HandinRecord

__all__ = ["COLUMNS", "dump_csv"]

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


def dump_csv(record: HandinRecord) -> bytes:
    """The CSV file's bytes."""
    titles = {a.id: a.title for a in record.articles}
    rows = []
    for a in record.annotations:
        tag = record.tag(a.tag_id)
        rows.append([
            str(a.id),
            str(record.annotator.id),
            record.annotator.display_name,
            record.exercise_title,
            str(a.article_id),
            titles.get(a.article_id, ""),
            a.start,
            a.end,
            a.tag_key,
            tag.label if tag else "",
            a.exact,
            a.prefix,
            a.suffix,
            a.note,
            format_timestamp(a.created),
            format_timestamp(a.modified),
        ])
    return csv_bytes(COLUMNS, rows)
