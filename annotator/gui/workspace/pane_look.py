"""An article pane's look, shared by the real pane (gui/article_pane.py) and the preview
painted at start-up (gui/first_paint.py): a header with the title and byline, a rule, then
the text. Nothing here imports the services or SQLAlchemy (the first paint comes first)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from annotator.gui.workspace.reading_view import title_font


def header_labels() -> tuple[QLabel, QLabel]:
    """The header's title (in the title font) and byline labels, plain text, wrapped."""
    title = QLabel()
    title.setTextFormat(Qt.TextFormat.PlainText)
    title.setWordWrap(True)
    title.setFont(title_font(title.font()))
    byline = QLabel()
    byline.setTextFormat(Qt.TextFormat.PlainText)
    byline.setWordWrap(True)
    return title, byline


def fill_header(header: QWidget, title: QLabel, byline: QLabel) -> None:
    """Title over byline; when headers are levelled, the space goes below."""
    layout = QVBoxLayout(header)
    layout.setContentsMargins(18, 14, 18, 12)
    layout.setSpacing(4)
    layout.addWidget(title)
    layout.addWidget(byline)
    layout.addStretch(1)


def stack_pane(pane: QWidget, header: QWidget, view: QWidget) -> None:
    """The header, a plain rule, and the text view taking the rest of the height."""
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(header)
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Plain)
    layout.addWidget(line)
    layout.addWidget(view, 1)
