"""A custom-painted heatmap of a pairwise matrix (students against students), with readable
names, the value in every cell ("–" where undefined), and a colour scale underneath."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QLinearGradient, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from annotator.core.colour_scale import heat_colour, text_on
from annotator.gui import plain
from annotator.gui.i18n import arg, number
from annotator.gui.review.readings import translated_reading

Matrix = Sequence[Sequence[float | None]]
MIN_CELL = 40
MAX_CELL = 64
SCALE_HEIGHT = 14


def shown(value: float | None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return number(round(value, 2) + 0.0, 2)  # never -0.00; in the locale's digits


class Heatmap(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: list[str] = []
        self.matrix: list[list[float | None]] = []
        self.measure = "cohen_kappa"
        self.low = -1.0
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Pairwise agreement heatmap"))

    def set_matrix(self, names: Sequence[str], matrix: Matrix, measure: str,
                   low: float) -> None:
        """``measure`` names the plain reading ("cohen_kappa", "span_f1"); ``low`` is the
        bottom of the colour scale (-1 for kappa, 0 for F1)."""
        self.names = list(names)
        self.matrix = [list(row) for row in matrix]
        self.measure, self.low = measure, low
        self.updateGeometry()
        self.update()

    # -- geometry ----------------------------------------------------------------------

    def _label_width(self) -> int:
        fm = QFontMetrics(self.font())
        return max((fm.horizontalAdvance(n) for n in self.names), default=0) + 16

    def _cell(self) -> int:
        n = max(1, len(self.names))
        free_w = self.width() - self._label_width() - self._top() // 2 - 24
        free_h = self.height() - self._top() - SCALE_HEIGHT - 60
        return int(max(MIN_CELL, min(MAX_CELL, free_w // n, free_h // n)))

    def _top(self) -> int:
        """Room for the column names, written at 45 degrees."""
        fm = QFontMetrics(self.font())
        longest = max((fm.horizontalAdvance(n) for n in self.names), default=0)
        return int(longest * 0.71) + fm.height() + 8

    def sizeHint(self) -> QSize:
        n = len(self.names)
        return QSize(self._label_width() + n * MIN_CELL + self._top() // 2 + 24,
                     self._top() + n * MIN_CELL + SCALE_HEIGHT + 70)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def cell_at(self, point: QPoint) -> tuple[int, int] | None:
        size = self._cell()
        col = (point.x() - self._label_width()) // size
        row = (point.y() - self._top()) // size
        n = len(self.names)
        if point.x() < self._label_width() or point.y() < self._top():
            return None
        return (row, col) if 0 <= row < n and 0 <= col < n else None

    # -- painting ----------------------------------------------------------------------

    def _value(self, row: int, col: int) -> float | None:
        value = self.matrix[row][col]
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return None
        return value

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().windowText().color()
        if not self.names:
            painter.setPen(text_colour)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("At least two students are needed for a pairwise "
                                     "comparison."))
            painter.end()
            return
        size, left, top = self._cell(), self._label_width(), self._top()
        fm = QFontMetrics(self.font())
        for i, name in enumerate(self.names):
            painter.setPen(text_colour)
            rect = QRect(0, top + i * size, left - 8, size)
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             name)
            painter.save()
            painter.translate(left + i * size + size / 2 - 2, top - 6)
            painter.rotate(-45)
            painter.drawText(0, 0, name)
            painter.restore()
        for r in range(len(self.names)):
            for c in range(len(self.names)):
                rect = QRect(left + c * size, top + r * size, size - 2, size - 2)
                if r == c:
                    painter.fillRect(rect, self.palette().alternateBase())
                    continue
                value = self._value(r, c)
                colour = heat_colour(value)
                painter.fillRect(rect, QColor(colour))
                painter.setPen(QColor(text_on(colour)))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, shown(value))
        self._paint_scale(painter, left, top + len(self.names) * size + 18, fm)
        painter.end()

    def _paint_scale(self, painter: QPainter, left: int, y: int, fm: QFontMetrics) -> None:
        width = max(200, min(360, self.width() - left - 24))
        gradient = QLinearGradient(left, 0, left + width, 0)
        for k in range(11):
            t = k / 10
            gradient.setColorAt(t, QColor(heat_colour(self.low + (1 - self.low) * t)))
        painter.fillRect(QRect(left, y, width, SCALE_HEIGHT), gradient)
        painter.setPen(self.palette().windowText().color())
        below = y + SCALE_HEIGHT + fm.ascent() + 4
        low_text = (arg(self.tr("%1 worse than chance"), "−1") if self.low < 0
                    else arg(self.tr("%1 nothing shared"), number(0)))
        painter.drawText(left, below, low_text)
        one = arg(self.tr("%1 identical"), number(1))
        painter.drawText(left + width - fm.horizontalAdvance(one), below, one)
        if self.low < 0:
            zero_x = left + int(width * (-self.low) / (1 - self.low))
            painter.drawLine(zero_x, y + SCALE_HEIGHT, zero_x, y + SCALE_HEIGHT + 3)
            chance = arg(self.tr("%1 chance"), number(0))
            painter.drawText(zero_x - fm.horizontalAdvance(chance) // 2,
                             below + fm.height(), chance)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cell = self.cell_at(event.pos())
            if cell is None or cell[0] == cell[1]:
                QToolTip.hideText()
            else:
                r, c = cell
                text = (arg(self.tr("%1 and %2"), self.names[r], self.names[c]) + "\n"
                        + translated_reading(self.measure, self._value(r, c)))
                QToolTip.showText(event.globalPos(), plain.tooltip(text), self)
            return True
        return super().event(event)
