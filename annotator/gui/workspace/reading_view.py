"""The read-only text view of an article pane: reading typography, the highlight layer's
painting, clicks and handle drags.

Kept apart from :mod:`annotator.gui.workspace.article_pane` so that the first paint
(:mod:`annotator.gui.first_paint`) can show texts with the same typography before the
highlight layer, the services and SQLAlchemy are imported.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
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
from PySide6.QtWidgets import QFrame, QMenu, QTextEdit, QToolTip, QWidget

from annotator.core.direction import Direction, text_direction
from annotator.gui import plain, theme

if TYPE_CHECKING:
    from annotator.gui.workspace.highlights import HighlightLayer


def title_font(base: QFont) -> QFont:
    """The pane header's title: larger and semi-bold."""
    font = QFont(base)
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setWeight(QFont.Weight.DemiBold)
    return font


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
        self.direction: Direction = "ltr"
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

    def set_article_text(self, text: str, direction: Direction | None = None) -> None:
        """Show ``text`` (plain, never HTML), running ``direction`` ("rtl" for Arabic,
        Hebrew, Persian ...; detected from the text when not given)."""
        self.setPlainText(text)
        self.set_direction(direction or text_direction(text))
        self._apply_line_height()

    def set_direction(self, direction: Direction) -> None:
        """The base direction of every paragraph (the bidi algorithm still orders a Latin
        name inside Arabic text, and digits, correctly), and the side the text and the
        scroll bar sit on. Positions in the document do not change: offsets stay logical."""
        qt_direction = (Qt.LayoutDirection.RightToLeft if direction == "rtl"
                        else Qt.LayoutDirection.LeftToRight)
        self.direction = direction
        self.setLayoutDirection(qt_direction)
        option = self.document().defaultTextOption()
        option.setTextDirection(qt_direction)
        # AlignLeft is the leading side: the right edge in a right-to-left paragraph
        option.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.document().setDefaultTextOption(option)

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
        clip = QRectF(event.rect())  # the layer draws only what reaches the repainted part
        region = [QRectF(rect) for rect in event.region()]  # type: ignore[attr-defined]
        if self.layer is not None:
            painter = QPainter(self.viewport())  # clipped to the paint event's region
            self.layer.paint_under(painter, clip, region)
            painter.end()
        super().paintEvent(event)
        if self.layer is not None:
            painter = QPainter(self.viewport())
            self.layer.paint_over(painter, clip, region)
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
            # Re-wrap to the narrower viewport now: while the window is still hidden (its
            # saved size restored before the first show) Qt lays the text out for the old
            # width and the ends of the lines are cut off at the right.
            self.setLineWrapColumnOrWidth(self.lineWrapColumnOrWidth())
