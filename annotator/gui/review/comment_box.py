"""Comments to a student, written in the Compare view: one on the passage of theirs that is
selected (a difference in the list, or the place clicked in their text) and one on their
work as a whole. Both travel in the student's feedback file (Review > Return Feedback…).

:func:`install_comment_box` adds the box under the Compare tab's list of differences.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from annotator.core.scoring import Difference
from annotator.core.spans import Span
from annotator.gui.review.compare_tab import CompareTab
from annotator.services.feedback_comments import (
    StudentAnnotationRef,
    find_annotation,
    get_comment,
    set_comment,
)
from annotator.storage.database import Database

__all__ = ["CommentBox", "install_comment_box"]


class CommentBox(QWidget):
    def __init__(self, tab: CompareTab, db: Database, exercise_id: uuid.UUID) -> None:
        super().__init__(tab)
        self.tab, self.db, self.exercise_id = tab, db, exercise_id
        self.student: uuid.UUID | None = None
        self.passage: StudentAnnotationRef | None = None
        self.passage_label = QLabel()
        self.passage_label.setTextFormat(Qt.TextFormat.PlainText)
        self.passage_label.setWordWrap(True)
        self.passage_editor = QPlainTextEdit()
        self.passage_editor.setAccessibleName(self.tr("Comment on the student's passage"))
        self.passage_editor.setPlaceholderText(self.tr(
            "Select one of the student's passages (a difference above, or click their text)"))
        self.passage_editor.setTabChangesFocus(True)
        self.overall_label = QLabel()
        self.overall_label.setTextFormat(Qt.TextFormat.PlainText)
        self.overall_editor = QPlainTextEdit()
        self.overall_editor.setAccessibleName(self.tr("Comment on the student's work"))
        self.overall_editor.setTabChangesFocus(True)
        for editor in (self.passage_editor, self.overall_editor):
            editor.setMaximumHeight(64)
        self.save_button = QPushButton(self.tr("Save Comments"))
        self.save_button.setToolTip(self.tr(
            "Kept in your database; sent with the student's feedback file"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 6, 0, 0)
        grid.addWidget(self.passage_label, 0, 0)
        grid.addWidget(self.overall_label, 0, 1)
        grid.addWidget(self.passage_editor, 1, 0)
        grid.addWidget(self.overall_editor, 1, 1)
        grid.addWidget(self.status, 2, 0)
        grid.addWidget(self.save_button, 2, 1, Qt.AlignmentFlag.AlignRight)
        tab.list.clicked.connect(self._on_difference)
        tab.list.activated.connect(self._on_difference)
        tab.right.cursorPositionChanged.connect(self._on_cursor)
        tab.other_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    # -- who and what --------------------------------------------------------------------

    def _student_id(self) -> uuid.UUID | None:
        data = self.tab.other_box.currentData()
        review = self.tab.review
        if not data or review is None or data == review.data.key_id:
            return None
        return uuid.UUID(str(data))

    def refresh(self) -> None:
        """Follow the compared student (the right-hand side)."""
        self.save()
        self.student = self._student_id()
        name = self.tab.other_box.currentText()
        on = self.student is not None
        self.overall_label.setText(self.tr("Comment to %1 on their work:").replace("%1", name)
                                   if on else self.tr("Choose a student on the right"))
        self.overall_editor.setEnabled(on)
        self.overall_editor.setPlainText(
            get_comment(self.db, self.exercise_id, self.student) if self.student else "")
        self._set_passage(None)

    def _set_passage(self, ref: StudentAnnotationRef | None) -> None:
        self.passage = ref
        self.passage_editor.setEnabled(ref is not None)
        if ref is None or self.student is None:
            self.passage_label.setText(self.tr("Comment on a passage:"))
            self.passage_editor.setPlainText("")
            return
        quote = " ".join(ref.exact.split())
        quote = quote if len(quote) <= 60 else quote[:59] + "…"
        self.passage_label.setText(self.tr("Comment on “%1”:").replace("%1", quote))
        self.passage_editor.setPlainText(
            get_comment(self.db, self.exercise_id, self.student, ref.id))

    def _follow(self) -> None:
        """The tab may have been filled again (another article, a reload): catch up."""
        if self._student_id() != self.student:
            self.refresh()

    def _lookup(self, span: Span) -> StudentAnnotationRef | None:
        review = self.tab.review
        if review is None or self.student is None:
            return None
        return find_annotation(self.db, uuid.UUID(review.data.article_id), self.student,
                               span.start, span.end, span.tag)

    def _on_difference(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self._follow()
        self.save()
        difference: Difference = self.tab.model.payload(index.row())
        self._set_passage(self._lookup(difference.other) if difference.other else None)

    def _on_cursor(self) -> None:
        self._follow()
        review = self.tab.review
        if review is None or self.student is None:
            return
        position = self.tab.right_offsets.to_codepoints(self.tab.right.textCursor().position())
        spans = [s for s in review.data.student_spans
                 if s.annotator == str(self.student) and s.start <= position < s.end]
        if spans:
            self.save()
            self._set_passage(self._lookup(min(spans, key=lambda s: s.end - s.start)))

    # -- storing -------------------------------------------------------------------------

    def save(self) -> None:
        """Store both comments (an emptied one is removed)."""
        if self.student is None:
            return
        changed = False
        overall = self.overall_editor.toPlainText()
        if overall.strip() != get_comment(self.db, self.exercise_id, self.student):
            set_comment(self.db, self.exercise_id, self.student, overall)
            changed = True
        if self.passage is not None:
            text = self.passage_editor.toPlainText()
            if text.strip() != get_comment(self.db, self.exercise_id, self.student,
                                           self.passage.id):
                set_comment(self.db, self.exercise_id, self.student, text, self.passage.id)
                changed = True
        if changed:
            self.status.setText(self.tr("Comments saved; they go out with Return Feedback."))


def install_comment_box(tab: CompareTab, db: Database, exercise_id: uuid.UUID) -> CommentBox:
    box = CommentBox(tab, db, exercise_id)
    tab.comments = box  # type: ignore[attr-defined]
    below = tab.list.parentWidget()
    layout = below.layout() if below is not None else None
    if layout is None:
        raise RuntimeError("the Compare tab's list has no layout to add comments to")
    layout.addWidget(box)
    return box
