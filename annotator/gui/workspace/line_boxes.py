"""Where a span of text is drawn in a reading view: one box per line it covers.

Boxes are worked out from Qt's text layout in document coordinates (independent of
scrolling) and kept per annotation until the layout changes; :meth:`LineBoxes.rects` turns
them into viewport coordinates. Right-to-left and mixed-direction lines are measured glyph
by glyph, so a logical range that shows as two pieces on screen gets two boxes. Positions
are UTF-16 units, as Qt counts them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QTextBlock, QTextLayout, QTextLine
from PySide6.QtWidgets import QTextEdit

from annotator.core.direction import has_rtl

Edges = tuple[float, float, float, float, float]  # a box's top, bottom, left, width, height
Measured = tuple[list[QRectF], list[Edges]]  # an annotation's boxes and their edges


def edges_of(rects: list[QRectF]) -> list[Edges]:
    return [(r.top(), r.bottom(), r.left(), r.width(), r.height()) for r in rects]


class LineBoxes:
    """The line boxes of spans of one view's text, cached per key until the layout changes."""

    def __init__(self, view: QTextEdit) -> None:
        self.view = view
        self._cache: dict[Hashable, tuple[tuple[int, int], list[QRectF], list[Edges]]] = {}
        self._bidi_blocks: dict[int, bool] = {}  # block number: holds right-to-left text
        self._cache_width = -1

    def clear(self) -> None:
        """Forget the cached boxes (the text was laid out again)."""
        self._cache.clear()

    def visible_range(self) -> tuple[int, int]:
        viewport = self.view.viewport()
        return self.between(0, viewport.height())

    def between(self, top: int, bottom: int) -> tuple[int, int]:
        """The text positions on the lines from ``top`` to ``bottom`` (viewport y): from
        the start of the first line to the end of the last. Both ends of a line are looked
        at, as a right-to-left line starts at its right end."""
        at = self.view.cursorForPosition
        width = self.view.viewport().width()
        first = min(at(QPoint(x, top)).position() for x in (0, width))
        last = max(at(QPoint(x, bottom)).position() for x in (0, width))
        return first, last + 1

    def offset(self) -> QPoint:
        """Document to viewport coordinates."""
        return QPoint(-self.view.horizontalScrollBar().value(),
                      -self.view.verticalScrollBar().value())

    def rects(self, start16: int, end16: int) -> list[QRectF]:
        """One box per line covered by ``start16..end16``, in viewport coordinates."""
        offset = self.offset()
        dx, dy = offset.x(), offset.y()
        return [r.translated(dx, dy) for r in self.doc_rects(start16, end16)]

    def doc_rects(self, start16: int, end16: int) -> list[QRectF]:
        """Line boxes in document coordinates (independent of scrolling)."""
        out: list[QRectF] = []
        block = self.view.document().findBlock(start16)
        while block.isValid():
            position = block.position()
            if position >= end16:
                break
            layout = block.layout()
            origin = layout.position()
            lo = max(start16, position) - position
            hi = min(end16, position + block.length() - 1) - position
            if hi > lo:
                first = max(layout.lineForTextPosition(lo).lineNumber(), 0)
                last = max(layout.lineForTextPosition(hi).lineNumber(), first)
                for n in range(first, last + 1):
                    line = layout.lineAt(n)
                    line_start = line.textStart()
                    a = max(lo, line_start)
                    b = min(hi, line_start + line.textLength())
                    if b <= a:
                        continue
                    for left, right in pieces(layout, line, a, b, self._bidi(block)):
                        out.append(QRectF(origin.x() + left, origin.y() + line.y(),
                                          right - left, line.height()))
            block = block.next()
        return out

    def cached(self, key: Hashable, start16: int, end16: int) -> list[QRectF]:
        """Document-coordinate boxes of one annotation, kept until the layout changes."""
        return self.lookup()(key, start16, end16)[0]

    def lookup(self) -> Callable[[Hashable, int, int], Measured]:
        """:meth:`cached` for many annotations at once (the view's width is checked once),
        with each box's edges as plain numbers, read without calling into Qt."""
        width = self.view.viewport().width()
        if width != self._cache_width:
            self._cache.clear()
            self._cache_width = width
        return self._measured

    def _measured(self, key: Hashable, start16: int, end16: int) -> Measured:
        found = self._cache.get(key)
        if found is None or found[0] != (start16, end16):
            rects = self.doc_rects(start16, end16)
            found = self._cache[key] = ((start16, end16), rects, edges_of(rects))
        return found[1], found[2]

    def _bidi(self, block: QTextBlock) -> bool:
        """Whether ``block`` holds right-to-left characters (its lines may mix directions).
        The text of a pane never changes, so the answer is kept."""
        number = block.blockNumber()
        if number not in self._bidi_blocks:
            self._bidi_blocks[number] = has_rtl(block.text())
        return self._bidi_blocks[number]

    def ends(self, rects: list[QRectF]) -> tuple[tuple[QRectF, float], tuple[QRectF, float], int]:
        """Where the start and end handles go: the box and x where reading the span begins
        and where it ends (the right side first in right-to-left text), and which way is
        outward from the start (-1 left, +1 right)."""
        if getattr(self.view, "direction", "ltr") != "rtl":
            return (rects[0], rects[0].left()), (rects[-1], rects[-1].right()), 1
        first_line = [r for r in rects if r.top() == rects[0].top()]
        last_line = [r for r in rects if r.top() == rects[-1].top()]
        start = max(first_line, key=lambda r: r.right())
        end = min(last_line, key=lambda r: r.left())
        return (start, start.right()), (end, end.left()), -1


def pieces(layout: QTextLayout, line: QTextLine, a: int, b: int,
           bidi: bool) -> list[tuple[float, float]]:
    """The horizontal extents of characters ``a..b`` of ``line`` as drawn. Left-to-right
    text is one piece. In a line that mixes directions a logical range can be two or more
    pieces on screen (the end of "NASA" and the Arabic word after it, with "NA" between
    them): there the glyphs Qt laid out for the range are measured and touching ones joined
    (cursor positions are ambiguous where two runs meet)."""
    if bidi:
        boxes = sorted(
            (position.x(), position.x() + advance.x())
            for run in layout.glyphRuns(a, b - a)
            for position, advance in zip(
                run.positions(), run.rawFont().advancesForGlyphIndexes(run.glyphIndexes()),
                strict=False)
        )
        joined: list[tuple[float, float]] = []
        for left, right in boxes:
            if joined and left <= joined[-1][1] + 0.5:
                joined[-1] = (joined[-1][0], max(joined[-1][1], right))
            else:
                joined.append((left, right))
        if joined:
            return joined
    x1, x2 = _x(line, a), _x(line, b)
    return [(min(x1, x2), max(x1, x2))]


def _x(line: QTextLine, position: int) -> float:
    """``QTextLine.cursorToX`` returns ``(x, position)`` in PySide6."""
    x = line.cursorToX(position)
    return float(x[0] if isinstance(x, tuple) else x)  # type: ignore[arg-type]
