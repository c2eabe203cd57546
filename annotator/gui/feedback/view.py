"""The Feedback view: beside the reading panes, read-only, what the teacher returned.

Top: the exercise and the teacher's comment. Tabs: the passages (one verdict per
key passage and per passage of the student's, with the key's explanation and the teacher's
comment; activating one shows it in the text) and the scores in plain words, with what the
class-heat strip means. Bottom: the attempt it is about, and "Revise and Hand In Again…".
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDateTime, QLocale, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.feedback.passage_delegate import PassageDelegate
from annotator.gui.feedback.passage_model import ICON_SIZE, PassageModel
from annotator.gui.feedback.rows import build_rows
from annotator.gui.feedback.scores_text import score_paragraphs
from annotator.gui.feedback.server_release import when_text
from annotator.services.feedback_student import OpenedFeedback

__all__ = ["FeedbackView"]


def _label(text: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FeedbackView(QWidget):
    passageActivated = Signal(object, int, int)  # article id, start, end (code points)
    reviseRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackView")
        self.setAccessibleName(self.tr("Feedback from your teacher"))
        self.opened: OpenedFeedback | None = None
        self.heading = _label()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setBold(True)
        self.heading.setFont(font)
        self.about = _label()  # the hand-in's date, shown in the footer's tooltip
        self.source = _label()  # released on the school server: when
        self.source.setAccessibleName(self.tr("Where this feedback comes from"))
        self.source.setVisible(False)
        self.comment_title = _label(self.tr("Your teacher says:"))
        bold = self.comment_title.font()
        bold.setBold(True)
        self.comment_title.setFont(bold)
        self.comment = _label()
        self.comment.setAccessibleName(self.tr("Your teacher's comment"))
        self.comment_frame = QFrame()
        self.comment_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.comment_frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.comment_frame.setAutoFillBackground(True)
        frame_layout = QVBoxLayout(self.comment_frame)
        frame_layout.setContentsMargins(10, 8, 10, 8)
        frame_layout.addWidget(self.comment_title)
        frame_layout.addWidget(self.comment)

        self.model = PassageModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(PassageDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setAccessibleName(self.tr("Passages: your markup and the key's"))
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)
        self.scores = _label()
        self.scores.setAccessibleName(self.tr("Your scores"))
        self.scores.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.list, self.tr("Passages"))
        self.tabs.addTab(scroller, self.tr("Scores"))

        self.heat_note = _label(self.tr(
            "The strip at the left of each text: how many classmates marked each line "
            "(point at it to see)."))
        self.marks_note = _label(self.tr(
            "In the text, a dashed box marks a key passage you missed, a dotted box one where "
            "the key chose another tag."))
        self.attempts = _label()
        self.revise = QPushButton(self.tr("Revise and Hand In Again…"))
        self.revise.setAccessibleName(self.tr("Revise and hand in again"))
        self.revise.setToolTip(self.tr(
            "Change your highlights, then hand in a second attempt; this feedback stays "
            "with your first."))
        self.revise.clicked.connect(self.reviseRequested)
        self.read_only = _label(self.tr(
            "This feedback is read-only; your own highlights stay yours to change."))

        self.setMinimumWidth(300)
        for label in (self.heading, self.about, self.source, self.comment, self.heat_note,
                      self.marks_note, self.attempts, self.read_only):
            label.setMinimumWidth(1)
        self.scores_page = QWidget()
        page = QVBoxLayout(self.scores_page)
        page.setContentsMargins(8, 8, 8, 8)
        page.setSpacing(10)
        self.score_items = QVBoxLayout()
        self.score_items.setSpacing(4)
        page.addLayout(self.score_items)
        page.addWidget(self.scores)
        page.addWidget(self.marks_note)
        page.addWidget(self.heat_note)
        page.addWidget(self.read_only)
        page.addStretch(1)
        scroller.setWidget(self.scores_page)
        footer = QHBoxLayout()
        footer.addWidget(self.attempts, 1)
        footer.addWidget(self.revise)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.source)
        layout.addWidget(self.comment_frame)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(footer)

    def show_feedback(self, opened: OpenedFeedback) -> None:
        self.opened = opened
        record = opened.record
        self.heading.setText(self.tr("Feedback on “%1”").replace("%1", record.exercise_title))
        moment = QDateTime.fromSecsSinceEpoch(int(record.handed_in.timestamp()))
        locale = QLocale()
        clock = locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
        when = f"{locale.toString(moment.date(), 'd MMM yyyy')}, {clock}"
        self.about.setText(self.tr("About your hand-in of %1 at %2").replace(
            "%1", locale.toString(moment.date(), QLocale.FormatType.LongFormat)).replace(
            "%2", clock))
        if opened.released is not None:
            self.source.setText(self.tr("Released by your teacher on the school server, %1")
                                .replace("%1", when_text(opened.released)))
        self.source.setVisible(opened.released is not None)
        overall = record.comments.overall if record.comments else ""
        self.comment.setText(overall)
        self.comment_frame.setVisible(bool(overall))
        self.model.set_rows(build_rows(record))
        self.list.setToolTip("" if "key" in record.includes else self.tr(
            "Your teacher did not include the answer key: only passages with a comment are "
            "listed."))
        self._show_scores(score_paragraphs(record))
        self.heat_note.setVisible("class" in record.includes)
        self.marks_note.setVisible("key" in record.includes)
        self.tabs.setTabToolTip(0, self.marks_note.text() if "key" in record.includes else "")
        if opened.latest_attempt > opened.attempt:
            self.attempts.setText(self.tr(
                "You handed in again (attempt %1); this feedback is about attempt %2.")
                .replace("%1", str(opened.latest_attempt)).replace("%2", str(opened.attempt)))
        else:
            self.attempts.setText(self.tr("Attempt %1 · %2").replace(
                "%1", str(opened.attempt)).replace("%2", when))
        self.attempts.setToolTip(self.about.text())

    def _show_scores(self, paragraphs: list[tuple[str, str]]) -> None:
        while self.score_items.count():
            item = self.score_items.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for title, text in paragraphs:
            heading = _label(title or self.tr("Untitled article"))
            bold = heading.font()
            bold.setBold(True)
            heading.setFont(bold)
            heading.setMinimumWidth(1)
            body = _label("\n".join(f"• {line}" for line in text.split("\n")))
            body.setMinimumWidth(1)
            body.setContentsMargins(0, 0, 0, 8)
            self.score_items.addWidget(heading)
            self.score_items.addWidget(body)
        self.scores.setVisible(not paragraphs)
        self.scores.setText(self.tr("Your teacher did not include scores."))

    def score_text(self) -> str:
        """Everything the Scores tab says, as plain text."""
        texts = []
        for i in range(self.score_items.count()):
            item = self.score_items.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                texts.append(widget.text())
        return "\n".join(texts) if texts else self.scores.text()

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        if not row.is_heading and row.end > row.start:
            self.passageActivated.emit(row.article_id, row.start, row.end)

    def passage_texts(self) -> list[str]:
        return [self.model.row_at(i).as_text() for i in range(self.model.rowCount())]

    def article_ids(self) -> list[uuid.UUID]:
        return [row.article_id for row in self.model.rows() if row.is_heading]
