"""Authoring undo: every tag set edit and exercise edit undoes and redoes to the same rows."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtGui import QUndoStack

from annotator.exchange.articles import ImportedArticle
from annotator.gui import authoring_undo as au
from annotator.services.annotators import create_annotator
from annotator.services.authoring import AuthoringService
from annotator.services.authoring_drafts import ArticleDraft, ExerciseDraft, QuestionDraft
from annotator.services.exercises import load_exercise
from annotator.services.exercises_io import DuplicateArticleError
from annotator.services.sample import SAMPLE_EXERCISE_ID
from annotator.services.tag_sets import TagSetService
from annotator.storage import models as m


def test_tag_set_edits_undo_and_redo_including_delete_with_merge(qapp, ctx) -> None:
    tags = TagSetService(ctx.db, ctx.bus)
    ex = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    me = create_annotator(ctx.db, "Ada")
    claim, evidence = ex.tags[0], ex.tags[1]
    a = ctx.annotations.add(ex.articles[0].id, me.id, 0, 10, claim.id)
    stack = QUndoStack()
    add = au.AddTag(tags, ex.tag_set_id, "Quote", shortcut="5")
    au.push(stack, add)
    au.push(stack, au.UpdateTag(tags, add.created.id, label="Direct quote", colour="#D55E00"))
    au.push(stack, au.MoveTag(tags, add.created.id, 0))
    au.push(stack, au.RenameTagSet(tags, ex.tag_set_id, "Mine"))
    au.push(stack, au.DeleteTag(tags, claim.id, merge_into=evidence.id, label="Claim"))
    after = tags.get(ex.tag_set_id)
    assert [t.label for t in after.tags] == ["Direct quote", "Evidence", "Speculation",
                                             "Opinion"]
    assert ctx.annotations.get(a.id).tag_id == evidence.id
    assert stack.count() == 5 and stack.undoText() == "Delete Claim (merged)"
    for _ in range(5):
        stack.undo()
    assert tags.get(ex.tag_set_id) == dataclasses.replace(after, name=ex.tag_set_name,
                                                          tags=ex.tags)
    assert ctx.annotations.get(a.id).tag_id == claim.id
    for _ in range(5):
        stack.redo()
    assert tags.get(ex.tag_set_id) == after
    assert after.tags[0].id == add.created.id  # the re-added tag kept its id
    assert ctx.annotations.get(a.id).tag_id == evidence.id


def test_exercise_draft_applies_as_one_undo_step(qapp, ctx) -> None:
    service = AuthoringService(ctx.db, ctx.bus)
    ex = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    me = create_annotator(ctx.db, "Ben")
    kept = ctx.annotations.add(ex.articles[1].id, me.id, 0, 5, ex.tags[0].id)
    lost = ctx.annotations.add(ex.articles[0].id, me.id, 0, 5, ex.tags[0].id)
    draft = dataclasses.replace(
        ExerciseDraft.of(ex), title="Edited", instructions="New instructions",
        articles=(ArticleDraft.imported(ImportedArticle("Fresh text.", title="Fresh")),
                  ArticleDraft.of(ex.articles[1]).with_provenance(outlet="Outlet")),
        questions=(QuestionDraft(None, "Whose voice is missing?"),
                   dataclasses.replace(QuestionDraft(*[getattr(ex.questions[0], k) for k in
                                                       ("id", "text", "kind")]),
                                       kind=m.QuestionKind.RATING)),
    )
    command = au.edit_exercise(service, ex, draft)
    stack = QUndoStack()
    au.push(stack, command)
    now = load_exercise(ctx.db, ex.id)
    assert now.title == "Edited" and [a.title for a in now.articles] == [
        "Fresh", ex.articles[1].title]
    assert now.articles[1].outlet == "Outlet"
    assert [q.text for q in now.questions] == ["Whose voice is missing?", ex.questions[0].text]
    assert now.questions[1].kind == m.QuestionKind.RATING
    assert [x.id for x in ctx.annotations.list(ex.id)] == [kept.id]
    assert stack.count() == 1
    stack.undo()
    back = load_exercise(ctx.db, ex.id)
    assert dataclasses.replace(back, revision=ex.revision) == ex
    assert {x.id for x in ctx.annotations.list(ex.id)} == {kept.id, lost.id}
    stack.redo()
    assert load_exercise(ctx.db, ex.id).articles[0].title == "Fresh"
    assert au.edit_exercise(service, load_exercise(ctx.db, ex.id),
                            ExerciseDraft.of(load_exercise(ctx.db, ex.id))) is None


def test_a_refused_edit_rolls_back_what_it_did(qapp, ctx) -> None:
    service = AuthoringService(ctx.db, ctx.bus)
    ex = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    duplicate = ArticleDraft.imported(ImportedArticle(ex.articles[0].text, source_name="a.txt"))
    draft = dataclasses.replace(ExerciseDraft.of(ex), title="Never",
                                articles=(*ExerciseDraft.of(ex).articles, duplicate))
    stack = QUndoStack()
    with pytest.raises(DuplicateArticleError, match=r"a\.txt"):
        au.push(stack, au.edit_exercise(service, ex, draft))
    assert stack.count() == 0
    assert dataclasses.replace(load_exercise(ctx.db, ex.id), revision=ex.revision) == ex


def test_question_commands_on_their_own(qapp, ctx) -> None:
    service = AuthoringService(ctx.db, ctx.bus)
    stack = QUndoStack()
    add = au.AddQuestion(service, SAMPLE_EXERCISE_ID, "Who benefits?", m.QuestionKind.TEXT)
    au.push(stack, add)
    au.push(stack, au.UpdateQuestion(service, add.created.id, text="Who gains?"))
    first = load_exercise(ctx.db, SAMPLE_EXERCISE_ID).articles[0]
    au.push(stack, au.SetProvenance(service, first.id, outlet="Wire"))
    assert [stack.text(i) for i in range(3)] == ["Add question", "Edit question",
                                                  "Edit article details"]
    assert load_exercise(ctx.db, SAMPLE_EXERCISE_ID).questions[-1].text == "Who gains?"
    stack.undo()
    stack.undo()
    assert load_exercise(ctx.db, SAMPLE_EXERCISE_ID).questions[-1].text == "Who benefits?"
    assert load_exercise(ctx.db, SAMPLE_EXERCISE_ID).articles[0].outlet == ""
    stack.undo()
    assert len(load_exercise(ctx.db, SAMPLE_EXERCISE_ID).questions) == 5
    stack.redo()
    assert load_exercise(ctx.db, SAMPLE_EXERCISE_ID).questions[-1].id == add.created.id
