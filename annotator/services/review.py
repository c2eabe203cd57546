"""Instructor review of an exercise: the class overlay, agreement, scores against the key,
contested passages and chart data, as one JSON-serialisable dict per article.

The work is split by what it does: ``review_types`` (options, students, one article's class
as plain data), ``review_read`` (reading the class with plain SQL, who counts, names told
apart), ``review_figures`` (the measures of one article as JSON-ready dicts). This module
puts them together for the window, the CLI and the exports.

``db`` is a :class:`annotator.storage.database.Database` or anything else with its
``reader()`` (the CLI's plain-``sqlite3`` :class:`annotator.storage.read_open.ReadFile`).
Nothing here imports SQLAlchemy, and numpy only when figures are computed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from annotator.services import review_read
from annotator.services.review_types import (
    NOTHING_MARKED,
    PAIRWISE_LIMIT,
    PARTS,
    ArticleClass,
    ReviewOptions,
    ReviewText,
    StudentInfo,
)

if TYPE_CHECKING:
    from annotator.core.overlay import Overlay

__all__ = [
    "NOTHING_MARKED",
    "PAIRWISE_LIMIT",
    "PARTS",
    "SCORE_COLUMNS",
    "ArticleClass",
    "ReviewOptions",
    "StudentInfo",
    "count_student_highlights",
    "exercise_students",
    "gather_article",
    "iter_review",
    "review_article",
    "review_figures",
    "score_rows",
]



def _article_of(head: review_read.ExerciseHead, article_id: uuid.UUID) -> uuid.UUID:
    if all(ident != article_id for ident, _title in head.articles):
        raise LookupError(ReviewText.tr("exercise {exercise} has no article with id {id}").format(
            exercise=head.id, id=article_id))
    return article_id


def gather_article(db: Any, exercise_id: uuid.UUID, article_id: uuid.UUID,
                   anonymise: bool = False) -> ArticleClass:
    """The students' and the key's spans of one article of an exercise."""
    with db.reader() as r:
        head = review_read.read_exercise(r, exercise_id)
        _article_of(head, article_id)
        people = review_read.students(r, exercise_id, anonymise)
        return review_read.gather(r, head, article_id, people)


def exercise_students(db: Any, exercise_id: uuid.UUID,
                      anonymise: bool = False) -> list[StudentInfo]:
    """Every student of the exercise (marked something, or handed in), in display order."""
    with db.reader() as r:
        review_read.read_exercise(r, exercise_id)
        return review_read.students(r, exercise_id, anonymise)


def count_student_highlights(db: Any, exercise_id: uuid.UUID) -> int:
    """How many highlights students made in the exercise (one COUNT query)."""
    with db.reader() as r:
        return review_read.count_highlights(r, exercise_id)


def review_article(data: ArticleClass, contested_limit: int = 10,
                   options: ReviewOptions | None = None,
                   overlay: Overlay | None = None) -> dict[str, object]:
    """All review figures for one gathered article (pure: no database). ``overlay`` may
    pass the class overlay of ``data`` when the caller has built it already.

    Raises ``ValueError`` naming the article when a stored span lies outside its text.
    """
    from annotator.services.review_figures import article_figures

    options = options or ReviewOptions(contested_limit=contested_limit)
    return article_figures(data, options, lazy=False, overlay=overlay)


def iter_review(
    db: Any,
    exercise_id: uuid.UUID,
    article_id: uuid.UUID | None = None,
    anonymise: bool = False,
    options: ReviewOptions | None = None,
    streamed: bool = True,
) -> dict[str, Any]:
    """The review as :func:`review_figures` shapes it, but with ``articles`` and each
    article's ``scores`` as iterators, computed as they are read: for streaming the JSON
    with ``exchange/json_stream.write_json`` (``streamed``: the parts it may write the
    quick way are marked, see ``FloatFree``; ``review_figures`` asks for plain data).

    Raises ``LookupError`` for an unknown exercise or article (before anything is read).
    """
    options = options or ReviewOptions()
    with db.reader() as r:
        head = review_read.read_exercise(r, exercise_id)
        ids = [a for a, _title in head.articles]
        if article_id is not None:
            ids = [_article_of(head, article_id)]
        people = review_read.students(r, exercise_id, anonymise)

    def each_article() -> Iterator[dict[str, object]]:
        from annotator.services.review_figures import article_figures

        for ident in ids:
            with db.reader() as r:
                data = review_read.gather(r, head, ident, people)
            yield article_figures(data, options, lazy=True, streamed=streamed)

    return {
        "exercise": {"id": str(exercise_id), "title": head.title},
        "anonymised": anonymise,
        "students": [p.as_dict() for p in people],
        "articles": each_article(),
    }


def review_figures(
    db: Any,
    exercise_id: uuid.UUID,
    article_id: uuid.UUID | None = None,
    anonymise: bool = False,
    options: ReviewOptions | None = None,
) -> dict[str, Any]:
    """The review of an exercise (every article, or only ``article_id``) as a JSON-ready dict.

    Raises ``LookupError`` for an unknown exercise or article.
    """
    figures = iter_review(db, exercise_id, article_id, anonymise, options, streamed=False)
    articles = []
    for article in figures["articles"]:
        if "scores" in article:
            article["scores"] = list(article["scores"])  # type: ignore[call-overload]
        articles.append(article)
    figures["articles"] = articles
    return figures


SCORE_COLUMNS = (
    "article", "student", "name", "tag",
    "exact_precision", "exact_recall", "exact_f1",
    "overlap_precision", "overlap_recall", "overlap_f1",
    "char_precision", "char_recall", "char_f1",
)


def score_rows(figures: dict[str, object]) -> list[dict[str, object]]:
    """The scores of :func:`review_figures` as flat rows (one per article, student and tag,
    plus tag "all"), with the keys of ``SCORE_COLUMNS``: ready for a table model or CSV."""
    rows: list[dict[str, object]] = []
    for article in figures["articles"]:  # type: ignore[attr-defined]
        for entry in article["scores"]:
            for tag in entry["exact"]:
                row: dict[str, object] = {
                    "article": article["article"]["title"],
                    "student": entry["student"],
                    "name": entry["name"],
                    "tag": tag,
                }
                for kind, prefix in (("exact", "exact"), ("overlap", "overlap"),
                                     ("chars", "char")):
                    for measure in ("precision", "recall", "f1"):
                        row[f"{prefix}_{measure}"] = entry[kind][tag][measure]
                rows.append(row)
    return rows
