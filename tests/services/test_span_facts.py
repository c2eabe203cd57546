"""A key press reads an article's text once, then only its fingerprint; a newer text (a
newer revision of the exercise, another client on the school server) is read again."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, update

from annotator.core.text import fingerprint, quote_context
from annotator.services.annotators import create_annotator
from annotator.services.exercises import load_exercise
from annotator.services.sample import SAMPLE_EXERCISE_ID
from annotator.services.span_facts import ArticleTexts
from annotator.storage import models as m


def _statements(ctx: Any) -> list[str]:
    seen: list[str] = []
    event.listen(ctx.db.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, *rest: seen.append(statement))
    return seen


def test_the_text_is_read_once_then_only_its_fingerprint(ctx: Any) -> None:
    exercise = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    me = create_annotator(ctx.db, "Ada")
    article, tag = exercise.articles[0], exercise.tags[0]
    seen = _statements(ctx)
    for start in (0, 40, 80):
        added = ctx.annotations.add(article.id, me.id, start, start + 12, tag.id)
        assert (added.prefix, added.exact, added.suffix) == quote_context(
            article.text, start, start + 12)
    reads = [s for s in seen if "article.text" in s.lower()]
    assert len(reads) == 1, reads


def test_a_changed_text_is_read_again_and_quoted_from(ctx: Any) -> None:
    exercise = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    me = create_annotator(ctx.db, "Ada")
    article, tag = exercise.articles[0], exercise.tags[0]
    ctx.annotations.add(article.id, me.id, 0, 5, tag.id)
    newer = "Revised: " + article.text
    with ctx.db.session() as s:  # as a newer revision of the exercise stores it
        s.execute(update(m.Article).where(m.Article.id == article.id)
                  .values(text=newer, sha256=fingerprint(newer)))
    added = ctx.annotations.add(article.id, me.id, 0, 8, tag.id)
    assert added.exact == "Revised:"
    moved = ctx.annotations.update(added.id, end=len(newer))[1]
    assert moved.exact == newer and moved.suffix == ""


def test_only_the_last_few_articles_are_kept() -> None:
    import uuid

    texts = ArticleTexts()
    ids = [uuid.uuid4() for _ in range(ArticleTexts.KEEP + 1)]
    for n, key in enumerate(ids):
        texts.put(key, f"sha{n}", f"text {n}")
    assert texts.get(ids[0], "sha0") is None  # the oldest went
    assert texts.get(ids[-1], f"sha{len(ids) - 1}") == f"text {len(ids) - 1}"
    assert texts.get(ids[-1], "another fingerprint") is None


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_quotes_are_cut_in_code_points_as_python_cuts_them(ctx: Any, data: st.DataObject
                                                           ) -> None:
    """Astral characters (emoji, historic scripts) count as one, as everywhere."""
    exercise = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    me = create_annotator(ctx.db, "Ada")
    article, tag = exercise.articles[1], exercise.tags[1]
    text = data.draw(st.text(alphabet=st.sampled_from("ab 𝕏😀é\n"), min_size=2,
                             max_size=120), label="text")
    with ctx.db.session() as s:
        s.execute(update(m.Article).where(m.Article.id == article.id)
                  .values(text=text, sha256=fingerprint(text)))
    start = data.draw(st.integers(0, len(text) - 1), label="start")
    end = data.draw(st.integers(start + 1, len(text)), label="end")
    added = ctx.annotations.add(article.id, me.id, start, end, tag.id)
    assert (added.prefix, added.exact, added.suffix) == quote_context(text, start, end)
    ctx.annotations.delete(added.id)
