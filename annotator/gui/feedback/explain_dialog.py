"""Writing the explanation of a key passage: what students read next to it in their feedback.

Stored as the key annotation's note, so it is written while annotating the key.
"""

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

__all__ = ["ExplainDialog", "ask_explanation"]

QUOTE_CHARS = 240


class ExplainDialog(QDialog):
    def __init__(self, quote: str, tag: str, explanation: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Explain Key Passage"))
        shown = quote if len(quote) <= QUOTE_CHARS else quote[: QUOTE_CHARS - 1] + "…"
        heading = QLabel(f"{tag}: “{shown}”")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        self.editor = QPlainTextEdit(explanation)
        self.editor.setPlaceholderText(self.tr(
            "Why does the key tag this passage this way? Students read this in their "
            "feedback, next to the passage."))
        self.editor.setAccessibleName(self.tr("Explanation"))
        self.editor.setTabChangesFocus(True)
        label = QLabel(self.tr("&Explanation for students:"))
        label.setBuddy(self.editor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
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
        self.resize(480, 300)
        self.editor.setFocus()

    def explanation(self) -> str:
        return self.editor.toPlainText().strip()


def ask_explanation(parent: QWidget | None, quote: str, tag: str,
                    explanation: str = "") -> str | None:
    dialog = ExplainDialog(quote, tag, explanation, parent)
    try:
        return dialog.explanation() if dialog.exec() else None
    finally:
        dialog.deleteLater()
