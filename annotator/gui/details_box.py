"""The parts of a "message, details, Copy details, Close" dialog (Help > Check Database and
the crash dialog): a plain-text message, read-only details and the button row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)


def message_label(text: str, min_width: int) -> QLabel:
    """The dialog's main text: plain text (never HTML), wrapped."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setMinimumWidth(min_width)
    return label


def details_view(text: str) -> QPlainTextEdit:
    view = QPlainTextEdit(text)
    view.setReadOnly(True)
    view.setAccessibleName(QCoreApplication.translate("DetailsBox", "Details"))
    return view


def copy_to_clipboard(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def lay_out(dialog: QDialog, message: QLabel, details: QPlainTextEdit,
            *actions: QPushButton) -> None:
    """Message over details over Close and the ``actions`` buttons (Escape closes)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    for button in actions:
        buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(message)
    layout.addWidget(details)
    layout.addWidget(buttons)
