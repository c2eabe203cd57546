"""The floors for the whole-command review benchmarks; run by bench_review_class.py, do not
import this.

``floor_review.py cli N_CHARS FILE...``: what any review must at least do with the class:
start Python, read and ``json.loads`` the same hand-in files, put every highlight into numpy
arrays and build the per-student, per-tag character cover over the same arrays (difference
arrays and a cumulative sum), then write a compact JSON line of per-student counts.

``floor_review.py window N_CHARS TEXT_FILE FILE...``: the same reading and numpy work inside
a running QApplication, then a bare window with the article in a QTextEdit and the students
in a QListWidget, until its first paint; prints ``{"seconds": ...}`` measured like the
window probe (from before the work to the first paint).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np


def read_class(n_chars: int, files: list[str]) -> tuple[list[str], np.ndarray]:
    tags: dict[str, int] = {}
    owner, start, end, tag = [], [], [], []
    names = []
    for k, name in enumerate(files):
        document = json.loads(Path(name).read_bytes())
        names.append(document["annotator"]["display_name"])
        for a in document["annotations"]:
            owner.append(k)
            start.append(a["start"])
            end.append(a["end"])
            tag.append(tags.setdefault(a["tag_key"], len(tags)))
    rows = np.array(owner, dtype=np.int64) * max(len(tags), 1) + np.array(tag, dtype=np.int64)
    width = n_chars + 1
    size = len(files) * max(len(tags), 1) * width
    diff = np.zeros(size, dtype=np.int32)
    np.add.at(diff, rows * width + np.array(start, dtype=np.int64), 1)
    np.add.at(diff, rows * width + np.array(end, dtype=np.int64), -1)
    cover = np.cumsum(diff.reshape(-1, width), axis=1, dtype=np.int32) > 0
    return names, cover.reshape(len(files), max(len(tags), 1), width).sum(axis=2)


def cli(argv: list[str]) -> int:
    names, counts = read_class(int(argv[0]), argv[1:])
    sys.stdout.write(json.dumps({"students": names, "chars": counts.tolist()},
                                separators=(",", ":")) + "\n")
    return 0


def window(argv: list[str]) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import (
        QApplication,
        QListWidget,
        QMainWindow,
        QSplitter,
        QTextEdit,
    )

    app = QApplication(sys.argv[:1])
    began = time.perf_counter()
    names, _ = read_class(int(argv[0]), argv[2:])
    win = QMainWindow()
    split = QSplitter()
    listing = QListWidget()
    listing.addItems(names)
    text = QTextEdit()
    text.setReadOnly(True)
    text.setPlainText(Path(argv[1]).read_text(encoding="utf-8"))
    split.addWidget(listing)
    split.addWidget(text)
    win.setCentralWidget(split)
    win.resize(1360, 860)

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is text.viewport():
                app.removeEventFilter(self)
                QTimer.singleShot(0, self.done)
            return False

        def done(self) -> None:
            print(json.dumps({"seconds": time.perf_counter() - began}), flush=True)
            app.quit()

    probe = Painted()
    app.installEventFilter(probe)
    win.show()
    return app.exec()


if __name__ == "__main__":
    mode, rest = sys.argv[1], sys.argv[2:]
    raise SystemExit(cli(rest) if mode == "cli" else window(rest))
