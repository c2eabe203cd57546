"""Annotations drawn over a reading view, as a painted layer that never touches the text.

Each annotation is a soft fill in its tag's colour behind the words plus an underline whose
*style* belongs to the tag (solid, dashed, dotted, wavy, double), so tags stay apart in
greyscale and for colour-blind readers. Overlapping annotations add their fills (the overlap
reads darker) and stack their underlines one below the other, in the layer
:func:`~annotator.core.layers.assign_layers` gives them.

Only the annotations that touch the visible part of the text are looked at when painting,
through a :class:`~annotator.core.layers.SpanIndex`. After a change (an annotation added,
re-tagged, moved or deleted, a selection, a flash) the layer works out what the visible part
would look like from scratch, compares it with what was last drawn and asks Qt to repaint
only the boxes that differ (:meth:`HighlightLayer.refresh`); painting then draws only the
annotations that touch the part being repainted. So a key press on an article with 20,000
annotations repaints a few lines, not the whole screen, and what is on screen is always
what a full repaint would draw.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPoint, QPointF, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPalette,
    QPen,
    QRegion,
    QTextBlock,
    QTextCursor,
    QTextLayout,
    QTextLine,
)
from PySide6.QtWidgets import QTextEdit

from annotator.core.direction import has_rtl
from annotator.core.layers import SpanIndex, assign_layers
from annotator.core.offsets import OffsetMap
from annotator.gui import theme
from annotator.gui.workspace.painted import REACH, Decoration, Look, Painted, bounds, changed
from annotator.gui.workspace.underlines import (
    TILE_HEIGHT,
    draw_underline,
    underline_colour,
    underline_style,
)
from annotator.services.views import AnnotationView, TagView

UNDERLINE_GAP = 3.5  # pixels between stacked underlines
UNDERLINE_OFFSET = 3.0  # from the bottom of the fill to the first underline
LAYER_INSET = 2.0  # a nested fill is this much shorter at top and bottom than its parent
NOTE_DOT = 2.6  # radius of the dot on annotations that carry a note
FLASH_MS = 1200

# One annotation as painted: key, layer, tag and its line boxes in document coordinates.
_Entry = tuple[uuid.UUID, int, TagView, list[QRectF]]


@dataclass(frozen=True)
class Shown:
    """What the layer draws for one annotation (for tests and accessibility checks)."""

    annotation_id: uuid.UUID
    tag_id: uuid.UUID
    layer: int
    underline: str
    fill: QColor
    rects: tuple[QRectF, ...]  # viewport coordinates, one per line


class HighlightLayer(QObject):
    """The annotations of one article as shown in one :class:`QTextEdit`."""

    def __init__(self, view: QTextEdit, text: str) -> None:
        super().__init__(view)
        self.view = view
        self.offsets = OffsetMap(text)
        self.text = text
        self.tags: dict[uuid.UUID, TagView] = {}
        self.annotations: dict[uuid.UUID, AnnotationView] = {}
        self.index = SpanIndex()
        self.selected: uuid.UUID | None = None
        self.emphasised: set[uuid.UUID] = set()  # dashed outline: link ends
        self.preview: tuple[uuid.UUID, int, int] | None = None  # edge drag, UTF-16
        self.flashing: dict[uuid.UUID, float] = {}
        self._animations: dict[uuid.UUID, QVariantAnimation] = {}
        self._painting: tuple[list[_Entry], QPoint] | None = None
        self._painted: Painted | None = None  # what the viewport shows now
        self._cache: dict[uuid.UUID, tuple[tuple[int, int], list[QRectF]]] = {}
        self._bidi_blocks: dict[int, bool] = {}  # block number: holds right-to-left text
        self._cache_width = -1
        self._dark_now = False
        layout = view.document().documentLayout()
        layout.update.connect(self._layout_changed)
        layout.documentSizeChanged.connect(self._layout_changed)

    # -- content -----------------------------------------------------------------------

    def set_tags(self, tags: Iterable[TagView]) -> None:
        self.tags = {tag.id: tag for tag in tags}
        self.refresh()

    def set_annotations(self, annotations: Iterable[AnnotationView]) -> None:
        items = list(annotations)
        self.annotations = {a.id: a for a in items}
        self.index = SpanIndex((a.id, *self._span16(a)) for a in items)
        if self.selected not in self.annotations:
            self.selected = None
        self.refresh()

    def add(self, annotation: AnnotationView) -> None:
        self.annotations[annotation.id] = annotation
        self.index.add(annotation.id, *self._span16(annotation))
        self.refresh()

    def change(self, annotation: AnnotationView) -> None:
        self.add(annotation)

    def remove(self, annotation_id: uuid.UUID) -> None:
        if self.annotations.pop(annotation_id, None) is None:
            return
        self.index.remove(annotation_id)
        if self.selected == annotation_id:
            self.selected = None
        self.emphasised.discard(annotation_id)
        self.refresh()

    def select(self, annotation_id: uuid.UUID | None) -> None:
        selected = annotation_id if annotation_id in self.annotations else None
        if selected != self.selected:  # nothing to repaint otherwise
            self.selected = selected
            self.refresh()

    def emphasise(self, keys: Iterable[uuid.UUID]) -> None:
        emphasised = set(keys)
        if emphasised != self.emphasised:
            self.emphasised = emphasised
            self.refresh()

    def refresh(self) -> None:
        """Repaint what changed since the last paint: only the boxes whose look differs."""
        viewport = self.view.viewport()
        old = self._painted
        if old is None or not viewport.isVisible():
            self._painted = None
            viewport.update()
            return
        new = self._snapshot()
        if new.geometry != old.geometry:  # scrolled, resized or re-themed: all of it
            self._painted = None
            viewport.update()
            return
        self._painted = new
        region = QRegion()
        offset = QPointF(new.offset)
        for key, look in changed(old, new):
            region += self._look_bounds(key, look).translated(offset).toAlignedRect()
        if not region.isEmpty():
            viewport.update(region)

    def _span16(self, a: AnnotationView) -> tuple[int, int]:
        return self.offsets.to_utf16(a.start), self.offsets.to_utf16(a.end)

    # -- geometry ----------------------------------------------------------------------

    def visible_range(self) -> tuple[int, int]:
        viewport = self.view.viewport()
        first = self.view.cursorForPosition(QPoint(0, 0)).position()
        last = self.view.cursorForPosition(QPoint(viewport.width(), viewport.height()))
        return first, last.position() + 1

    def rects(self, start16: int, end16: int) -> list[QRectF]:
        """One box per line covered by ``start16..end16``, in viewport coordinates."""
        dx = -self.view.horizontalScrollBar().value()
        dy = -self.view.verticalScrollBar().value()
        return [r.translated(dx, dy) for r in self._doc_rects(start16, end16)]

    def _doc_rects(self, start16: int, end16: int) -> list[QRectF]:
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
                    for left, right in _pieces(layout, line, a, b, self._bidi(block)):
                        out.append(QRectF(origin.x() + left, origin.y() + line.y(),
                                          right - left, line.height()))
            block = block.next()
        return out

    def _bidi(self, block: QTextBlock) -> bool:
        """Whether ``block`` holds right-to-left characters (its lines may mix directions).
        The text of a pane never changes, so the answer is kept."""
        number = block.blockNumber()
        if number not in self._bidi_blocks:
            self._bidi_blocks[number] = has_rtl(block.text())
        return self._bidi_blocks[number]

    def _cached_rects(self, key: uuid.UUID, start16: int, end16: int) -> list[QRectF]:
        """Document-coordinate boxes of one annotation, kept until the layout changes."""
        width = self.view.viewport().width()
        if width != self._cache_width:
            self._cache.clear()
            self._cache_width = width
        cached = self._cache.get(key)
        if cached is None or cached[0] != (start16, end16):
            cached = ((start16, end16), self._doc_rects(start16, end16))
            self._cache[key] = cached
        return cached[1]

    def _layout_changed(self, *_args: object) -> None:
        self._cache.clear()
        self._painted = None  # boxes moved: the next paint works them out again

    def at(self, point: QPoint) -> list[AnnotationView]:
        """Annotations drawn under ``point`` (viewport coordinates), outermost first."""
        pos = self.view.cursorForPosition(point).position()
        hits: list[AnnotationView] = []
        for key, s, e in self.index.overlapping(max(0, pos - 1), pos + 1):
            if any(r.adjusted(-1, -2, 1, 4).contains(QPointF(point)) for r in self.rects(s, e)):
                hits.append(self.annotations[key])  # type: ignore[index]
        hits.sort(key=lambda a: (a.start, -a.end))
        return hits

    def describe_at(self, point: QPoint) -> str:
        """Plain text for a tooltip: tag and note of each annotation under ``point``."""
        lines = []
        for a in self.at(point):
            tag = self.tags.get(a.tag_id)
            label = tag.label if tag else self.tr("Annotation")
            lines.append(f"{label}: {a.note}" if a.note else label)
        return "\n".join(lines)

    def covering(self, position: int) -> list[AnnotationView]:
        """Annotations covering the code-point ``position``."""
        p16 = self.offsets.to_utf16(position)
        found = [self.annotations[k] for k, _, _ in self.index.overlapping(p16, p16)
                 if isinstance(k, uuid.UUID)]
        return sorted(found, key=lambda a: (a.start, -a.end))  # type: ignore[misc]

    def shown(self) -> list[Shown]:
        """What is drawn in the visible part of the view right now."""
        dark = self._dark()
        candidates = self.index.overlapping(*self.visible_range())
        layers = assign_layers(candidates)
        result = []
        for key, s, e in candidates:
            a = self.annotations[key]  # type: ignore[index]
            tag = self.tags.get(a.tag_id)
            if tag is None:
                continue
            result.append(Shown(a.id, a.tag_id, layers[key], underline_style(tag),
                                theme.highlight_colour(tag.colour, dark),
                                tuple(self.rects(s, e))))
        return result

    def scroll_to(self, annotation_id: uuid.UUID) -> None:
        if annotation_id not in self.annotations:
            return
        start16, end16 = self.index.span(annotation_id)
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(end16)
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()
        rect = self.view.cursorRect(cursor)
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.value() + rect.center().y() - self.view.viewport().height() // 3)
        cursor.setPosition(start16)
        self.view.setTextCursor(cursor)

    def flash(self, annotation_id: uuid.UUID) -> None:
        """Draw attention to an annotation with a fading glow."""
        old = self._animations.pop(annotation_id, None)
        if old is not None:
            old.stop()
        animation = QVariantAnimation(self)
        animation.setDuration(FLASH_MS)
        animation.setStartValue(1.0)
        animation.setEndValue(0.0)
        animation.valueChanged.connect(lambda v, k=annotation_id: self._flash_step(k, v))
        animation.finished.connect(lambda k=annotation_id: self._flash_step(k, 0.0))
        self._animations[annotation_id] = animation
        self.flashing[annotation_id] = 1.0
        animation.start()
        self.refresh()

    def _flash_step(self, key: uuid.UUID, value: float) -> None:
        if value <= 0.0:
            self.flashing.pop(key, None)
            self._animations.pop(key, None)
        else:
            self.flashing[key] = float(value)
        self.refresh()

    # -- painting ----------------------------------------------------------------------

    def _dark(self) -> bool:
        return theme.is_dark(self.view.palette())

    def _span_of(self, key: uuid.UUID) -> tuple[int, int]:
        if self.preview is not None and self.preview[0] == key:
            return self.preview[1], self.preview[2]
        return self.index.span(key)

    def _snapshot(self) -> Painted:
        """How every annotation and decoration in the visible part looks right now."""
        visible = self.visible_range()
        offset = QPoint(-self.view.horizontalScrollBar().value(),
                        -self.view.verticalScrollBar().value())
        viewport = self.view.viewport()
        geometry = (visible, offset.x(), offset.y(), viewport.width(), viewport.height(),
                    self._dark())
        candidates = self.index.overlapping(*visible)
        layers = assign_layers(candidates)
        annotations, tags, preview = self.annotations, self.tags, self.preview
        looks: dict[object, Look] = {}
        for key, s, e in candidates:
            a = annotations[key]  # type: ignore[index]
            tag = tags.get(a.tag_id)
            if tag is not None:
                if preview is not None and preview[0] == key:
                    s, e = preview[1], preview[2]
                looks[key] = (layers[key], tag, bool(a.note), s, e)
        decorated = set(self.flashing) | self.emphasised
        if self.selected is not None:
            decorated.add(self.selected)
        if preview is not None:
            decorated.add(preview[0])
        for key in decorated & annotations.keys():
            looks[Decoration(key)] = (key == self.selected, key in self.emphasised,
                                      self.flashing.get(key), *self.index.span(key),
                                      self._span_of(key))
        return Painted(geometry, offset, candidates, layers, looks,  # type: ignore[arg-type]
                       max(layers.values(), default=0))

    def _look_bounds(self, key: object, look: Look) -> QRectF:
        """Document box around everything drawn for one look (see :mod:`painted`)."""
        if isinstance(key, Decoration):
            boxes = self._doc_rects(look[3], look[4])  # type: ignore[arg-type]
            if look[5] != (look[3], look[4]):
                boxes += self._doc_rects(*look[5])  # type: ignore[misc]
            return bounds(boxes, REACH)
        layer, start16, end16 = look[0], look[3], look[4]
        below = UNDERLINE_OFFSET + layer * UNDERLINE_GAP + TILE_HEIGHT  # type: ignore[operator]
        return bounds(self._doc_rects(start16, end16), below)  # type: ignore[arg-type]

    def _current(self) -> Painted:
        """The snapshot to paint: the one :meth:`refresh` made, unless the view moved."""
        painted = self._painted
        if painted is None or self._geometry() != painted.geometry:
            painted = self._painted = self._snapshot()
        return painted

    def _geometry(self) -> tuple[object, ...]:
        viewport = self.view.viewport()
        return (self.visible_range(), -self.view.horizontalScrollBar().value(),
                -self.view.verticalScrollBar().value(), viewport.width(), viewport.height(),
                self._dark())

    def _frame(self, painted: Painted, clip: QRectF | None) -> list[_Entry]:
        """The annotations whose fill, underline or dot can reach ``clip`` (viewport
        coordinates; None: the whole viewport), with their layers and document boxes."""
        candidates = painted.candidates
        if clip is not None and clip.contains(QRectF(self.view.viewport().rect())):
            clip = None  # the whole view: no need to sort out what reaches it
        if clip is not None:  # underlines of deep layers reach several lines down
            reach = UNDERLINE_OFFSET + painted.depth * UNDERLINE_GAP + TILE_HEIGHT + REACH
            width = self.view.viewport().width()
            lo = self.view.cursorForPosition(QPoint(0, int(clip.top() - reach))).position()
            hi = self.view.cursorForPosition(
                QPoint(width, int(clip.bottom() + REACH) + 1)).position() + 1
            dragged = self.preview[0] if self.preview is not None else None
            candidates = [c for c in candidates if (c[1] < hi and c[2] > lo) or c[0] == dragged]
        area = None if clip is None else clip.translated(-QPointF(painted.offset))
        frame = []
        for key, s, e in candidates:
            look = painted.looks.get(key)
            if look is None:
                continue
            if self.preview is not None and self.preview[0] == key:
                boxes = self._doc_rects(self.preview[1], self.preview[2])
            else:
                boxes = self._cached_rects(key, s, e)  # type: ignore[arg-type]
            if area is not None:  # on a crowded screen most of the band misses the clip
                below = UNDERLINE_OFFSET + look[0] * UNDERLINE_GAP + TILE_HEIGHT  # type: ignore[operator]
                if not any(box.adjusted(-REACH, -REACH, REACH, max(below, REACH))
                           .intersects(area) for box in boxes):
                    continue
            frame.append((key, look[0], look[1], boxes))
        return frame  # type: ignore[return-value]

    def paint_under(self, painter: QPainter, clip: QRectF | None = None) -> None:
        """Fills behind the text: one translucent box per line and annotation. Only the
        annotations that reach ``clip`` (viewport coordinates: the part being repainted)
        are drawn."""
        painted = self._current()
        dark = self._dark_now = bool(painted.geometry[-1])
        frame = self._frame(painted, clip)
        self._painting = (frame, painted.offset)
        offset = QPointF(painted.offset)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        fills: dict[str, QColor] = {}  # one colour per tag, not one per annotation
        for _key, layer, tag, rects in frame:
            fill = fills.get(tag.colour)
            if fill is None:
                fill = fills[tag.colour] = theme.highlight_colour(tag.colour, dark)
            painter.setBrush(fill)
            inset = min(layer, 3) * LAYER_INSET  # nested layers sit inside their parent
            for rect in rects:
                painter.drawRoundedRect(rect.translated(offset).adjusted(-1, inset, 1, -inset),
                                        2.5, 2.5)
        accent = self.view.palette().color(QPalette.ColorRole.Highlight)
        for key, strength in self.flashing.items():
            if key in self.annotations:
                glow = QColor(accent)
                glow.setAlphaF(0.28 * strength)
                painter.setBrush(glow)
                grow = 2 + 4 * strength  # the glow shrinks back onto the words as it fades
                for rect in self.rects(*self.index.span(key)):
                    painter.drawRoundedRect(rect.adjusted(-grow, -grow / 2, grow, grow / 2),
                                            4, 4)

    def paint_over(self, painter: QPainter, clip: QRectF | None = None) -> None:
        """Underlines (one per tag, stacked by layer), then selection and link outlines."""
        if self._painting is None:
            painted = self._current()
            self._dark_now = bool(painted.geometry[-1])
            self._painting = (self._frame(painted, clip), painted.offset)
        (frame, shift), self._painting = self._painting, None
        dark = self._dark_now
        offset = QPointF(shift)
        noted = []
        looks: dict[uuid.UUID, tuple[QColor, str]] = {}  # per tag, not per annotation
        for key, layer, tag, rects in frame:
            look = looks.get(tag.id)
            if look is None:
                look = looks[tag.id] = (underline_colour(tag.colour, dark), underline_style(tag))
            colour, style = look
            for box in rects:
                rect = box.translated(offset)
                y = rect.bottom() + UNDERLINE_OFFSET + layer * UNDERLINE_GAP
                draw_underline(painter, style, colour, rect.left(), rect.right(), y)
            shown = self.annotations.get(key)
            if rects and shown is not None and shown.note:
                noted.append((rects[-1].translated(offset), colour))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        for rect, colour in noted:  # a small dot marks an annotation that has a note
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(rect.right() + 1.5, rect.top() + 1.5), NOTE_DOT, NOTE_DOT)
        accent = self.view.palette().color(QPalette.ColorRole.Highlight)
        for key in self.emphasised & self.annotations.keys():
            pen = QPen(accent, 1.6)
            pen.setDashPattern([4.0, 3.0])
            self._outline(painter, key, pen)
        if self.selected in self.annotations:
            self._outline(painter, self.selected, QPen(accent, 2.0))  # type: ignore[arg-type]
            self._handles(painter, self.selected, accent)  # type: ignore[arg-type]

    def _outline(self, painter: QPainter, key: uuid.UUID, pen: QPen) -> None:
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect in self.rects(*self._span_of(key)):
            painter.drawRoundedRect(rect.adjusted(-2, -1, 2, 1), 3, 3)

    def _handles(self, painter: QPainter, key: uuid.UUID, colour: QColor) -> None:
        rects = self.rects(*self._span_of(key))
        if not rects:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        (first, start_x), (last, end_x), out = self._ends(rects)
        for x, y in ((start_x - 2 * out, first.top() - 1), (end_x + 2 * out, last.bottom() + 1)):
            painter.drawEllipse(QPointF(x, y), 3.5, 3.5)

    def _ends(self, rects: list[QRectF]) -> tuple[tuple[QRectF, float], tuple[QRectF, float], int]:
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

    def edge_at(self, point: QPoint) -> str | None:
        """"start" or "end" when ``point`` is on a drag handle of the selected annotation."""
        if self.selected not in self.annotations:
            return None
        rects = self.rects(*self.index.span(self.selected))  # type: ignore[arg-type]
        if not rects:
            return None
        (first, start_x), (last, end_x), out = self._ends(rects)
        p = QPointF(point)
        start_left = start_x - 6 if out > 0 else start_x - 2
        end_left = end_x - 2 if out > 0 else end_x - 6
        if QRectF(start_left, first.top() - 5, 8, first.height() + 6).contains(p):
            return "start"
        if QRectF(end_left, last.top(), 8, last.height() + 6).contains(p):
            return "end"
        return None


def _pieces(layout: QTextLayout, line: QTextLine, a: int, b: int,
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
