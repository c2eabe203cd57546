"""The exercise editor's source-evaluation questions: add, remove, reorder, edit text and kind."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.authoring.draft_list import DraftListEditor
from annotator.gui.i18n import QT_TRANSLATE_NOOP, arg
from annotator.services.authoring import Loss
from annotator.services.authoring_drafts import QuestionDraft
from annotator.storage import models as m

KIND_LABELS = {
    m.QuestionKind.TEXT: QT_TRANSLATE_NOOP("QuestionListEditor", "Written answer"),
    m.QuestionKind.RATING: QT_TRANSLATE_NOOP("QuestionListEditor", "Rating 1–5 with reasons"),
}


class QuestionListEditor(DraftListEditor):
    def __init__(self, questions: Sequence[QuestionDraft],
                 loss_for: Callable[[uuid.UUID], Loss] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(questions, loss_for, parent)
        self.list.setAccessibleName(self.tr("Questions"))
        self._drafts: list[QuestionDraft]

        self.list.setWordWrap(True)
        self.list.itemChanged.connect(self._text_changed)
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(self.tr(label), kind.value)
        self.kind.activated.connect(self._kind_changed)
        self.add_button = QPushButton(self.tr("Add questi&on"))
        self.add_button.clicked.connect(lambda: self.add_question())
        buttons = self._button_column(self.add_button)
        kind_row = QHBoxLayout()
        kind_label = QLabel(self.tr("Answer &kind:"))
        kind_label.setBuddy(self.kind)
        kind_row.addWidget(kind_label)
        kind_row.addWidget(self.kind, 1)
        hint = QLabel(self.tr("Students answer every question for each article. Double-click a "
                      "question to edit its text."))
        hint.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(kind_row)
        left.addWidget(hint)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(buttons)
        self._refresh(0 if self._drafts else -1)

    def drafts(self) -> tuple[QuestionDraft, ...]:
        return tuple(d for d in self._drafts if d.text.strip())

    def add_question(self, text: str = "") -> None:
        self._drafts.append(QuestionDraft(None, text or self.tr("New question")))
        self._refresh(len(self._drafts) - 1)
        self.list.editItem(self.list.currentItem())

    def set_text(self, row: int, text: str) -> None:
        self.list.item(row).setText(text)

    def _removal_question(self, draft: QuestionDraft, loss: Loss) -> str:
        return arg(self.tr("Removing this question deletes %1 when you press OK. Remove it?"),
                   loss.describe())

    def _item(self, draft: QuestionDraft) -> QListWidgetItem:
        item = QListWidgetItem(draft.text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def _show_current(self, row: int) -> None:
        has = 0 <= row < len(self._drafts)
        for widget in (self.kind, self.remove_button, self.up_button, self.down_button):
            widget.setEnabled(has)
        if has:
            self.kind.setCurrentIndex(self.kind.findData(self._drafts[row].kind.value))

    def _text_changed(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        if 0 <= row < len(self._drafts):
            draft = self._drafts[row]
            self._drafts[row] = QuestionDraft(draft.id, " ".join(item.text().split()),
                                              draft.kind)

    def _kind_changed(self, index: int) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._drafts):
            draft = self._drafts[row]
            kind = m.QuestionKind(self.kind.itemData(index))
            self._drafts[row] = QuestionDraft(draft.id, draft.text, kind)
