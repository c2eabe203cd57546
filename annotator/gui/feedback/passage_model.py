"""The Feedback view's passage list as a Qt item model over :class:`FeedbackRow` values."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from annotator.core.verdicts import Verdict
from annotator.gui.feedback.rows import FeedbackRow

__all__ = ["SYMBOLS", "PassageModel"]

Index = QModelIndex | QPersistentModelIndex
SYMBOLS = {
    Verdict.AGREE: "✓",
    Verdict.SHIFTED: "≈",
    Verdict.DIFFERENT_TAG: "⇄",
    Verdict.MISSED: "○",
    Verdict.EXTRA: "+",
}
ICON_SIZE = 22


def verdict_icon(row: FeedbackRow) -> QIcon:
    """A rounded square in the tag's colour with the verdict's symbol."""
    pixmap = QPixmap(ICON_SIZE, ICON_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(row.colour or "#888888")
    painter.setBrush(fill)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(1, 1, ICON_SIZE - 2, ICON_SIZE - 2), 5, 5)
    ink = QColor("#000000") if fill.lightnessF() > 0.55 else QColor("#ffffff")
    painter.setPen(ink)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(14)
    painter.setFont(font)
    symbol = SYMBOLS.get(row.verdict, "•") if row.verdict else "•"
    painter.drawText(QRectF(0, 0, ICON_SIZE, ICON_SIZE), Qt.AlignmentFlag.AlignCenter, symbol)
    painter.end()
    return QIcon(pixmap)


class PassageModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[FeedbackRow] = []
        self._icons: dict[int, QIcon] = {}

    def set_rows(self, rows: list[FeedbackRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._icons = {}
        self.endResetModel()

    def row_at(self, row: int) -> FeedbackRow:
        return self._rows[row]

    def rows(self) -> list[FeedbackRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].is_heading:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.as_text()
        if role == Qt.ItemDataRole.ToolTipRole:
            return None if row.is_heading else row.as_text()
        if role == Qt.ItemDataRole.FontRole and row.is_heading:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and not row.is_heading:
            if index.row() not in self._icons:
                self._icons[index.row()] = verdict_icon(row)
            return self._icons[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None
