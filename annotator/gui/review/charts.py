"""Charts painted with QPainter (QtCharts is not part of PySide6-Essentials): horizontal
stacked bars with an axis, labels and a legend in the tag colours."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from annotator.core.axis import count_ticks
from annotator.gui.i18n import number

ROW = 28
BAR = 18
MARGIN = 16


class StackedBarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.axis_label = ""
        self.rows: list[tuple[str, list[int]]] = []
        self.series: list[tuple[str, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, title: str, rows: Sequence[tuple[str, Sequence[int]]],
                 series: Sequence[tuple[str, str]], axis_label: str) -> None:
        """``rows``: (label, one value per series); ``series``: (label, colour)."""
        self.title, self.axis_label = title, axis_label
        self.rows = [(label, list(values)) for label, values in rows]
        self.series = list(series)
        self.setAccessibleName(title)
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def _line(self) -> int:
        return QFontMetrics(self.font()).height()

    def sizeHint(self) -> QSize:
        line = self._line()
        height = MARGIN + line * 2 + 12 + len(self.rows) * ROW + line * 3 + MARGIN
        return QSize(640, max(height, 120))

    def _label_width(self) -> int:
        fm = QFontMetrics(self.font())
        widest = max((fm.horizontalAdvance(label) for label, _ in self.rows), default=0)
        return min(widest, max(120, self.width() // 3)) + 12

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        line = fm.height()
        ink = self.palette().windowText().color()
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(ink)
        painter.drawText(MARGIN, MARGIN + fm.ascent(), self.title)
        painter.setFont(self.font())
        # legend
        x, y = MARGIN, MARGIN + line + 6
        for label, colour in self.series:
            painter.fillRect(QRect(x, y + 2, 12, 12), QColor(colour))
            painter.drawText(x + 18, y + fm.ascent(), label)
            x += 18 + fm.horizontalAdvance(label) + 20
        left = MARGIN + self._label_width()
        right = self.width() - MARGIN - 10
        top = y + line + 10
        if not self.rows:
            painter.drawText(left, top + fm.ascent(), self.tr("Nothing to show yet."))
            painter.end()
            return
        ticks = count_ticks(max(sum(v) for _, v in self.rows))
        total = ticks[-1]
        scale = (right - left) / total
        for i, (label, values) in enumerate(self.rows):
            row_y = top + i * ROW
            painter.setPen(ink)
            text = fm.elidedText(label, Qt.TextElideMode.ElideRight, left - MARGIN - 12)
            painter.drawText(QRect(MARGIN, row_y, left - MARGIN - 8, ROW),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            bar_x = float(left)
            for (_, colour), value in zip(self.series, values, strict=True):
                width = value * scale
                if width > 0:
                    painter.fillRect(QRect(round(bar_x), row_y + (ROW - BAR) // 2,
                                           max(1, round(bar_x + width) - round(bar_x)), BAR),
                                     QColor(colour))
                bar_x += width
            painter.setPen(ink)
            painter.drawText(round(bar_x) + 6, row_y + (ROW + fm.ascent()) // 2 - 2,
                             str(sum(values)))
        axis_y = top + len(self.rows) * ROW + 4
        painter.setPen(ink)
        painter.drawLine(left, axis_y, right, axis_y)
        for value in ticks:
            tick_x = left + round(value * scale)
            painter.drawLine(tick_x, axis_y, tick_x, axis_y + 4)
            text = number(value)
            painter.drawText(tick_x - fm.horizontalAdvance(text) // 2,
                             axis_y + 6 + fm.ascent(), text)
        painter.drawText(QRect(left, axis_y + 6 + line, right - left, line + 4),
                         Qt.AlignmentFlag.AlignHCenter, self.axis_label)
        painter.end()
