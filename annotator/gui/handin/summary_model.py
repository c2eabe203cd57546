"""Item models for the import summary: one row per file, and the orphaned highlights."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

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
            return self.HEADERS[section] if 0 <= section < len(self.HEADERS) else None
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


class ImportSummaryModel(_TableModel):
    """File, student, imported, re-anchored, orphaned, status, problem."""

    HEADERS = ("File", "Student", "Imported", "Re-anchored", "Orphaned", "Status", "Problem")

    def cell(self, row: HandinImportResult, column: int) -> Any:
        return (
            row.file.name, row.student, row.imported, row.reanchored, row.orphaned,
            str(row.status), row.problem,
        )[column]

    def row_colour(self, row: HandinImportResult) -> QColor | None:
        refused = row.status in (ImportStatus.REJECTED, ImportStatus.OLDER)
        return QColor("#b00020") if refused else None


class OrphanModel(_TableModel):
    """The highlights that could not be placed in the instructor's article text."""

    HEADERS = ("Article", "Student", "Tag", "Passage", "Note", "Was at")

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
