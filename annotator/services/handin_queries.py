"""What the instructor's views show about collected hand-ins: who handed in, and orphans."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from annotator.storage.database import Database
from annotator.storage.models import Annotator, Article, Handin, OrphanAnnotation, Tag

__all__ = ["HandinSummary", "OrphanView", "list_handins", "list_orphans"]


@dataclass(frozen=True)
class HandinSummary:
    annotator_id: uuid.UUID
    student: str
    handed_in: datetime
    source_file: str
    imported: datetime


@dataclass(frozen=True)
class OrphanView:
    """An imported annotation that could not be placed in the article text."""

    id: uuid.UUID
    article_id: uuid.UUID
    article_title: str
    annotator_id: uuid.UUID
    student: str
    exact: str
    prefix: str
    suffix: str
    tag_key: str
    tag_label: str
    note: str
    original_start: int
    original_end: int


def list_handins(db: Database, exercise_id: uuid.UUID) -> list[HandinSummary]:
    """The hand-ins imported for ``exercise_id``, by student name then id."""
    with db.session() as session:
        rows = session.execute(
            select(Handin, Annotator.display_name)
            .join(Annotator, Annotator.id == Handin.annotator_id)
            .where(Handin.exercise_id == exercise_id)
            .order_by(Annotator.display_name, Annotator.id)
        ).all()
        return [
            HandinSummary(h.annotator_id, name, h.handed_in, h.source_file, h.imported)
            for h, name in rows
        ]


def list_orphans(db: Database, exercise_id: uuid.UUID) -> list[OrphanView]:
    """Every orphaned annotation in ``exercise_id``, by article, student and old position."""
    with db.session() as session:
        rows = session.execute(
            select(OrphanAnnotation, Article, Annotator.display_name, Tag)
            .join(Article, Article.id == OrphanAnnotation.article_id)
            .join(Annotator, Annotator.id == OrphanAnnotation.annotator_id)
            .join(Tag, Tag.id == OrphanAnnotation.tag_id)
            .where(Article.exercise_id == exercise_id)
            .order_by(Article.position, Annotator.display_name, OrphanAnnotation.original_start)
        ).all()
        return [
            OrphanView(
                id=o.id,
                article_id=article.id,
                article_title=article.title,
                annotator_id=o.annotator_id,
                student=name,
                exact=o.exact,
                prefix=o.prefix,
                suffix=o.suffix,
                tag_key=tag.key,
                tag_label=tag.label,
                note=o.note,
                original_start=o.original_start,
                original_end=o.original_end,
            )
            for o, article, name, tag in rows
        ]
