"""Editing the note of one annotation: the quote for context, then a plain-text field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

QUOTE_CHARS = 240


class NoteDialog(QDialog):
    """:meth:`note` returns the text typed; Ctrl+Return saves, Escape cancels."""

    def __init__(self, quote: str, note: str = "", tag: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note"))
        self.setAccessibleName(self.tr("Edit note"))
        shown = quote if len(quote) <= QUOTE_CHARS else quote[: QUOTE_CHARS - 1] + "…"
        heading = QLabel(f"{tag}: “{shown}”" if tag else f"“{shown}”")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        heading.setAccessibleName(self.tr("Annotated passage"))
        self.editor = QPlainTextEdit(note)
        self.editor.setPlaceholderText(self.tr("Why did you tag this passage this way?"))
        self.editor.setAccessibleName(self.tr("Note"))
        self.editor.setTabChangesFocus(True)
        label = QLabel(self.tr("&Note:"))
        label.setBuddy(self.editor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(460, 300)
        self.editor.setFocus()

    def note(self) -> str:
        return self.editor.toPlainText().strip()


def ask_note(parent: QWidget | None, quote: str, note: str = "", tag: str = "") -> str | None:
    dialog = NoteDialog(quote, note, tag, parent)
    try:
        return dialog.note() if dialog.exec() else None
    finally:
        dialog.deleteLater()
