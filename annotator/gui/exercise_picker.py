"""File > Open exercise: choose one of the exercises stored in the database."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.i18n import arg
from annotator.services.views import ExerciseSummary

_Index = QModelIndex | QPersistentModelIndex


class ExerciseListModel(QAbstractListModel):
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, exercises: list[ExerciseSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = list(exercises)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return arg(self.tr("%1  (%n article(s))", "", row.article_count), row.title)
        if role == self.IdRole:
            return str(row.id)
        return None


class ExercisePicker(QDialog):
    def __init__(
        self, exercises: list[ExerciseSummary], current: uuid.UUID | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open exercise"))
        self.model = ExerciseListModel(exercises, self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Exercises"))
        self.list.setUniformItemSizes(True)
        self.list.setMinimumSize(self._width_for_titles(), 220)
        for i, summary in enumerate(exercises):
            if summary.id == current:
                self.list.setCurrentIndex(self.model.index(i))
        if not self.list.currentIndex().isValid() and exercises:
            self.list.setCurrentIndex(self.model.index(0))
        self.list.activated.connect(lambda _index: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Exercises in this database:")))
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def _width_for_titles(self) -> int:
        """Wide enough for the longest title and its article count (French and German titles
        run long), within the screen; at least 420 pixels."""
        metrics = self.list.fontMetrics()
        widest = max((metrics.horizontalAdvance(str(self.model.data(self.model.index(row))))
                      for row in range(self.model.rowCount())), default=0)
        screen = self.screen()
        room = screen.availableGeometry().width() - 80 if screen is not None else 900
        chrome = 2 * self.list.frameWidth() + 4 * metrics.averageCharWidth()
        return max(420, min(room, widest + chrome))

    def chosen(self) -> uuid.UUID | None:
        """The exercise selected in the list (the dialog's result)."""
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        return uuid.UUID(str(self.model.data(index, ExerciseListModel.IdRole)))
