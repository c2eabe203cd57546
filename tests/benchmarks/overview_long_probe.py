"""Run by bench_overview_long.py in a fresh process; do not import this.

``overview_long_probe.py window DB EXERCISE ARTICLE``: with the QApplication running, the
database open and the models' mappers configured (as in the running app), time from asking
for Review > Class Overview to two moments: ``usable``, the Class Overlay tab shown with the
class overlay painted (its view's own paint, the text coloured from the overlay: a person
can scroll it and click it, while the agreement and the scores may still be computed on the
worker thread), and ``seconds``, every figure of the article computed and the window
painted with them. ``usable_cpu`` and ``cpu`` are the process's CPU time (every thread) to
those moments. A 5 ms timer on the GUI thread records the longest gap between its ticks
from the window's creation to the second moment (how long the GUI stood still at a
stretch: ``stall_ms``; ``stall_usable_ms`` up to the first), and the time the GUI thread
spent showing the article (``ReviewWindow._show``, both parts).

``overview_long_probe.py floor DB ARTICLE``: the same-run floor: read the same highlights
with plain ``sqlite3``, build the per-student, per-tag character cover over the same arrays
with numpy (difference arrays, a cumulative sum a block of rows at a time), then a bare
``QTextEdit`` with the same text, shown and painted.

Each prints one JSON line: ``seconds``, ``usable``, ``first_paint``, ``show_ms``,
``stall_ms``, ``cpu``, ``peak_rss_mb`` (what applies).
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
import uuid


def _cpu() -> float:
    """This process's CPU time (user + system, every thread)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def window(db: str, exercise: str, article: str) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from annotator.gui.review import window as window_module
    from annotator.services.context import open_context

    app = QApplication(sys.argv[:1])
    ctx = open_context(db)
    # the running app has used its models already (the main window's exercise): their
    # mappers are configured before the instructor asks for the overview
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
    exercise_id, article_id = uuid.UUID(exercise), uuid.UUID(article)
    found: dict[str, float] = {"show_ms": 0.0, "stall_ms": 0.0}

    real_show = window_module.ReviewWindow._show

    def timed_show(self: window_module.ReviewWindow, review: object) -> None:
        began_show = time.perf_counter()
        real_show(self, review)  # type: ignore[arg-type]
        found["show_ms"] += (time.perf_counter() - began_show) * 1e3

    window_module.ReviewWindow._show = timed_show  # type: ignore[method-assign]

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint:
                return False
            now = time.perf_counter() - began
            found.setdefault("first_paint", now)
            if "usable" not in found and overlay_painted(watched):
                found["usable"] = now  # the overlay itself is being painted
                found["usable_cpu"] = _cpu() - cpu_began
                found["stall_usable_ms"] = max(found["stall_ms"], float(clock.elapsed()))
            return False

    def overlay_painted(watched: QObject) -> bool:
        """Whether ``watched`` is the overlay tab's text, shown, with the class overlay of
        the article (its runs are what the view paints)."""
        view = win.overlay_tab.view
        return (watched is view.viewport() and win.pages.currentWidget() is win.tabs
                and win.tabs.currentWidget() is win.overlay_tab
                and win.state.ready(article_id) is not None
                and view.overlay is win.state.ready(article_id).overlay  # type: ignore[union-attr]
                and view.isVisible())

    probe = FirstPaint()
    app.installEventFilter(probe)
    ticker = QTimer()
    ticker.setInterval(5)
    clock = QElapsedTimer()

    def tick() -> None:
        gap = float(clock.restart())
        found["stall_ms"] = max(found["stall_ms"], gap)
        if gap > 60 and os.environ.get("OVERVIEW_GAPS"):  # where the GUI stood still
            print(f"gap {gap:.0f} ms ending at {time.perf_counter() - began:.2f} s",
                  file=sys.stderr)

    ticker.timeout.connect(tick)
    began, cpu_began = time.perf_counter(), _cpu()
    clock.start()
    ticker.start()
    win = window_module.ReviewWindow(ctx, exercise_id)
    box = win.article_box
    box.setCurrentIndex(next(i for i in range(box.count()) if box.itemData(i) == article_id))
    win.resize(1400, 900)
    win.show()

    def check() -> None:
        if (win.computing or win.state.missing() or win.pages.currentWidget() is not win.tabs
                or "usable" not in found):
            QTimer.singleShot(20, check)
            return
        win.repaint()  # painted, with the figures
        found["seconds"] = time.perf_counter() - began
        found["cpu"] = _cpu() - cpu_began
        tick()
        ticker.stop()
        found["peak_rss_mb"] = _peak()
        found["students"] = win.current().overlay.n_annotators
        shot = os.environ.get("OVERVIEW_SHOT")
        if shot:  # a picture of the window as it opened, and scrolled to the middle
            win.grab().save(f"{shot}-top.png")
            bar = win.overlay_tab.view.verticalScrollBar()
            bar.setValue(bar.maximum() // 2)
            win.grab().save(f"{shot}-middle.png")
        win.close()
        app.quit()

    QTimer.singleShot(0, check)
    app.exec()
    ctx.close()
    return found


def floor(db: str, article: str) -> dict[str, float]:
    import sqlite3

    import numpy as np
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QTextEdit

    app = QApplication(sys.argv[:1])
    began = time.perf_counter()
    path = db.removeprefix("sqlite:///")
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    hex_id = uuid.UUID(article).hex
    (text,) = connection.execute("SELECT text FROM article WHERE id = ?",
                                 (hex_id,)).fetchone()
    rows = connection.execute(
        "SELECT a.annotator_id, a.tag_id, a.start, a.\"end\" FROM annotation a "
        "JOIN annotator p ON p.id = a.annotator_id "
        "WHERE a.article_id = ? AND p.role = 'student'", (hex_id,)).fetchall()
    connection.close()
    people: dict[object, int] = {}
    tags: dict[object, int] = {}
    owner = np.array([people.setdefault(r[0], len(people)) for r in rows], dtype=np.int64)
    tag = np.array([tags.setdefault(r[1], len(tags)) for r in rows], dtype=np.int64)
    start = np.array([r[2] for r in rows], dtype=np.int64)
    end = np.array([r[3] for r in rows], dtype=np.int64)
    n = len(text)
    width = n + 1
    row = owner * len(tags) + tag
    total = len(people) * len(tags)
    cover = np.zeros((total, n), dtype=bool)
    block = max(1, (1 << 23) // width)
    for first in range(0, total, block):
        count = min(block, total - first)
        mine = (row >= first) & (row < first + count)
        diff = np.zeros(count * width, dtype=np.int32)
        np.add.at(diff, (row[mine] - first) * width + start[mine], 1)
        np.add.at(diff, (row[mine] - first) * width + end[mine], -1)
        cover[first: first + count] = np.cumsum(diff.reshape(count, width)[:, :n], axis=1) > 0
    coverage = cover.reshape(len(people), len(tags), n).any(axis=1).sum(axis=0)
    found: dict[str, float] = {"highlighted": float((coverage > 0).sum())}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "seconds" not in found:
                found["seconds"] = time.perf_counter() - began
                app.quit()
            return False

    probe = FirstPaint()
    app.installEventFilter(probe)
    edit = QTextEdit()
    edit.setReadOnly(True)
    edit.setPlainText(text)
    edit.resize(1400, 900)
    edit.show()
    app.exec()
    found["peak_rss_mb"] = _peak()
    return found


def main(argv: list[str]) -> int:
    from annotator.blas_threads import one_blas_thread

    one_blas_thread()  # as the app's start does, before numpy is imported
    result = (window(argv[1], argv[2], argv[3]) if argv[0] == "window"
              else floor(argv[1], argv[2]))
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
