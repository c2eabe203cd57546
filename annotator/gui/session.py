"""Opening the student's database for a GUI session, with every safety check, in one call.

``run_gui`` in application.py can replace ``ctx = open_context(db)`` with::

    session = open_session(db)
    if session is None:          # already open elsewhere, or could not be opened: told
        return 2
    ctx = session.ctx
    ...
    code = app.exec()
    session.close()              # records the clean exit and releases the lock

:func:`open_session` takes the one-instance lock, opens the database through
:func:`~annotator.services.maintenance.start_context` (unclean-shutdown check, recovery of a
damaged file, start-up backup, risky-location warning) and tells the user, in plain-text
message boxes, anything they need to know. It never shows a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QMessageBox, QWidget

from annotator import APP_NAME
from annotator.gui import plain
from annotator.services.context import AppContext
from annotator.services.maintenance import (
    InstanceLock,
    StartReport,
    StorageError,
    acquire_instance_lock,
    already_open_message,
    database_path,
    finish_database,
    start_context,
)

__all__ = ["GuiSession", "Show", "open_session"]

Show = Callable[[QMessageBox.Icon, str], None]


def _show(icon: QMessageBox.Icon, text: str, parent: QWidget | None = None) -> None:
    plain.message_box(parent, icon, APP_NAME, text).exec()


@dataclass
class GuiSession:
    ctx: AppContext
    started: StartReport
    lock: InstanceLock | None

    def close(self) -> None:
        finish_database(self.ctx.db)
        if self.lock is not None:
            self.lock.release()


def open_session(db_override: str | None = None, *, show: Show | None = None,
                 lock: InstanceLock | None = None) -> GuiSession | None:
    """Lock, check and open the database; None (after telling the user) if it cannot be.
    ``lock``: the instance lock, already held (the start-up preview took it to store the
    student's first annotations, storage/early_annotate.py)."""
    tell: Show = show or (lambda icon, text: _show(icon, text))
    path = database_path(db_override)
    if path is not None and lock is None:
        try:
            lock = acquire_instance_lock(path)
        except StorageError as error:
            tell(QMessageBox.Icon.Critical, str(error))
            return None
        if lock is None:
            tell(QMessageBox.Icon.Information, already_open_message(path))
            return None
    try:
        ctx, started = start_context(db_override)
    except StorageError as error:
        if lock is not None:
            lock.release()
        tell(QMessageBox.Icon.Critical, str(error))
        return None
    for notice in started.notices():
        tell(QMessageBox.Icon.Warning, notice)
    return GuiSession(ctx, started, lock)
