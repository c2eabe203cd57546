"""Underline styles, the non-colour cue of each tag, drawn from small cached tiles.

Stroking a dashed or wavy line with antialiasing for every highlighted line on screen is
slow; painting a pre-rendered tile along the line costs next to nothing. Tiles are cached
per style, colour and device pixel ratio.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap

from annotator.services.views import TagView

UNDERLINES = ("solid", "dashed", "dotted", "wavy", "double")
TILE_HEIGHT = 5.0
_PERIOD = {"solid": 4.0, "dashed": 5.0, "dotted": 3.0, "wavy": 6.0, "double": 4.0}
_tiles: dict[tuple[str, int, float], QPixmap] = {}


def underline_style(tag: TagView) -> str:
    """The non-colour cue of a tag: its underline style, by position in the tag set."""
    return UNDERLINES[tag.position % len(UNDERLINES)]


def underline_colour(tag_colour: str, dark: bool) -> QColor:
    colour = QColor(tag_colour)
    return colour.lighter(125) if dark else colour.darker(135)


def tile(style: str, colour: QColor, ratio: float = 1.0) -> QPixmap:
    key = (style, colour.rgba(), ratio)
    cached = _tiles.get(key)
    if cached is not None:
        return cached
    width = _PERIOD[style]
    pixmap = QPixmap(max(1, round(width * ratio)), max(1, round(TILE_HEIGHT * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    mid = TILE_HEIGHT / 2
    pen = QPen(colour, 1.6)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    if style == "solid":
        painter.drawLine(QPointF(0, mid), QPointF(width, mid))
    elif style == "dashed":
        painter.drawLine(QPointF(0, mid), QPointF(3.0, mid))
    elif style == "dotted":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(1.0, mid), 0.9, 0.9)
    elif style == "wavy":
        path = QPainterPath(QPointF(0, mid))
        steps = 12
        for i in range(1, steps + 1):
            x = width * i / steps
            path.lineTo(x, mid - 1.4 * math.sin(2 * math.pi * x / width))
        painter.drawPath(path)
    else:  # double
        pen.setWidthF(1.0)
        painter.setPen(pen)
        painter.drawLine(QPointF(0, mid - 1.1), QPointF(width, mid - 1.1))
        painter.drawLine(QPointF(0, mid + 1.1), QPointF(width, mid + 1.1))
    painter.end()
    _tiles[key] = pixmap
    return pixmap


def draw_underline(
    painter: QPainter, style: str, colour: QColor, x1: float, x2: float, y: float
) -> None:
    """An underline of ``style`` from ``x1`` to ``x2`` centred on ``y``."""
    if x2 <= x1:
        return
    ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
    painter.drawTiledPixmap(QRectF(x1, y - TILE_HEIGHT / 2, x2 - x1, TILE_HEIGHT),
                            tile(style, colour, ratio))
