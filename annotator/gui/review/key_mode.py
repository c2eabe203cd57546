"""Review > Annotate the Answer Key: the instructor marks up the key in the normal workspace.

Switching on makes the workspace annotate as the database's answer-key annotator (role
"key", created on first use); switching off returns to the person who was annotating before.
The review and the scores then compare every student with that key.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from annotator.gui import settings as opt
from annotator.services.annotators import create_annotator, get_annotator, list_annotators
from annotator.storage.models import Role

KEY_NAME = "Answer key"


class KeyMode(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.previous: uuid.UUID | None = None
        self.action = QAction(self.tr("Annotate the &Answer Key"), window)
        self.action.setCheckable(True)
        self.action.setStatusTip(
            self.tr("Highlight and tag as the answer key; students are scored against it")
        )
        self.action.toggled.connect(self._toggled)
        window.hub.currentAnnotatorChanged.connect(self._sync)  # type: ignore[attr-defined]
        window.hub.exerciseOpened.connect(self._sync)  # type: ignore[attr-defined]
        self._sync()

    def key_id(self) -> uuid.UUID:
        """The answer-key annotator, created the first time it is needed."""
        ctx = self.window.ctx  # type: ignore[attr-defined]
        keys = list_annotators(ctx.db, Role.KEY)
        if keys:
            return keys[0].id
        return create_annotator(ctx.db, KEY_NAME, Role.KEY, bus=ctx.bus).id

    def _is_key(self, annotator_id: uuid.UUID | None) -> bool:
        if annotator_id is None:
            return False
        person = get_annotator(self.window.ctx.db, annotator_id)  # type: ignore[attr-defined]
        return person is not None and person.role == Role.KEY

    def _sync(self, *_: object) -> None:
        current = self.window.annotator_id  # type: ignore[attr-defined]
        on = self._is_key(current)
        self.action.blockSignals(True)
        self.action.setChecked(on)
        self.action.blockSignals(False)
        suffix = " — " + self.tr("Answer key")
        base = self.window.windowTitle().removesuffix(suffix)
        self.window.setWindowTitle(base + suffix if on else base)

    def _toggled(self, on: bool) -> None:
        window = self.window
        current = window.annotator_id  # type: ignore[attr-defined]
        if on:
            if not self._is_key(current):
                self.previous = current
                window.set_annotator(self.key_id())  # type: ignore[attr-defined]
            return
        if self.previous is not None:
            window.set_annotator(self.previous)  # type: ignore[attr-defined]
        else:  # nobody was annotating before: ask for a name at the next highlight
            window.annotator_id = None  # type: ignore[attr-defined]
            window.settings.set(opt.STUDENT_ID, "")  # type: ignore[attr-defined]
            window.undo_stack.clear()  # type: ignore[attr-defined]
            self._sync()
