"""Item models for the import summary: one row per file, and the orphaned highlights."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from annotator.gui.i18n import QT_TRANSLATE_NOOP, arg
from annotator.gui.plain import tooltip
from annotator.services.handins import HandinImportResult, ImportStatus, OrphanView

__all__ = ["ImportSummaryModel", "OrphanModel", "rows_as_text"]

Index = QModelIndex | QPersistentModelIndex


class _TableModel(QAbstractTableModel):
    """A read-only, sortable table over a list of plain rows."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, rows: Sequence[Any] = ()) -> None:
        super().__init__()
        self._rows = list(rows)

    def cell(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def row_colour(self, row: Any) -> QColor | None:
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section]) if 0 <= section < len(self.HEADERS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self.cell(self._rows[index.row()], index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and len(value) > 30:
            return tooltip(value)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.row_colour(self._rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.HEADERS):
            return
        self.layoutAboutToBeChanged.emit()

        def key(row: Any) -> tuple[int, Any]:
            value = self.cell(row, column)
            return (0, value) if isinstance(value, int) else (1, str(value).casefold())

        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def row(self, number: int) -> Any:
        return self._rows[number]


STATUS_WORDS = {
    ImportStatus.IMPORTED: QT_TRANSLATE_NOOP("ImportSummaryModel", "imported"),
    ImportStatus.REPLACED: QT_TRANSLATE_NOOP("ImportSummaryModel", "replaced"),
    ImportStatus.OLDER: QT_TRANSLATE_NOOP("ImportSummaryModel", "older"),
    ImportStatus.REJECTED: QT_TRANSLATE_NOOP("ImportSummaryModel", "rejected"),
    ImportStatus.CANCELLED: QT_TRANSLATE_NOOP("ImportSummaryModel", "cancelled"),
}


def status_word(status: ImportStatus) -> str:
    """The status as shown (translated): imported, replaced, older, rejected, cancelled."""
    return QCoreApplication.translate("ImportSummaryModel", STATUS_WORDS.get(status, status))


def elsewhere(row: HandinImportResult, exercise_id: uuid.UUID | None) -> bool:
    """Whether ``row`` was imported into another exercise than ``exercise_id``."""
    return (row.ok and exercise_id is not None and row.exercise_id is not None
            and row.exercise_id != exercise_id)


def problem_text(row: HandinImportResult, exercise_id: uuid.UUID | None = None) -> str:
    """The row's problem without the file's path in front (the File column names it), and
    a word when the file went into another exercise than the one open."""
    problem = row.problem
    for prefix in (f"{row.file}: ", f"{row.file.name}: "):
        problem = problem.removeprefix(prefix)
    if elsewhere(row, exercise_id):
        note = arg(QCoreApplication.translate(
            "ImportSummaryModel",
            "handed in for another exercise, “%1”, and imported there"), row.exercise_title)
        problem = f"{note}; {problem}" if problem else note
    return problem


class ImportSummaryModel(_TableModel):
    """File, student, imported, re-anchored, orphaned, status, problem; ``exercise_id`` is
    the exercise open in the window, so files for another exercise are pointed out."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ImportSummaryModel", "File"),
        QT_TRANSLATE_NOOP("ImportSummaryModel", "Student"),
        QT_TRANSLATE_NOOP("ImportSummaryModel", "Imported"),
        QT_TRANSLATE_NOOP("ImportSummaryModel", "Re-anchored"),
        QT_TRANSLATE_NOOP("ImportSummaryModel", "Orphaned"),
        QT_TRANSLATE_NOOP("ImportSummaryModel", "Status"),
        QT_TRANSLATE_NOOP("ImportSummaryModel", "Problem"),
    )

    def __init__(self, rows: Sequence[Any] = (), exercise_id: uuid.UUID | None = None) -> None:
        super().__init__(rows)
        self.exercise_id = exercise_id

    def cell(self, row: HandinImportResult, column: int) -> Any:
        return (
            row.file.name, row.student, row.imported, row.reanchored, row.orphaned,
            status_word(row.status), problem_text(row, self.exercise_id),
        )[column]

    def row_colour(self, row: HandinImportResult) -> QColor | None:
        refused = row.status in (ImportStatus.REJECTED, ImportStatus.OLDER,
                                 ImportStatus.DUPLICATE)
        if refused:
            return QColor("#b00020")
        return QColor("#B34700") if elsewhere(row, self.exercise_id) else None


class OrphanModel(_TableModel):
    """The highlights that could not be placed in the instructor's article text."""

    HEADERS = (
        QT_TRANSLATE_NOOP("OrphanModel", "Article"),
        QT_TRANSLATE_NOOP("OrphanModel", "Student"),
        QT_TRANSLATE_NOOP("OrphanModel", "Tag"),
        QT_TRANSLATE_NOOP("OrphanModel", "Passage"),
        QT_TRANSLATE_NOOP("OrphanModel", "Note"),
        QT_TRANSLATE_NOOP("OrphanModel", "Was at (characters)"),
    )

    def cell(self, row: OrphanView, column: int) -> Any:
        return (
            row.article_title, row.student, row.tag_label, row.exact, row.note,
            f"{row.original_start}-{row.original_end}",
        )[column]


def rows_as_text(model: QAbstractItemModel, rows: Sequence[int]) -> str:
    """Tab-separated text of ``rows`` (with a header line), for the clipboard."""
    count = model.columnCount()
    lines = ["\t".join(str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(count))]
    for r in sorted(rows):
        cells = (str(model.data(model.index(r, c))) for c in range(count))
        lines.append("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in cells))
    return "\n".join(lines) + "\n"
