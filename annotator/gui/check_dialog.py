"""Help > Check Database: run the checks and show what they found in plain words.

Wire it into the Help menu with :func:`show_check_dialog`::

    act = help_menu.addAction("Check Database…")
    act.triggered.connect(lambda: show_check_dialog(self, self.ctx.db))
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.services.maintenance import CheckReport, check

if TYPE_CHECKING:
    from annotator.storage.database import Database

__all__ = ["CheckDialog", "show_check_dialog"]


class CheckDialog(QDialog):
    """Shows a :class:`CheckReport`: the summary, and SQLite's own words under it."""

    def __init__(self, report: CheckReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle("Check Database")
        self.summary = QLabel(report.summary)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setMinimumWidth(440)
        self.summary.setAccessibleName("Check result")
        self.details = QPlainTextEdit(report.details)
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(160)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton("Copy details")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(report.details)
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addWidget(buttons)

    def result_report(self) -> CheckReport:
        return self.report


def show_check_dialog(parent: QWidget | None, db: Database) -> CheckDialog:
    """Run the checks (with a busy cursor) and open the dialog, window-modal."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        report = check(db)
    finally:
        QApplication.restoreOverrideCursor()
    dialog = CheckDialog(report, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
