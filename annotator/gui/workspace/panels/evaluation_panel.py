"""The source-evaluation sheet: the exercise's questions, answered once per article.

Answers are saved while the student types (half a second after the last key, and at once
when the editor loses focus or a rating is picked) as ``undo.SetAnswer`` commands, which
merge consecutive edits of one answer into a single undo step.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.i18n import QT_TRANSLATE_NOOP, arg
from annotator.gui.workspace import undo
from annotator.gui.workspace.panels.answer_widgets import QuestionWidget
from annotator.gui.workspace.panels.common import show_refusal
from annotator.services.annotations import AnnotationError
from annotator.services.events import Event
from annotator.services.views import AnswerView, ExerciseView

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

DEBOUNCE_MS = 500
NO_STUDENT = QT_TRANSLATE_NOOP(
    "EvaluationPanel",
    "Enter your name to answer these questions: your answers are saved with your "
    "name. (Tagging a passage in an article asks for it too.)")
NO_QUESTIONS = QT_TRANSLATE_NOOP("EvaluationPanel",
                                 "This exercise has no source-evaluation questions.")

Key = tuple[uuid.UUID, uuid.UUID]  # (question id, article id)


class EvaluationPanel(QDockWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(self.tr("Evaluation"), window)
        self.window_ = window
        self.setObjectName("evaluationDock")
        self.setAccessibleName(self.tr("Source evaluation panel"))
        self.exercise: ExerciseView | None = None
        self.annotator_id: uuid.UUID | None = None
        self.article_id: uuid.UUID | None = None
        self.answers: dict[Key, AnswerView] = {}
        self.questions: list[QuestionWidget] = []
        self._timers: dict[uuid.UUID, QTimer] = {}
        self._dirty: set[uuid.UUID] = set()

        self.article_combo = QComboBox()
        self.article_combo.setAccessibleName(self.tr("Article to evaluate"))
        self.article_combo.currentIndexChanged.connect(self._on_article_chosen)
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("panelHint")
        # without it, a student who starts here had no way to answer (File > Change Name…)
        self.name_button = QPushButton(self.tr("Enter Your &Name…"))
        self.name_button.setAccessibleName(self.tr("Enter your name"))
        self.name_button.clicked.connect(window.change_name)
        self.form = QWidget()
        self.form_layout = QVBoxLayout(self.form)
        self.form_layout.setContentsMargins(2, 4, 10, 12)
        self.form_layout.setSpacing(18)
        self.scroll_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)

        top = QFormLayout()
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        label = QLabel(self.tr("&Article"))
        label.setBuddy(self.article_combo)
        top.addRow(label, self.article_combo)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.name_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(scroll, 1)
        self.setWidget(body)
        self.setMinimumWidth(300)

    # -- loading ---------------------------------------------------------------------------

    def load(self, exercise: ExerciseView | None, annotator_id: uuid.UUID | None) -> None:
        """Build the sheet for ``exercise`` and show ``annotator_id``'s stored answers."""
        self.flush()
        self.exercise, self.annotator_id = exercise, annotator_id
        self.answers = {}
        if exercise is not None and annotator_id is not None:
            for answer in self.window_.ctx.annotations.answers(exercise.id, annotator_id):
                self.answers[(answer.question_id, answer.article_id)] = answer
        self._build_questions()
        previous = self.article_id
        self.article_combo.blockSignals(True)
        self.article_combo.clear()
        for position, article in enumerate(exercise.articles if exercise else ()):
            outlet = f" ({article.outlet})" if article.outlet else ""
            title = article.title or arg(self.tr("Article %1"), position + 1)
            self.article_combo.addItem(title + outlet, article.id)
        found = self.article_combo.findData(previous) if previous else -1
        self.article_combo.setCurrentIndex(max(0, found))
        self.article_combo.blockSignals(False)
        self.article_id = self.article_combo.currentData()
        self._show_answers()
        enabled = annotator_id is not None and bool(self.questions)
        self.form.setEnabled(enabled)
        self.article_combo.setEnabled(annotator_id is not None)
        self.hint.setText(self.tr(NO_STUDENT) if annotator_id is None else
                          self.tr(NO_QUESTIONS) if not self.questions else "")
        self.hint.setVisible(not enabled)
        self.name_button.setVisible(annotator_id is None)

    def _build_questions(self) -> None:
        for widget in self.questions:
            widget.setParent(None)
            widget.deleteLater()
        while self.form_layout.count():
            self.form_layout.takeAt(0)
        self.questions, self._timers, self._dirty = [], {}, set()
        questions = self.exercise.questions if self.exercise else ()
        for number, question in enumerate(questions, start=1):
            widget = QuestionWidget(question, number)
            timer = QTimer(widget)
            timer.setSingleShot(True)
            timer.setInterval(DEBOUNCE_MS)
            qid = question.id
            timer.timeout.connect(lambda q=qid: self.save(q))
            widget.edited.connect(lambda q=qid: self._on_edited(q))
            widget.commit.connect(lambda q=qid: self._on_commit(q))
            self._timers[qid] = timer
            self.questions.append(widget)
            self.form_layout.addWidget(widget)
        self.form_layout.addStretch(1)

    def _on_article_chosen(self, _index: int) -> None:
        self.flush()  # the answers typed so far belong to the article that was shown
        self.article_id = self.article_combo.currentData()
        self._show_answers()

    def _show_answers(self) -> None:
        for widget in self.questions:
            answer = (self.answers.get((widget.question.id, self.article_id))
                      if self.article_id else None)
            widget.show_answer(answer)

    def question_widget(self, question_id: uuid.UUID) -> QuestionWidget:
        return next(w for w in self.questions if w.question.id == question_id)

    # -- saving ----------------------------------------------------------------------------

    def _on_edited(self, question_id: uuid.UUID) -> None:
        self._dirty.add(question_id)
        self._timers[question_id].start()

    def _on_commit(self, question_id: uuid.UUID) -> None:
        self._dirty.add(question_id)
        self.save(question_id)

    def save(self, question_id: uuid.UUID) -> None:
        """Store the answer to ``question_id`` for the shown article, if it changed."""
        self._timers[question_id].stop()
        if question_id not in self._dirty:
            return
        self._dirty.discard(question_id)
        if self.annotator_id is None or self.article_id is None:
            return
        value, rating = self.question_widget(question_id).value()
        stored = self.answers.get((question_id, self.article_id))
        if stored is None:
            unchanged = not value and rating is None
        else:
            unchanged = (stored.value, stored.rating) == (value, rating)
        if unchanged:
            return
        command = undo.SetAnswer(self.window_.ctx.annotations, question_id, self.annotator_id,
                                 self.article_id, value, rating, source=self)
        try:
            undo.push(self.window_.undo_stack, command)
        except AnnotationError as error:
            show_refusal(self, self.tr("Cannot save the answer"), error)

    def flush(self) -> None:
        """Save every answer still waiting for its pause (switching article, closing)."""
        for question_id in list(self._dirty):
            self.save(question_id)

    def on_answer_changed(self, event: Event) -> None:
        """Keep the stored answers current; show changes made elsewhere (undo, another
        window) unless the student is in the middle of editing that answer."""
        answer: AnswerView = event.payload
        if answer.annotator_id != self.annotator_id:
            return
        self.answers[(answer.question_id, answer.article_id)] = answer
        if answer.article_id != self.article_id or answer.question_id in self._dirty:
            return
        for widget in self.questions:
            if widget.question.id == answer.question_id and widget.value() != (
                    answer.value, answer.rating):
                widget.show_answer(answer)
