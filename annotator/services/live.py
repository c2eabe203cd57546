"""Is there anything new in the class? A cheap question the Class Overview asks on a timer.

On a school server students annotate while the instructor watches the Class Overview. Rather
than read the whole class every few seconds, the overview asks for a :class:`ChangeStamp` of
the exercise (how many annotations, answers and links there are, and the newest change) and
reloads only when it differs from the last one. A deletion changes a count, an edit or an
addition the newest time.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from annotator.storage import models as m
from annotator.storage.database import Database

__all__ = ["ChangeStamp", "change_stamp"]


@dataclass(frozen=True)
class ChangeStamp:
    annotations: int
    answers: int
    links: int
    newest: datetime | None


def change_stamp(db: Database, exercise_id: uuid.UUID) -> ChangeStamp:
    """The exercise's class work summed up in four numbers (one short query each)."""
    articles = select(m.Article.id).where(m.Article.exercise_id == exercise_id)
    with db.session() as session:
        count, newest = session.execute(
            select(func.count(m.Annotation.id), func.max(m.Annotation.modified))
            .where(m.Annotation.article_id.in_(articles))
        ).one()
        answers, answered = session.execute(
            select(func.count(m.Answer.id), func.max(m.Answer.modified))
            .where(m.Answer.article_id.in_(articles))
        ).one()
        source = select(m.Annotation.id).where(m.Annotation.article_id.in_(articles))
        links = session.scalar(
            select(func.count(m.Link.id)).where(m.Link.source_id.in_(source))
        )
    times = [t for t in (newest, answered) if t is not None]
    return ChangeStamp(int(count), int(answers), int(links or 0), max(times) if times else None)
