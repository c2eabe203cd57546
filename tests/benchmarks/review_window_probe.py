"""Opening Review > Class Overview on a generated class, timed; run by bench_review_class.py,
do not import this.

``review_window_probe.py DB_URL EXERCISE_ID ARTICLE_ID``: with the QApplication running and
the database open (the instructor's app is up), time from asking for the Class Overview to
the window being painted and usable on the class's article: every article's figures
computed (on the worker thread for a large class) and the window painted after that. Prints
one JSON line: ``seconds``, ``first_paint`` (seconds until the window first painted, with its
progress page for a large class), ``usable`` (seconds until the class overlay of the article
is painted and can be worked with, while the other figures may still be computed, with
progress and Cancel at the foot of the window), ``usable_cpu`` and ``cpu`` (the process's
CPU time, every thread, from asking to those two moments: what a busy machine inflates
least), ``peak_rss_mb``.
"""

from __future__ import annotations

import json
import resource
import sys
import time
import uuid


def cpu_seconds() -> float:
    """This process's CPU time (user + system, every thread)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    from annotator.blas_threads import one_blas_thread

    one_blas_thread()  # as the app's start does (cli.main), before numpy is imported
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from annotator.gui.review.window import ReviewWindow
    from annotator.services.context import open_context

    app = QApplication(sys.argv[:1])
    ctx = open_context(sys.argv[1])
    exercise_id, article_id = uuid.UUID(sys.argv[2]), uuid.UUID(sys.argv[3])
    found: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                now = time.perf_counter() - began
                found.setdefault("first_paint", now)
                if "usable" not in found and overlay_ready() and \
                        watched is win.overlay_tab.view.viewport():
                    found["usable"] = now  # the overlay itself is being painted
                    found["usable_cpu"] = cpu_seconds() - cpu_began
            return False

    probe = FirstPaint()
    began, cpu_began = time.perf_counter(), cpu_seconds()
    win = ReviewWindow(ctx, exercise_id)
    app.installEventFilter(probe)
    box = win.article_box
    box.setCurrentIndex(next(i for i in range(box.count()) if box.itemData(i) == article_id))
    win.show()

    def overlay_ready() -> bool:
        return win.pages.currentWidget() is win.tabs and win.state.ready(article_id) is not None

    def overlay_shown(*_: object) -> None:
        if "usable" not in found and overlay_ready() and "first_paint" in found:
            win.repaint()  # painted, with the overlay (the paint records "usable")

    def check() -> None:
        overlay_shown()
        if win.computing or win.state.missing() or win.pages.currentWidget() is not win.tabs:
            if win.job is not None and win.computing:  # woken by the job, not by polling,
                win.job.articleReady.connect(overlay_shown)  # after the window's own slot
                win.job.finished.connect(check)  # so the GUI thread leaves the GIL alone
                win.job.failed.connect(app.quit)
            else:
                QTimer.singleShot(50, check)
            return
        win.repaint()  # painted, with the figures
        found["seconds"] = time.perf_counter() - began
        found["cpu"] = cpu_seconds() - cpu_began
        found["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        found["students"] = win.current().overlay.n_annotators
        print(json.dumps(found), flush=True)
        win.close()
        app.quit()

    QTimer.singleShot(0, check)
    app.exec()
    ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
