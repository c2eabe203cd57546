"""The class overlay painted over the article text.

Each run of characters that paints the same way (same number of highlighters, same majority
tag, same dispute state) is painted under the text: background = the majority tag's colour,
stronger the more students highlighted it; a wavy underline and a hatch where students chose
different tags. Hover shows the per-tag counts; a click reports the code-point position.

Only the runs on screen are painted, at paint time, from arrays made once per overlay (no
character formats: setting one per run made Qt lay a 100,000-word text out again, over a
second on the GUI thread). :meth:`OverlayView.look_at` says what a character is painted with.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from annotator.core.direction import Direction, has_rtl, text_direction
from annotator.core.offsets import OffsetMap
from annotator.core.overlay import Overlay
from annotator.gui import plain, theme
from annotator.gui.i18n import arg, number
from annotator.gui.workspace.article_pane import ReadingView
from annotator.gui.workspace.line_boxes import pieces as line_pieces

DISPUTE_UNDERLINE = QColor("#2b2b2b")
DISPUTE_HATCH = QColor(30, 30, 30, 80)
FLASH_COLOUR = QColor(255, 214, 0, 150)
FLASH_MS = 1600


@dataclass(frozen=True)
class Look:
    """How one character is painted: its background (None: nothing) and the dispute mark."""

    background: QColor | None
    disputed: bool


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
        # the painted runs (coverage > 0 or disputed), UTF-16 starts and ends, and how
        self._starts = np.zeros(0, dtype=np.int64)
        self._ends = np.zeros(0, dtype=np.int64)
        self._coverage = np.zeros(0, dtype=np.int64)
        self._majority = np.zeros(0, dtype=np.int64)
        self._dispute = np.zeros(0, dtype=bool)
        self._colour_cache: dict[tuple[int, int], QColor] = {}
        self._own_document: QTextDocument | None = None

    def show_overlay(self, text: str, overlay: Overlay, colours: dict[str, str],
                     labels: dict[str, str], offsets: OffsetMap | None = None) -> None:
        """Show ``text`` painted with ``overlay``; ``colours``/``labels`` by tag key;
        ``offsets``: the text's offset map when the caller has one."""
        if text != self._text:
            self._text = text
            self.offsets = offsets if offsets is not None else OffsetMap(text)
            self.set_article_text(text)
        self.overlay, self.colours, self.labels = overlay, colours, labels
        self._paint()

    def set_article_text(self, text: str, direction: Direction | None = None) -> None:
        """As :meth:`ReadingView.set_article_text`, but the text and its line height are
        put into a fresh document before the view lays it out: setting the line height of
        every paragraph in the shown document made Qt lay a 100,000-word text out again
        (0.6-0.9 s on the GUI thread); a document with no layout yet takes it in 20-60 ms."""
        old = self.document()
        doc = QTextDocument(self)
        doc.setDefaultFont(old.defaultFont())
        doc.setDocumentMargin(old.documentMargin())
        doc.setDefaultTextOption(old.defaultTextOption())
        doc.setUndoRedoEnabled(False)
        doc.setPlainText(text)
        cursor = QTextCursor(doc)
        cursor.setPosition(0)
        cursor.setPosition(doc.characterCount() - 1, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextBlockFormat()
        fmt.setLineHeight(theme.LINE_HEIGHT_PERCENT,
                          QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(fmt)
        self.setDocument(doc)  # Qt deletes the view's first document itself
        if self._own_document is not None:
            self._own_document.deleteLater()
        self._own_document = doc
        self.set_direction(direction or text_direction(text))
        self.document().setTextWidth(self.viewport().width())

    def _paint(self) -> None:
        assert self.overlay is not None
        starts, ends, coverage, majority, dispute = self.overlay.run_arrays()
        shown = (coverage > 0) | dispute
        to_u16 = self.offsets.to_utf16_array
        self._starts, self._ends = to_u16(starts[shown]), to_u16(ends[shown])
        self._coverage, self._majority = coverage[shown], majority[shown]
        self._dispute = dispute[shown]
        self._colour_cache = {}
        self.setExtraSelections([])
        self.viewport().update()

    def _colour(self, majority: int, coverage: int) -> QColor:
        """The background of a run (made once per overlay and palette)."""
        key = (majority, coverage)
        colour = self._colour_cache.get(key)
        if colour is None:
            assert self.overlay is not None
            colour = QColor(self.colours.get(self.overlay.tags[majority], "#888888"))
            # the text stays readable (4.5:1) over the strongest colour (gui/theme.py)
            base = self.palette().color(QPalette.ColorRole.Base)
            text = self.palette().color(QPalette.ColorRole.Text)
            colour.setAlpha(theme.readable_alpha(
                colour, overlay_alpha(coverage, self.overlay.n_annotators), base, text))
            self._colour_cache[key] = colour
        return colour

    def look_at(self, pos: int) -> Look:
        """What character ``pos`` (code point) is painted with."""
        u16 = self.offsets.to_utf16(pos)
        k = int(np.searchsorted(self._ends, u16, side="right"))
        if k >= self._starts.size or self._starts[k] > u16:
            return Look(None, False)
        coverage, disputed = int(self._coverage[k]), bool(self._dispute[k])
        if coverage == 0:
            return Look(None, disputed)
        return Look(QColor(self._colour(int(self._majority[k]), coverage)), disputed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_cache = {}
        super().changeEvent(event)

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
        return [(self.offsets.to_codepoints(int(a)), self.offsets.to_codepoints(int(b)))
                for a, b in zip(self._starts[self._dispute], self._ends[self._dispute],
                                strict=True)]

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
        return [rect for rect, _ in self._line_pieces(start, end, top, bottom)]

    def _line_pieces(self, start: int, end: int, top: float,
                     bottom: float) -> list[tuple[QRectF, float]]:
        """:meth:`_range_rects`, each with its line's baseline (viewport y)."""
        doc = self.document()
        layout = doc.documentLayout()
        dx = -self.horizontalScrollBar().value()
        dy = -self.verticalScrollBar().value()
        pieces = []
        block = doc.findBlock(start)
        while block.isValid() and block.position() < end:
            origin = layout.blockBoundingRect(block).topLeft()
            if origin.y() > bottom:
                break
            lines = block.layout()
            bidi = has_rtl(block.text())
            for i in range(lines.lineCount()):
                line = lines.lineAt(i)
                a = max(start, block.position() + line.textStart())
                b = min(end, block.position() + line.textStart() + line.textLength())
                y = origin.y() + line.y()
                if b <= a or y + line.height() < top or y > bottom:
                    continue
                # as the student's panes measure it: a range on a line that mixes
                # directions can show as two pieces
                for left, right in line_pieces(lines, line, a - block.position(),
                                               b - block.position(), bidi):
                    pieces.append((QRectF(origin.x() + left + dx, y + dy, right - left,
                                          line.height()), y + dy + line.ascent()))
            block = block.next()
        return pieces

    def _visible_runs(self, clip: QRectF) -> range:
        """Indices of the painted runs that can reach ``clip`` (viewport coordinates)."""
        if self._starts.size == 0:
            return range(0)
        first = self.cursorForPosition(QPoint(0, int(clip.top()))).position()
        last = self.cursorForPosition(QPoint(self.viewport().width(),
                                             int(clip.bottom()) + 1)).position()
        # in a right-to-left or bidi line the ends of the line are not its first and last
        # character: widen to whole blocks
        doc = self.document()
        first = doc.findBlock(first).position()
        end_block = doc.findBlock(last)
        last = end_block.position() + end_block.length()
        lo = int(np.searchsorted(self._ends, first, side="right"))
        hi = int(np.searchsorted(self._starts, last, side="left"))
        return range(lo, hi)

    def paintEvent(self, event: QPaintEvent) -> None:
        clip = QRectF(event.rect())
        runs = self._visible_runs(clip)
        pieces: list[tuple[int, list[tuple[QRectF, float]]]] = []
        if runs:
            top = float(self.verticalScrollBar().value()) + clip.top()
            bottom = top + clip.height()
            painter = QPainter(self.viewport())  # under the text, as a char format would
            starts, ends = self._starts.tolist(), self._ends.tolist()
            for k in runs:
                found = self._line_pieces(starts[k], ends[k], top, bottom)
                pieces.append((k, found))
                coverage = int(self._coverage[k])
                if coverage:
                    colour = self._colour(int(self._majority[k]), coverage)
                    for rect, _ in found:
                        painter.fillRect(rect, colour)
            painter.end()
        super().paintEvent(event)
        disputed = [(k, found) for k, found in pieces if self._dispute[k]]
        if not disputed:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        brush = QBrush(DISPUTE_HATCH, Qt.BrushStyle.BDiagPattern)
        pen = QPen(DISPUTE_UNDERLINE)
        pen.setWidthF(1.0)
        for _, found in disputed:
            for rect, baseline in found:
                painter.fillRect(rect, brush)
                painter.strokePath(_wave(rect.left(), rect.right(), baseline + 2.5), pen)
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
        overlay = self.overlay
        counts = overlay.counts_at(pos)
        k = overlay.column_of(pos)  # the column's figures: no per-character array is built
        covered = int(overlay.column_coverage[k])
        lines = [arg(self.tr("%1 of %n student(s) highlighted this", "", overlay.n_annotators),
                     covered)]
        lines += [f"{self.labels.get(tag, tag)}: {number(count)}"
                  for tag, count in counts.items() if count]
        if overlay.column_disagreement[k]:
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


def _wave(left: float, right: float, y: float, period: float = 4.0,
          amplitude: float = 1.5) -> QPainterPath:
    """A wavy underline from ``left`` to ``right`` around height ``y``."""
    path = QPainterPath(QPointF(left, y))
    x, up = left, True
    while x < right:
        step = min(period / 2, right - x)
        path.quadTo(QPointF(x + step / 2, y - amplitude if up else y + amplitude),
                    QPointF(x + step, y))
        x += step
        up = not up
    return path
