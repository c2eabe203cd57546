"""What the exercise editor's article and question lists share: a list of drafts with
Remove (asking first when stored work would go), Move up and Move down."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from annotator.services.authoring import Loss


class DraftListEditor(QWidget):
    """Drafts (each with an ``id``, None until stored) shown one an item in :attr:`list`.

    Subclasses say how a draft is shown (:meth:`_item`), what removing a stored one asks
    (:meth:`_removal_question`) and what follows the current row (:meth:`_show_current`).
    """

    def __init__(self, drafts: Sequence[Any], loss_for: Callable[[uuid.UUID], Loss] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drafts: list[Any] = list(drafts)
        self._loss_for = loss_for
        # asked before removing a stored draft would delete work; tests replace it
        self.confirm: Callable[[str], bool] = lambda text: True
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._show_current)

    def _button_column(self, *first: QPushButton) -> QVBoxLayout:
        """``first``, then Remove, Move up and Move down, stacked above a stretch."""
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.up_button = QPushButton(self.tr("Mov&e up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        buttons = QVBoxLayout()
        for button in (*first, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        return buttons

    def remove_current(self) -> bool:
        row = self.list.currentRow()
        if row < 0:
            return False
        draft = self._drafts[row]
        if draft.id is not None and self._loss_for is not None:
            loss = self._loss_for(draft.id)
            if loss and not self.confirm(self._removal_question(draft, loss)):
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
            self.list.addItem(self._item(draft))
        self.list.blockSignals(False)
        self.list.setCurrentRow(current)
        self._show_current(current)

    # -- what each list does ---------------------------------------------------------------

    def _item(self, draft: Any) -> QListWidgetItem:
        raise NotImplementedError

    def _removal_question(self, draft: Any, loss: Loss) -> str:
        raise NotImplementedError

    def _show_current(self, row: int) -> None:
        raise NotImplementedError
