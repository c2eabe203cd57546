"""The class-heat strip: a narrow band in a reading pane's left margin showing, for each
text line in view, how many classmates marked it and with which tag most often.

It reads only the anonymised counts of a feedback file (per tag, runs of characters), never
anybody's spans.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from annotator.core.offsets import OffsetMap
from annotator.exchange.feedback_records import ClassCounts, FeedbackTag

__all__ = ["HeatStrip", "counts_array"]

WIDTH = 7
STEP = 2  # pixel rows per sample


def counts_array(counts: ClassCounts, tags: tuple[FeedbackTag, ...], n_chars: int) -> np.ndarray:
    """``(tags, n_chars)`` students per tag and character, from the file's runs."""
    array = np.zeros((len(tags), n_chars), dtype=np.int32)
    for t, tag in enumerate(tags):
        for start, end, count in counts.runs.get(tag.key, ()):
            array[t, start:end] = count
    return array


class HeatStrip(QWidget):
    """Lives on the reading view's viewport, in the document margin left of the text."""

    def __init__(self, view: QTextEdit, counts: ClassCounts, tags: tuple[FeedbackTag, ...],
                 offsets: OffsetMap) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.tags = tags
        self.n_students = counts.n_students
        self.offsets = offsets
        self.counts = counts_array(counts, tags, offsets.length)
        self.setAccessibleName(QCoreApplication.translate(
            "HeatStrip", "How many classmates marked each line"))
        self._cache_key: tuple[int, int, float, float] | None = None
        self._cache: list[tuple[int, QColor]] = []
        view.verticalScrollBar().valueChanged.connect(self.update)
        view.viewport().installEventFilter(self)
        self._place()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        viewport = self.view.viewport()
        self.setGeometry(3, 0, WIDTH, viewport.height())

    def line_at(self, y: float) -> tuple[int, int]:
        """The characters (code points) of the text line at viewport height ``y``."""
        scroll = self.view.verticalScrollBar().value()
        doc = self.view.document()
        layout = doc.documentLayout()
        doc_y = y + scroll
        a = layout.hitTest(QPointF(0, doc_y), Qt.HitTestAccuracy.FuzzyHit)
        b = layout.hitTest(QPointF(doc.size().width(), doc_y), Qt.HitTestAccuracy.FuzzyHit)
        top = self.offsets.length_utf16
        start = self.offsets.to_codepoints(max(0, min(a, top)))
        end = self.offsets.to_codepoints(max(0, min(b, top)))
        return start, max(end, start + 1)

    def heat_at(self, y: float) -> dict[str, int]:
        """Per tag key, the most classmates marking any character of the line at ``y``."""
        n = self.counts.shape[1]
        if n == 0:
            return {}
        start, end = self.line_at(y)
        start, end = min(start, n - 1), min(end, n)
        window = self.counts[:, start:end]
        if window.size == 0:
            return {}
        top = window.max(axis=1)
        return {tag.key: int(top[t]) for t, tag in enumerate(self.tags) if top[t] > 0}

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        frame = QColor(self.palette().mid().color())
        frame.setAlpha(60)
        painter.fillRect(self.rect(), frame)
        if self.n_students <= 0:
            painter.end()
            return
        for y, colour in self._bands():
            painter.fillRect(0, y, WIDTH, STEP, colour)
        painter.end()

    def _bands(self) -> list[tuple[int, QColor]]:
        """The coloured pixel rows, kept while the text neither scrolls nor reflows."""
        doc = self.view.document()
        key = (self.view.verticalScrollBar().value(), self.height(), doc.size().width(),
               doc.size().height())
        if self._cache_key == key:
            return self._cache
        colours = {tag.key: tag.colour for tag in self.tags}
        bands = []
        for y in range(0, self.height(), STEP):
            heat = self.heat_at(y + STEP / 2)
            if not heat:
                continue
            tag, count = max(heat.items(), key=lambda item: item[1])
            colour = QColor(colours.get(tag, "#888888"))
            colour.setAlphaF(0.25 + 0.75 * min(1.0, count / self.n_students))
            bands.append((y, colour))
        self._cache_key, self._cache = key, bands
        return bands

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            QToolTip.showText(event.globalPos(), self.describe(event.pos().y()), self)
            return True
        return super().event(event)

    def describe(self, y: float) -> str:
        heat = self.heat_at(y)
        if not heat:
            return QCoreApplication.translate("HeatStrip", "Nobody in the class marked this line.")
        labels = {tag.key: tag.label for tag in self.tags}
        parts = ", ".join(f"{labels.get(k, k)} {v}" for k, v in
                          sorted(heat.items(), key=lambda item: -item[1]))
        return QCoreApplication.translate(
            "HeatStrip", "Of %1 students, this many marked this line: %2").replace(
            "%1", str(self.n_students)).replace("%2", parts)
