"""For the start-up benchmark: report the first paint, then quit once the window is ready.

``ANNOTATOR_EXIT_AFTER_PAINT=1`` makes :func:`annotator.gui.application.run_gui` make a
:class:`FirstPaintProbe` before anything is shown. The app prints ``first-paint <unix time>``
once the first paint pass of a window is done: the preview of :mod:`annotator.gui.first_paint`
tells :meth:`FirstPaintProbe.first_paint` itself, else the main window's paint does. Then
``ready <unix time>`` once a surface that takes tag keys has painted: the preview itself when
it stores annotations (:meth:`FirstPaintProbe.keys_ready`, ``gui/preview_keys.py``), else the
main window (given to :meth:`FirstPaintProbe.ready_when_painted`). Once the main window has
painted it prints ``window <unix time>`` and quits. Imported only then: setting up
``QEvent``'s enums costs a few milliseconds that a normal start should not pay.

The probe watches the main window only, not the whole application: see
``first_paint._PaintWatch`` for why an application-wide filter is avoided.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaintProbe(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._window: QWidget | None = None
        self._keys_at_first_paint = False
        self._ready_told = False
        self._told_first = False

    def keys_ready(self) -> None:
        """The window painted first now takes tag keys and has painted so: "ready" (at its
        first paint if that has not been told yet)."""
        if self._told_first:
            self._ready_told = True
            print(f"ready {time.time():.6f}", flush=True)
        else:
            self._keys_at_first_paint = True

    def ready_when_painted(self, window: QWidget) -> None:
        """Quit after ``window`` (the main window, about to be shown) has painted."""
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        window = self._window
        if event.type() == QEvent.Type.Paint and window is not None and watched is window:
            window.removeEventFilter(self)  # the window is painted first, then its children
            if not self._told_first:
                QTimer.singleShot(0, self.first_paint)
            QTimer.singleShot(0, self._ready)
        return False

    def first_paint(self) -> None:
        now = time.time()
        print(f"first-paint {now:.6f}", flush=True)
        self._told_first = True
        if self._keys_at_first_paint:
            self._ready_told = True
            print(f"ready {now:.6f}", flush=True)

    def _ready(self) -> None:
        now = time.time()
        if not self._ready_told:
            print(f"ready {now:.6f}", flush=True)
        print(f"window {now:.6f}", flush=True)
        QApplication.quit()


def quit_after_first_paint(app: QApplication) -> FirstPaintProbe:
    return FirstPaintProbe(app)
