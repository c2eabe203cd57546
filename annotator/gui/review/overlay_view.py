"""The class overlay painted over the article text.

Each run of characters that paints the same way (same number of highlighters, same majority
tag, same dispute state) gets one character format: background = the majority tag's colour,
stronger the more students highlighted it; a wavy underline where students chose different
tags. Hover shows the per-tag counts; a click reports the code-point position.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QMouseEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from annotator.core.offsets import OffsetMap
from annotator.core.overlay import Overlay
from annotator.gui import plain
from annotator.gui.article_pane import ReadingView

DISPUTE_UNDERLINE = QColor("#4a4a4a")
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
        self.setAccessibleName("Class overlay")
        self.set_zoom(0)
        self.overlay: Overlay | None = None
        self.offsets = OffsetMap("")
        self.colours: dict[str, str] = {}
        self.labels: dict[str, str] = {}
        self._text: str | None = None
        self._press: QPoint | None = None
        self._flash = QTimer(self)
        self._flash.setSingleShot(True)
        self._flash.timeout.connect(lambda: self.setExtraSelections([]))

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
        cursor.endEditBlock()

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
        lines = [f"{covered} of {n} students highlighted this"]
        lines += [f"{self.labels.get(tag, tag)}: {count}"
                  for tag, count in counts.items() if count]
        if self.overlay.disagreement[pos]:
            lines.append("Students chose different tags here.")
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
            cursor.setPosition(self.offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format.setBackground(FLASH_COLOUR)
            self.setExtraSelections([selection])
            self._flash.start(FLASH_MS)
