"""Compare two markups side by side: a student against the answer key, or two students.

Each side shows its own highlights in the tag colours; the differences found by
:func:`annotator.core.scoring.compare_annotators` are marked with distinct underlines and
listed below, where clicking one scrolls both sides to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QShowEvent, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QListView,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.core.offsets import OffsetMap
from annotator.core.scoring import Difference, DifferenceKind, compare_annotators
from annotator.core.spans import Span
from annotator.gui import theme
from annotator.gui.i18n import QT_TRANSLATE_NOOP, arg
from annotator.gui.review.models import LinesModel
from annotator.gui.review.state import KEY_NAME, ArticleReview

U = QTextCharFormat.UnderlineStyle
MARKS: dict[DifferenceKind, tuple[QTextCharFormat.UnderlineStyle, str, str]] = {
    DifferenceKind.MISSING: (U.DashUnderline, "#b03a2e",
                             QT_TRANSLATE_NOOP("CompareTab", "missing (dashed)")),
    DifferenceKind.EXTRA: (U.DotLine, "#b03a2e", QT_TRANSLATE_NOOP("CompareTab", "extra (dotted)")),
    DifferenceKind.DIFFERENT_TAG: (U.WaveUnderline, "#6a3d9a",
                                   QT_TRANSLATE_NOOP("CompareTab", "different tag (wavy)")),
    DifferenceKind.SHIFTED: (U.SingleUnderline, "#1f5f8b",
                              QT_TRANSLATE_NOOP("CompareTab", "shifted boundaries (underline)")),
}
WORDS = {
    DifferenceKind.MISSING: QT_TRANSLATE_NOOP("CompareTab", "Missing"),
    DifferenceKind.EXTRA: QT_TRANSLATE_NOOP("CompareTab", "Extra"),
    DifferenceKind.DIFFERENT_TAG: QT_TRANSLATE_NOOP("CompareTab", "Different tag"),
    DifferenceKind.SHIFTED: QT_TRANSLATE_NOOP("CompareTab", "Shifted boundaries"),
}


class CompareText(QTextEdit):
    """One side of the comparison: read-only plain text in the reading font."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setDocumentMargin(16)
        self.setFont(theme.reading_font(-1))

    def set_article_text(self, text: str) -> None:
        self.setPlainText(text)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        fmt = QTextBlockFormat()
        fmt.setLineHeight(theme.LINE_HEIGHT_PERCENT,
                          QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(fmt)


def paint_spans(view: QTextEdit, offsets: OffsetMap, spans: Sequence[Span],
                colours: dict[str, str],
                marks: Sequence[tuple[Span, DifferenceKind]]) -> None:
    """Highlight ``spans`` in their tag colours and underline the ``marks``."""
    cursor = QTextCursor(view.document())
    cursor.beginEditBlock()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.setCharFormat(QTextCharFormat())

    def select(span: Span) -> None:
        cursor.setPosition(offsets.to_utf16(span.start))
        cursor.setPosition(offsets.to_utf16(span.end), QTextCursor.MoveMode.KeepAnchor)

    for span in spans:
        fmt = QTextCharFormat()
        fill = QColor(colours.get(span.tag, "#888888"))
        fill.setAlpha(110)
        fmt.setBackground(fill)
        select(span)
        cursor.mergeCharFormat(fmt)
    for span, kind in marks:
        style, ink, _ = MARKS[kind]
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(style)
        fmt.setUnderlineColor(QColor(ink))
        select(span)
        cursor.mergeCharFormat(fmt)
    cursor.endEditBlock()


class CompareTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review: ArticleReview | None = None
        self._differences: list[Difference] = []
        self._compared = True  # nothing to compare yet
        self._text_shown, self._shown_text = False, ""
        # what refresh() would paint into the two texts, kept until the tab is seen
        self._painting: tuple[Any, ...] | None = None
        self.reference_box = QComboBox()
        self.reference_box.setAccessibleName(self.tr("Reference markup"))
        self.other_box = QComboBox()
        self.other_box.setAccessibleName(self.tr("Compared markup"))
        self.left = CompareText()
        self.left.setAccessibleName(self.tr("Reference markup text"))
        self.right = CompareText()
        self.right.setAccessibleName(self.tr("Compared markup text"))
        self.left_offsets = self.right_offsets = OffsetMap("")
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        legend = QLabel(arg(self.tr("Marks: %1"), " · ".join(
            QCoreApplication.translate("CompareTab", mark[2]) for mark in MARKS.values())))
        legend.setTextFormat(Qt.TextFormat.PlainText)
        legend.setWordWrap(True)
        self.model = LinesModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Differences"))
        self.list.setAlternatingRowColors(True)

        top = QGridLayout()
        top.addWidget(QLabel(self.tr("Reference:")), 0, 0)
        top.addWidget(self.reference_box, 0, 1)
        top.addWidget(QLabel(self.tr("Compared:")), 0, 2)
        top.addWidget(self.other_box, 0, 3)
        top.setColumnStretch(1, 1)
        top.setColumnStretch(3, 1)
        texts = QSplitter(Qt.Orientation.Horizontal)
        texts.addWidget(self.left)
        texts.addWidget(self.right)
        texts.setChildrenCollapsible(False)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.summary)
        below_layout.addWidget(legend)
        below_layout.addWidget(self.list, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(texts)
        split.addWidget(below)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

        self.reference_box.currentIndexChanged.connect(self.refresh)
        self.other_box.currentIndexChanged.connect(self.refresh)
        self.list.clicked.connect(self.show_difference)
        self.list.activated.connect(self.show_difference)

    def show_review(self, review: ArticleReview) -> None:
        self.review = review
        data = review.data
        self._text_shown = self._text_shown and self._shown_text == data.text
        self.left_offsets = self.right_offsets = review.offsets
        for box in (self.reference_box, self.other_box):
            box.blockSignals(True)
            box.clear()
        if data.key_id is not None:
            self.reference_box.addItem(QCoreApplication.translate("ReviewState", KEY_NAME),
                                       data.key_id)
        for sid in data.students:
            self.reference_box.addItem(review.name(sid), sid)
            self.other_box.addItem(review.name(sid), sid)
        for box in (self.reference_box, self.other_box):
            box.blockSignals(False)
        if self.other_box.count() > 1 and data.key_id is None:
            self.other_box.blockSignals(True)
            self.other_box.setCurrentIndex(1)
            self.other_box.blockSignals(False)
        # compared when the tab is seen (or the differences asked for): two markups of a
        # long article took a quarter of a second while the overview opened
        self._compared = False
        if self.isVisible():
            self.refresh()

    @property
    def differences(self) -> list[Difference]:
        """The differences between the two chosen markups, the reference's first."""
        if not self._compared:
            self.refresh()
        return self._differences

    def choose(self, reference: str, other: str) -> None:
        """Select the two markups by annotator id."""
        self.reference_box.setCurrentIndex(self.reference_box.findData(reference))
        self.other_box.setCurrentIndex(self.other_box.findData(other))
        self.refresh()

    def _spans(self, annotator: str | None) -> list[Span]:
        assert self.review is not None
        data = self.review.data
        if annotator is None:
            return []
        if annotator == data.key_id:
            return list(data.key_spans)
        return [s for s in data.student_spans if s.annotator == annotator]

    def refresh(self) -> None:
        if self.review is None:
            return
        data = self.review.data
        ref = self._spans(self.reference_box.currentData())
        other = self._spans(self.other_box.currentData())
        self._compared = True
        self._differences = compare_annotators(ref, other)
        left_marks = [(d.reference, d.kind) for d in self._differences if d.reference]
        right_marks = [(d.other, d.kind) for d in self._differences if d.other]
        colours = {k: data.tag_info[k]["colour"] for k in data.tags}
        self._painting = (ref, other, colours, left_marks, right_marks)
        if self.isVisible():
            self._paint_texts()
        counts = {kind: 0 for kind in DifferenceKind}
        rows = []
        for d in self._differences:
            counts[d.kind] += 1
            span = d.reference or d.other
            assert span is not None
            tags = " → ".join(
                data.tag_info[s.tag]["label"] for s in (d.reference, d.other) if s is not None
            )
            quote = " ".join(data.text[span.start : span.end].split())
            short = quote if len(quote) <= 80 else quote[:79] + "…"
            rows.append((f"{self.tr(WORDS[d.kind])} — {tags}: “{short}”", d, quote))
        self.model.set_rows(rows)
        if self.reference_box.currentData() == self.other_box.currentData():
            self.summary.setText(self.tr("The same markup is chosen on both sides."))
        else:
            self.summary.setText(arg(
                self.tr("%n difference(s): %1", "", len(self._differences)),
                ", ".join(arg(self.tr("%1 × %2"), counts[k], self.tr(WORDS[k]))
                          for k in DifferenceKind)))

    def _paint_texts(self) -> None:
        """Put the article into both texts (once per article) and paint the two markups.
        Done when the tab is seen: laying out a long article twice more cost a second."""
        if self._painting is None or self.review is None:
            return
        text = self.review.data.text
        if not self._text_shown:
            self.left.set_article_text(text)
            self.right.set_article_text(text)
            self._text_shown, self._shown_text = True, text
        ref, other, colours, left_marks, right_marks = self._painting
        self._painting = None
        paint_spans(self.left, self.left_offsets, ref, colours, left_marks)  # type: ignore[arg-type]
        paint_spans(self.right, self.right_offsets, other, colours, right_marks)  # type: ignore[arg-type]

    def showEvent(self, event: QShowEvent) -> None:
        if not self._compared:
            self.refresh()
        self._paint_texts()
        super().showEvent(event)

    def show_difference(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self._paint_texts()
        d: Difference = self.model.payload(index.row())
        for view, offsets in ((self.left, self.left_offsets), (self.right, self.right_offsets)):
            cursor = QTextCursor(view.document())
            cursor.setPosition(offsets.to_utf16(d.start))
            view.setTextCursor(cursor)
            view.ensureCursorVisible()
