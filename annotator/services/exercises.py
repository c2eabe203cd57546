"""Reading exercises for the workspace, the review and the CLI."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from annotator.services.not_found import ExerciseNotFoundError
from annotator.services.views import ExerciseSummary, ExerciseView
from annotator.storage import models as m
from annotator.storage.database import Database


def list_exercises(db: Database) -> list[ExerciseSummary]:
    """Every exercise in the database, most recently changed first."""
    counts = (
        select(m.Article.exercise_id, func.count(m.Article.id).label("n"))
        .group_by(m.Article.exercise_id)
        .subquery()
    )
    query = (
        select(m.Exercise, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.exercise_id == m.Exercise.id)
        .order_by(m.Exercise.modified.desc(), m.Exercise.title)
    )
    with db.session() as session:
        return [
            ExerciseSummary(row.id, row.title, row.revision, int(n), row.modified)
            for row, n in session.execute(query)
        ]


def load_exercise(db: Database, exercise_id: uuid.UUID) -> ExerciseView:
    """The exercise with its articles, tags and questions, as an immutable view."""
    query = (
        select(m.Exercise)
        .where(m.Exercise.id == exercise_id)
        .options(
            selectinload(m.Exercise.articles),
            selectinload(m.Exercise.questions),
            selectinload(m.Exercise.tag_set).selectinload(m.TagSet.tags),
        )
    )
    with db.session() as session:
        row = session.scalars(query).one_or_none()
        if row is None:
            raise ExerciseNotFoundError(exercise_id)
        return ExerciseView.of(row)


def parse_exercise_id(db: Database, text: str) -> uuid.UUID:
    """Accept a full UUID or an unambiguous prefix of one (as the CLI prints them)."""
    text = text.strip().lower()
    with db.session() as session:
        ids = [str(i) for i in session.scalars(select(m.Exercise.id))]
    matches = [i for i in ids if i.startswith(text)] if text else []
    if len(matches) != 1:
        raise ExerciseNotFoundError(text)
    return uuid.UUID(matches[0])
