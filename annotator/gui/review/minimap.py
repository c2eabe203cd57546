"""A narrow strip beside the overlay showing the whole article at once: each pixel row is
painted with the colour of the most highlighted character in the stretch of text at that
height. The visible part is outlined; clicking or dragging scrolls the text there.

Where each row's text lies needs the text laid out. Qt lays a long text out in steps in the
background; asking for the whole document's height before it has finished made Qt lay out
the rest at once (0.2-0.6 s on the GUI thread for 100,000 words). Until the last paragraph
is laid out the rows are placed by share of the characters, then worked out again by
height."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from annotator.gui.review.overlay_view import OverlayView, overlay_alpha

WIDTH = 18
LAYOUT_POLL_MS = 150  # how often to look whether Qt has laid the whole text out


class Minimap(QWidget):
    scrolled = Signal(int)  # the new scroll bar value

    def __init__(self, view: OverlayView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setFixedWidth(WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setToolTip(self.tr("The whole article: click to jump there"))
        self.setAccessibleName(self.tr("Overview of the whole article"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._rows: list[QColor | None] = []
        self._dirty = False
        bar = view.verticalScrollBar()
        bar.valueChanged.connect(self.update)
        # Qt lays a long text out in steps, changing the range each time: work the rows out
        # once the steps so far are done, not once per step
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._update_rows)
        bar.rangeChanged.connect(lambda *_: self.refresh())
        self._estimated = False  # the rows are placed by characters, not yet by height
        self._poll = QTimer(self)
        self._poll.setSingleShot(True)
        self._poll.setInterval(LAYOUT_POLL_MS)
        self._poll.timeout.connect(self._check_layout)

    def row_colours(self) -> list[QColor | None]:
        """The colour of each pixel row (None: nobody highlighted that line)."""
        self._ensure_rows()
        return list(self._rows)

    def refresh(self) -> None:
        """The overlay, the text's layout or the height changed: the rows are worked out
        again once the events waiting now are handled (once, however many changes came
        before), so the overlay paints first and then the strip (which needs the whole text
        laid out: 0.2-0.3 s on 100,000 words)."""
        self._dirty = True
        self._later.start()

    def _update_rows(self) -> None:
        self._ensure_rows()
        self.update()

    def _laid_out(self) -> bool:
        """Whether Qt has laid the whole text out (it does so in order, so: the last
        paragraph has its lines); asks nothing that would make it lay out the rest now."""
        block = self.view.document().lastBlock()
        return not block.isValid() or block.layout().lineCount() > 0

    def _check_layout(self) -> None:
        if not self._estimated:
            return
        if self._laid_out():
            self.refresh()
        else:
            self._poll.start()

    def _ensure_rows(self) -> None:
        if self._dirty:
            self._dirty = False
            self._rows = self._compute()

    def _compute(self) -> list[QColor | None]:
        overlay = self.view.overlay
        height = self.height()
        self._estimated = False
        if overlay is None or overlay.n_chars == 0 or height <= 0:
            return []
        n_chars = overlay.n_chars
        if self._laid_out():  # each row: the text from its top to the next row's top
            doc = self.view.document()
            layout = doc.documentLayout()
            doc_height = max(1.0, doc.size().height())
            offsets = self.view.offsets
            last = offsets.length_utf16
            tops = [layout.hitTest(QPointF(0, y * doc_height / height),
                                   Qt.HitTestAccuracy.FuzzyHit) for y in range(height)]
            starts = np.array([offsets.to_codepoints(max(0, min(a, last))) for a in tops],
                              dtype=np.int64)
        else:  # by share of the characters until Qt has laid the text out
            self._estimated = True
            self._poll.start()
            starts = np.arange(height, dtype=np.int64) * n_chars // height
        starts = np.minimum(starts, n_chars - 1)
        ends = np.minimum(np.maximum(np.append(starts[1:], n_chars), starts + 1), n_chars)
        coverage = overlay.coverage
        n = overlay.n_annotators
        rows: list[QColor | None] = []
        for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
            window = coverage[start:end]
            top = int(window.max()) if window.size else 0
            if top == 0:
                rows.append(None)
                continue
            at = start + int(np.argmax(window))
            colour = QColor(self.view.colours.get(overlay.tags[overlay.majority[at]], "#888"))
            colour.setAlpha(overlay_alpha(top, n))
            rows.append(colour)
        return rows

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        self.refresh()

    def paintEvent(self, event: QPaintEvent) -> None:  # the rows as last worked out
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        for y, colour in enumerate(self._rows):
            if colour is not None:
                painter.fillRect(2, y, self.width() - 4, 1, colour)
        bar = self.view.verticalScrollBar()
        total = bar.maximum() + bar.pageStep()
        if total > 0 and bar.maximum() > 0:
            top = self.height() * bar.value() / total
            height = self.height() * bar.pageStep() / total
            frame = QColor(self.palette().highlight().color())
            fill = QColor(frame)
            fill.setAlpha(40)
            pen = QPen(frame)
            pen.setWidthF(1.5)
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawRect(QRectF(0.75, top + 0.75, self.width() - 1.5, max(4.0, height - 1.5)))
        painter.end()

    def _jump(self, y: float) -> None:
        bar = self.view.verticalScrollBar()
        total = bar.maximum() + bar.pageStep()
        value = round(y / max(1, self.height()) * total - bar.pageStep() / 2)
        bar.setValue(max(bar.minimum(), min(bar.maximum(), value)))
        self.scrolled.emit(bar.value())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._jump(event.position().y())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._jump(event.position().y())
