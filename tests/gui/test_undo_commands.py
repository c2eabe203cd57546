"""Undo and redo through the service: rows come back with their ids, refusals leave no entry."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from annotator.gui.workspace import undo
from annotator.services.annotations import AnnotationError
from annotator.services.annotators import create_annotator
from annotator.services.exercises import load_exercise
from annotator.services.sample import SAMPLE_EXERCISE_ID
from annotator.storage import models as m


def test_add_delete_link_answer_undo_redo_sequence(qapp: object, ctx: object) -> None:
    ex = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)  # type: ignore[attr-defined]
    me = create_annotator(ctx.db, "Ada")  # type: ignore[attr-defined]
    svc = ctx.annotations  # type: ignore[attr-defined]
    stack = QUndoStack()
    a_cmd = undo.AddAnnotation(svc, ex.articles[0].id, me.id, 0, 6, ex.tags[0].id)
    undo.push(stack, a_cmd)
    b_cmd = undo.AddAnnotation(svc, ex.articles[1].id, me.id, 0, 8, ex.tags[1].id)
    undo.push(stack, b_cmd)
    undo.push(stack, undo.AddLink(svc, a_cmd.created.id, b_cmd.created.id, m.LinkKind.SUPPORTS))
    undo.push(stack, undo.UpdateAnnotation(svc, a_cmd.created.id, note="first"))
    undo.push(stack, undo.UpdateAnnotation(svc, a_cmd.created.id, note="first draft"))
    assert stack.count() == 4  # the two note edits merged
    undo.push(stack, undo.DeleteAnnotation(svc, a_cmd.created.id))
    assert svc.list(ex.id) == [b_cmd.created] and svc.links(ex.id) == []
    stack.undo()  # the delete: annotation and link are back with their ids
    assert [a.id for a in svc.list(ex.id)] == [a_cmd.created.id, b_cmd.created.id]
    assert svc.get(a_cmd.created.id).note == "first draft"
    assert len(svc.links(ex.id)) == 1
    stack.undo()  # the note
    assert svc.get(a_cmd.created.id).note == ""
    stack.undo()  # the link
    stack.undo()  # annotation b
    stack.undo()  # annotation a
    assert svc.list(ex.id) == []
    for _ in range(5):
        stack.redo()
    assert [a.id for a in svc.list(ex.id)] == [b_cmd.created.id]
    undo.push(stack, undo.SetAnswer(svc, ex.questions[0].id, me.id, ex.articles[0].id, "NYT"))
    undo.push(stack, undo.SetAnswer(svc, ex.questions[0].id, me.id, ex.articles[0].id, "NYT?"))
    assert svc.answers(ex.id, me.id)[0].value == "NYT?"
    stack.undo()
    assert svc.answers(ex.id, me.id)[0].value == ""


def test_refused_change_leaves_no_undo_entry(qapp: object, ctx: object) -> None:
    ex = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)  # type: ignore[attr-defined]
    me = create_annotator(ctx.db, "Ada")  # type: ignore[attr-defined]
    stack = QUndoStack()
    with pytest.raises(AnnotationError):
        undo.push(stack, undo.AddAnnotation(ctx.annotations, ex.articles[0].id, me.id, 5, 5,
                                            ex.tags[0].id))
    assert stack.count() == 0


def test_a_full_disk_offers_retry_and_keeping_unsaved_pushes_nothing(
    qapp: object, ctx: object, monkeypatch: object
) -> None:
    import functools

    from annotator.gui import write_failure
    from annotator.storage.errors import DiskFullError

    ex = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)  # type: ignore[attr-defined]
    me = create_annotator(ctx.db, "Ada")  # type: ignore[attr-defined]
    svc = ctx.annotations  # type: ignore[attr-defined]
    real_add, failures = svc.add, [1]

    def flaky_add(*args: object, **kwargs: object) -> object:
        if failures:
            failures.pop()
            raise DiskFullError("annotator.sqlite3: the disk is full; nothing was written")
        return real_add(*args, **kwargs)

    answers: list[write_failure.Choice] = []
    asked: list[str] = []

    def ask(error: object, change: str, parent: object) -> write_failure.Choice:
        asked.append(f"{change}: {error}")
        return answers.pop(0)

    monkeypatch.setattr(svc, "add", flaky_add)  # type: ignore[attr-defined]
    monkeypatch.setattr(  # type: ignore[attr-defined]
        write_failure, "run_or_offer_retry",
        functools.partial(write_failure.run_or_offer_retry, ask=ask),
    )
    stack = QUndoStack()
    answers.append(write_failure.Choice.RETRY)
    assert undo.push(stack, undo.AddAnnotation(svc, ex.articles[0].id, me.id, 0, 6,
                                               ex.tags[0].id))
    assert len(asked) == 1
    assert "disk is full" in asked[0]
    assert stack.count() == 1
    assert len(svc.list(ex.id)) == 1

    failures.append(1)
    answers.append(write_failure.Choice.KEEP_UNSAVED)
    assert not undo.push(stack, undo.AddAnnotation(svc, ex.articles[1].id, me.id, 0, 6,
                                                   ex.tags[0].id))
    assert stack.count() == 1  # nothing half-done on the stack
    assert len(svc.list(ex.id)) == 1
