"""New / edit exercise: title, instructions, articles, tag set and questions, as one draft.

Nothing is stored until OK; :meth:`ExerciseEditor.draft` returns the edited
:class:`~annotator.services.authoring_drafts.ExerciseDraft`, which the caller applies (as
one undoable step for an existing exercise). Only "Edit tags…" stores at once: the tag set
editor has its own undo.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.gui import i18n
from annotator.gui.authoring.article_list import ArticleListEditor
from annotator.gui.authoring.question_list import QuestionListEditor
from annotator.gui.authoring.tag_set_editor import TagSetEditor
from annotator.gui.i18n import QT_TRANSLATE_NOOP, arg
from annotator.services.authoring import Loss
from annotator.services.authoring_drafts import ExerciseDraft
from annotator.services.sample import DEFAULT_TAG_SET_ID, ensure_default_tag_set
from annotator.services.tag_sets import TagSetService

NEW_COPY = QT_TRANSLATE_NOOP("ExerciseEditor", "A new copy of the default tags")


class ExerciseEditor(QDialog):
    def __init__(
        self, tag_sets: TagSetService, draft: ExerciseDraft, *, new: bool = False,
        article_loss: Callable[[uuid.UUID], Loss] | None = None,
        question_loss: Callable[[uuid.UUID], Loss] | None = None,
        stored_texts: dict[uuid.UUID, str] | None = None, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tag_sets = tag_sets
        self.setWindowTitle(self.tr("New exercise") if new else self.tr("Edit exercise"))
        self.open_tag_editor: Callable[[uuid.UUID], None] = self._open_tag_editor

        self.title = QLineEdit(draft.title)
        self.title.setMaxLength(500)
        self.title.setPlaceholderText(self.tr("What students see above the articles"))
        self.instructions = QPlainTextEdit(draft.instructions)
        self.instructions.setPlaceholderText(self.tr("What students should do, in a few sentences"))
        self.instructions.setTabChangesFocus(True)
        self.instructions.setMaximumHeight(110)
        self.instructions.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.instructions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tag_set = QComboBox()
        self.tag_set.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.edit_tags = QPushButton(self.tr("Edit ta&gs…"))
        self.edit_tags.setAutoDefault(False)
        self.edit_tags.clicked.connect(self.edit_current_tags)
        self._fill_tag_sets(draft.tag_set_id, new)

        self.articles = ArticleListEditor(draft.articles, article_loss)
        self.articles.set_stored_texts(stored_texts or {})
        self.questions = QuestionListEditor(draft.questions, question_loss)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the exercise"))
        self.tabs.addTab(self.articles, self.tr("&Articles"))
        self.tabs.addTab(self.questions, self.tr("&Questions"))

        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #B34700;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        tag_row = QHBoxLayout()
        tag_row.addWidget(self.tag_set, 1)
        tag_row.addWidget(self.edit_tags)
        form = QFormLayout()
        form.addRow(self.tr("T&itle:"), self.title)
        form.addRow(self.tr("I&nstructions:"), self.instructions)
        tag_label = QLabel(self.tr("Tag &set:"))
        tag_label.setBuddy(self.tag_set)
        form.addRow(tag_label, tag_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(860, 600)

    # -- result --------------------------------------------------------------------------

    def draft(self) -> ExerciseDraft:
        """The exercise as edited (``tag_set_id`` None: a new copy of the default tags)."""
        data = self.tag_set.currentData()
        return ExerciseDraft(
            title=self.title.text().strip(),
            instructions=self.instructions.toPlainText().strip(),
            tag_set_id=uuid.UUID(data) if data else None,
            articles=self.articles.drafts(),
            questions=self.questions.drafts(),
        )

    def problems(self) -> list[str]:
        draft = self.draft()
        found = []
        if not draft.title:
            found.append(self.tr("Give the exercise a title."))
        if not draft.articles:
            found.append(self.tr("Add at least one article."))
        return found

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.problem.setText(" ".join(problems))
            self.problem.show()
            return
        super().accept()

    # -- tag sets ------------------------------------------------------------------------

    def _fill_tag_sets(self, selected: uuid.UUID | None, new: bool) -> None:
        self.tag_set.clear()
        if new:
            self.tag_set.addItem(self.tr(NEW_COPY), "")
        for summary in self.tag_sets.list_sets():
            tags = self.tr("%n tag(s)", "", summary.tag_count)
            label = (arg(self.tr("%1 (%2, used by %3 exercises)"), summary.name, tags,
                         summary.exercise_count) if summary.exercise_count > 1
                     else arg(self.tr("%1 (%2)"), summary.name, tags))
            self.tag_set.addItem(label, str(summary.id))
        index = self.tag_set.findData(str(selected)) if selected else 0
        self.tag_set.setCurrentIndex(max(index, 0))

    def edit_current_tags(self) -> None:
        """Open the tag set editor; a new exercise first gets its own copy of the defaults."""
        data = self.tag_set.currentData()
        if not data:
            ensure_default_tag_set(self.tag_sets.db, i18n.current_language())
            name = arg(self.tr("Tags for %1"),
                       self.title.text().strip() or self.tr("new exercise"))[:200]
            data = str(self.tag_sets.create(name, copy_from=DEFAULT_TAG_SET_ID).id)
        self.open_tag_editor(uuid.UUID(data))
        self._fill_tag_sets(uuid.UUID(data), new=self.tag_set.findData("") >= 0)

    def _open_tag_editor(self, tag_set_id: uuid.UUID) -> None:
        TagSetEditor(self.tag_sets, tag_set_id, self).exec()
