"""Authoring services: exercises, articles, questions and tag sets, as an instructor edits them."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from annotator.exchange.articles import ImportedArticle
from annotator.services import events as ev
from annotator.services.annotators import create_annotator
from annotator.services.authoring import AuthoringService, WorkWouldBeLostError
from annotator.services.exercises import list_exercises, load_exercise
from annotator.services.exercises_io import (
    ArticleInUseError,
    ExerciseEditError,
    UnknownExerciseError,
)
from annotator.services.sample import DEFAULT_TAG_SET_ID, SAMPLE_EXERCISE_ID
from annotator.services.tag_sets import OKABE_ITO, TagInUseError, TagSetError, TagSetService
from annotator.storage import models as m


@pytest.fixture
def events(ctx: object) -> list[ev.Event]:
    seen: list[ev.Event] = []
    for topic in (ev.EXERCISE_CHANGED, ev.TAGS_CHANGED):
        ctx.bus.subscribe(topic, seen.append)  # type: ignore[attr-defined]
    return seen


def _services(ctx: object) -> tuple[AuthoringService, TagSetService]:
    return (AuthoringService(ctx.db, ctx.bus),  # type: ignore[attr-defined]
            TagSetService(ctx.db, ctx.bus))  # type: ignore[attr-defined]


def _annotate(ctx: object, article_index: int = 0, tag_index: int = 0, name: str = "Ada"):
    ex = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)  # type: ignore[attr-defined]
    me = create_annotator(ctx.db, name)  # type: ignore[attr-defined]
    return ctx.annotations.add(  # type: ignore[attr-defined]
        ex.articles[article_index].id, me.id, 0, 10, ex.tags[tag_index].id)


def test_new_exercise_copies_the_default_tag_set_and_questions(ctx, events) -> None:
    authoring, tags = _services(ctx)
    art = ImportedArticle("Body one.", title="One", outlet="Planet", source_name="one.txt")
    new_id = authoring.create_exercise("  Budget vote ", "Read both.", articles=[art])
    ex = load_exercise(ctx.db, new_id)
    assert ex.title == "Budget vote" and ex.instructions == "Read both."
    assert [a.title for a in ex.articles] == ["One"] and ex.articles[0].outlet == "Planet"
    assert ex.tag_set_id != DEFAULT_TAG_SET_ID
    assert [t.label for t in ex.tags] == ["Claim", "Evidence", "Speculation", "Opinion"]
    assert len(ex.questions) == 5 and ex.questions[-1].kind == m.QuestionKind.RATING
    assert (ev.EXERCISE_CHANGED, new_id) in [(e.topic, e.payload) for e in events]
    shared = authoring.create_exercise("Second", tag_set_id=ex.tag_set_id, questions=[])
    assert load_exercise(ctx.db, shared).tag_set_id == ex.tag_set_id
    assert load_exercise(ctx.db, shared).questions == ()
    with pytest.raises(ExerciseEditError, match="title"):
        authoring.create_exercise("   ")
    twice = [art, ImportedArticle("Body one.", source_name="copy.txt")]
    count = len(tags.list_sets())
    with pytest.raises(ExerciseEditError, match=r"copy\.txt: the same text is already"):
        authoring.create_exercise("Dup", articles=twice, tag_set_id=ex.tag_set_id)
    with pytest.raises(ExerciseEditError, match=r"copy\.txt"):
        authoring.create_exercise("Dup", articles=twice)  # the tag set copy is rolled back too
    assert len(tags.list_sets()) == count
    assert len(list_exercises(ctx.db)) == 3


def test_details_provenance_and_article_order(ctx, events) -> None:
    authoring, _ = _services(ctx)
    ex = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    before = authoring.set_details(ex.id, title="New title", instructions="Do it.")
    assert before.title == ex.title
    first = ex.articles[0]
    old = authoring.set_provenance(first.id, outlet="  The  Outlet ", published="2024-03-01")
    assert old.outlet == ""
    with pytest.raises(ExerciseEditError, match="text"):
        authoring.set_provenance(first.id, text="sneaky")
    added = authoring.add_article(ex.id, ImportedArticle("Third text.", title="Third"))
    assert authoring.move_article(added.id, 0) == 2
    now = load_exercise(ctx.db, ex.id)
    assert now.title == "New title" and now.revision > ex.revision
    assert now.articles[0].title == "Third"
    assert now.article(first.id).outlet == "The Outlet"
    assert [a.position for a in now.articles] == [0, 1, 2]
    assert all(e.topic == ev.EXERCISE_CHANGED for e in events) and len(events) == 4


def test_removing_an_annotated_article_needs_confirmation_and_restores(ctx) -> None:
    authoring, _ = _services(ctx)
    ex = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    a = _annotate(ctx, 0)
    b = ctx.annotations.add(ex.articles[1].id, a.annotator_id, 5, 9, ex.tags[1].id)
    link = ctx.annotations.add_link(a.id, b.id, m.LinkKind.SUPPORTS)
    ctx.annotations.set_answer(ex.questions[0].id, a.annotator_id, ex.articles[0].id, "NYT")
    loss = authoring.removal_loss(ex.articles[0].id)
    assert (loss.annotations, loss.links, loss.answers, loss.people) == (1, 1, 1, ("Ada",))
    with pytest.raises(WorkWouldBeLostError, match="1 annotation, 1 link, 1 answer by Ada"):
        authoring.remove_article(ex.articles[0].id)
    assert len(load_exercise(ctx.db, ex.id).articles) == 2
    removed = authoring.remove_article(ex.articles[0].id, confirm=True)
    assert [x.id for x in load_exercise(ctx.db, ex.id).articles] == [ex.articles[1].id]
    assert ctx.annotations.list(ex.id) == [b] and ctx.annotations.links(ex.id) == []
    authoring.restore_article(removed)
    assert [x.id for x in load_exercise(ctx.db, ex.id).articles] == [x.id for x in ex.articles]
    assert ctx.annotations.get(a.id) == a and ctx.annotations.links(ex.id)[0].id == link.id
    assert ctx.annotations.answers(ex.id, a.annotator_id)[0].value == "NYT"


def test_article_text_edit_is_refused_once_annotated(ctx) -> None:
    authoring, _ = _services(ctx)
    ex = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    authoring.replace_text(ex.articles[1].id, "A corrected text.")
    assert load_exercise(ctx.db, ex.id).articles[1].text == "A corrected text."
    _annotate(ctx, 0)
    with pytest.raises(ArticleInUseError, match="new article"):
        authoring.replace_text(ex.articles[0].id, "Changed under the students' feet.")
    assert load_exercise(ctx.db, ex.id).articles[0].text == ex.articles[0].text


def test_questions_add_edit_move_remove(ctx) -> None:
    authoring, _ = _services(ctx)
    ex = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    q = authoring.add_question(ex.id, "Is it balanced?", m.QuestionKind.RATING, 0)
    assert authoring.update_question(q.id, text="Is it fair?").text == "Is it balanced?"
    assert authoring.move_question(q.id, 99) == 0
    me = create_annotator(ctx.db, "Ben")
    ctx.annotations.set_answer(q.id, me.id, ex.articles[0].id, "", 4)
    with pytest.raises(WorkWouldBeLostError, match="1 answer by Ben"):
        authoring.remove_question(q.id)
    removed = authoring.remove_question(q.id, confirm=True)
    assert q.id not in [x.id for x in load_exercise(ctx.db, ex.id).questions]
    authoring.restore_question(removed)
    now = load_exercise(ctx.db, ex.id)
    assert now.questions[-1].text == "Is it fair?" and now.questions[-1].id == q.id
    assert ctx.annotations.answers(ex.id, me.id)[0].rating == 4


def test_tag_set_copy_edit_and_validation(ctx, events) -> None:
    _, tags = _services(ctx)
    copy = tags.create("My tags", copy_from=DEFAULT_TAG_SET_ID)
    assert [t.key for t in copy.tags] == ["claim", "evidence", "speculation", "opinion"]
    assert {t.id for t in copy.tags}.isdisjoint(t.id for t in tags.get(DEFAULT_TAG_SET_ID).tags)
    fact = tags.add_tag(copy.id, "Fact check", shortcut="5")
    assert fact.key == "fact-check" and fact.colour == OKABE_ITO[1] and fact.position == 4
    again = tags.add_tag(copy.id, "Fact check")
    assert again.key == "fact-check-2"
    with pytest.raises(TagSetError, match="already has the key"):
        tags.update_tag(again.id, key="claim")
    with pytest.raises(TagSetError, match="#rrggbb"):
        tags.update_tag(again.id, colour="red")
    before, after = tags.update_tag(fact.id, label="Checked fact", colour="#0072b2")
    assert before.label == "Fact check" and after.colour == "#0072B2"
    assert tags.move_tag(fact.id, 0) == 4
    assert [t.label for t in tags.get(copy.id).tags][:2] == ["Checked fact", "Claim"]
    assert tags.rename(copy.id, "Renamed") == "My tags"
    summary = {s.id: s for s in tags.list_sets()}[copy.id]
    assert (summary.name, summary.tag_count, summary.exercise_count) == ("Renamed", 6, 0)
    assert {e.topic for e in events} == {ev.TAGS_CHANGED}


def test_deleting_a_used_tag_needs_a_merge_and_restores_exactly(ctx) -> None:
    _, tags = _services(ctx)
    ex = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    claim, evidence = ex.tags[0], ex.tags[1]
    a = _annotate(ctx, 0, 0)
    b = _annotate(ctx, 1, 1, "Ben")
    assert tags.usage(claim.id) == 1
    with pytest.raises(TagInUseError, match="1 annotation"):
        tags.delete_tag(claim.id)
    other_set = tags.create("Other", copy_from=DEFAULT_TAG_SET_ID)
    with pytest.raises(TagSetError, match="another tag of its set"):
        tags.delete_tag(claim.id, merge_into=other_set.tags[1].id)
    deleted = tags.delete_tag(claim.id, merge_into=evidence.id)
    assert deleted.annotation_ids == (a.id,)
    assert ctx.annotations.get(a.id).tag_id == evidence.id
    assert [t.key for t in tags.get(ex.tag_set_id).tags] == ["evidence", "speculation", "opinion"]
    tags.restore_tag(deleted)
    assert tags.get(ex.tag_set_id).tags == ex.tags
    assert ctx.annotations.get(a.id).tag_id == claim.id
    assert ctx.annotations.get(b.id).tag_id == evidence.id  # was evidence before: untouched
    unused = tags.add_tag(ex.tag_set_id, "Unused")
    assert tags.delete_tag(unused.id).annotation_ids == ()


def test_switching_tag_set_is_refused_while_annotations_use_the_old_one(ctx) -> None:
    authoring, tags = _services(ctx)
    other = tags.create("Other", copy_from=DEFAULT_TAG_SET_ID)
    authoring.set_details(SAMPLE_EXERCISE_ID, tag_set_id=other.id)
    assert load_exercise(ctx.db, SAMPLE_EXERCISE_ID).tag_set_id == other.id
    authoring.set_details(SAMPLE_EXERCISE_ID, tag_set_id=DEFAULT_TAG_SET_ID)
    _annotate(ctx)
    with pytest.raises(ExerciseEditError, match="cannot be switched"):
        authoring.set_details(SAMPLE_EXERCISE_ID, title="X", tag_set_id=other.id)
    ex = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    assert ex.tag_set_id == DEFAULT_TAG_SET_ID and ex.title != "X"
    with ctx.db.session() as s:
        assert s.scalar(select(func.count()).select_from(m.TagSet)) == 2
    with pytest.raises(UnknownExerciseError):
        authoring.set_details(uuid.uuid4(), title="nobody")
