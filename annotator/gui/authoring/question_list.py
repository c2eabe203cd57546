"""The exercise editor's source-evaluation questions: add, remove, reorder, edit text and kind."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.services.authoring import Loss
from annotator.services.authoring_drafts import QuestionDraft
from annotator.storage import models as m

KIND_LABELS = {m.QuestionKind.TEXT: "Written answer",
               m.QuestionKind.RATING: "Rating 1–5 with reasons"}


class QuestionListEditor(QWidget):
    def __init__(self, questions: Sequence[QuestionDraft],
                 loss_for: Callable[[uuid.UUID], Loss] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drafts = list(questions)
        self._loss_for = loss_for
        self.confirm: Callable[[str], bool] = lambda text: True

        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show_current)
        self.list.itemChanged.connect(self._text_changed)
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(label, kind.value)
        self.kind.activated.connect(self._kind_changed)
        self.add_button = QPushButton("&Add question")
        self.remove_button = QPushButton("&Remove…")
        self.up_button = QPushButton("Move &up")
        self.down_button = QPushButton("Move &down")
        self.add_button.clicked.connect(lambda: self.add_question())
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        kind_row = QHBoxLayout()
        kind_label = QLabel("Answer &kind:")
        kind_label.setBuddy(self.kind)
        kind_row.addWidget(kind_label)
        kind_row.addWidget(self.kind, 1)
        hint = QLabel("Students answer every question for each article. Double-click a "
                      "question to edit its text.")
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

    def add_question(self, text: str = "New question") -> None:
        self._drafts.append(QuestionDraft(None, text))
        self._refresh(len(self._drafts) - 1)
        self.list.editItem(self.list.currentItem())

    def set_text(self, row: int, text: str) -> None:
        self.list.item(row).setText(text)

    def remove_current(self) -> bool:
        row = self.list.currentRow()
        if row < 0:
            return False
        draft = self._drafts[row]
        if draft.id is not None and self._loss_for is not None:
            loss = self._loss_for(draft.id)
            if loss and not self.confirm(f"Removing this question deletes {loss.describe()} "
                                         "when you press OK. Remove it?"):
                return False
        del self._drafts[row]
        self._refresh(min(row, len(self._drafts) - 1))
        return True

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row >= 0 and 0 <= target < len(self._drafts):
            self._drafts.insert(target, self._drafts.pop(row))
            self._refresh(target)

    def _refresh(self, current: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for draft in self._drafts:
            item = QListWidgetItem(draft.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(current)
        self._show_current(current)

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
