"""Unhandled exceptions: written to a rotating log, shown in a calm dialog, app kept running.

Call :func:`install_excepthook` once when the application starts (never at import time).
PySide6 hands an exception raised inside a slot or a virtual method to ``sys.excepthook``
and then carries on with the event loop, so the hook below is all it takes to keep the app
running: it logs the traceback to ``<log folder>/annotator.log`` (rotated at 1 MB, five old
files kept) and shows a :class:`CrashDialog` whose main text is a short explanation, with
the traceback only behind "Details" and on the clipboard via "Copy details". Every change a
student makes is committed before the call that made it returns, so nothing shown as saved is
lost; when the database itself failed, the dialog says the last change may not be saved.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import sqlite3
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

from annotator.gui.details_box import copy_to_clipboard, details_view, lay_out, message_label
from annotator.storage.errors import StorageError

__all__ = ["LOG_FILE", "CrashDialog", "CrashHandler", "install_excepthook"]

LOG_FILE = "annotator.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 5
MAX_SUMMARY = 200


def _storage_failure(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) is the database failing to read or write."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, (StorageError, sqlite3.Error)):
            return True
        current = current.__cause__ or current.__context__
    return False


def short_explanation(exc: BaseException, log_file: Path) -> str:
    """The dialog's main text: what happened in a sentence, no traceback. It never says the
    work is safe when the database itself failed (issue 18)."""
    what = f"{type(exc).__name__}: {exc}".strip().splitlines()[0] if str(exc) else (
        type(exc).__name__
    )
    if len(what) > MAX_SUMMARY:
        what = what[: MAX_SUMMARY - 1] + "…"
    if _storage_failure(exc):
        lead = QCoreApplication.translate(
            "CrashDialog",
            "Source Annotator could not read or write its database, so your last change may "
            "not have been saved. Export or hand in your work now if you can, then restart "
            "the app: a damaged database is set aside and the newest good backup restored.")
    else:
        lead = QCoreApplication.translate(
            "CrashDialog",
            "Something went wrong inside Source Annotator. Every change the app showed as "
            "saved is safe: each is saved the moment you make it. The last thing you did may "
            "not have finished; if something looks wrong, restart the app.")
    tail = QCoreApplication.translate(
        "CrashDialog",
        "What happened: {what}\nThe details were written to {log}. If this happens again, "
        "use Copy details and send them to your teacher.").format(what=what, log=log_file)
    return f"{lead}\n\n{tail}"


class CrashDialog(QDialog):
    """Short explanation, details hidden behind a toggle, and Copy details."""

    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.details = details
        self.message = message_label(summary, 420)
        self.details_view = details_view(details)
        self.details_view.setVisible(False)
        self.details_view.setMinimumHeight(180)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.toggle_button = QPushButton(self.tr("Show details"))
        self.toggle_button.setCheckable(True)
        self.copy_button.clicked.connect(self.copy_details)
        self.toggle_button.toggled.connect(self._toggle)
        lay_out(self, self.message, self.details_view, self.copy_button, self.toggle_button)

    def copy_details(self) -> None:
        copy_to_clipboard(self.details)

    def _toggle(self, shown: bool) -> None:
        self.details_view.setVisible(shown)
        self.toggle_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))


class CrashHandler:
    """The installed ``sys.excepthook``; keeps the dialogs it shows in :attr:`dialogs`."""

    def __init__(self, log_dir: Path, parent: QWidget | None = None) -> None:
        log_dir.mkdir(parents=True, exist_ok=True)
        self.log_file = log_dir / LOG_FILE
        self.parent = parent
        self.dialogs: list[CrashDialog] = []
        self.logger = logging.getLogger("annotator.crash")
        self.logger.setLevel(logging.INFO)
        self.handler = logging.handlers.RotatingFileHandler(
            self.log_file, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
        self.handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        self.logger.addHandler(self.handler)
        self.previous = sys.excepthook
        self._busy = False

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self.previous(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        with contextlib.suppress(OSError):  # a broken log must not hide the dialog
            self.logger.error("Unhandled exception\n%s", details.rstrip())
            self.handler.flush()
        if self._busy or QApplication.instance() is None:
            sys.stderr.write(details)
            return
        self._busy = True  # an error while showing the dialog must not loop
        try:
            dialog = CrashDialog(short_explanation(exc, self.log_file), details, self.parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            self.dialogs.append(dialog)
            dialog.show()
            dialog.raise_()
        finally:
            self._busy = False

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous
        self.logger.removeHandler(self.handler)
        self.handler.close()


def install_excepthook(log_dir: Path, parent: QWidget | None = None) -> CrashHandler:
    """Install the crash handler as ``sys.excepthook`` and return it."""
    handler = CrashHandler(log_dir, parent)
    sys.excepthook = handler
    return handler
