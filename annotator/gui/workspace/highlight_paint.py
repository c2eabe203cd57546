"""Painting a highlight layer: fills behind the text, underlines, note dots and outlines
over it (the look is described in :mod:`annotator.gui.workspace.highlights`).

Fills, underlines and dots are drawn into the layer's cache
(:mod:`annotator.gui.workspace.layer_cache`) by :func:`render`, only for the annotations
whose fill, underline or dot reaches the part not up to date there, and each tag's colours
are made once per drawing, not once per annotation; the glow of a flash, link-end and
selection outlines and handles are drawn on the view every time.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Hashable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPixmap, QRegion

from annotator.gui import theme
from annotator.gui.workspace.line_boxes import edges_of
from annotator.gui.workspace.painted import REACH, Painted
from annotator.gui.workspace.underlines import (
    TILE_HEIGHT,
    tile,
    underline_colour,
    underline_style,
)
from annotator.services.views import TagView

if TYPE_CHECKING:
    from annotator.gui.workspace.highlights import HighlightLayer

UNDERLINE_GAP = 3.5  # pixels between stacked underlines
UNDERLINE_OFFSET = 3.0  # from the bottom of the fill to the first underline
LAYER_INSET = 2.0  # a nested fill is this much shorter at top and bottom than its parent
NOTE_DOT = 2.6  # radius of the dot on annotations that carry a note


def below(layer: int) -> float:
    """How far the underline of an annotation in ``layer`` reaches below its line box."""
    return UNDERLINE_OFFSET + layer * UNDERLINE_GAP + TILE_HEIGHT


def strip(box: QRectF, depth: int) -> QRectF:
    """Where the underline of a line box in layer ``depth`` is drawn (document
    coordinates), with a pixel of room around it."""
    lift = UNDERLINE_OFFSET + depth * UNDERLINE_GAP - TILE_HEIGHT / 2
    return QRectF(box.left() - 1, box.bottom() + lift - 1, box.width() + 2, TILE_HEIGHT + 2)


def room(box: QRectF) -> QRectF:
    """Where the fill of a line box is drawn, with its antialiased edge."""
    return box.adjusted(-3, -1, 3, 1)


def dot_room(box: QRectF) -> QRectF:
    """Where a note dot at the top right corner of a line box is drawn."""
    return QRectF(box.right() - 2.5, box.top() - 2.5, 8, 8)


def render(layer: HighlightLayer, painted: Painted, need: QRegion | None,
           under: QPainter, over: QPainter) -> None:
    """Draw, for every annotation whose fill, dot or underline reaches ``need`` (viewport
    coordinates; None: the whole view), its fills into ``under`` (outer layers first: an
    opaque nested fill then shows its own tag over its parent's) and its underlines (one
    style per tag, stacked by layer, drawn from the style's tile) and note dot into
    ``over``. Every annotation that touches a pixel of ``need`` is drawn, in the same
    order as for the whole view, so a part drawn again matches the whole drawn at once."""
    offset = painted.offset
    dx, dy = offset.x(), offset.y()
    part = None if need is None else need.translated(-dx, -dy)  # document coordinates
    preview = layer.preview
    dragged = preview[0] if preview is not None else None
    if need is None:
        candidates = layer.index.overlapping(*painted.span)
    else:  # underlines of deep layers reach several lines down
        candidates = _near(layer, painted.span, need, below(painted.depth) + REACH, dragged)
    dark = bool(painted.geometry[-1])
    boxes_of = layer.boxes
    measured = boxes_of.lookup()
    looks = painted.looks
    fills: list[tuple[int, str, QRectF]] = []
    lines: list[tuple[TagView, float, QRectF]] = []
    dots: list[tuple[TagView, QRectF]] = []
    half = TILE_HEIGHT / 2
    if part is None:
        bands = [(-math.inf, math.inf)]
    else:  # the part's rows, so that most boxes are passed over without making rects
        bands = []
        for rect in sorted(part, key=lambda r: r.top()):  # type: ignore[call-overload]
            if bands and rect.top() <= bands[-1][1] + 1:
                bands[-1] = (bands[-1][0], max(bands[-1][1], rect.bottom() + 1))
            else:
                bands.append((rect.top(), rect.bottom() + 1))
    first, last = bands[0][0], bands[-1][1]
    meets = None if part is None else part.intersects
    floor, ceil = math.floor, math.ceil
    for key, s, e in candidates:
        look = looks.get(key)
        if look is None:
            continue
        depth: int = look[0]  # type: ignore[assignment]
        tag: TagView = look[1]  # type: ignore[assignment]
        if dragged is not None and key == dragged:  # (a UUID's == is Python code)
            boxes = boxes_of.doc_rects(preview[1], preview[2])  # type: ignore[index]
            edges = edges_of(boxes)
        else:
            boxes, edges = measured(key, s, e)
        lift = UNDERLINE_OFFSET + depth * UNDERLINE_GAP - half
        if edges and meets is not None and (
                edges[-1][1] + lift + TILE_HEIGHT + 2 < first or edges[0][0] - 3 > last):
            continue  # wholly above what its own underline reaches, or below: nothing to draw
        for box, (top, bottom, left, width, height) in zip(boxes, edges, strict=True):
            # The tests against the part use whole-pixel rectangles a pixel or two larger
            # than room() and strip() (drawing is clipped to the part; missing a box is not)
            if _rows(bands, top - 2, bottom + 2) and (meets is None or meets(QRect(
                    floor(left) - 4, floor(top) - 2, ceil(width) + 9, ceil(height) + 4))):
                fills.append((depth, tag.colour, box))
            under_at = bottom + lift
            if width > 0 and _rows(bands, under_at - 2, under_at + TILE_HEIGHT + 2) and (
                    meets is None or meets(QRect(
                        floor(left) - 2, floor(under_at) - 2, ceil(width) + 5,
                        ceil(TILE_HEIGHT) + 5))):
                lines.append((tag, lift, box))
        if look[2] and boxes:
            dot = dot_room(boxes[-1])
            if meets is None or meets(dot.toAlignedRect()):
                dots.append((tag, boxes[-1]))
    _fills(under, fills, offset, dark)
    _underlines(over, lines, dots, offset, dark)


def _rows(bands: list[tuple[float, float]], top: float, bottom: float) -> bool:
    """Whether the rows ``top..bottom`` meet one of ``bands`` (sorted, apart)."""
    for band_top, band_bottom in bands:
        if bottom < band_top:
            return False
        if top <= band_bottom:
            return True
    return False


def _near(layer: HighlightLayer, span: tuple[int, int], need: QRegion, reach: float,
          dragged: object) -> list[tuple[Hashable, int, int]]:
    """The annotations of ``span`` whose text lies on the lines of ``need`` or up to
    ``reach`` pixels above them (viewport coordinates), in start order."""
    bands: list[list[float]] = []
    for rect in sorted(need, key=lambda r: r.top()):  # type: ignore[call-overload]
        top, bottom = rect.top() - reach, rect.bottom() + REACH
        if bands and top <= bands[-1][1]:
            bands[-1][1] = max(bands[-1][1], bottom)
        else:
            bands.append([top, bottom])
    ranges = [layer.boxes.between(int(top), int(bottom) + 1) for top, bottom in bands]
    lo = max(span[0], min(r[0] for r in ranges))
    hi = min(span[1], max(r[1] for r in ranges))
    candidates = layer.index.overlapping(lo, hi) if lo < hi else []
    if dragged is not None:  # drawn where it is dragged to, wherever its span is
        return [c for c in layer.index.overlapping(*span)
                if c[0] == dragged or any(c[1] < b and c[2] > a for a, b in ranges)]
    if len(ranges) == 1:
        return candidates
    return [c for c in candidates if any(c[1] < b and c[2] > a for a, b in ranges)]


def _fills(painter: QPainter, fills: list[tuple[int, str, QRectF]], offset: QPoint,
           dark: bool) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.save()
    painter.translate(offset)  # boxes are in document coordinates; offsets are whole pixels
    colours: dict[str, QColor] = {}  # one colour per tag, not one per annotation
    for depth, colour, rect in sorted(fills, key=lambda item: item[0]):
        fill = colours.get(colour)
        if fill is None:
            fill = colours[colour] = theme.highlight_colour(colour, dark)
        painter.setBrush(fill)
        inset = min(depth, 3) * LAYER_INSET  # nested layers sit inside their parent
        painter.drawRoundedRect(rect.adjusted(-1, inset, 1, -inset), 2.5, 2.5)
    painter.restore()


def _underlines(painter: QPainter, lines: list[tuple[TagView, float, QRectF]],
                dots: list[tuple[TagView, QRectF]], offset: QPoint, dark: bool) -> None:
    dx, dy = offset.x(), offset.y()
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    looks: dict[uuid.UUID, tuple[QColor, QPixmap]] = {}  # per tag, not per annotation

    def look_of(tag: TagView) -> tuple[QColor, QPixmap]:
        look = looks.get(tag.id)
        if look is None:
            colour = underline_colour(tag.colour, dark)
            look = looks[tag.id] = (colour, tile(underline_style(tag), colour, ratio))
        return look

    for tag, lift, box in lines:  # the underline, drawn from its style's tile
        painter.drawTiledPixmap(QRectF(box.left() + dx, box.bottom() + lift + dy,
                                       box.width(), TILE_HEIGHT), look_of(tag)[1])
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    for tag, rect in dots:  # a small dot marks an annotation that has a note
        painter.setBrush(look_of(tag)[0])
        painter.drawEllipse(QPointF(rect.right() + 1.5 + dx, rect.top() + 1.5 + dy),
                            NOTE_DOT, NOTE_DOT)


def paint_glow(layer: HighlightLayer, painter: QPainter) -> None:
    """The glow of a flashing annotation, over the fills."""
    if not layer.flashing:
        return
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    accent = layer.view.palette().color(QPalette.ColorRole.Highlight)
    for key, strength in layer.flashing.items():
        if key in layer.annotations:
            glow = QColor(accent)
            glow.setAlphaF(0.28 * strength)
            painter.setBrush(glow)
            grow = 2 + 4 * strength  # the glow shrinks back onto the words as it fades
            for rect in layer.rects(*layer.index.span(key)):
                painter.drawRoundedRect(rect.adjusted(-grow, -grow / 2, grow, grow / 2), 4, 4)


def paint_decorations(layer: HighlightLayer, painter: QPainter) -> None:
    """Link-end outlines, then the selected annotation's outline and handles."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    accent = layer.view.palette().color(QPalette.ColorRole.Highlight)
    for key in layer.emphasised & layer.annotations.keys():
        pen = QPen(accent, 1.6)
        pen.setDashPattern([4.0, 3.0])
        _outline(layer, painter, key, pen)
    selected = layer.selected
    if selected is not None and selected in layer.annotations:
        _outline(layer, painter, selected, QPen(accent, 2.0))
        _handles(layer, painter, selected, accent)


def _outline(layer: HighlightLayer, painter: QPainter, key: uuid.UUID, pen: QPen) -> None:
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for rect in layer.rects(*layer.span_of(key)):
        painter.drawRoundedRect(rect.adjusted(-2, -1, 2, 1), 3, 3)


def _handles(layer: HighlightLayer, painter: QPainter, key: uuid.UUID, colour: QColor) -> None:
    rects = layer.rects(*layer.span_of(key))
    if not rects:
        return
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    (first, start_x), (last, end_x), out = layer.boxes.ends(rects)
    for x, y in ((start_x - 2 * out, first.top() - 1), (end_x + 2 * out, last.bottom() + 1)):
        painter.drawEllipse(QPointF(x, y), 3.5, 3.5)
