"""Item models of the review window: the students checklist, the contested passages and the
list of students at a clicked spot."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from annotator.gui.plain import tooltip

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SPAN_ROLE = Qt.ItemDataRole.UserRole + 2


class StudentsModel(QAbstractListModel):
    """Students with a checkbox each: unchecked students are left out of the overlay."""

    includedChanged = Signal(str, bool)  # student id, included

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str]] = []
        self._excluded: set[str] = set()

    def set_students(self, rows: list[tuple[str, str]], excluded: set[str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._excluded = set(excluded)
        self.endResetModel()

    def names(self) -> list[str]:
        return [name for _, name in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        sid, name = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return name
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Unchecked if sid in self._excluded
                    else Qt.CheckState.Checked)
        if role == ID_ROLE:
            return sid
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        sid = self._rows[index.row()][0]
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        if on:
            self._excluded.discard(sid)
        else:
            self._excluded.add(sid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.includedChanged.emit(sid, on)
        return True


class LinesModel(QAbstractListModel):
    """A read-only list of lines, each with an optional payload (for the spot and contested
    lists)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, Any, str]] = []

    def set_rows(self, rows: list[tuple[str, Any, str]]) -> None:
        """``rows`` are (text, payload, tooltip)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def texts(self) -> list[str]:
        return [text for text, _, _ in self._rows]

    def payload(self, row: int) -> Any:
        return self._rows[row][1]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        text, payload, tip = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(tip) if tip else None
        if role == SPAN_ROLE:
            return payload
        return None
