"""Bringing an exercise record into the database by identity (the heart of opening a package).

Rows are matched by UUID (articles by text fingerprint), so applying the same record twice
changes nothing. Nothing a student made is ever deleted or shifted: tags, articles and
questions that annotations or answers use stay, even when a newer revision drops them, and a
changed article text arrives as a new row.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from annotator.core.i18n import Texts
from annotator.exchange.records import (
    ArticleRecord,
    ExerciseRecord,
    QuestionRecord,
    TagRecord,
    TagSetRecord,
)
from annotator.storage import models as m
from annotator.storage.types import new_id

__all__ = ["ImportResult", "apply_exercise_record", "article_use_count", "as_uuid"]

Status = Literal["created", "updated", "unchanged"]


class SyncText(Texts):
    """The translation context of what opening an exercise package says it did."""


@dataclass(frozen=True)
class ImportResult:
    """What opening a package did.

    ``articles_added`` counts new article rows; ``articles_kept`` counts articles the package
    no longer lists (or whose text it changed) that stay because someone annotated them.
    """

    status: Status
    exercise_id: uuid.UUID
    title: str
    revision: int
    articles_added: int = 0
    articles_kept: int = 0
    message: str = ""


def as_uuid(value: uuid.UUID | str) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _assign(row: object, **values: Any) -> bool:
    """Set attributes that differ; return whether anything changed."""
    changed = False
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    return changed


def _free_id(session: Session, model: type[m.Base], wanted: str) -> uuid.UUID:
    """The package's id, unless a row elsewhere already has it (then a fresh one)."""
    candidate = as_uuid(wanted)
    return new_id() if session.get(model, candidate) is not None else candidate


def _tag_in_use(session: Session, tag_id: uuid.UUID) -> bool:
    query = select(func.count()).select_from(m.Annotation).where(m.Annotation.tag_id == tag_id)
    return bool(session.scalar(query))


def article_use_count(session: Session, article_id: uuid.UUID) -> int:
    annotations = session.scalar(
        select(func.count()).select_from(m.Annotation).where(m.Annotation.article_id == article_id)
    )
    answers = session.scalar(
        select(func.count()).select_from(m.Answer).where(m.Answer.article_id == article_id)
    )
    return int(annotations or 0) + int(answers or 0)


def _question_in_use(session: Session, question_id: uuid.UUID) -> bool:
    query = select(func.count()).select_from(m.Answer).where(m.Answer.question_id == question_id)
    return bool(session.scalar(query))


def _tag_values(record: TagRecord, position: int) -> dict[str, Any]:
    return {
        "key": record.key,
        "label": record.label,
        "colour": record.colour,
        "shortcut": record.shortcut,
        "definition": record.definition,
        "position": position,
    }


def _sync_tag_set(session: Session, record: TagSetRecord) -> tuple[m.TagSet, bool]:
    """Create or update the tag set; tags annotations use are kept even if dropped."""
    tag_set = session.get(m.TagSet, as_uuid(record.id))
    if tag_set is None:
        tag_set = m.TagSet(id=as_uuid(record.id), name=record.name)
        for position, tag_record in enumerate(record.tags):
            tag_id = _free_id(session, m.Tag, tag_record.id)
            tag_set.tags.append(m.Tag(id=tag_id, **_tag_values(tag_record, position)))
        session.add(tag_set)
        return tag_set, True
    changed = _assign(tag_set, name=record.name)
    incoming = {as_uuid(t.id): t for t in record.tags}
    kept: list[m.Tag] = []
    for row in list(tag_set.tags):
        if row.id in incoming or _tag_in_use(session, row.id):
            kept.append(row)
    if len(kept) != len(tag_set.tags):
        changed = True
    # Phase 1: drop unused tags and park the kept ones on unique temporary keys, so keys can
    # move between tags without tripping the (tag_set, key) unique constraint.
    tag_set.tags = kept
    old_keys = {row.id: row.key for row in kept}
    for row in kept:
        row.key = f"~{row.id.hex}"
    session.flush()
    by_id = {row.id: row for row in kept}
    ordered: list[m.Tag] = []
    for position, record_tag in enumerate(record.tags):
        tag_id = as_uuid(record_tag.id)
        values = _tag_values(record_tag, position)
        if tag_id in by_id:
            tag = by_id.pop(tag_id)
            tag.key = old_keys[tag.id]
            changed |= _assign(tag, **values)
        else:
            tag = m.Tag(id=_free_id(session, m.Tag, record_tag.id), **values)
            changed = True
        ordered.append(tag)
    taken = {tag.key for tag in ordered}
    for extra in by_id.values():  # dropped from the package but used by annotations
        key, n = old_keys[extra.id], 1
        while key in taken:
            key, n = f"{old_keys[extra.id]}-{n}", n + 1
        taken.add(key)
        extra.key = key
        extra.position = len(ordered)
        ordered.append(extra)
    tag_set.tags = ordered
    return tag_set, changed


def _article_values(record: ArticleRecord) -> dict[str, Any]:
    return {
        "title": record.title,
        "outlet": record.outlet,
        "author": record.author,
        "published": record.published,
        "url": record.url,
        "retrieved": record.retrieved,
        "language": record.language,
    }


def _sync_articles(
    session: Session, exercise: m.Exercise, records: tuple[ArticleRecord, ...]
) -> tuple[bool, int, int]:
    """Match articles by text fingerprint; new or changed texts become new rows."""
    by_sha = {a.sha256: a for a in exercise.articles}
    changed, added = False, 0
    wanted: list[m.Article] = []
    for position, record in enumerate(records):
        row = by_sha.pop(record.sha256, None)
        if row is None:
            row = m.Article(
                id=_free_id(session, m.Article, record.id),
                text=record.text,
                sha256=record.sha256,
                **_article_values(record),
            )
            changed, added = True, added + 1
        else:
            changed |= _assign(row, **_article_values(record))
        changed |= _assign(row, position=position)
        wanted.append(row)
    kept = 0
    for row in by_sha.values():
        if article_use_count(session, row.id):
            changed |= _assign(row, position=len(wanted))
            wanted.append(row)
            kept += 1
        else:
            changed = True
    exercise.articles = wanted
    return changed, added, kept


def _sync_questions(
    session: Session, exercise: m.Exercise, records: tuple[QuestionRecord, ...]
) -> bool:
    existing = {q.id: q for q in exercise.questions}
    changed = False
    wanted: list[m.Question] = []
    for position, record in enumerate(records):
        values = {"text": record.text, "kind": m.QuestionKind(record.kind), "position": position}
        row = existing.pop(as_uuid(record.id), None)
        if row is None:
            row = m.Question(id=_free_id(session, m.Question, record.id), **values)
            changed = True
        else:
            changed |= _assign(row, **values)
        wanted.append(row)
    for row in existing.values():
        if _question_in_use(session, row.id):  # keep answered questions with their answers
            changed |= _assign(row, position=len(wanted))
            wanted.append(row)
        else:
            changed = True
    exercise.questions = wanted
    return changed


def apply_exercise_record(session: Session, record: ExerciseRecord) -> ImportResult:
    """Create or update the exercise from ``record`` inside the caller's transaction."""
    exercise_id = as_uuid(record.id)
    exercise = session.get(m.Exercise, exercise_id)
    if exercise is not None and record.revision < exercise.revision:
        return ImportResult(
            "unchanged",
            exercise_id,
            exercise.title,
            exercise.revision,
            message=SyncText.tr(
                "this package is revision {revision}, older than the revision {stored} you "
                "already have; nothing was changed").format(revision=record.revision,
                                                            stored=exercise.revision),
        )
    tag_set, changed = _sync_tag_set(session, record.tag_set)
    created = exercise is None
    if exercise is None:
        exercise = m.Exercise(
            id=exercise_id,
            title=record.title,
            instructions=record.instructions,
            revision=record.revision,
            tag_set=tag_set,
        )
        session.add(exercise)
    else:
        changed |= _assign(
            exercise,
            title=record.title,
            instructions=record.instructions,
            revision=record.revision,
        )
        if exercise.tag_set_id != tag_set.id:
            exercise.tag_set = tag_set
            changed = True
    articles_changed, added, kept = _sync_articles(session, exercise, record.articles)
    questions_changed = _sync_questions(session, exercise, record.questions)
    changed = changed or articles_changed or questions_changed
    session.flush()
    status: Status = "created" if created else ("updated" if changed else "unchanged")
    return ImportResult(status, exercise_id, record.title, record.revision, added, kept)
