"""The floor for start-up and memory: a bare PySide6 window with the two sample texts in
two read-only QTextEdit panes side by side, nothing else.

It quits right after its first paint and prints one JSON line: ``first_paint`` (Unix time)
and ``peak_rss_mb``. Run by bench_startup.py and bench_memory.py; do not import this.

``--with-orm`` first imports SQLAlchemy and the app's models, to show how much of the app's
start-up that import alone costs (a reference row, not a floor).
"""

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextEdit

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"


class QuitAfterFirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self.done)
        return False

    def done(self) -> None:
        painted = time.time()
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        peak_mb = peak / 2**20 if sys.platform == "darwin" else peak / 1024
        print(json.dumps({"first_paint": painted, "peak_rss_mb": peak_mb}), flush=True)
        QApplication.quit()


def main() -> int:
    if "--with-orm" in sys.argv:
        import annotator.storage.models  # noqa: F401
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    splitter = QSplitter(Qt.Orientation.Horizontal)
    for name in ("article-1.txt", "article-2.txt"):
        pane = QTextEdit()
        pane.setReadOnly(True)
        pane.setPlainText((SAMPLE / name).read_text(encoding="utf-8"))
        splitter.addWidget(pane)
    window.setCentralWidget(splitter)
    window.resize(1280, 800)
    probe = QuitAfterFirstPaint(app)
    app.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
