"""The page the review window shows while a large class is being computed: what is being
done, a progress bar and Cancel; after a cancel or a failure, why, and Compute Again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class BusyPage(QWidget):
    cancelRequested = Signal()
    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress of the class review"))
        self.bar.setMinimumWidth(420)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.retry_button = QPushButton(self.tr("Compute Again"))
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.retry_button.clicked.connect(self.retryRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.cancel_button)
        box = QWidget()
        box.setMaximumWidth(560)
        inner = QVBoxLayout(box)
        inner.setSpacing(12)
        inner.addWidget(self.title)
        inner.addWidget(self.bar)
        inner.addWidget(self.status)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.start("")

    def start(self, title: str) -> None:
        """Show ``title``, an empty bar and Cancel."""
        self.title.setText(title)
        self.status.setText(self.tr("Reading the class"))
        self.bar.setRange(0, 0)  # busy until the first step is reported
        self.bar.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.retry_button.hide()

    def set_progress(self, done: int, total: int, what: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.status.setText(what)

    def set_status(self, text: str) -> None:
        self.status.setText(text)
        self.cancel_button.setEnabled(False)

    def stopped(self, message: str) -> None:
        """The work stopped (cancelled or failed): say so and offer to compute again."""
        self.title.setText(message)
        self.status.setText(self.tr("Untick students in the list to compute fewer, or "
                                    "compute again."))
        self.bar.hide()
        self.cancel_button.hide()
        self.retry_button.show()
