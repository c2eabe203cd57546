"""A one-line legend: tag colour swatches and what the overlay's marks mean."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


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
    """Swatches on one row, the note below them across the whole width (so a long note
    wraps instead of running off a 1366-pixel screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 4, 8, 4)
        outer.setSpacing(2)
        self._layout = QHBoxLayout()
        self._layout.setSpacing(6)
        outer.addLayout(self._layout)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        outer.addWidget(self.note)

    def set_tags(self, tags: list[tuple[str, str]], note: str = "") -> None:
        """``tags`` are (label, colour); ``note`` follows them in plain text."""
        while (item := self._layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()  # gone at once, not only when the event loop deletes it
                widget.deleteLater()
        for label, colour in tags:
            swatch = Swatch(colour)
            text = QLabel(label)
            text.setTextFormat(Qt.TextFormat.PlainText)
            for widget in (swatch, text):
                self._layout.addWidget(widget)
                widget.show()  # at once, not at the event loop's next turn
            self._layout.addSpacing(10)
        self._layout.addStretch(1)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self._layout.activate()
