"""Undoable changes: one QUndoCommand per kind of change, all going through the services.

``redo()`` performs the change (Qt calls it when the command is pushed), ``undo()`` reverses
it. Deleted rows come back with their original ids, so links, lists and hand-ins stay
consistent across any undo/redo sequence. If the service refuses (for example a span that
no longer fits), the error propagates to the caller of ``push`` and the stack is unchanged
(see :func:`push`).
"""

from __future__ import annotations

import json
import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication

from annotator.gui.i18n import arg
from annotator.services.annotations import AnnotationService, Removed
from annotator.services.views import AnnotationView, AnswerView, LinkView
from annotator.storage import models as m


class AddAnnotation(QUndoCommand):
    def __init__(
        self, service: AnnotationService, article_id: uuid.UUID, annotator_id: uuid.UUID,
        start: int, end: int, tag_id: uuid.UUID, note: str = "", label: str = "",
        source: object | None = None,
    ) -> None:
        super().__init__(arg(QCoreApplication.translate("Undo", "Add %1"), label)
                         if label else QCoreApplication.translate("Undo", "Add tag"))
        self.service, self.source = service, source
        self.args = (article_id, annotator_id, start, end, tag_id, note)
        self.created: AnnotationView | None = None
        self._removed: Removed | None = None

    def redo(self) -> None:
        if self._removed is not None:  # redo after undo: the same row, same id
            self.created = self.service.restore(self._removed, source=self.source)
        else:
            self.created = self.service.add(*self.args, source=self.source)

    def undo(self) -> None:
        assert self.created is not None
        self._removed = self.service.delete(self.created.id, source=self.source)


class DeleteAnnotation(QUndoCommand):
    def __init__(
        self, service: AnnotationService, annotation_id: uuid.UUID, source: object | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Delete annotation"))
        self.service, self.source, self.annotation_id = service, source, annotation_id
        self.removed: Removed | None = None

    def redo(self) -> None:
        self.removed = self.service.delete(self.annotation_id, source=self.source)

    def undo(self) -> None:
        assert self.removed is not None
        self.service.restore(self.removed, source=self.source)


class UpdateAnnotation(QUndoCommand):
    """Change tag, note and/or span. Consecutive note edits of one annotation merge."""

    NOTE_ID = 1001

    def __init__(
        self, service: AnnotationService, annotation_id: uuid.UUID, *,
        tag_id: uuid.UUID | None = None, note: str | None = None, start: int | None = None,
        end: int | None = None, text: str = "", source: object | None = None,
    ) -> None:
        super().__init__(text or QCoreApplication.translate("Undo", "Change annotation"))
        self.service, self.source, self.annotation_id = service, source, annotation_id
        self.changes = {"tag_id": tag_id, "note": note, "start": start, "end": end}
        self.before: AnnotationView | None = None
        self.only_note = note is not None and tag_id is None and start is None and end is None

    def id(self) -> int:
        return self.NOTE_ID if self.only_note else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, UpdateAnnotation) and other.only_note and self.only_note):
            return False
        if other.annotation_id != self.annotation_id:
            return False
        self.changes["note"] = other.changes["note"]
        return True

    def redo(self) -> None:
        before, _after = self.service.update(self.annotation_id, source=self.source,
                                             **self.changes)  # type: ignore[arg-type]
        if self.before is None:
            self.before = before

    def undo(self) -> None:
        assert self.before is not None
        self.service.revert(self.before, source=self.source)


class AddLink(QUndoCommand):
    def __init__(
        self, service: AnnotationService, source_id: uuid.UUID, target_id: uuid.UUID,
        kind: m.LinkKind, note: str = "", source: object | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Link passages"))
        self.service, self.source = service, source
        self.args = (source_id, target_id, kind, note)
        self.created: LinkView | None = None

    def redo(self) -> None:
        if self.created is not None:
            self.service.restore_link(self.created, source=self.source)
        else:
            self.created = self.service.add_link(*self.args, source=self.source)

    def undo(self) -> None:
        assert self.created is not None
        self.service.remove_link(self.created.id, source=self.source)


class RemoveLink(QUndoCommand):
    def __init__(
        self, service: AnnotationService, link_id: uuid.UUID, source: object | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Remove link"))
        self.service, self.source, self.link_id = service, source, link_id
        self.removed: LinkView | None = None

    def redo(self) -> None:
        self.removed = self.service.remove_link(self.link_id, source=self.source)

    def undo(self) -> None:
        assert self.removed is not None
        self.service.restore_link(self.removed, source=self.source)


class UpdateLink(QUndoCommand):
    def __init__(
        self, service: AnnotationService, link_id: uuid.UUID, *, kind: m.LinkKind | None = None,
        note: str | None = None, source: object | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Change link"))
        self.service, self.source, self.link_id = service, source, link_id
        self.kind, self.note = kind, note
        self.before: LinkView | None = None

    def redo(self) -> None:
        before, _ = self.service.update_link(self.link_id, kind=self.kind, note=self.note,
                                             source=self.source)
        self.before = self.before or before

    def undo(self) -> None:
        assert self.before is not None
        self.service.update_link(self.link_id, kind=self.before.kind, note=self.before.note,
                                 source=self.source)


class SetAnswer(QUndoCommand):
    """Answer a source-evaluation question; consecutive edits of one answer merge."""

    ANSWER_ID = 1002

    def __init__(
        self, service: AnnotationService, question_id: uuid.UUID, annotator_id: uuid.UUID,
        article_id: uuid.UUID, value: str, rating: int | None = None,
        source: object | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Answer question"))
        self.service, self.source = service, source
        self.key = (question_id, annotator_id, article_id)
        self.value, self.rating = value, rating
        self.before: AnswerView | None = None
        self._first = True

    def id(self) -> int:
        return self.ANSWER_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetAnswer) or other.key != self.key:
            return False
        self.value, self.rating = other.value, other.rating
        return True

    def redo(self) -> None:
        before, _ = self.service.set_answer(*self.key, self.value, self.rating, source=self.source)
        if self._first:
            self.before, self._first = before, False

    def undo(self) -> None:
        value, rating = ("", None) if self.before is None else (self.before.value,
                                                                 self.before.rating)
        self.service.set_answer(*self.key, value, rating, source=self.source)


def push(stack: QUndoStack, command: QUndoCommand) -> bool:
    """Push ``command``; if performing it raises, leave the stack as it was and re-raise.

    A change the database cannot store (full disk, read-only folder) is not dropped quietly:
    the student is asked to try again or save a copy of it (gui/write_failure.py). Returns
    False when they chose to keep it unsaved; nothing is then pushed.
    """
    from annotator.gui.write_failure import run_or_offer_retry

    def perform() -> bool:
        command.redo()  # run once outside the stack so a refusal leaves no entry behind
        return True

    change = arg(QCoreApplication.translate("Undo", "the change “%1”"), command.text())
    done = run_or_offer_retry(QApplication.activeWindow(), perform, change, _describe(command))
    if not done:
        return False
    record_done(stack, command)
    return True


def _describe(command: QUndoCommand) -> str:
    """The change as JSON, for "Save a Copy…" when the database cannot be written."""
    fields = {
        key: value for key, value in vars(command).items()
        if key not in {"service", "source"} and not key.startswith("_")
    }
    fields["change"] = command.text()
    return json.dumps(fields, default=str, ensure_ascii=False, indent=2)


class _AlreadyDone(QUndoCommand):
    """Wraps a command whose first redo already ran, so the stack's push does not repeat it."""

    def __init__(self, inner: QUndoCommand) -> None:
        super().__init__(inner.text())
        self.inner = inner
        self._skip = True

    def id(self) -> int:
        return self.inner.id()

    def mergeWith(self, other: QUndoCommand) -> bool:
        if isinstance(other, _AlreadyDone) and self.inner.mergeWith(other.inner):
            self.setText(self.inner.text())
            return True
        return False

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self.inner.redo()

    def undo(self) -> None:
        self.inner.undo()


def record_done(stack: QUndoStack, command: QUndoCommand) -> None:
    """Put ``command`` on the stack as already done (its change is stored: the start-up
    preview's annotations, gui/preview_handover.py); undo and redo then work as usual."""
    stack.push(_AlreadyDone(command))
