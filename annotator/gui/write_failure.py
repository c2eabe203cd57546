"""When a change cannot be written: say so plainly, keep it, offer to retry or export it.

The services raise :class:`~annotator.storage.errors.WriteError` (read-only place, full
disk, failing disk) or :class:`~annotator.storage.errors.DatabaseDamagedError` (damage met
while reading or writing) before publishing anything, so a failed change never looks saved.
The GUI runs each change, and creating the student's name, through
:func:`run_or_offer_retry`::

    view = run_or_offer_retry(
        self, lambda: ctx.annotations.add(...), "your highlight “…”", export_text=json_of_it
    )
    if view is None:   # not saved: keep the highlight drawn as unsaved, or put it back
        ...

The dialog keeps asking until the write succeeds or the student chooses to keep the change
unsaved for now; "Save a copy…" writes ``export_text`` to a file the student picks, so the
change survives even if the database never becomes writable again.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from annotator.services.maintenance import StorageError
from annotator.storage.errors import DatabaseDamagedError

__all__ = ["Choice", "WriteFailureDialog", "run_or_offer_retry"]

T = TypeVar("T")


class Choice(enum.Enum):
    RETRY = "retry"
    EXPORT = "export"
    KEEP_UNSAVED = "keep"


class WriteFailureDialog(QMessageBox):
    """"Your change was not saved" with Try Again / Save a Copy… / Keep Unsaved."""

    def __init__(self, error: StorageError, change: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Your change was not saved"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self.tr("{change} could not be saved.").format(
            change=f"{change[:1].upper()}{change[1:]}"))
        if isinstance(error, DatabaseDamagedError):
            advice = self.tr(
                "The database file is damaged. Save a copy of the change to a file, then "
                "close and restart Source Annotator: the damaged file is set aside and the "
                "newest good backup restored.")
        else:
            advice = self.tr(
                "Free some disk space or fix the folder, then try again; or save a copy of "
                "the change to a file so that it is not lost.")
        self.setInformativeText(f"{error}\n\n{advice}")
        self.retry_button = self.addButton(self.tr("Try Again"),
                                           QMessageBox.ButtonRole.AcceptRole)
        self.export_button = self.addButton(self.tr("Save a Copy…"),
                                            QMessageBox.ButtonRole.ActionRole)
        self.keep_button = self.addButton(self.tr("Keep Unsaved"),
                                          QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.retry_button)

    def choice(self) -> Choice:
        clicked = self.clickedButton()
        if clicked is self.retry_button:
            return Choice.RETRY
        if clicked is self.export_button:
            return Choice.EXPORT
        return Choice.KEEP_UNSAVED


def _ask(error: StorageError, change: str, parent: QWidget | None) -> Choice:
    dialog = WriteFailureDialog(error, change, parent)
    dialog.exec()
    return dialog.choice()


def _choose_file(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("WriteFailure", "Save a copy of the change"),
        "unsaved-change.json", QCoreApplication.translate("WriteFailure", "JSON (*.json)")
    )
    return Path(name) if name else None


def run_or_offer_retry(
    parent: QWidget | None,
    action: Callable[[], T],
    change: str,
    export_text: str,
    *,
    ask: Callable[[StorageError, str, QWidget | None], Choice] = _ask,
    choose_file: Callable[[QWidget | None], Path | None] = _choose_file,
) -> T | None:
    """Run ``action``; when it cannot be stored (a :class:`StorageError`: full disk,
    read-only file, damage) ask what to do until it succeeds or is kept unsaved.

    Returns the action's result, or None when the change was kept unsaved (the caller must
    then keep showing it as unsaved). ``ask`` and ``choose_file`` are for tests.
    """
    while True:
        try:
            return action()
        except StorageError as error:
            choice = ask(error, change, parent)
        if choice is Choice.RETRY:
            continue
        if choice is Choice.EXPORT:
            target = choose_file(parent)
            if target is not None:
                try:
                    target.write_text(export_text, encoding="utf-8")
                except OSError as exc:
                    box = QMessageBox(QMessageBox.Icon.Warning,
                                      QCoreApplication.translate("WriteFailure", "Not saved"),
                                      f"{target}: {exc.strerror or exc}", parent=parent)
                    box.setTextFormat(Qt.TextFormat.PlainText)
                    box.exec()
            continue
        return None
