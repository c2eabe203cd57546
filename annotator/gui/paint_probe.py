"""For the start-up benchmark: quit as soon as the first paint is done.

``ANNOTATOR_EXIT_AFTER_PAINT=1`` makes :func:`annotator.gui.application.run_gui` call
:func:`quit_after_first_paint`; the app then prints ``first-paint <unix time>`` on stdout
and quits. Imported only then: setting up ``QEvent``'s enums costs a few milliseconds that
a normal start should not pay.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


class _FirstPaintProbe(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.parent().removeEventFilter(self)  # type: ignore[union-attr]
            # The rest of this paint pass runs before the timer fires.
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        print(f"first-paint {time.time():.6f}", flush=True)
        QApplication.quit()


def quit_after_first_paint(app: QApplication) -> None:
    app.installEventFilter(_FirstPaintProbe(app))
