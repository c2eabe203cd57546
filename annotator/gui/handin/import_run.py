"""Importing many hand-ins behind a progress dialog with Cancel.

The import runs on the GUI thread, one file at a time, the way Qt documents a modal
``QProgressDialog``: ``setValue`` before each file processes pending events, so the window
repaints and the Cancel button works between files. Each file is small (the size cap is
checked before parsing) and imported in its own short transaction, so the pauses are short,
and no database connection ever crosses a thread (an in-memory SQLite database shares one
connection, which a worker thread could not use safely while the window reads from it).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from annotator.gui.i18n import arg
from annotator.services.events import HANDINS_IMPORTED, EventBus
from annotator.services.handins import HandinImportResult, expand_paths, import_handins
from annotator.storage.database import Database

__all__ = ["ImportRun"]


class ImportRun(QObject):
    """One import of a list of files and folders; :meth:`run` returns one row per file."""

    fileStarted = Signal(int, int, str)  # done, total, file name

    def __init__(self, db: Database, bus: EventBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.bus, self.parent_widget = db, bus, parent
        self.progress: QProgressDialog | None = None

    def files(self, paths: Sequence[Path | str]) -> list[Path]:
        return expand_paths(paths)

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()

    def run(self, paths: Sequence[Path | str]) -> list[HandinImportResult]:
        files = self.files(paths)
        if not files:
            return []
        progress = QProgressDialog(
            self.tr("Importing hand-ins…"), self.tr("Cancel"), 0, len(files), self.parent_widget
        )
        progress.setWindowTitle(self.tr("Import Hand-ins"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        self.progress = progress

        def on_progress(done: int, total: int, file: Path) -> None:
            if done < total:
                progress.setLabelText(arg(self.tr("Importing %1 (%2 of %3)…"), file.name,
                                          done + 1, total))
            progress.setValue(done)
            QApplication.processEvents()
            if done < total:
                self.fileStarted.emit(done, total, file.name)

        try:
            results = import_handins(self.db, files, on_progress, progress.wasCanceled)
        finally:
            progress.close()
            progress.deleteLater()
            self.progress = None
        if any(r.ok for r in results):
            self.bus.publish(HANDINS_IMPORTED, tuple(results), source=self)
        return results
