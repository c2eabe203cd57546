"""The dialog where an instructor types, once, the identifier Moodle or Canvas knows each
student by. It returns the changed identifiers (:meth:`GradebookIdsDialog.changes`); the
caller stores them through the gradebook service."""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.services.gradebook import StudentIdentity

_Index = QModelIndex | QPersistentModelIndex


class GradebookIdsModel(QAbstractTableModel):
    """Students (name, read-only) and their identifier (editable)."""

    def __init__(self, students: list[StudentIdentity], platform_name: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.students = list(students)
        self.values = [s.identifier for s in students]
        self.platform_name = platform_name

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.students)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.students[row].name if column == 0 else self.values[row]
        if role == Qt.ItemDataRole.ToolTipRole and column == 1 and not self.values[row]:
            return self.tr("Not set yet: this student's grade cannot be matched.")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 1 else flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != 1:
            return False
        self.values[index.row()] = " ".join(str(value).split())
        self.dataChanged.emit(index, index)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Student"), self.tr("%1 identifier").replace("%1", self.platform_name)
                )[section]

    def changes(self) -> dict[uuid.UUID, str]:
        return {s.annotator_id: value for s, value in zip(self.students, self.values,
                                                          strict=True)
                if value != s.identifier}


class GradebookIdsDialog(QDialog):
    PLATFORM_NAMES: ClassVar[dict[str, str]] = {"moodle": "Moodle", "canvas": "Canvas"}

    def __init__(self, platform: str, students: list[StudentIdentity],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name = self.PLATFORM_NAMES[platform]
        self.setWindowTitle(self.tr("Student IDs for %1").replace("%1", name))
        hints = {
            "moodle": self.tr("Type the ID number or the e-mail address Moodle knows each "
                              "student by. When importing the file in Moodle, map “ID "
                              "number” to useridnumber or “Email address” to useremail."),
            "canvas": self.tr("Type each student's Canvas user ID (a number, from Canvas's "
                              "own gradebook export) or their SIS user ID."),
        }
        hint = QLabel(hints[platform] + " " + self.tr(
            "The app remembers them for every exercise of this class."))
        hint.setWordWrap(True)
        self.model = GradebookIdsModel(students, name, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Students and their identifiers"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, max(180, self.table.columnWidth(0)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)
        if students:
            self.table.setCurrentIndex(self.model.index(0, 1))

    def accept(self) -> None:
        editor = self.focusWidget()
        if editor is not None and editor.parent() is self.table.viewport():
            self.table.commitData(editor)  # typed, then Save without pressing Enter first
        super().accept()

    def changes(self) -> dict[uuid.UUID, str]:
        """The identifiers typed or changed (an empty text clears one)."""
        return self.model.changes()
