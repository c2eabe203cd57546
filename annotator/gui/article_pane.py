"""One article in a read-only pane: a header with its provenance, then the text.

Text is always set as plain text: article content is untrusted and is never interpreted
as HTML, so no image or link inside it can be loaded.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMenu,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from annotator.gui import plain, theme
from annotator.gui.highlights import HighlightLayer
from annotator.gui.pane_header import PaneHeader, dragged_article
from annotator.services.views import ArticleView

CLICK_SLOP = 4  # pixels a press may move and still count as a click


class ReadingView(QTextEdit):
    """A read-only text view with a comfortable measure, line height and highlight layer.

    Signals carry viewport coordinates: ``clicked`` for a click that selected no text,
    ``edgeDragged(annotation id,
    "start" | "end", UTF-16 position)`` when the reader drags a handle of the selected
    annotation, and ``focused`` when the view gets the keyboard focus. ``menu_provider``
    builds the right-click menu for a viewport point.
    """

    clicked = Signal(QPoint)
    edgeDragged = Signal(object, str, int)
    focused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layer: HighlightLayer | None = None
        self.menu_provider: Callable[[QPoint], QMenu | None] | None = None
        self.exact_selection = False  # the selection was made with Alt held: no snapping
        self._click_from: QPoint | None = None
        self._edge_drag: str | None = None
        self.setTabChangesFocus(True)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document().setDocumentMargin(24)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_article_text(self, text: str) -> None:
        self.setPlainText(text)
        self._apply_line_height()

    def set_zoom(self, zoom: int) -> None:
        self.setFont(theme.reading_font(zoom))
        self._update_measure()

    def _apply_line_height(self) -> None:
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        fmt = QTextBlockFormat()
        fmt.setLineHeight(
            theme.LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        cursor.mergeBlockFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_measure()

    # -- highlights and interaction ------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.layer is not None:
            painter = QPainter(self.viewport())  # clipped to the paint event's region
            self.layer.paint_under(painter)
            painter.end()
        super().paintEvent(event)
        if self.layer is not None:
            painter = QPainter(self.viewport())
            self.layer.paint_over(painter)
            painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        edge = self.layer.edge_at(point) if self.layer is not None else None
        if edge is not None and event.button() == Qt.MouseButton.LeftButton:
            self._edge_drag = edge
            event.accept()
            return
        self._click_from = point
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._edge_drag is not None and self.layer is not None:
            key = self.layer.selected
            if key is not None:
                start, end = self.layer.index.span(key)
                pos = self.cursorForPosition(event.position().toPoint()).position()
                if self._edge_drag == "start":
                    start = min(pos, end - 1)
                else:
                    end = max(pos, start + 1)
                self.layer.preview = (key, start, end)
                self.layer.refresh()
            event.accept()
            return
        if self.layer is not None and event.buttons() == Qt.MouseButton.NoButton:
            on_edge = self.layer.edge_at(event.position().toPoint()) is not None
            shape = Qt.CursorShape.SizeHorCursor if on_edge else Qt.CursorShape.IBeamCursor
            if self.viewport().cursor().shape() != shape:
                self.viewport().setCursor(shape)
        super().mouseMoveEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.layer is not None:
            assert isinstance(event, QHelpEvent)
            text = self.layer.describe_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), plain.tooltip(text), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._edge_drag is not None and self.layer is not None:
            edge, self._edge_drag = self._edge_drag, None
            preview, self.layer.preview = self.layer.preview, None
            self.layer.refresh()
            if preview is not None:
                self.edgeDragged.emit(preview[0], edge, preview[1 if edge == "start" else 2])
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self.exact_selection = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        press, self._click_from = self._click_from, None
        if (
            event.button() == Qt.MouseButton.LeftButton
            and press is not None
            and (point - press).manhattanLength() <= CLICK_SLOP
            and not self.textCursor().hasSelection()
        ):
            self.clicked.emit(point)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.exact_selection = False
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.menu_provider(event.pos()) if self.menu_provider is not None else None
        if menu is None:
            super().contextMenuEvent(event)
            return
        menu.exec(event.globalPos())
        menu.deleteLater()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def _update_measure(self) -> None:
        """Centre a column of about 70 characters instead of running across the screen."""
        measure = self.fontMetrics().averageCharWidth() * theme.MEASURE_CHARS
        spare = max(0, self.width() - measure - 2 * int(self.document().documentMargin()))
        side = spare // 2
        if self.viewportMargins().left() != side:
            self.setViewportMargins(side, 0, side, 0)


class ArticlePane(QWidget):
    """An article's header and text. ``paneDropped(article id)`` is emitted when another
    pane's header is dropped here (the window moves that pane to this one's place)."""

    paneDropped = Signal(str)

    def __init__(self, article: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article = article
        self.setObjectName("articlePane")
        self.setAcceptDrops(True)
        self.setAccessibleName(f"Article: {article.title or 'untitled'}")

        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(title_font)

        self.byline_label = QLabel()
        self.byline_label.setTextFormat(Qt.TextFormat.PlainText)
        self.byline_label.setWordWrap(True)
        self.byline_label.setForegroundRole(self.byline_label.foregroundRole())

        header = self.header = PaneHeader(str(article.id))
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(18, 14, 18, 12)
        header_layout.setSpacing(4)
        header_layout.addWidget(self.title_label)
        header_layout.addWidget(self.byline_label)
        header_layout.addStretch(1)  # when headers are levelled, the space goes below

        self.view = ReadingView()
        self.view.setAccessibleName(f"Text of {article.title or 'the article'}")
        self.view.setAccessibleDescription(
            "Select words with Shift and the arrow keys, then press 1 to 4 to tag them. "
            "Alt+Down and Alt+Up select the next and previous tagged passage; "
            "F1 lists every key."
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        layout.addWidget(line)
        layout.addWidget(self.view, 1)
        self.show_article(article)

    def show_article(self, article: ArticleView) -> None:
        self.article = article
        self.title_label.setText(article.title or "Untitled article")
        self.byline_label.setText(article.byline or "Outlet, author and date not stated")
        self.byline_label.setEnabled(bool(article.byline))
        self.byline_label.setToolTip(plain.tooltip(article.url))
        self.view.set_article_text(article.text)
        if self.view.layer is not None:
            self.view.layer.deleteLater()
        self.layer = HighlightLayer(self.view, article.text)
        self.view.layer = self.layer

    def set_zoom(self, zoom: int) -> None:
        self.view.set_zoom(zoom)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        dragged = dragged_article(event.mimeData())
        if dragged is not None and dragged != str(self.article.id):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        dragged = dragged_article(event.mimeData())
        if dragged is not None and dragged != str(self.article.id):
            event.acceptProposedAction()
            self.paneDropped.emit(dragged)
