"""Asking the student for their name, the first time they tag something (or to change it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from annotator.services.annotators import MAX_NAME, clean_name


class NameDialog(QDialog):
    """A one-field dialog; :meth:`name` returns the cleaned name, or "" when it is empty."""

    def __init__(self, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your Name") if not current else self.tr("Change Name"))
        self.setAccessibleName(self.tr("Your name"))
        intro = QLabel(
            self.tr("Your name is saved with your highlights, notes and answers so that your "
            "teacher can tell whose work it is.")
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.field = QLineEdit(current)
        self.field.setMaxLength(MAX_NAME)
        self.field.setPlaceholderText(self.tr("First and last name"))
        self.field.setAccessibleName(self.tr("Name"))
        label = QLabel(self.tr("&Name:"))
        label.setBuddy(self.field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(self.buttons)
        self.field.textChanged.connect(self._update_ok)
        self._update_ok()
        self.setMinimumWidth(380)

    def name(self) -> str:
        try:
            return clean_name(self.field.text())
        except ValueError:
            return ""

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name()))


def ask_name(parent: QWidget | None, current: str = "") -> str | None:
    dialog = NameDialog(current, parent)
    try:
        return dialog.name() if dialog.exec() and dialog.name() else None
    finally:
        dialog.deleteLater()
