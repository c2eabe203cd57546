"""The highlights of a reading view as last drawn, kept as two images the size of the view.

On a crowded screen most of a key press's repaint is not a change of highlights: Qt
repaints the whole lines of a text selection that was cleared, and the box around a
selection outline that moved. Drawing every annotation that reaches those lines again (in
Python, one by one) was most of the cost of a key press with 20,000 annotations. So the
layer draws its fills (under the text) and its underlines and note dots (over the text)
into two transparent images and copies from them; only the parts that changed are drawn
again (:meth:`LayerCache.invalidate`, from the layer's comparison of snapshots), and the
rest of a repaint is two image copies. Decorations that come and go (the selection
outline and handles, link-end outlines, a flash) are drawn over the copies every time.

The images are in viewport coordinates: a scroll moves their content by the same amount
(what scrolled out is forgotten, what comes in is drawn when painted); a change of size,
palette or device pixel ratio, a re-layout, or any change the layer cannot compare with
what was drawn, forgets them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QRegion

# Draws the highlights reaching a region (viewport rectangles) into the fills' painter and
# the underlines' painter.
Render = Callable[[QPainter, QPainter, QRegion], None]


class LayerCache:
    """Two images (fills, underlines and dots) and the region of them that is up to date."""

    def __init__(self) -> None:
        self.under: QImage | None = None
        self.over: QImage | None = None
        self.valid = QRegion()
        self._key: tuple[object, ...] | None = None
        self._offset = QPoint()

    def forget(self) -> None:
        """Nothing in the images can be trusted any more."""
        self.valid = QRegion()

    def invalidate(self, region: QRegion) -> None:
        """What is drawn in ``region`` (viewport coordinates) changed."""
        if not self.valid.isEmpty():
            self.valid -= region

    def prepare(self, size: QSize, ratio: float, key: tuple[object, ...],
                offset: QPoint) -> None:
        """Images for a viewport of ``size`` at ``ratio`` showing the document at
        ``offset``; ``key`` holds everything else the pixels depend on (the palette)."""
        full = (size.width(), size.height(), ratio, *key)
        if full != self._key or self.under is None or self.over is None:
            self._key = full
            self._offset = QPoint(offset)
            self.under = _image(size, ratio)
            self.over = _image(size, ratio)
            self.valid = QRegion()
            return
        delta = offset - self._offset
        if delta.isNull():
            return
        self._offset = QPoint(offset)
        if self.valid.isEmpty():
            return
        whole = QRect(QPoint(0, 0), size)
        moved = self.valid.translated(delta) & QRegion(whole)
        if moved.isEmpty() or ratio != int(ratio):  # no moving by a fraction of a pixel
            self.valid = QRegion()
            return
        self.under = _shifted(self.under, delta, ratio)
        self.over = _shifted(self.over, delta, ratio)
        self.valid = moved

    def fill(self, region: QRegion, render: Render) -> None:
        """Draw what is not up to date in ``region`` (viewport coordinates) with
        ``render``, into both images."""
        assert self.under is not None
        assert self.over is not None
        need = region - self.valid
        if need.isEmpty():
            return
        painters = []
        for image in (self.under, self.over):
            painter = QPainter(image)
            painter.setClipRegion(need)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            painter.fillRect(need.boundingRect(), Qt.GlobalColor.transparent)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            painters.append(painter)
        try:
            render(painters[0], painters[1], need)
        finally:
            for painter in painters:
                painter.end()
        self.valid += need

    @contextmanager
    def set_aside(self) -> Iterator[None]:
        """Paint as if nothing had been drawn before (a repaint from scratch, for tests
        that compare it with what the screen shows), then carry on with the images as
        they were."""
        kept = (self.under, self.over, QRegion(self.valid), self._key, QPoint(self._offset))
        self.under = self.over = None
        self.valid = QRegion()
        try:
            yield
        finally:
            self.under, self.over, self.valid, self._key, self._offset = kept


def blit(painter: QPainter, image: QImage, region: QRegion) -> None:
    """Copy ``image`` (viewport-sized) onto the viewport within ``region``."""
    ratio = image.devicePixelRatioF()
    for rect in region:  # type: ignore[attr-defined]
        target = QRectF(rect)
        source = QRectF(target.x() * ratio, target.y() * ratio, target.width() * ratio,
                        target.height() * ratio)
        painter.drawImage(target, image, source)


def _image(size: QSize, ratio: float) -> QImage:
    image = QImage(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    return image


def _shifted(image: QImage, delta: QPoint, ratio: float) -> QImage:
    """``image`` with its content moved by ``delta`` (logical pixels)."""
    moved = QImage(image.size(), image.format())
    moved.setDevicePixelRatio(ratio)
    moved.fill(Qt.GlobalColor.transparent)
    painter = QPainter(moved)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
    painter.drawImage(QPoint(delta.x(), delta.y()), image)
    painter.end()
    return moved
