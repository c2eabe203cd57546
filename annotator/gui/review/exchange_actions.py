"""The review window's "Exchange" button: REFI-QDA projects for QDA tools, and gradebook
files for Moodle and Canvas.

``install_exchange_actions(window)`` adds the button (with its menu) to the review window's
toolbar; the window's only line for it is ``self.exchange = install_exchange_actions(self)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolBar, QToolButton

from annotator.core.filenames import safe_file_part
from annotator.exchange.errors import ExchangeError
from annotator.gui.review.gradebook_ids_dialog import GradebookIdsDialog

if TYPE_CHECKING:
    from annotator.gui.review.window import ReviewWindow
    from annotator.services.qda import QdaImportResult


class ExchangeActions(QObject):
    def __init__(self, window: ReviewWindow) -> None:
        super().__init__(window)
        self.window = window
        self.act_export_qdpx = QAction(self.tr("Export REFI-QDA Project (.qdpx)…"), window)
        self.act_export_qdpx.setStatusTip(self.tr(
            "Save the articles, tags and everyone's highlights for QualCoder, MAXQDA, "
            "ATLAS.ti or NVivo"))
        self.act_import_qdpx = QAction(self.tr("Import REFI-QDA Project (.qdpx)…"), window)
        self.act_import_qdpx.setStatusTip(self.tr(
            "Bring in codes, coded passages and coders from a QDA tool's project"))
        self.act_ids = {p: QAction(self.tr("Student IDs for %1…").replace("%1", name), window)
                        for p, name in GradebookIdsDialog.PLATFORM_NAMES.items()}
        self.act_gradebook = {
            p: QAction(self.tr("Export Gradebook for %1 (CSV)…").replace("%1", name), window)
            for p, name in GradebookIdsDialog.PLATFORM_NAMES.items()}
        self.act_export_qdpx.triggered.connect(lambda: self.export_project())
        self.act_import_qdpx.triggered.connect(lambda: self.import_project())
        for platform in GradebookIdsDialog.PLATFORM_NAMES:
            self.act_ids[platform].triggered.connect(
                lambda _=False, p=platform: self.edit_ids(p))
            self.act_gradebook[platform].triggered.connect(
                lambda _=False, p=platform: self.export_gradebook(p))
        self.menu = QMenu(self.tr("Exchange"), window)
        self.menu.addAction(self.act_export_qdpx)
        self.menu.addAction(self.act_import_qdpx)
        self.menu.addSeparator()
        for platform in GradebookIdsDialog.PLATFORM_NAMES:
            self.menu.addAction(self.act_gradebook[platform])
        for platform in GradebookIdsDialog.PLATFORM_NAMES:
            self.menu.addAction(self.act_ids[platform])
        self.button = QToolButton()
        self.button.setText(self.tr("Exchange"))
        self.button.setToolTip(self.tr("Share the class with QDA tools and learning platforms"))
        self.button.setMenu(self.menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar = window.findChild(QToolBar, "reviewToolbar")
        if toolbar is not None:
            toolbar.addWidget(self.button)

    # -- helpers -------------------------------------------------------------------------

    def _db(self):  # type: ignore[no-untyped-def]
        return self.window.ctx.db

    def _exercise_id(self):  # type: ignore[no-untyped-def]
        return self.window.state.exercise.id

    def _suggested(self, suffix: str) -> str:
        return safe_file_part(self.window.state.exercise.title, "exercise") + suffix

    def _ask_save(self, caption: str, suffix: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.window, caption, self._suggested(suffix),
                                              filters)
        return Path(name) if name else None

    def _error(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def _done(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)

    # -- REFI-QDA ------------------------------------------------------------------------

    def export_project(self, path: Path | None = None) -> Path | None:
        """Write the class as a .qdpx (asks where when ``path`` is None)."""
        path = path or self._ask_save(self.tr("Export REFI-QDA Project"), ".qdpx",
                                      self.tr("REFI-QDA project (*.qdpx)"))
        if path is None:
            return None
        from annotator.services.qda import export_qdpx

        try:
            export_qdpx(self._db(), self._exercise_id(), path)
        except ExchangeError as error:
            self._error(self.tr("Could not export the project"), str(error))
            return None
        self._done(self.tr("Project written to %1").replace("%1", str(path)))
        return path

    def import_project(self, path: Path | None = None) -> QdaImportResult | None:
        """Import a .qdpx into this exercise and show the class again."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Import REFI-QDA Project"), "",
                self.tr("REFI-QDA project (*.qdpx)"))
            if not name:
                return None
            path = Path(name)
        from annotator.services.qda import import_qdpx

        result = import_qdpx(self._db(), path, self._exercise_id())
        if not result.ok:
            self._error(self.tr("Could not import the project"), result.problem)
            return result
        # the class changed as after a hand-in import: open views (the main window's
        # Review menu, this window) read it again
        from annotator.services.events import HANDINS_IMPORTED

        self.window.ctx.bus.publish(HANDINS_IMPORTED, (), source=self)
        self.window.reload()
        self._done(self.tr("%1: %2").replace("%1", path.name).replace("%2", result.summary()))
        return result

    # -- gradebook -----------------------------------------------------------------------

    def ids_dialog(self, platform: str) -> GradebookIdsDialog:
        from annotator.services.gradebook import class_students

        return GradebookIdsDialog(
            platform, class_students(self._db(), self._exercise_id(), platform), self.window)

    def edit_ids(self, platform: str) -> bool:
        """Show the identifiers dialog; store what was typed when it is saved."""
        dialog = self.ids_dialog(platform)
        if dialog.exec() != GradebookIdsDialog.DialogCode.Accepted:
            return False
        self.store_ids(platform, dialog)
        return True

    def store_ids(self, platform: str, dialog: GradebookIdsDialog) -> None:
        from annotator.services.gradebook import set_identifiers

        set_identifiers(self._db(), platform, dialog.changes())

    def export_gradebook(self, platform: str, path: Path | None = None) -> Path | None:
        """Write the grades for ``platform``; asks for missing identifiers first."""
        from annotator.services.gradebook import class_students, export_gradebook

        if path is None:
            students = class_students(self._db(), self._exercise_id(), platform)
            if any(not s.identifier for s in students) and not self.edit_ids(platform):
                return None
            name = GradebookIdsDialog.PLATFORM_NAMES[platform]
            path = self._ask_save(self.tr("Export Gradebook for %1").replace("%1", name),
                                  f" {platform}.csv", self.tr("CSV spreadsheet (*.csv)"))
            if path is None:
                return None
        try:
            export = export_gradebook(self._db(), self._exercise_id(), platform, path)
        except (ExchangeError, ValueError) as error:
            self._error(self.tr("Could not export the gradebook"), str(error))
            return None
        message = self.tr("Gradebook written to %1").replace("%1", str(path))
        if export.unmapped:
            message += " " + self.tr("(%n student(s) without an identifier)", "",
                                     len(export.unmapped))
        self._done(message)
        return path


def install_exchange_actions(window: ReviewWindow) -> ExchangeActions:
    """Add the Exchange button to the review window's toolbar."""
    return ExchangeActions(window)
