"""How much the annotations list costs when a student adds one annotation to a long markup.

2,000 annotations are shown in the panel's model, sorting proxy and table; then one more
arrives as a hub event. The floor is Qt's own QStandardItemModel behind a sorting proxy
and a table, with the same 2,000 rows, taking one inserted row. Run:
``.venv/bin/python tests/benchmarks/bench_panel_lists.py``.
"""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from harness import Row, Stats, limit_row, report
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from annotator.gui.workspace.models.annotation_model import (
    QUOTE,
    AnnotationFilterProxy,
    AnnotationTableModel,
)
from annotator.gui.workspace.panels.common import configure_table
from annotator.services.events import ANNOTATION_ADDED, Event
from annotator.services.exercises import load_exercise
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise
from annotator.services.views import AnnotationView, ExerciseView
from annotator.storage.database import open_database

N, ADDS = 2_000, 60
Timings = tuple[tuple[float, float], list[tuple[float, float]]]


class Minimal(QAbstractTableModel):
    """The least a Python table model can do: display strings from a list, nothing else."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, ...]] = []

    def rowCount(self, parent: object = None) -> int:
        return len(self.rows)

    def columnCount(self, parent: object = None) -> int:
        return 4

    def data(self, index: QModelIndex, role: int = 0) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None

    def append(self, row: tuple[str, ...]) -> None:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(row)
        self.endInsertRows()


def python_floor(rows: list[AnnotationView], extra: list[AnnotationView]) -> Timings:
    model = Minimal()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    view = table(proxy)

    def fill() -> None:
        model.beginResetModel()
        model.rows = [("Article", "Claim", a.exact, a.note) for a in rows]
        model.endResetModel()

    load = timed(fill)
    adds = [timed(lambda a=a: model.append(("Article", "Claim", a.exact, a.note)))
            for a in extra]
    view.close()
    return load, adds


def annotations(exercise: ExerciseView, annotator: uuid.UUID, n: int) -> list[AnnotationView]:
    now = datetime.now(UTC)
    out = []
    for i in range(n):
        article = exercise.articles[i % len(exercise.articles)]
        start = (i * 37) % (len(article.text) - 60)
        end = start + 20 + i % 40
        out.append(AnnotationView(uuid.uuid4(), article.id, annotator, start, end,
                                  article.text[start:end], "", "", exercise.tags[i % 4].id,
                                  f"note {i}" if i % 3 else "", now, now))
    return out


def timed(action: object) -> tuple[float, float]:
    """Milliseconds for ``action`` alone, and with the view's relayout and repaint."""
    app = QApplication.instance()
    began = time.perf_counter()
    action()  # type: ignore[operator]
    done = time.perf_counter()
    app.processEvents()
    return (done - began) * 1000, (time.perf_counter() - began) * 1000


def table(model: object) -> QTableView:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    configure_table(view)  # as in the panel: sortable, no row header
    view.sortByColumn(QUOTE, Qt.SortOrder.AscendingOrder)
    view.resize(480, 600)
    view.show()
    QApplication.processEvents()
    return view


def ours(exercise: ExerciseView, rows: list[AnnotationView], extra: list[AnnotationView]
         ) -> Timings:
    model = AnnotationTableModel()
    proxy = AnnotationFilterProxy()
    proxy.setSourceModel(model)
    view = table(proxy)
    annotator = rows[0].annotator_id
    load = timed(lambda: model.load(exercise, annotator, rows))
    adds = [timed(lambda a=a: model.on_added(Event(ANNOTATION_ADDED, a))) for a in extra]
    assert model.rowCount() == len(rows) + len(extra)
    view.close()
    return load, adds


def floor(rows: list[AnnotationView], extra: list[AnnotationView]) -> Timings:
    model = QStandardItemModel(0, 4)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    view = table(proxy)

    def row(a: AnnotationView) -> list[QStandardItem]:
        return [QStandardItem(x) for x in ("Article", "Claim", a.exact, a.note)]

    def fill() -> None:
        for a in rows:
            model.appendRow(row(a))

    load = timed(fill)
    adds = [timed(lambda a=a: model.appendRow(row(a))) for a in extra]
    view.close()
    return load, adds


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        ensure_sample_exercise(db)
        exercise = load_exercise(db, SAMPLE_EXERCISE_ID)
        db.close()
    everything = annotations(exercise, uuid.uuid4(), N + ADDS)
    rows, extra = everything[:N], everything[N:]
    our_load, our_adds = ours(exercise, rows, extra)
    qt_load, qt_adds = floor(rows, extra)
    py_load, py_adds = python_floor(rows, extra)
    def secs(values: list[float]) -> Stats:
        return Stats.of([v / 1000 for v in values])

    rows: list[Row] = [
        Row(name=f"annotations list: show {N:,}, painted", value=our_load[1], unit="ms",
            floor_value=qt_load[1], ratio=our_load[1] / qt_load[1],
            note=f"floor: QStandardItemModel; a minimal Python model took {py_load[1]:.1f} ms"),
    ]
    for part, label in ((0, "model and proxy"), (1, "with repaint")):
        floor_stats = secs([t[part] for t in qt_adds])
        rows.append(limit_row(f"annotations list: add one row, {label}",
                              secs([t[part] for t in our_adds]), 0.016, floor=floor_stats,
                              on="p95", note="floor: QStandardItemModel, one appended row; "
                              "minimal Python model median "
                              f"{Stats.of([t[part] for t in py_adds]).median:.3f} ms"))
    report(rows, "panel_lists")
    del app


if __name__ == "__main__":
    main()
