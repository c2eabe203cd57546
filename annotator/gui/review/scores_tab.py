"""The scores tab: every student's scores against the key (sortable, exportable) and one
student's tag confusion matrix, whose cells list the spans behind them."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.i18n import QT_TRANSLATE_NOOP
from annotator.gui.review.models import LinesModel
from annotator.gui.review.scores_model import (
    NONE_LABEL,
    SORT_ROLE,
    ConfusionModel,
    ScoresTableModel,
)
from annotator.gui.review.state import KEY_NAME, ArticleReview
from annotator.services.review import SCORE_COLUMNS

NO_KEY_NOTE = QT_TRANSLATE_NOOP(
    "ScoresTab",
    "No scores yet: there is no answer key. In the main window, switch on Review > Annotate "
    "the Answer Key, tag the passages the way you want them tagged, then switch it off; "
    "every student is then scored against your key here."
)
SCORES_NOTE = QT_TRANSLATE_NOOP(
    "ScoresTab",
    "Each row compares one student's highlights with the answer key (1.00 = the same as "
    "the key, 0.00 = nothing in common). P: how much of what the student marked is in the "
    "key. R: how much of the key the student found. F1: P and R together. Exact counts "
    "only the key's exact passages, Overlap any overlapping passage with the same tag, "
    "Chars character by character. Click a heading to sort; hover it for more."
)


class ScoresTab(QWidget):
    exportRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review: ArticleReview | None = None
        self.model = ScoresTableModel(SCORE_COLUMNS, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SCORE_COLUMNS.index("article"), Qt.SortOrder.AscendingOrder)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setColumnHidden(SCORE_COLUMNS.index("student"), True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setAccessibleName(self.tr("Scores against the answer key"))
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.overall_only = QCheckBox(self.tr("Only the all-tags rows"))
        self.overall_only.setToolTip(self.tr(
            "One row per student and article: their highlights with "
                                     "every tag together, against the key"))
        self.overall_only.toggled.connect(self.set_overall_only)
        self.export_button = QPushButton(self.tr("Export Scores (CSV)…"))
        self.export_button.clicked.connect(self.exportRequested)

        self.student_box = QComboBox()
        self.student_box.setAccessibleName(self.tr("Student for the confusion matrix"))
        self.confusion = ConfusionModel(self)
        self.confusion_table = QTableView()
        self.confusion_table.setModel(self.confusion)
        self.confusion_table.setAccessibleName(self.tr("Tag confusion: student against key"))
        self.confusion_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.pairs = LinesModel(self)
        self.pairs_list = QListView()
        self.pairs_list.setModel(self.pairs)
        self.pairs_list.setWordWrap(True)
        self.pairs_list.setAccessibleName(self.tr("Spans behind the chosen cell"))
        self.pairs_list.setAlternatingRowColors(True)
        self.pairs_hint = QLabel(self.tr("Click a cell to list the spans behind it."))
        self.pairs_hint.setWordWrap(True)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.note, 1)
        bar.addWidget(self.overall_only)
        bar.addWidget(self.export_button)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.table, 1)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr(
            "In this article, the tags chosen by (rows) against the key's "
                              "(columns):")))
        pick.addWidget(self.student_box, 1)
        bottom_layout.addLayout(pick)
        cells = QSplitter(Qt.Orientation.Horizontal)
        cells.addWidget(self.confusion_table)
        pairs_box = QWidget()
        pairs_layout = QVBoxLayout(pairs_box)
        pairs_layout.setContentsMargins(0, 0, 0, 0)
        pairs_layout.addWidget(self.pairs_hint)
        pairs_layout.addWidget(self.pairs_list, 1)
        cells.addWidget(pairs_box)
        cells.setStretchFactor(0, 3)
        cells.setStretchFactor(1, 2)
        bottom_layout.addWidget(cells, 1)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self.student_box.currentIndexChanged.connect(self._show_confusion)
        self.confusion_table.clicked.connect(self.drill_down)
        self.confusion_table.activated.connect(self.drill_down)

    def show_scores(self, rows: list[dict[str, object]], review: ArticleReview) -> None:
        self.review = review
        data = review.data
        labels = {k: data.tag_info[k]["label"] for k in data.tags}
        self.model.set_rows(rows, labels)
        self.table.resizeColumnsToContents()
        article = SCORE_COLUMNS.index("article")
        self.table.setColumnWidth(article, min(self.table.columnWidth(article), 200))
        self.note.setText(self.tr(SCORES_NOTE) if rows else self.tr(NO_KEY_NOTE))
        self.student_box.blockSignals(True)
        self.student_box.clear()
        for entry in review.figures["scores"]:
            self.student_box.addItem(entry["name"], entry["student"])
        self.student_box.blockSignals(False)
        self._show_confusion()

    def set_overall_only(self, on: bool) -> None:
        """Show only the all-tags row of each student and article (or every row)."""
        if self.overall_only.isChecked() != on:
            self.overall_only.setChecked(on)  # comes back here through toggled
            return
        self.proxy.setFilterKeyColumn(SCORE_COLUMNS.index("tag"))
        self.proxy.setFilterRole(SORT_ROLE)
        self.proxy.setFilterRegularExpression(QRegularExpression("^all$" if on else ""))

    def _show_confusion(self) -> None:
        assert self.review is not None
        data = self.review.data
        labels = {k: data.tag_info[k]["label"] for k in data.tags}
        sid = self.student_box.currentData()
        entry = next((e for e in self.review.figures["scores"] if e["student"] == sid), None)
        self.confusion.set_confusion(entry["confusion"] if entry else None, labels)
        self.pairs.set_rows([])

    def drill_down(self, index: QModelIndex) -> None:
        """List the span pairs behind a confusion cell."""
        if self.review is None or not index.isValid():
            return
        data = self.review.data
        name = self.student_box.currentText()

        def describe(who: str, span: dict[str, object] | None) -> str:
            if span is None:
                return f"{who}: {QCoreApplication.translate('ScoresTableModel', NONE_LABEL)}"
            start, end = int(span["start"]), int(span["end"])  # type: ignore[call-overload]
            quote = " ".join(data.text[start:end].split())
            quote = quote if len(quote) <= 70 else quote[:69] + "…"
            return f"{who}: {data.tag_info[str(span['tag'])]['label']} “{quote}”"

        rows = []
        for pair in self.confusion.cell_pairs(index.row(), index.column()):
            line = f"{describe(name, pair['student'])}\n{describe(KEY_NAME, pair['key'])}"
            rows.append((line, pair, line))
        self.pairs.set_rows(rows)
