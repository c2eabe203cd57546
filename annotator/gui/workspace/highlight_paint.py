"""Painting a highlight layer: fills behind the text, underlines, note dots and outlines
over it (the look is described in :mod:`annotator.gui.workspace.highlights`).

Only the annotations whose fill, underline or dot can reach the part being repainted are
drawn, and each tag's colours are made once per paint, not once per annotation.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPixmap

from annotator.gui import theme
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

# One annotation as painted: key, layer, tag and its line boxes in document coordinates.
Entry = tuple[uuid.UUID, int, TagView, list[QRectF]]


def below(layer: int) -> float:
    """How far the underline of an annotation in ``layer`` reaches below its line box."""
    return UNDERLINE_OFFSET + layer * UNDERLINE_GAP + TILE_HEIGHT


def area(layer: HighlightLayer, painted: Painted, clip: QRectF | None,
         region: list[QRectF] | None = None) -> list[QRectF] | None:
    """The part being repainted, as the rectangles of its region (viewport coordinates;
    ``clip`` alone when not given) turned into document coordinates; None when it is the
    whole view. A key press repaints a few line pieces; their bounding box would take in
    the lines between them, and so every annotation there."""
    if clip is None or clip.contains(QRectF(layer.view.viewport().rect())):
        return None  # the whole view: no need to sort out what reaches it
    shift = -QPointF(painted.offset)
    return [rect.translated(shift) for rect in (region or [clip])]


def _reaches(rect: QRectF, part: list[QRectF]) -> bool:
    return any(rect.intersects(piece) for piece in part)


def frame(layer: HighlightLayer, painted: Painted, clip: QRectF | None,
          region: list[QRectF] | None = None) -> list[Entry]:
    """The annotations whose fill, underline or dot can reach ``clip`` (viewport
    coordinates; None: the whole viewport; ``region``: its rectangles), with their layers
    and document boxes."""
    candidates = painted.candidates
    part = area(layer, painted, clip, region)
    if part is None:
        clip = None
    preview = layer.preview
    if clip is not None:  # underlines of deep layers reach several lines down
        reach = below(painted.depth) + REACH
        lo, hi = layer.boxes.between(int(clip.top() - reach), int(clip.bottom() + REACH) + 1)
        dragged = preview[0] if preview is not None else None
        candidates = [c for c in candidates if (c[1] < hi and c[2] > lo) or c[0] == dragged]
    boxes_of = layer.boxes
    looks = painted.looks
    entries = []
    for key, s, e in candidates:
        look = looks.get(key)
        if look is None:
            continue
        if preview is not None and preview[0] == key:
            boxes = boxes_of.doc_rects(preview[1], preview[2])
        else:
            boxes = boxes_of.cached(key, s, e)
        if part is not None:  # on a crowded screen most of the band misses the clip
            reach_below = max(below(look[0]), REACH)  # type: ignore[arg-type]
            if not any(_reaches(box.adjusted(-REACH, -REACH, REACH, reach_below), part)
                       for box in boxes):
                continue
        entries.append((key, look[0], look[1], boxes))
    return entries  # type: ignore[return-value]


def paint_under(layer: HighlightLayer, painter: QPainter, entries: list[Entry],
                offset: QPoint, dark: bool, part: list[QRectF] | None = None) -> None:
    """Fills behind the text: one translucent box per line and annotation, outer layers
    first (an opaque nested fill then shows its own tag over its parent's), then the glow
    of a flashing annotation. With ``part`` (document coordinates: the part being
    repainted) only the boxes that reach it are drawn: an annotation a few lines above,
    there for its deep underline, draws no fill."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.save()
    painter.translate(offset)  # boxes are in document coordinates; offsets are whole pixels
    fills: dict[str, QColor] = {}  # one colour per tag, not one per annotation
    for _key, depth, tag, rects in sorted(entries, key=lambda item: item[1]):
        fill = fills.get(tag.colour)
        if fill is None:
            fill = fills[tag.colour] = theme.highlight_colour(tag.colour, dark)
        painter.setBrush(fill)
        inset = min(depth, 3) * LAYER_INSET  # nested layers sit inside their parent
        for rect in rects:
            if part is None or _reaches(rect.adjusted(-2, -1, 2, 1), part):
                painter.drawRoundedRect(rect.adjusted(-1, inset, 1, -inset), 2.5, 2.5)
    painter.restore()
    accent = layer.view.palette().color(QPalette.ColorRole.Highlight)
    for key, strength in layer.flashing.items():
        if key in layer.annotations:
            glow = QColor(accent)
            glow.setAlphaF(0.28 * strength)
            painter.setBrush(glow)
            grow = 2 + 4 * strength  # the glow shrinks back onto the words as it fades
            for rect in layer.rects(*layer.index.span(key)):
                painter.drawRoundedRect(rect.adjusted(-grow, -grow / 2, grow, grow / 2), 4, 4)


def paint_over(layer: HighlightLayer, painter: QPainter, entries: list[Entry],
               offset: QPoint, dark: bool, part: list[QRectF] | None = None) -> None:
    """Underlines (one per tag, stacked by layer), note dots, then selection and link
    outlines; with ``part`` (document coordinates) only the underlines that reach it."""
    shift = QPointF(offset)
    dx, dy = offset.x(), offset.y()
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    half = TILE_HEIGHT / 2
    noted = []
    looks: dict[uuid.UUID, tuple[QColor, QPixmap]] = {}  # per tag, not per annotation
    for key, depth, tag, rects in entries:
        look = looks.get(tag.id)
        if look is None:
            colour = underline_colour(tag.colour, dark)
            look = looks[tag.id] = (colour, tile(underline_style(tag), colour, ratio))
        colour, pixmap = look
        lift = dy + UNDERLINE_OFFSET + depth * UNDERLINE_GAP - half
        for box in rects:  # the underline, drawn from its style's tile (underlines.py)
            if box.width() > 0 and (part is None or _reaches(QRectF(
                    box.left() - 1, box.bottom() + lift - dy - 1, box.width() + 2,
                    TILE_HEIGHT + 2), part)):
                painter.drawTiledPixmap(QRectF(box.left() + dx, box.bottom() + lift,
                                               box.width(), TILE_HEIGHT), pixmap)
        shown = layer.annotations.get(key)
        if rects and shown is not None and shown.note:
            noted.append((rects[-1].translated(shift), colour))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    for rect, colour in noted:  # a small dot marks an annotation that has a note
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(rect.right() + 1.5, rect.top() + 1.5), NOTE_DOT, NOTE_DOT)
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
