"""One article in a read-only pane: a header with its provenance, then the text.

Text is always set as plain text: article content is untrusted and is never interpreted
as HTML, so no image or link inside it can be loaded.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QLabel, QTextEdit, QVBoxLayout, QWidget

from annotator.gui import plain, theme
from annotator.services.views import ArticleView


class ReadingView(QTextEdit):
    """A read-only text view with a comfortable measure and line height."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

    def _update_measure(self) -> None:
        """Centre a column of about 70 characters instead of running across the screen."""
        measure = self.fontMetrics().averageCharWidth() * theme.MEASURE_CHARS
        spare = max(0, self.width() - measure - 2 * int(self.document().documentMargin()))
        side = spare // 2
        if self.viewportMargins().left() != side:
            self.setViewportMargins(side, 0, side, 0)


class ArticlePane(QWidget):
    def __init__(self, article: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article = article
        self.setObjectName("articlePane")
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

        header = QFrame()
        header.setObjectName("articleHeader")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(18, 14, 18, 12)
        header_layout.setSpacing(4)
        header_layout.addWidget(self.title_label)
        header_layout.addWidget(self.byline_label)

        self.view = ReadingView()
        self.view.setAccessibleName(f"Text of {article.title or 'the article'}")

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

    def set_zoom(self, zoom: int) -> None:
        self.view.set_zoom(zoom)
