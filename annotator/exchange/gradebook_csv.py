"""Gradebook CSV files for Moodle and Canvas, from the class's scores.

Both are written by :func:`annotator.exchange.csvsafe.csv_bytes` (UTF-8 with a byte-order
mark, formula-escaped text, numbers as numbers), with one row per student.

Moodle (Grades > Import > CSV file, docs.moodle.org "Grade import"): the import maps one
column that identifies the user ("Map from") to a user field ("Map to": ``useridnumber`` for
the ID number, ``useremail`` for the e-mail address), and grade columns to grade items. The
file has ``ID number``, ``Email address`` (an identifier with ``@`` goes there, any other
into ``ID number``), ``Full name`` and one grade column named after the exercise.

Canvas (Grades > Import): the file needs a student column (name, Canvas ``ID`` or ``SIS User
ID``: one of them suffices), ``SIS Login ID`` and ``Section`` columns (they may be empty),
then one column per assignment; a column whose name matches no assignment creates one. The
file has ``Student``, ``ID``, ``SIS User ID``, ``SIS Login ID``, ``Section`` and the
assignment column; the stored identifier goes into ``ID`` when it is a number (a Canvas user
ID), else into ``SIS User ID``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from annotator.core.i18n import Texts
from annotator.exchange.csvsafe import csv_bytes

__all__ = ["CANVAS_COLUMNS", "MOODLE_COLUMNS", "PLATFORMS", "GradebookRow", "GradebookText",
           "gradebook_csv"]


class GradebookText(Texts):
    """The translation context of gradebook exports' problems (the file's columns are the
    platforms' own and stay English)."""


PLATFORMS = ("moodle", "canvas")
MOODLE_COLUMNS = ("ID number", "Email address", "Full name")
CANVAS_COLUMNS = ("Student", "ID", "SIS User ID", "SIS Login ID", "Section")


@dataclass(frozen=True)
class GradebookRow:
    name: str
    identifier: str  # "" when the instructor has not mapped this student yet
    grade: float | None  # 0-100, None when there is nothing to grade


def _moodle(row: GradebookRow) -> list[object]:
    email = row.identifier if "@" in row.identifier else ""
    number = "" if email else row.identifier
    return [number, email, row.name, row.grade]


def _canvas(row: GradebookRow) -> list[object]:
    canvas_id = row.identifier if row.identifier.isdigit() else ""
    sis_id = "" if canvas_id else row.identifier
    return [row.name, canvas_id, sis_id, "", "", row.grade]


def gradebook_csv(platform: str, rows: Sequence[GradebookRow], column: str) -> bytes:
    """The file's bytes for ``platform`` ("moodle" or "canvas"); ``column`` names the grade
    item (Moodle) or assignment (Canvas)."""
    if platform == "moodle":
        return csv_bytes([*MOODLE_COLUMNS, column], (_moodle(r) for r in rows))
    if platform == "canvas":
        return csv_bytes([*CANVAS_COLUMNS, column], (_canvas(r) for r in rows))
    raise ValueError(GradebookText.tr("unknown gradebook platform {platform} (moodle or "
                                      "canvas)").format(platform=repr(platform)))
