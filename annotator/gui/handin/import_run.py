"""Importing many hand-ins off the GUI thread, behind a progress dialog with Cancel.

:meth:`ImportRun.run` starts :func:`import_handins` on a worker thread and keeps the window's
event loop running until it ends, so the window repaints and Cancel answers at once however
long a file takes (issue 18: the import used to run on the GUI thread). The worker reports
each file with a blocking queued signal: the GUI has shown the file (and seen a Cancel)
before the worker goes on, so Cancel takes effect before the next file, as it always did.
The worker has its own database connection from the engine's pool; each file is still
imported in its own transaction.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from annotator.services.events import HANDINS_IMPORTED, EventBus
from annotator.services.handins import HandinImportResult, expand_paths, import_handins
from annotator.storage.database import Database

__all__ = ["ImportRun"]


class _Relay(QObject):
    """Signals the worker emits; they are delivered on the GUI thread."""

    step = Signal(str, int, int, str)  # phase ("reading"/"importing"), done, total, file name
    done = Signal()


class ImportRun(QObject):
    """One import of a list of files and folders; :meth:`run` returns one row per file."""

    fileStarted = Signal(int, int, str)  # done, total, file name (before each file is stored)

    def __init__(self, db: Database, bus: EventBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.bus, self.parent_widget = db, bus, parent
        self.progress: QProgressDialog | None = None
        self._cancelled = threading.Event()

    def files(self, paths: Sequence[Path | str]) -> list[Path]:
        return expand_paths(paths)

    def cancel(self) -> None:
        self._cancelled.set()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Cancelling after the current file…"))

    def _dialog(self, total: int) -> QProgressDialog:
        progress = QProgressDialog(self.tr("Reading hand-ins…"), self.tr("Cancel"), 0,
                                   2 * total, self.parent_widget)
        progress.setWindowTitle(self.tr("Import Hand-ins"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setMinimumWidth(380)  # room for a long file name
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        progress.canceled.connect(self.cancel)
        return progress

    def _show_step(self, phase: str, done: int, total: int, name: str) -> None:
        progress = self.progress
        if progress is None:
            return
        if done < total and not self._cancelled.is_set():
            text = (self.tr("Reading {name} ({n} of {total})…") if phase == "reading"
                    else self.tr("Importing {name} ({n} of {total})…"))
            progress.setLabelText(text.format(name=name, n=done + 1, total=total))
        progress.setValue(done + (total if phase == "importing" else 0))
        if phase == "importing" and done < total:
            self.fileStarted.emit(done, total, name)

    def run(self, paths: Sequence[Path | str]) -> list[HandinImportResult]:
        files = self.files(paths)
        if not files:
            return []
        self._cancelled.clear()
        self.progress = self._dialog(len(files))
        relay = _Relay()
        relay.step.connect(self._show_step, Qt.ConnectionType.BlockingQueuedConnection)
        loop = QEventLoop()
        relay.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
        outcome: dict[str, object] = {}

        def work() -> None:
            try:
                outcome["results"] = import_handins(
                    self.db, files,
                    lambda done, total, file: relay.step.emit("importing", done, total,
                                                              file.name),
                    self._cancelled.is_set,
                    reading=lambda done, total, file: relay.step.emit("reading", done, total,
                                                                      file.name),
                )
            except BaseException as exc:  # handed to the GUI thread and raised there
                outcome["error"] = exc
            finally:
                relay.done.emit()

        worker = threading.Thread(target=work, name="import-hand-ins", daemon=True)
        worker.start()
        try:
            loop.exec()
        finally:
            worker.join()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        error = outcome.get("error")
        if isinstance(error, BaseException):
            raise error
        results = outcome["results"]
        assert isinstance(results, list)
        if any(r.ok for r in results):
            self.bus.publish(HANDINS_IMPORTED, tuple(results), source=self)
        return results
