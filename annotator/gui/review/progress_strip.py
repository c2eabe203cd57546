"""The review window's progress at the foot of the window, once the class overlay is shown
and the other figures (agreement, scores, the other articles) are still being computed:
what is being done, a progress bar and Cancel; after a cancel, Compute Again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)


class ProgressStrip(QWidget):
    cancelRequested = Signal()
    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress of the other figures"))
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.retry_button = QPushButton(self.tr("Compute Again"))
        for button in (self.cancel_button, self.retry_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.retry_button.clicked.connect(self.retryRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.retry_button)
        self.hide()

    def start(self) -> None:
        """Show an empty bar and Cancel (the window shows this strip while it works)."""
        self.status.setText(self.tr("Computing the other figures…"))
        self.bar.setRange(0, 0)
        self.bar.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.retry_button.hide()
        self.show()

    def set_progress(self, done: int, total: int, what: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.status.setText(what)

    def set_status(self, text: str) -> None:
        self.status.setText(text)
        self.cancel_button.setEnabled(False)

    def stopped(self, message: str) -> None:
        """The work was cancelled: say so and offer to compute again."""
        self.status.setText(message)
        self.bar.hide()
        self.cancel_button.hide()
        self.retry_button.show()
        self.show()
