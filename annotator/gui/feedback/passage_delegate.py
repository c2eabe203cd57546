"""Paints a passage row of the Feedback view: the verdict's badge, the headline in bold, then
the quote, the key's explanation and the teacher's comment, wrapped to the list's width."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from annotator.gui.feedback.passage_model import ICON_SIZE
from annotator.gui.feedback.rows import FeedbackRow

__all__ = ["PassageDelegate"]

PAD = 8
GAP = 4
FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop

Index = QModelIndex | QPersistentModelIndex


class PassageDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def _parts(self, row: FeedbackRow, base: QFont) -> list[tuple[str, QFont]]:
        bold = QFont(base)
        bold.setBold(True)
        italic = QFont(base)
        italic.setItalic(True)
        parts: list[tuple[str, QFont]] = [(row.title, bold)]
        if row.quote:
            parts.append((f"“{row.quote}”", italic))
        lines = row.as_text().split("\n")[1 + bool(row.quote):]
        parts += [(line, base) for line in lines]
        return parts

    def _text_width(self) -> int:
        return max(80, self.view.viewport().width() - ICON_SIZE - 3 * PAD)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        row: FeedbackRow = index.data(Qt.ItemDataRole.UserRole)
        width = self._text_width()
        height = 0
        for text, font in self._parts(row, option.font):
            rect = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), FLAGS, text)
            height += rect.height() + GAP
        return QSize(width, max(ICON_SIZE, height - GAP) + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: FeedbackRow = index.data(Qt.ItemDataRole.UserRole)
        self.initStyleOption(option, index)
        style = self.view.style()
        text_role = QPalette.ColorRole.Text
        # background (selection, alternating rows) from the style
        plain = QStyleOptionViewItem(option)
        plain.text = ""
        plain.icon = type(option.icon)()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, self.view)
        if option.state & QStyle.StateFlag.State_Selected:
            text_role = QPalette.ColorRole.HighlightedText
        painter.save()
        painter.setPen(option.palette.color(text_role))
        rect = option.rect
        x = rect.x() + PAD
        if not row.is_heading:
            icon = index.data(Qt.ItemDataRole.DecorationRole)
            icon.paint(painter, QRect(x, rect.y() + PAD, ICON_SIZE, ICON_SIZE))
            x += ICON_SIZE + PAD
        y = rect.y() + PAD
        width = rect.right() - PAD - x
        for text, font in self._parts(row, option.font):
            painter.setFont(font)
            bounds = QFontMetrics(font).boundingRect(QRect(x, y, width, 100_000), FLAGS, text)
            painter.drawText(QRect(x, y, width, bounds.height()), FLAGS, text)
            y += bounds.height() + GAP
        painter.restore()
