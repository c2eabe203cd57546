"""The header above each article: title and byline, and a handle to drag the pane elsewhere.

Dragging a header onto another pane moves the dragged pane to that pane's place (the same
as View > Move Pane Left/Right). The drag carries only the article's id.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import QApplication, QFrame, QWidget

PANE_MIME = "application/x-source-annotator-pane"


class PaneHeader(QFrame):
    """Emits nothing itself: it starts a drag carrying ``article_id``."""

    def __init__(self, article_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleHeader")
        self.article_id = article_id
        self._press: QPoint | None = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(self.tr("Drag to move this article to another place"))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        moved = (event.position().toPoint() - self._press).manhattanLength()
        if moved < QApplication.startDragDistance():
            return
        self._press = None
        data = QMimeData()
        data.setData(PANE_MIME, self.article_id.encode())
        drag = QDrag(self)
        drag.setMimeData(data)
        drag.setPixmap(self.grab().scaledToWidth(max(60, self.width() // 2),
                                                Qt.TransformationMode.SmoothTransformation))
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)


def dragged_article(data: QMimeData) -> str | None:
    """The article id carried by a pane drag, if ``data`` is one."""
    if not data.hasFormat(PANE_MIME):
        return None
    return bytes(data.data(PANE_MIME).data()).decode(errors="replace") or None


__all__ = ["PANE_MIME", "PaneHeader", "dragged_article"]
