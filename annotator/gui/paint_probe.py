"""For the start-up benchmark: report the first paint, then quit once the window is ready.

``ANNOTATOR_EXIT_AFTER_PAINT=1`` makes :func:`annotator.gui.application.run_gui` make a
:class:`FirstPaintProbe` before anything is shown. The app prints ``first-paint <unix time>``
once the first paint pass of a window is done: the preview of :mod:`annotator.gui.first_paint`
tells :meth:`FirstPaintProbe.first_paint` itself, else the main window's paint does. Then
``ready <unix time>`` once a surface that takes tag keys has painted: the preview itself when
it stores annotations (:meth:`FirstPaintProbe.keys_ready`, ``gui/preview_keys.py``), else the
main window (given to :meth:`FirstPaintProbe.ready_when_painted`). Once the main window has
painted it prints ``window <unix time>`` and quits. Imported only then. It watches the main
window only, not the whole application (``first_paint.AfterPaint`` says why).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from annotator.gui.first_paint import AfterPaint


class FirstPaintProbe(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
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
        AfterPaint(window, self._window_painted, self)

    def _window_painted(self) -> None:
        if not self._told_first:  # no preview painted before it
            self.first_paint()
        self._ready()

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
