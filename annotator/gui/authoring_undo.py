"""Undoable authoring: tag set edits and exercise edits, all going through the services.

As in :mod:`annotator.gui.workspace.undo`, ``redo()`` performs the change, ``undo()``
reverses it, and deleted rows come back with their ids: deleting a tag merged into
another re-tags the merged annotations back on undo (their ids are recorded). Use
:func:`push`, which performs the change first and leaves the stack untouched when the
service refuses it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from annotator.exchange.articles import ImportedArticle
from annotator.gui.i18n import arg
from annotator.gui.workspace.undo import push
from annotator.services.authoring import AuthoringService, RemovedArticle, RemovedQuestion
from annotator.services.authoring_drafts import ExerciseDraft
from annotator.services.tag_sets import DeletedTag, TagSetService
from annotator.services.views import ArticleView, ExerciseView, QuestionView, TagView
from annotator.storage import models as m

__all__ = [
    "AddArticle", "AddQuestion", "AddTag", "DeleteTag", "EditExercise", "MoveTag",
    "RemoveArticle", "RemoveQuestion", "RenameTagSet", "ReorderArticles", "ReorderQuestions",
    "SetExerciseDetails", "SetProvenance", "UpdateQuestion", "UpdateTag", "edit_exercise",
    "push",
]

TAG_FIELDS = ("label", "key", "colour", "shortcut", "definition")


# -- tag sets --------------------------------------------------------------------------------


class AddTag(QUndoCommand):
    def __init__(self, service: TagSetService, tag_set_id: uuid.UUID, label: str,
                 **fields: str) -> None:
        super().__init__(arg(QCoreApplication.translate("AuthoringUndo", "Add tag %1"), label))
        self.service, self.tag_set_id, self.label, self.fields = service, tag_set_id, label, fields
        self.created: TagView | None = None
        self._deleted: DeletedTag | None = None

    def redo(self) -> None:
        if self._deleted is not None:
            self.created = self.service.restore_tag(self._deleted)
        else:
            self.created = self.service.add_tag(self.tag_set_id, self.label,
                                                **self.fields)  # type: ignore[arg-type]

    def undo(self) -> None:
        assert self.created is not None
        self._deleted = self.service.delete_tag(self.created.id)


class UpdateTag(QUndoCommand):
    """Change label, key, colour, shortcut and/or definition of one tag."""

    def __init__(self, service: TagSetService, tag_id: uuid.UUID, text: str = "",
                 **changes: str) -> None:
        super().__init__(text or QCoreApplication.translate("AuthoringUndo", "Change tag"))
        self.service, self.tag_id, self.changes = service, tag_id, changes
        self.before: TagView | None = None

    def redo(self) -> None:
        before, _ = self.service.update_tag(self.tag_id, **self.changes)
        self.before = self.before or before

    def undo(self) -> None:
        assert self.before is not None
        self.service.update_tag(self.tag_id, **{k: getattr(self.before, k) for k in TAG_FIELDS})


class MoveTag(QUndoCommand):
    def __init__(self, service: TagSetService, tag_id: uuid.UUID, position: int) -> None:
        super().__init__(QCoreApplication.translate("AuthoringUndo", "Move tag"))
        self.service, self.tag_id, self.position = service, tag_id, position
        self.old = 0

    def redo(self) -> None:
        self.old = self.service.move_tag(self.tag_id, self.position)

    def undo(self) -> None:
        self.service.move_tag(self.tag_id, self.old)


class DeleteTag(QUndoCommand):
    """Delete a tag, merging the annotations that use it into ``merge_into``."""

    def __init__(self, service: TagSetService, tag_id: uuid.UUID,
                 merge_into: uuid.UUID | None = None, label: str = "") -> None:
        label = label or QCoreApplication.translate("AuthoringUndo", "tag")
        super().__init__(arg(QCoreApplication.translate("AuthoringUndo", "Delete %1 (merged)")
                             if merge_into
                             else QCoreApplication.translate("AuthoringUndo", "Delete %1"), label))
        self.service, self.tag_id, self.merge_into = service, tag_id, merge_into
        self.deleted: DeletedTag | None = None

    def redo(self) -> None:
        self.deleted = self.service.delete_tag(self.tag_id, self.merge_into)

    def undo(self) -> None:
        assert self.deleted is not None
        self.service.restore_tag(self.deleted)


class RenameTagSet(QUndoCommand):
    def __init__(self, service: TagSetService, tag_set_id: uuid.UUID, name: str) -> None:
        super().__init__(QCoreApplication.translate("AuthoringUndo", "Rename tag set"))
        self.service, self.tag_set_id, self.name = service, tag_set_id, name
        self.old = ""

    def redo(self) -> None:
        self.old = self.service.rename(self.tag_set_id, self.name)

    def undo(self) -> None:
        self.service.rename(self.tag_set_id, self.old)


# -- exercises -------------------------------------------------------------------------------


class SetExerciseDetails(QUndoCommand):
    def __init__(self, service: AuthoringService, exercise_id: uuid.UUID, *,
                 title: str | None = None, instructions: str | None = None,
                 tag_set_id: uuid.UUID | None = None) -> None:
        super().__init__(QCoreApplication.translate("AuthoringUndo", "Change exercise details"))
        self.service, self.exercise_id = service, exercise_id
        self.changes = {"title": title, "instructions": instructions, "tag_set_id": tag_set_id}
        self.before: dict[str, object] = {}

    def redo(self) -> None:
        before = self.service.set_details(self.exercise_id, **self.changes)  # type: ignore[arg-type]
        self.before = {k: getattr(before, k) for k, v in self.changes.items() if v is not None}

    def undo(self) -> None:
        self.service.set_details(self.exercise_id, **self.before)  # type: ignore[arg-type]


class AddArticle(QUndoCommand):
    def __init__(self, service: AuthoringService, exercise_id: uuid.UUID,
                 imported: ImportedArticle) -> None:
        super().__init__(arg(QCoreApplication.translate("AuthoringUndo", "Add article %1"),
                             imported.title or imported.source_name).strip())
        self.service, self.exercise_id, self.imported = service, exercise_id, imported
        self.created: ArticleView | None = None
        self._removed: RemovedArticle | None = None

    def redo(self) -> None:
        if self._removed is not None:
            self.created = self.service.restore_article(self._removed)
        else:
            self.created = self.service.add_article(self.exercise_id, self.imported)

    def undo(self) -> None:
        assert self.created is not None
        self._removed = self.service.remove_article(self.created.id, confirm=True)


class RemoveArticle(QUndoCommand):
    """Remove an article; ``confirm`` once the instructor has agreed to lose the work on it."""

    def __init__(self, service: AuthoringService, article_id: uuid.UUID,
                 confirm: bool = False) -> None:
        super().__init__(QCoreApplication.translate("AuthoringUndo", "Remove article"))
        self.service, self.article_id, self.confirm = service, article_id, confirm
        self.removed: RemovedArticle | None = None

    def redo(self) -> None:
        self.removed = self.service.remove_article(self.article_id, confirm=self.confirm)

    def undo(self) -> None:
        assert self.removed is not None
        self.service.restore_article(self.removed)


class _Reorder(QUndoCommand):
    """Set an order of ids (resolved when performed, so new rows can be placed too)."""

    def __init__(self, text: str, apply: Callable[[list[uuid.UUID]], list[uuid.UUID]],
                 ids: Callable[[], list[uuid.UUID]]) -> None:
        super().__init__(text)
        self.apply, self.ids = apply, ids
        self.old: list[uuid.UUID] = []

    def redo(self) -> None:
        self.old = self.apply(self.ids())

    def undo(self) -> None:
        self.apply(self.old)


class ReorderArticles(_Reorder):
    def __init__(self, service: AuthoringService, exercise_id: uuid.UUID,
                 ids: Callable[[], list[uuid.UUID]]) -> None:
        super().__init__(QCoreApplication.translate("AuthoringUndo", "Reorder articles"),
                         lambda order: service.set_article_order(exercise_id, order), ids)


class ReorderQuestions(_Reorder):
    def __init__(self, service: AuthoringService, exercise_id: uuid.UUID,
                 ids: Callable[[], list[uuid.UUID]]) -> None:
        super().__init__(QCoreApplication.translate("AuthoringUndo", "Reorder questions"),
                         lambda order: service.set_question_order(exercise_id, order), ids)


class SetProvenance(QUndoCommand):
    def __init__(self, service: AuthoringService, article_id: uuid.UUID, **fields: str) -> None:
        super().__init__(QCoreApplication.translate("AuthoringUndo", "Edit article details"))
        self.service, self.article_id, self.fields = service, article_id, fields
        self.before: dict[str, str] = {}

    def redo(self) -> None:
        before = self.service.set_provenance(self.article_id, **self.fields)
        self.before = {k: getattr(before, k) for k in self.fields}

    def undo(self) -> None:
        self.service.set_provenance(self.article_id, **self.before)


class AddQuestion(QUndoCommand):
    def __init__(self, service: AuthoringService, exercise_id: uuid.UUID, text: str,
                 kind: m.QuestionKind = m.QuestionKind.TEXT) -> None:
        super().__init__(QCoreApplication.translate("AuthoringUndo", "Add question"))
        self.service, self.exercise_id = service, exercise_id
        self.question_text, self.kind = text, kind
        self.created: QuestionView | None = None
        self._removed: RemovedQuestion | None = None

    def redo(self) -> None:
        if self._removed is not None:
            self.created = self.service.restore_question(self._removed)
        else:
            self.created = self.service.add_question(self.exercise_id, self.question_text,
                                                     self.kind)

    def undo(self) -> None:
        assert self.created is not None
        self._removed = self.service.remove_question(self.created.id, confirm=True)


class RemoveQuestion(QUndoCommand):
    def __init__(self, service: AuthoringService, question_id: uuid.UUID,
                 confirm: bool = False) -> None:
        super().__init__(QCoreApplication.translate("AuthoringUndo", "Remove question"))
        self.service, self.question_id, self.confirm = service, question_id, confirm
        self.removed: RemovedQuestion | None = None

    def redo(self) -> None:
        self.removed = self.service.remove_question(self.question_id, confirm=self.confirm)

    def undo(self) -> None:
        assert self.removed is not None
        self.service.restore_question(self.removed)


class UpdateQuestion(QUndoCommand):
    def __init__(self, service: AuthoringService, question_id: uuid.UUID, *,
                 text: str | None = None, kind: m.QuestionKind | None = None) -> None:
        super().__init__(QCoreApplication.translate("AuthoringUndo", "Edit question"))
        self.service, self.question_id = service, question_id
        self.question_text, self.kind = text, kind
        self.before: QuestionView | None = None

    def redo(self) -> None:
        before = self.service.update_question(self.question_id, text=self.question_text,
                                              kind=self.kind)
        self.before = self.before or before

    def undo(self) -> None:
        assert self.before is not None
        self.service.update_question(self.question_id, text=self.before.text,
                                     kind=self.before.kind)


class EditExercise(QUndoCommand):
    """Several edits as one undo step; if one is refused, those already done are undone."""

    def __init__(self, text: str, commands: Sequence[QUndoCommand]) -> None:
        super().__init__(text)
        self.commands = list(commands)

    def redo(self) -> None:
        done: list[QUndoCommand] = []
        try:
            for command in self.commands:
                command.redo()
                done.append(command)
        except Exception:
            for command in reversed(done):
                command.undo()
            raise

    def undo(self) -> None:
        for command in reversed(self.commands):
            command.undo()


def edit_exercise(
    service: AuthoringService, current: ExerciseView, draft: ExerciseDraft
) -> EditExercise | None:
    """The edits that turn ``current`` into ``draft`` as one command (None: nothing changed).

    Removals are confirmed: the editor asked the instructor before dropping students' work.
    """
    commands: list[QUndoCommand] = []
    details = {k: v for k, v in (("title", draft.title), ("instructions", draft.instructions),
                                 ("tag_set_id", draft.tag_set_id))
               if v is not None and v != getattr(current, k)}
    if details:
        commands.append(SetExerciseDetails(service, current.id, **details))  # type: ignore[arg-type]
    kept = {a.id for a in draft.articles if a.id is not None}
    commands += [RemoveArticle(service, a.id, confirm=True)
                 for a in current.articles if a.id not in kept]
    article_ids: list[Callable[[], uuid.UUID]] = []
    for article in draft.articles:
        if article.id is None:
            add = AddArticle(service, current.id, article.as_imported())
            commands.append(add)
            article_ids.append(lambda add=add: add.created.id)  # type: ignore[union-attr,misc]
            continue
        old = current.article(article.id)
        changed = {k: v for k, v in article.provenance().items() if v != getattr(old, k)}
        if changed:
            commands.append(SetProvenance(service, article.id, **changed))
        article_ids.append(lambda i=article.id: i)  # type: ignore[misc]
    kept_order = [a.id for a in current.articles if a.id in kept]
    if any(a.id is None for a in draft.articles) or kept_order != [
            a.id for a in draft.articles if a.id is not None]:
        commands.append(ReorderArticles(service, current.id,
                                        lambda: [get() for get in article_ids]))
    commands += _question_edits(service, current, draft)
    if not commands:
        return None
    return EditExercise(QCoreApplication.translate("AuthoringUndo", "Edit exercise"), commands)


def _question_edits(
    service: AuthoringService, current: ExerciseView, draft: ExerciseDraft
) -> list[QUndoCommand]:
    commands: list[QUndoCommand] = []
    kept = {q.id for q in draft.questions if q.id is not None}
    commands += [RemoveQuestion(service, q.id, confirm=True)
                 for q in current.questions if q.id not in kept]
    existing = {q.id: q for q in current.questions}
    ids: list[Callable[[], uuid.UUID]] = []
    for question in draft.questions:
        if question.id is None:
            add = AddQuestion(service, current.id, question.text, question.kind)
            commands.append(add)
            ids.append(lambda add=add: add.created.id)  # type: ignore[union-attr,misc]
            continue
        old = existing[question.id]
        if (question.text, question.kind) != (old.text, old.kind):
            commands.append(UpdateQuestion(service, question.id, text=question.text,
                                           kind=question.kind))
        ids.append(lambda i=question.id: i)  # type: ignore[misc]
    kept_order = [q.id for q in current.questions if q.id in kept]
    if any(q.id is None for q in draft.questions) or kept_order != [
            q.id for q in draft.questions if q.id is not None]:
        commands.append(ReorderQuestions(service, current.id, lambda: [get() for get in ids]))
    return commands
