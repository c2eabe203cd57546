"""The class overlay tab: legend, the painted text with its minimap, the contested passages
(discussion prompts) and who highlighted the spot last clicked."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from annotator.core.text import excerpt
from annotator.gui.i18n import QT_TRANSLATE_NOOP, arg, number
from annotator.gui.review.legend import Legend
from annotator.gui.review.minimap import Minimap
from annotator.gui.review.models import LinesModel
from annotator.gui.review.overlay_view import OverlayView
from annotator.gui.review.state import ArticleReview

NOTE = QT_TRANSLATE_NOOP(
    "OverlayTab", "Stronger colour: more students highlighted it · colour: the tag most chose · "
        "hatched and wavy: students chose different tags.")

CONTESTED_HINT = QT_TRANSLATE_NOOP(
    "OverlayTab", "The sentences where the class split most, to discuss. The number runs "
                  "from 0 (everyone agreed) to 1 (half highlighted it, and the tags were all "
                  "over). Click one to show it.")


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class OverlayTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review: ArticleReview | None = None
        self.legend = Legend()
        self.view = OverlayView()
        self.minimap = Minimap(self.view)
        self.contested = LinesModel(self)
        self.contested_list = QListView()
        self.contested_list.setModel(self.contested)
        self.contested_list.setWordWrap(True)
        self.contested_list.setAlternatingRowColors(True)
        self.contested_list.setAccessibleName(self.tr("Contested passages"))
        self.contested_list.setSpacing(2)
        self.contested_list.setToolTip(self.tr("Click a passage to show it in the text"))
        self.spot = LinesModel(self)
        self.spot_list = QListView()
        self.spot_list.setModel(self.spot)
        self.spot_list.setWordWrap(True)
        self.spot_list.setAccessibleName(self.tr("Students at the clicked spot"))
        self.spot_heading = _heading(self.tr("At this spot"))
        self.spot_hint = QLabel(self.tr("Click the text to see who highlighted it."))
        self.spot_hint.setWordWrap(True)

        text_box = QWidget()
        text_layout = QHBoxLayout(text_box)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.setSpacing(0)
        text_layout.addWidget(self.view, 1)
        text_layout.addWidget(self.minimap)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 4, 4, 4)
        side_layout.addWidget(_heading(self.tr("Contested passages")))
        self.contested_hint = QLabel(self.tr(CONTESTED_HINT))
        self.contested_hint.setWordWrap(True)
        side_layout.addWidget(self.contested_hint)
        side_layout.addWidget(self.contested_list, 3)
        side_layout.addWidget(self.spot_heading)
        side_layout.addWidget(self.spot_hint)
        side_layout.addWidget(self.spot_list, 2)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(text_box)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.splitter, 1)

        self.view.positionClicked.connect(self.show_spot)
        self.contested_list.activated.connect(self.activate_contested)
        self.contested_list.clicked.connect(self.activate_contested)

    def show_review(self, review: ArticleReview) -> None:
        self.review = review
        data = review.data
        colours = {k: data.tag_info[k]["colour"] for k in data.tags}
        labels = {k: data.tag_info[k]["label"] for k in data.tags}
        self.legend.set_tags([(labels[k], colours[k]) for k in data.tags], self.tr(NOTE))
        self.view.show_overlay(data.text, review.overlay, colours, labels, review.offsets)
        self.minimap.refresh()
        rows = []
        for c in review.figures["contested"]:
            line = f"{number(c['score'], 2)}  {c['excerpt']}"
            tip = arg(self.tr("Disagreement about highlighting: %1\n"
                              "Disagreement about the tag: %2"),
                      number(c["highlight_disagreement"], 2), number(c["tag_disagreement"], 2))
            rows.append((line, (c["start"], c["end"]), tip))
        self.contested.set_rows(rows)
        self.spot.set_rows([])
        self.spot_heading.setText(self.tr("At this spot"))
        self.spot_hint.setText(self.tr("Click the text to see who highlighted it."))
        self.spot_hint.show()

    def show_spot(self, pos: int) -> None:
        """List the students (and their spans) covering character ``pos``."""
        if self.review is None:
            return
        data = self.review.data
        found = self.review.overlay.annotators_at(pos)
        rows = []
        for annotator, spans in found.items():
            for span in spans:
                label = data.tag_info[span.tag]["label"]
                quote = excerpt(data.text[span.start : span.end], 70)
                rows.append((f"{self.review.name(annotator)} — {label}: “{quote}”",
                             (span.start, span.end), data.text[span.start : span.end]))
        self.spot.set_rows(rows)
        self.spot_heading.setText(self.tr("At this spot: %n student(s)", "", len(found)))
        self.spot_hint.setVisible(not rows)
        if not rows:
            self.spot_hint.setText(self.tr("Nobody highlighted this spot."))

    def activate_contested(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        start, end = self.contested.payload(index.row())
        self.view.scroll_to(start, end)
