"""Help > Check Database: run the checks and show what they found in plain words.

Wire it into the Help menu with :func:`show_check_dialog`::

    act = help_menu.addAction("Check Database…")
    act.triggered.connect(lambda: show_check_dialog(self, self.ctx.db))
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

from annotator.gui.details_box import copy_to_clipboard, details_view, lay_out, message_label
from annotator.services.maintenance import CheckReport, check

if TYPE_CHECKING:
    from annotator.storage.database import Database

__all__ = ["CheckDialog", "show_check_dialog"]


class CheckDialog(QDialog):
    """Shows a :class:`CheckReport`: the summary, and SQLite's own words under it."""

    def __init__(self, report: CheckReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Check Database"))
        self.summary = message_label(report.summary, 440)
        self.summary.setAccessibleName(self.tr("Check result"))
        self.details = details_view(report.details)
        self.details.setMaximumHeight(160)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.clicked.connect(lambda: copy_to_clipboard(report.details))
        lay_out(self, self.summary, self.details, self.copy_button)

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
