"""Marks in the reading pane for the feedback that needs the text to be seen: a dashed box
around each key passage the student missed, a dotted one where the key chose another tag,
both in the key's tag colour. Drawn on a transparent layer over the pane's viewport, so the
student's own highlights underneath stay as they are and stay editable (mouse events pass
through)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from annotator.core.verdicts import Verdict
from annotator.gui.feedback.rows import FeedbackRow
from annotator.gui.workspace.article_pane import ArticlePane

__all__ = ["MARKED", "KeyMarks"]

MARKED = {Verdict.MISSED: Qt.PenStyle.DashLine, Verdict.DIFFERENT_TAG: Qt.PenStyle.DotLine}


class KeyMarks(QWidget):
    def __init__(self, pane: ArticlePane, rows: Sequence[FeedbackRow]) -> None:
        viewport = pane.view.viewport()
        super().__init__(viewport)
        self.pane = pane
        self.rows = [r for r in rows if r.verdict in MARKED and r.article_id == pane.article.id]
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        pane.view.verticalScrollBar().valueChanged.connect(self.update)
        viewport.installEventFilter(self)
        self.setGeometry(viewport.rect())
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.pane.view.viewport().rect())
        return False

    def boxes(self) -> list[tuple[FeedbackRow, list]]:
        """Each marked row with its line boxes in viewport coordinates."""
        layer, offsets = self.pane.layer, self.pane.layer.offsets
        return [(row, layer.rects(offsets.to_utf16(row.start), offsets.to_utf16(row.end)))
                for row in self.rows]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for row, rects in self.boxes():
            pen = QPen(QColor(row.colour or "#888888"))
            pen.setWidthF(1.6)
            pen.setStyle(MARKED[row.verdict])  # type: ignore[index]
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for rect in rects:
                if rect.intersects(event.rect().toRectF()):
                    painter.drawRoundedRect(rect.adjusted(-1, 0, 1, 0), 3, 3)
        painter.end()
