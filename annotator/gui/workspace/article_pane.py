"""One article in a read-only pane: a header with its provenance, then the text.

Text is always set as plain text: article content is untrusted and is never interpreted
as HTML, so no image or link inside it can be loaded.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from annotator.core.direction import text_direction
from annotator.gui import plain
from annotator.gui.i18n import arg
from annotator.gui.workspace.highlights import HighlightLayer
from annotator.gui.workspace.pane_header import PaneHeader, dragged_article
from annotator.gui.workspace.pane_look import fill_header, header_labels, stack_pane
from annotator.gui.workspace.reading_view import CLICK_SLOP, ReadingView
from annotator.services.views import ArticleView

__all__ = ["CLICK_SLOP", "ArticlePane", "ReadingView"]


class ArticlePane(QWidget):
    """An article's header and text. ``paneDropped(article id)`` is emitted when another
    pane's header is dropped here (the window moves that pane to this one's place)."""

    paneDropped = Signal(str)

    def __init__(self, article: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article = article
        self.setObjectName("articlePane")
        self.setAcceptDrops(True)
        self.setAccessibleName(arg(self.tr("Article: %1"), article.title or self.tr("untitled")))

        self.title_label, self.byline_label = header_labels()
        self.byline_label.setForegroundRole(self.byline_label.foregroundRole())

        self.header = PaneHeader(str(article.id))
        fill_header(self.header, self.title_label, self.byline_label)

        self.view = ReadingView()
        self.view.setAccessibleName(arg(self.tr("Text of %1"),
                                        article.title or self.tr("the article")))
        self.view.setAccessibleDescription(
            self.tr("Select words with Shift and the arrow keys, then press 1 to 4 to tag them. "
            "Alt+Down and Alt+Up select the next and previous tagged passage; "
            "F1 lists every key.")
        )

        stack_pane(self, self.header, self.view)
        self.show_article(article)

    def show_article(self, article: ArticleView) -> None:
        self.article = article
        self.title_label.setText(article.title or self.tr("Untitled article"))
        self.byline_label.setText(article.byline or self.tr("Outlet, author and date not stated"))
        self.byline_label.setEnabled(bool(article.byline))
        self.byline_label.setToolTip(plain.tooltip(article.url))
        direction = text_direction(article.text, article.language)
        self.view.set_article_text(article.text, direction)
        # the header (title, byline) reads the same way as the article
        self.header.setLayoutDirection(self.view.layoutDirection())
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
