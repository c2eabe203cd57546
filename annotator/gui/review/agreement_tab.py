"""The agreement tab: every agreement figure of the article with its plain-language reading,
and the pairwise matrices between students as a heatmap."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.i18n import QT_TRANSLATE_NOOP, arg
from annotator.gui.review.heatmap import Heatmap, shown
from annotator.gui.review.readings import translated_reading
from annotator.gui.review.state import ArticleReview

Index = QModelIndex | QPersistentModelIndex
MEASURES = (
    ("krippendorff_alpha", QT_TRANSLATE_NOOP("AgreementTab", "Krippendorff's alpha")),
    ("fleiss_kappa", QT_TRANSLATE_NOOP("AgreementTab", "Fleiss' kappa")),
    ("mean_cohen_kappa", QT_TRANSLATE_NOOP("AgreementTab", "Mean Cohen's kappa (pairs)")),
)
READ_AS = {"mean_cohen_kappa": "cohen_kappa"}  # how services/review.py reads each figure
UNITIZING = QT_TRANSLATE_NOOP("AgreementTab", "Unitizing alpha (advanced)")
GUIDE = QT_TRANSLATE_NOOP(
    "AgreementTab",
    "How alike the students' markups are (the answer key is not counted). Start with "
    "Krippendorff's alpha for all tags: 0.80 or more, the class marked the text in much the "
    "same way; below 0.67, differently enough to discuss. Kappa names its bands more "
    "gently, so the same number can read 'fair' as kappa and 'low' as alpha."
)


def figure_rows(figures: dict[str, Any]) -> list[tuple[str, str, float | None, str]]:
    """(scope, measure, value, reading) for the article and each tag."""
    ag = figures["agreement"]
    labels = {t["key"]: t["label"] for t in figures["tags"]}
    def t(text: str) -> str:
        return QCoreApplication.translate("AgreementTab", text)

    all_tags = QCoreApplication.translate("AgreementTab", "All tags")
    def read(key: str, value: float | None) -> str:  # in the UI's language
        return translated_reading(READ_AS.get(key, key), value)

    rows = [(all_tags, t(name), ag[key]["value"], read(key, ag[key]["value"]))
            for key, name in MEASURES]
    u = ag["unitizing_alpha"]["u_alpha"]
    rows.append((all_tags, t(UNITIZING), u["value"], read("unitizing_alpha", u["value"])))
    for tag, per in ag["per_tag"].items():
        for key, name in (*MEASURES, ("unitizing_alpha", UNITIZING)):
            value = per[key]["value"]
            rows.append((labels.get(tag, tag), t(name), value, read(key, value)))
    return rows


class FiguresModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("FiguresModel", "Scope"),
               QT_TRANSLATE_NOOP("FiguresModel", "Measure"),
               QT_TRANSLATE_NOOP("FiguresModel", "Value"),
               QT_TRANSLATE_NOOP("FiguresModel", "What it means"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, float | None, str]] = []

    def set_rows(self, rows: list[tuple[str, str, float | None, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(row[2]) if index.column() == 2 else row[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < 4):
            return self.tr(self.HEADERS[section])
        return None


class AgreementTab(QWidget):
    # "all" or "selected": the person asked for the pairwise matrices a large class leaves out
    pairwiseRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review: ArticleReview | None = None
        self.model = FiguresModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Agreement figures with their readings"))
        self.matrix_box = QComboBox()
        self.matrix_box.setAccessibleName(self.tr("Pairwise matrix to show"))
        self.heatmap = Heatmap()
        scroll = self.heatmap_scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Agreement heatmaps"))
        scroll.setWidget(self.heatmap)
        scroll.setWidgetResizable(True)
        self.guide = QLabel(self.tr(GUIDE))
        self.guide.setWordWrap(True)
        self.guide.setTextFormat(Qt.TextFormat.PlainText)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(Qt.TextFormat.PlainText)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Pairwise:")))
        pick.addWidget(self.matrix_box, 1)
        right_layout.addLayout(pick)
        right_layout.addWidget(self.explain)
        self.ask_all = QPushButton(self.tr("Compute for Every Student"))
        self.ask_selected = QPushButton(self.tr("Compute for the Selected Students"))
        self.ask_selected.setToolTip(self.tr(
            "Select students in the list on the left (Ctrl+click, Shift+click) first"))
        self.ask_all.clicked.connect(lambda: self.pairwiseRequested.emit("all"))
        self.ask_selected.clicked.connect(lambda: self.pairwiseRequested.emit("selected"))
        asks = QHBoxLayout()
        asks.addWidget(self.ask_all)
        asks.addWidget(self.ask_selected)
        asks.addStretch(1)
        right_layout.addLayout(asks)
        self.asks_spacer = QWidget()  # holds the room of the heatmap while it is hidden
        right_layout.addWidget(self.asks_spacer, 1)
        right_layout.addWidget(scroll, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.guide)
        left_layout.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([560, 520])
        # while the figures are computed, this says so instead of an empty table and an
        # empty pairwise page ("At least two students are needed...") behind the grey
        self.computing_note = QLabel(self.tr(
            "The agreement figures are still being computed. The progress is shown at the "
            "foot of the window."))
        self.computing_note.setWordWrap(True)
        self.computing_note.setTextFormat(Qt.TextFormat.PlainText)
        self.computing_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.computing_note.setAccessibleName(self.tr("Agreement figures being computed"))
        self._readable_when_greyed()
        self.pages = QStackedWidget()
        self.pages.addWidget(split)
        self.pages.addWidget(self.computing_note)
        self.figures_page = split
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.matrix_box.currentIndexChanged.connect(self._show_matrix)

    def set_computing(self, computing: bool) -> None:
        """Show that the figures are being computed (the window greys the tab out
        meanwhile), or the figures once they are there."""
        self.pages.setCurrentWidget(self.computing_note if computing else self.figures_page)

    def computing(self) -> bool:
        return self.pages.currentWidget() is self.computing_note

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # a light or dark theme came in
            self._readable_when_greyed()

    def _readable_when_greyed(self) -> None:
        """The note is read while the tab is greyed out: in the normal text colour."""
        palette = self.palette()
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText,
                         palette.color(QPalette.ColorGroup.Active,
                                       QPalette.ColorRole.WindowText))
        self.computing_note.setPalette(palette)

    def show_review(self, review: ArticleReview) -> None:
        self.review = review
        self.model.set_rows(figure_rows(review.figures))
        current = self.matrix_box.currentData()
        self.matrix_box.blockSignals(True)
        self.matrix_box.clear()
        self.matrix_box.addItem(self.tr("Cohen's kappa, all tags"), ("cohen_kappa", None))
        for t in review.figures["tags"]:
            self.matrix_box.addItem(arg(self.tr("Cohen's kappa, %1 only"), t["label"]),
                                    ("cohen_kappa_per_tag", t["key"]))
        self.matrix_box.addItem(self.tr("Span F1, overlapping spans"), ("span_f1_overlap", None))
        self.matrix_box.addItem(self.tr("Span F1, exact spans"), ("span_f1_exact", None))
        found = self.matrix_box.findData(current) if current is not None else -1
        self.matrix_box.setCurrentIndex(max(0, found))
        self.matrix_box.blockSignals(False)
        self._show_matrix()

    def _show_matrix(self) -> None:
        if self.review is None:
            return
        pairwise = self.review.figures["agreement"]["pairwise"]
        omitted = "omitted" in pairwise
        for button in (self.ask_all, self.ask_selected, self.asks_spacer):
            button.setVisible(omitted)
        self.heatmap_scroll.setVisible(not omitted)
        self.matrix_box.setEnabled(not omitted)
        if omitted:
            n = len(self.review.data.students)
            self.heatmap.set_matrix([], [], "cohen_kappa", -1.0)
            self.explain.setText(self.tr(
                "With %n students the student-by-student matrices are large (every pair of "
                "students), so they are not computed unless you ask. The figures on the left "
                "cover the whole class.", "", n))
            return
        kind, tag = self.matrix_box.currentData() or ("cohen_kappa", None)
        matrix = pairwise[kind][tag] if tag else pairwise[kind]
        names = [self.review.name(s) for s in pairwise["students"]]
        if len(names) < 2:
            names, matrix = [], []
        kappa = kind.startswith("cohen")
        self.heatmap.set_matrix(names, matrix, "cohen_kappa" if kappa else "span_f1",
                                -1.0 if kappa else 0.0)
        self.explain.setText(
            self.tr("Each cell: how much two students agree, character by character, beyond "
                    "chance (1 = identical, 0 = as if by chance).") if kappa else
            self.tr("Each cell: the share of spans the two students both marked with the same "
                    "tag (1 = the same spans, 0 = nothing in common).")
        )
