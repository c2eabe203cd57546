"""The class overlay painted over the article text.

Each run of characters that paints the same way (same number of highlighters, same majority
tag, same dispute state) gets one character format: background = the majority tag's colour,
stronger the more students highlighted it; a wavy underline where students chose different
tags. Hover shows the per-tag counts; a click reports the code-point position.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from annotator.core.offsets import OffsetMap
from annotator.core.overlay import Overlay
from annotator.gui import plain
from annotator.gui.i18n import arg, number
from annotator.gui.workspace.article_pane import ReadingView

DISPUTE_UNDERLINE = QColor("#2b2b2b")
DISPUTE_HATCH = QColor(30, 30, 30, 80)
FLASH_COLOUR = QColor(255, 214, 0, 150)
FLASH_MS = 1600


def overlay_alpha(coverage: int, n_students: int) -> int:
    """Background opacity (0-255) for ``coverage`` of ``n_students`` highlighters: a single
    student is visible, the whole class is strong but keeps black text readable."""
    if coverage <= 0 or n_students <= 0:
        return 0
    return round(255 * (0.14 + 0.54 * coverage / n_students))


class OverlayView(ReadingView):
    positionClicked = Signal(int)  # code point

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Class overlay"))
        self.set_zoom(0)
        self.overlay: Overlay | None = None
        self.offsets = OffsetMap("")
        self.colours: dict[str, str] = {}
        self.labels: dict[str, str] = {}
        self._text: str | None = None
        self._press: QPoint | None = None
        self._flash = QTimer(self)
        self._flash.setSingleShot(True)
        self._flash.timeout.connect(self._end_flash)
        self._disputed: list[tuple[int, int]] = []  # UTF-16 ranges to hatch

    def show_overlay(self, text: str, overlay: Overlay, colours: dict[str, str],
                     labels: dict[str, str]) -> None:
        """Show ``text`` painted with ``overlay``; ``colours``/``labels`` by tag key."""
        if text != self._text:
            self._text = text
            self.offsets = OffsetMap(text)
            self.set_article_text(text)
        self.overlay, self.colours, self.labels = overlay, colours, labels
        self._paint()

    def _paint(self) -> None:
        assert self.overlay is not None
        doc = self.document()
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setCharFormat(QTextCharFormat())
        n = self.overlay.n_annotators
        u16 = self.offsets.to_utf16
        self._disputed = []
        for run in self.overlay.runs():
            if run.coverage == 0 and not run.disagreement:
                continue
            fmt = QTextCharFormat()
            colour = QColor(self.colours.get(self.overlay.tags[run.majority], "#888888"))
            colour.setAlpha(overlay_alpha(run.coverage, n))
            fmt.setBackground(colour)
            if run.disagreement:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(DISPUTE_UNDERLINE)
            cursor.setPosition(u16(run.start))
            cursor.setPosition(u16(run.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(fmt)
            if run.disagreement:
                self._disputed.append((u16(run.start), u16(run.end)))
        cursor.endEditBlock()
        self.setExtraSelections([])
        self.viewport().update()

    def _selection(self, start: int, end: int, brush: QBrush) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_utf16(start))
        cursor.setPosition(self.offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format.setBackground(brush)
        return selection

    def disputed_ranges(self) -> list[tuple[int, int]]:
        """The hatched stretches (code points)."""
        return [(self.offsets.to_codepoints(a), self.offsets.to_codepoints(b))
                for a, b in self._disputed]

    def flashed(self) -> tuple[int, int] | None:
        """The stretch being flashed after a jump, if any (code points)."""
        extra = self.extraSelections()
        if not extra:
            return None
        cursor = extra[-1].cursor
        return (self.offsets.to_codepoints(cursor.selectionStart()),
                self.offsets.to_codepoints(cursor.selectionEnd()))

    def _end_flash(self) -> None:
        self.setExtraSelections([])

    def _range_rects(self, start: int, end: int, top: float, bottom: float) -> list[QRectF]:
        """Viewport rectangles of the lines covering UTF-16 ``[start, end)`` between the
        document heights ``top`` and ``bottom``."""
        doc = self.document()
        layout = doc.documentLayout()
        dx = -self.horizontalScrollBar().value()
        dy = -self.verticalScrollBar().value()
        rects = []
        block = doc.findBlock(start)
        while block.isValid() and block.position() < end:
            origin = layout.blockBoundingRect(block).topLeft()
            if origin.y() > bottom:
                break
            lines = block.layout()
            for i in range(lines.lineCount()):
                line = lines.lineAt(i)
                a = max(start, block.position() + line.textStart())
                b = min(end, block.position() + line.textStart() + line.textLength())
                y = origin.y() + line.y()
                if b <= a or y + line.height() < top or y > bottom:
                    continue
                x1 = float(line.cursorToX(a - block.position())[0])  # type: ignore[index]
                x2 = float(line.cursorToX(b - block.position())[0])  # type: ignore[index]
                rects.append(QRectF(origin.x() + x1 + dx, y + dy, x2 - x1, line.height()))
            block = block.next()
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._disputed:
            return
        top = float(self.verticalScrollBar().value())
        bottom = top + self.viewport().height()
        first = self.cursorForPosition(QPoint(0, 0)).position()
        last = self.cursorForPosition(QPoint(self.viewport().width(),
                                             self.viewport().height())).position()
        painter = QPainter(self.viewport())
        brush = QBrush(DISPUTE_HATCH, Qt.BrushStyle.BDiagPattern)
        for start, end in self._disputed:
            if end < first or start > last:
                continue
            for rect in self._range_rects(start, end, top, bottom):
                painter.fillRect(rect, brush)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # the reading measure changes the viewport margins after QTextEdit has laid the text
        # out; lay it out again for the viewport's final width so no line runs past it
        if self.document().textWidth() != self.viewport().width():
            self.document().setTextWidth(self.viewport().width())

    # -- positions ---------------------------------------------------------------------

    def position_at(self, point: QPoint) -> int | None:
        """The code point under a viewport point, or None past the end of the text."""
        if self.overlay is None or self.overlay.n_chars == 0:
            return None
        cursor = self.cursorForPosition(point)
        cp = self.offsets.to_codepoints(min(cursor.position(), self.offsets.length_utf16))
        # the cursor sits between characters: take the one the point is over
        rect = self.cursorRect(cursor)
        if point.x() < rect.x() and cp > 0:
            cp -= 1
        return min(cp, self.overlay.n_chars - 1)

    def hover_text(self, pos: int) -> str:
        """The tooltip text for a character: who highlighted it with which tag."""
        assert self.overlay is not None
        counts = self.overlay.counts_at(pos)
        n = self.overlay.n_annotators
        covered = int(self.overlay.coverage[pos])
        lines = [arg(self.tr("%1 of %n student(s) highlighted this", "", n), covered)]
        lines += [f"{self.labels.get(tag, tag)}: {number(count)}"
                  for tag, count in counts.items() if count]
        if self.overlay.disagreement[pos]:
            lines.append(self.tr("Students chose different tags here."))
        return "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = self.viewport().mapFromGlobal(event.globalPos())
            pos = self.position_at(point)
            if pos is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), plain.tooltip(self.hover_text(pos)), self)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        if (event.button() == Qt.MouseButton.LeftButton and self._press is not None
                and (point - self._press).manhattanLength() < 4):
            pos = self.position_at(point)
            if pos is not None:
                self.positionClicked.emit(pos)
        self._press = None

    # -- navigation --------------------------------------------------------------------

    def scroll_to(self, start: int, end: int, flash: bool = True) -> None:
        """Bring ``[start, end)`` (code points) to the middle of the view and flash it."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_utf16(start))
        top = self.cursorRect(cursor).top() + self.verticalScrollBar().value()
        bar = self.verticalScrollBar()
        bar.setValue(max(0, top - self.viewport().height() // 3))
        if flash:
            self.setExtraSelections([self._selection(start, end, QBrush(FLASH_COLOUR))])
            self._flash.start(FLASH_MS)
