"""Table models over the scores: the class's scores against the key (one row per article,
student and tag) and one student's tag confusion matrix."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from annotator.core.colour_scale import heat_colour, text_on
from annotator.gui.i18n import QT_TRANSLATE_NOOP, arg, number
from annotator.gui.plain import tooltip

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 10
HEADERS = {
    "article": QT_TRANSLATE_NOOP("ScoresTableModel", "Article"),
    "student": QT_TRANSLATE_NOOP("ScoresTableModel", "Student id"),
    "name": QT_TRANSLATE_NOOP("ScoresTableModel", "Student"),
    "tag": QT_TRANSLATE_NOOP("ScoresTableModel", "Tag"),
    "exact_precision": QT_TRANSLATE_NOOP("ScoresTableModel", "Exact P"),
    "exact_recall": QT_TRANSLATE_NOOP("ScoresTableModel", "Exact R"),
    "exact_f1": QT_TRANSLATE_NOOP("ScoresTableModel", "Exact F1"),
    "overlap_precision": QT_TRANSLATE_NOOP("ScoresTableModel", "Overlap P"),
    "overlap_recall": QT_TRANSLATE_NOOP("ScoresTableModel", "Overlap R"),
    "overlap_f1": QT_TRANSLATE_NOOP("ScoresTableModel", "Overlap F1"),
    "char_precision": QT_TRANSLATE_NOOP("ScoresTableModel", "Chars P"),
    "char_recall": QT_TRANSLATE_NOOP("ScoresTableModel", "Chars R"),
    "char_f1": QT_TRANSLATE_NOOP("ScoresTableModel", "Chars F1"),
}
TIPS = {
    "exact": QT_TRANSLATE_NOOP(
        "ScoresTableModel", "spans with exactly the key's start, end and tag"),
    "overlap": QT_TRANSLATE_NOOP(
        "ScoresTableModel", "spans overlapping a key span of the same tag (one-to-one)"),
    "char": QT_TRANSLATE_NOOP("ScoresTableModel", "characters marked with the same tag as the key"),
}
PART_TIPS = {
    "precision": QT_TRANSLATE_NOOP(
        "ScoresTableModel", "Precision: the share of what the student marked that matches the key"),
    "recall": QT_TRANSLATE_NOOP(
        "ScoresTableModel", "Recall: the share of the key that the student found"),
    "f1": QT_TRANSLATE_NOOP(
        "ScoresTableModel", "F1: precision and recall together, high only when both are"),
}
NONE_LABEL = QT_TRANSLATE_NOOP("ScoresTableModel", "(nothing)")


def shown_number(value: object) -> str:
    if value is None:
        return "–"
    return number(round(float(value), 2) + 0.0, 2)  # type: ignore[arg-type]


class ScoresTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[dict[str, object]] = []
        self._tag_labels: dict[str, str] = {}

    def set_rows(self, rows: list[dict[str, object]], tag_labels: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._tag_labels = dict(tag_labels)
        self.endResetModel()

    def rows(self) -> list[dict[str, object]]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self.columns[index.column()]
        value = self._rows[index.row()].get(column)
        numeric = column not in ("article", "student", "name", "tag")
        if role == Qt.ItemDataRole.DisplayRole:
            if numeric:
                return shown_number(value)
            if column == "tag":
                return (self.tr("All tags") if value == "all"
                        else self._tag_labels.get(str(value), value))
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            if numeric:
                return -1.0 if value is None else float(value)  # type: ignore[arg-type]
            return str(value or "").casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[column]) if column in HEADERS else column
        if role == Qt.ItemDataRole.ToolTipRole:
            kind, _, part = column.partition("_")
            if kind not in TIPS:
                return None
            return arg(self.tr("%1, counting %2. 1.00 = the same as the key, "
                               "0.00 = nothing in common; – = nothing to count."),
                       self.tr(PART_TIPS[part]), self.tr(TIPS[kind]))
        return None


class ConfusionModel(QAbstractTableModel):
    """Rows: the student's tag; columns: the key's tag; both with "(nothing)" last."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.counts: list[list[int]] = []
        self.pairs: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self._names: dict[str, str] = {}

    def set_confusion(self, confusion: dict[str, Any] | None, tag_labels: dict[str, str]) -> None:
        self.beginResetModel()
        if confusion is None:
            self.labels, self.counts, self.pairs = [], [], {}
        else:
            self.labels = list(confusion["labels"])
            self.counts = [list(map(int, row)) for row in confusion["counts"]]
            self.pairs = {(c["student_tag"], c["key_tag"]): c["pairs"]
                          for c in confusion["cells"]}
        self._names = {**tag_labels,
                       "none": QCoreApplication.translate("ScoresTableModel", NONE_LABEL)}
        self.endResetModel()

    def cell_pairs(self, row: int, column: int) -> list[dict[str, Any]]:
        """The (student span, key span) pairs behind a cell, for the drill-down."""
        return list(self.pairs.get((self.labels[row], self.labels[column]), []))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.labels)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.labels)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.labels):
            return None
        value = self.counts[index.row()][index.column()]
        top = max((max(r) for r in self.counts), default=0) or 1
        if role == Qt.ItemDataRole.DisplayRole:
            return number(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if not value:
                return None  # the view's own colours, light or dark
            colour = heat_colour(value / top)
            return QColor(colour if role == Qt.ItemDataRole.BackgroundRole else text_on(colour))
        if role == Qt.ItemDataRole.ToolTipRole:
            student = self._names.get(self.labels[index.row()], "")
            key = self._names.get(self.labels[index.column()], "")
            return tooltip(arg(self.tr("Student: %1, key: %2: %n span(s). Click to list them.",
                                       "", int(str(value))), student, key))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not 0 <= section < len(self.labels):
            return None
        name = self._names.get(self.labels[section], self.labels[section])
        # two lines across the top, so six tags fit a 1366-pixel screen unclipped
        if orientation == Qt.Orientation.Horizontal:
            return arg(self.tr("Key:\n%1"), name)
        return arg(self.tr("Student: %1"), name)
