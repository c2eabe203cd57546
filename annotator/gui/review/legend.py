"""A one-line legend: tag colour swatches and what the overlay's marks mean."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


class Swatch(QWidget):
    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = QColor(colour)
        self.setFixedSize(QSize(14, 14))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour)
        painter.drawRoundedRect(self.rect(), 3, 3)
        painter.end()


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.setSpacing(6)

    def set_tags(self, tags: list[tuple[str, str]], note: str = "") -> None:
        """``tags`` are (label, colour); ``note`` follows them in plain text."""
        while (item := self._layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        for label, colour in tags:
            self._layout.addWidget(Swatch(colour))
            text = QLabel(label)
            text.setTextFormat(Qt.TextFormat.PlainText)
            self._layout.addWidget(text)
            self._layout.addSpacing(10)
        if note:
            hint = QLabel(note)
            hint.setTextFormat(Qt.TextFormat.PlainText)
            hint.setWordWrap(True)
            self._layout.addWidget(hint, 1)
        else:
            self._layout.addStretch(1)
