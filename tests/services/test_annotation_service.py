from __future__ import annotations

import pytest

from annotator.services import events as ev
from annotator.services.annotations import AnnotationError
from annotator.services.annotators import create_annotator
from annotator.services.exercises import load_exercise
from annotator.services.sample import SAMPLE_EXERCISE_ID
from annotator.storage import models as m


@pytest.fixture
def setup(ctx: object) -> tuple[object, object, object]:
    exercise = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)  # type: ignore[attr-defined]
    student = create_annotator(ctx.db, "  Ada  Lovelace ")  # type: ignore[attr-defined]
    return ctx, exercise, student


def test_add_stores_exact_quote_and_context_and_publishes(setup: tuple) -> None:
    ctx, exercise, student = setup
    seen: list[ev.Event] = []
    ctx.bus.subscribe(ev.ANNOTATION_ADDED, seen.append)
    article = exercise.articles[0]
    start = article.text.index("North Korea’s rapid")
    a = ctx.annotations.add(article.id, student.id, start, start + 13, exercise.tags[0].id,
                            source="pane")
    assert a.exact == "North Korea’s"
    assert article.text.endswith(a.suffix) is False and len(a.prefix) == 32
    assert seen[0].payload == a and seen[0].source == "pane"
    assert student.display_name == "Ada Lovelace"


def test_bad_spans_and_foreign_tags_are_refused(setup: tuple) -> None:
    ctx, exercise, student = setup
    article = exercise.articles[0]
    with pytest.raises(AnnotationError, match="outside"):
        ctx.annotations.add(article.id, student.id, 5, 5, exercise.tags[0].id)
    with pytest.raises(AnnotationError, match="outside"):
        ctx.annotations.add(article.id, student.id, 0, len(article.text) + 1, exercise.tags[0].id)
    with pytest.raises(AnnotationError, match="tag"):
        ctx.annotations.add(article.id, student.id, 0, 3, article.id)
    assert ctx.annotations.list(exercise.id) == []


def test_delete_and_restore_bring_back_the_same_rows_and_links(setup: tuple) -> None:
    ctx, exercise, student = setup
    a = ctx.annotations.add(exercise.articles[0].id, student.id, 0, 6, exercise.tags[0].id)
    b = ctx.annotations.add(exercise.articles[1].id, student.id, 0, 8, exercise.tags[1].id)
    link = ctx.annotations.add_link(a.id, b.id, m.LinkKind.SAME_CLAIM, "same story")
    removed = ctx.annotations.delete(a.id)
    assert removed.links == (link,)
    assert ctx.annotations.links(exercise.id) == []
    ctx.annotations.restore(removed)
    assert ctx.annotations.links(exercise.id) == [link]
    assert ctx.annotations.get(a.id) == a


def test_update_changes_span_and_recomputes_quote_and_revert_undoes(setup: tuple) -> None:
    ctx, exercise, student = setup
    article = exercise.articles[0]
    a = ctx.annotations.add(article.id, student.id, 0, 6, exercise.tags[0].id)
    before, after = ctx.annotations.update(a.id, end=10, note="longer", tag_id=exercise.tags[2].id)
    assert after.exact == article.text[0:10] and after.note == "longer"
    assert after.tag_id == exercise.tags[2].id
    reverted = ctx.annotations.revert(before)
    assert (reverted.start, reverted.end, reverted.exact, reverted.note, reverted.tag_id) == (
        a.start, a.end, a.exact, a.note, a.tag_id)


def test_links_refuse_self_and_duplicates(setup: tuple) -> None:
    ctx, exercise, student = setup
    a = ctx.annotations.add(exercise.articles[0].id, student.id, 0, 6, exercise.tags[0].id)
    b = ctx.annotations.add(exercise.articles[1].id, student.id, 0, 8, exercise.tags[1].id)
    with pytest.raises(AnnotationError, match="itself"):
        ctx.annotations.add_link(a.id, a.id, m.LinkKind.SUPPORTS)
    ctx.annotations.add_link(a.id, b.id, m.LinkKind.SUPPORTS)
    with pytest.raises(AnnotationError, match="already"):
        ctx.annotations.add_link(a.id, b.id, m.LinkKind.SUPPORTS)


def test_answers_upsert(setup: tuple) -> None:
    ctx, exercise, student = setup
    q = exercise.questions[-1]
    article = exercise.articles[1]
    before, first = ctx.annotations.set_answer(q.id, student.id, article.id, "Unclear", 2)
    assert before is None
    before, second = ctx.annotations.set_answer(q.id, student.id, article.id, "Better", 3)
    assert before == first and second.rating == 3
    assert ctx.annotations.answers(exercise.id, student.id) == [second]
    with pytest.raises(AnnotationError, match="1 to 5"):
        ctx.annotations.set_answer(q.id, student.id, article.id, "x", 9)


def test_nul_characters_are_removed_from_notes_and_answers_on_every_backend(
    setup: tuple,
) -> None:
    ctx, exercise, student = setup
    article = exercise.articles[0]
    a = ctx.annotations.add(article.id, student.id, 0, 6, exercise.tags[0].id, note="a\x00b")
    assert a.note == "ab" == ctx.annotations.get(a.id).note
    _, after = ctx.annotations.update(a.id, note="c\x00d")
    assert after.note == "cd"
    _, answer = ctx.annotations.set_answer(exercise.questions[0].id, student.id, article.id,
                                           "yes\x00no")
    assert answer.value == "yesno"
    assert create_annotator(ctx.db, "Zo\x00e").display_name == "Zoe"


def test_quotes_cut_in_sql_match_python_code_points_on_non_ascii_text(ctx: object) -> None:
    """add and update cut prefix/exact/suffix in SQL: they must be the code-point slices
    Python's quote_context gives, with emoji, combining marks and CJK, at both ends."""
    from annotator.core.text import fingerprint, normalise_text, quote_context
    from annotator.services.sample import DEFAULT_TAG_SET_ID

    text = normalise_text("😀 café — 北京 naïve e\u0301 " * 40 + "the end 🎉")
    with ctx.db.session() as s:  # type: ignore[attr-defined]
        exercise = m.Exercise(title="Unicode", instructions="", tag_set_id=DEFAULT_TAG_SET_ID)
        exercise.articles.append(m.Article(title="U", text=text, sha256=fingerprint(text),
                                           position=0))
        s.add(exercise)
        s.flush()
        exercise_id, article_id = exercise.id, exercise.articles[0].id
    tags = load_exercise(ctx.db, exercise_id).tags  # type: ignore[attr-defined]
    student = create_annotator(ctx.db, "Uni")  # type: ignore[attr-defined]
    for start, end in ((0, 1), (0, 5), (3, 40), (200, 260), (len(text) - 9, len(text))):
        a = ctx.annotations.add(article_id, student.id, start, end, tags[0].id)  # type: ignore[attr-defined]
        assert (a.prefix, a.exact, a.suffix) == quote_context(text, start, end)
        assert ctx.annotations.get(a.id) == a  # type: ignore[attr-defined]
    before, after = ctx.annotations.update(a.id, start=1, end=2, tag_id=tags[1].id)  # type: ignore[attr-defined]
    assert (after.prefix, after.exact, after.suffix) == quote_context(text, 1, 2)
    assert after.tag_id == tags[1].id and before.tag_id == tags[0].id
    with pytest.raises(AnnotationError, match=f"outside the article \\({len(text)} characters"):
        ctx.annotations.update(a.id, end=len(text) + 1)  # type: ignore[attr-defined]
    with pytest.raises(AnnotationError, match="tag"):
        ctx.annotations.update(a.id, tag_id=article_id)  # type: ignore[attr-defined]
    assert ctx.annotations.get(a.id) == after  # type: ignore[attr-defined]
