"""The charts tab: tags per student in this article, and the tag distribution per article."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from annotator.gui.i18n import arg
from annotator.gui.review.charts import StackedBarChart
from annotator.gui.review.state import ArticleReview


class ChartsTab(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.per_student = StackedBarChart()
        self.distribution = StackedBarChart()
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.per_student)
        layout.addSpacing(12)
        layout.addWidget(self.distribution)
        layout.addStretch(1)
        self.setWidget(inner)
        self.setWidgetResizable(True)

    def show_review(self, review: ArticleReview, figures: dict[str, Any]) -> None:
        tags = review.figures["tags"]
        series = [(t["label"], t["colour"]) for t in tags]
        rows = [
            (review.name(row["student"]), [row["counts"][t["key"]] for t in tags])
            for row in review.figures["charts"]["tags_per_student"]
        ]
        self.per_student.set_data(
            arg(self.tr("Tags per student: %1"), review.data.title or self.tr("untitled article")),
            rows, series, self.tr("Number of highlights"))
        per_article = [
            (a["article"]["title"] or self.tr("Untitled"),
             [a["charts"]["tag_distribution"][t["key"]]["spans"] for t in tags])
            for a in figures["articles"]
        ]
        self.distribution.set_data(self.tr("Tag distribution per article (all shown students)"),
                                   per_article, series, self.tr("Number of highlights"))
