"""The full database check, run in the background after the window is up (issue 18).

Every start runs ``quick_check`` before opening (storage/recovery.py); the full
``integrity_check``, which also compares indexes with their tables, takes longer, so it runs
on a worker thread with its own read-only connection once the window is shown. If it finds
damage the student is told what to do, and the next start runs the full check before
opening and restores the newest good backup (the database is marked as having met damage,
so the clean-exit marker is kept).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from annotator.storage.checks import CheckReport, check_file
from annotator.storage.database import Database

__all__ = ["BackgroundCheck"]


class BackgroundCheck(QObject):
    """Run :func:`check_file` on ``db``'s file off the GUI thread; ``finished`` carries the
    report on the GUI thread, and ``tell`` is called with a sentence when it found damage.

    The worker thread touches no Qt object: it leaves the report in a plain attribute, and
    a timer on the GUI thread picks it up. The window (and this object with it) may be
    deleted while the check still runs, when the student closes the app at once; a signal
    emitted from the worker then would reach a deleted object."""

    finished = Signal(object)  # CheckReport
    POLL_MS = 100

    def __init__(self, db: Database, tell: Callable[[str], object],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db, self.tell = db, tell
        self.report: CheckReport | None = None
        self._thread: threading.Thread | None = None
        self._result: list[CheckReport] = []  # filled by the worker, read by the poll
        self._poll = QTimer(self)
        self._poll.setInterval(self.POLL_MS)
        self._poll.timeout.connect(self._collect)
        self.finished.connect(self._done)

    def start(self) -> bool:
        """Start the check; False when there is no file to check (or it is read-only)."""
        if self.db.path is None or self.db.read_only:
            return False
        path, result = self.db.path, self._result

        def work() -> None:
            result.append(check_file(path))

        self._thread = threading.Thread(target=work, name="full-check", daemon=True)
        self._thread.start()
        self._poll.start()
        return True

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _collect(self) -> None:
        if self._result:
            self._poll.stop()
            self.finished.emit(self._result[0])

    def _done(self, report: CheckReport) -> None:
        self.report = report
        if report.ok or (report.error is not None and "does not exist" in report.error):
            return
        self.db.damage_seen = True
        self.tell(self.tr(
            "The full check of your database found damage. Export or hand in your work now, "
            "then close and restart Source Annotator: it will set the damaged file aside and "
            "restore the newest good backup.") + "\n\n" + report.summary)
