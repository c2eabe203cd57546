"""Live Class Overview on a school server: poll the class's change stamp, reload on change,
and say in the status bar how fresh the figures are ("Updated 4 s ago")."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from annotator.services.live import ChangeStamp, change_stamp
from annotator.storage.errors import StorageError

__all__ = ["POLL_MS", "LiveRefresh"]

POLL_MS = 5000  # students' work shows up within five seconds
TICK_MS = 1000  # the "updated n s ago" label


class LiveRefresh(QObject):
    """Polls while the overview is open; ``reload`` is called when the class changed."""

    def __init__(self, window: QWidget, reload: Callable[[], None],
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self._window = window
        self._reload = reload
        self._clock = clock
        db = window.state.db  # type: ignore[attr-defined]
        self._db = db
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Last update from the server"))
        self._stamp: ChangeStamp | None = None
        self._updated = clock()
        self._offline: str | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.poll)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.show_age)
        self._stamp = self._read()
        self.show_age()

    def start(self) -> None:
        self._poll.start()
        self._tick.start()

    def stop(self) -> None:
        self._poll.stop()
        self._tick.stop()

    def _exercise_id(self) -> object:
        return self._window.state.exercise.id  # type: ignore[attr-defined]

    def _read(self) -> ChangeStamp | None:
        try:
            stamp = change_stamp(self._db, self._exercise_id())  # type: ignore[arg-type]
        except StorageError as error:
            self._offline = str(error)
            return None
        self._offline = None
        return stamp

    def poll(self) -> bool:
        """Ask the server; reload if the class changed. True when it reloaded."""
        stamp = self._read()
        if stamp is None:
            self.show_age()
            return False
        changed = stamp != self._stamp
        self._stamp = stamp
        if changed:
            self._reload()
        self._updated = self._clock()
        self.show_age()
        return changed

    def show_age(self) -> None:
        seconds = int(self._clock() - self._updated)
        if self._offline is not None:
            text = self.tr("Server not reachable; showing the class as of %n s ago", "",
                           seconds)
        else:
            text = self.tr("Live: updated %n s ago", "", seconds)
        self.label.setText(text)
        self.label.setToolTip(self._offline or self.tr(
            "The overview asks the school server for new work every few seconds"))
