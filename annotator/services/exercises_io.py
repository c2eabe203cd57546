"""Exercise packages in and out of the database, and adding imported articles to exercises.

Each use case runs in one transaction: on any error the database is exactly as it was.
Identity travels with the package (UUIDs), so opening the same package twice changes nothing
and a newer revision updates the exercise in place. Article text that annotations point to is
never changed: a changed text arrives as a new article row and the old one stays.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from annotator.core.text import fingerprint, normalise_text
from annotator.exchange.articles import ImportedArticle
from annotator.exchange.package import PackageError, read_package, write_package
from annotator.exchange.records import (
    ArticleRecord,
    ExerciseRecord,
    QuestionRecord,
    TagRecord,
    TagSetRecord,
)
from annotator.storage import models as m
from annotator.storage.database import Database
from annotator.storage.types import new_id

__all__ = [
    "ArticleInUseError",
    "DuplicateArticleError",
    "ExerciseEditError",
    "ImportResult",
    "UnknownExerciseError",
    "exercise_record",
    "export_exercise",
    "import_article_into_exercise",
    "import_exercise_package",
    "update_article_text",
]

Status = Literal["created", "updated", "unchanged"]


class UnknownExerciseError(LookupError):
    def __init__(self, exercise_id: uuid.UUID | str) -> None:
        super().__init__(f"no exercise with id {exercise_id}")


class ExerciseEditError(ValueError):
    """An edit was refused; the message says why in one line."""


class ArticleInUseError(ExerciseEditError):
    """The article's text cannot change: annotations or answers point into it."""


class DuplicateArticleError(ExerciseEditError):
    """The exercise already holds an article with exactly this text."""


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


def _uuid(value: uuid.UUID | str) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _assign(row: object, **values: Any) -> bool:
    """Set attributes that differ; return whether anything changed."""
    changed = False
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    return changed


# --- export -------------------------------------------------------------------------------


def exercise_record(session: Session, exercise_id: uuid.UUID | str) -> ExerciseRecord:
    """The exercise as a plain record (no annotations, answers or keys exist in it)."""
    exercise = session.get(m.Exercise, _uuid(exercise_id))
    if exercise is None:
        raise UnknownExerciseError(exercise_id)
    tag_set = exercise.tag_set
    return ExerciseRecord(
        id=str(exercise.id),
        title=exercise.title,
        instructions=exercise.instructions,
        revision=exercise.revision,
        tag_set=TagSetRecord(
            id=str(tag_set.id),
            name=tag_set.name,
            tags=tuple(
                TagRecord(str(t.id), t.key, t.label, t.colour, t.shortcut, t.definition)
                for t in tag_set.tags
            ),
        ),
        articles=tuple(
            ArticleRecord(
                id=str(a.id),
                text=a.text,
                sha256=a.sha256,
                title=a.title,
                outlet=a.outlet,
                author=a.author,
                published=a.published,
                url=a.url,
                retrieved=a.retrieved,
                language=a.language,
            )
            for a in exercise.articles
        ),
        questions=tuple(
            QuestionRecord(str(q.id), q.text, m.QuestionKind(q.kind).value)
            for q in exercise.questions
        ),
    )


def export_exercise(
    db: Database, exercise_id: uuid.UUID | str, path: str | os.PathLike[str]
) -> None:
    """Write the exercise as a ``.saexercise`` package at ``path`` (atomically)."""
    with db.session() as session:
        record = exercise_record(session, exercise_id)
    write_package(path, record)


# --- import -------------------------------------------------------------------------------


def _free_id(session: Session, model: type[m.Base], wanted: str) -> uuid.UUID:
    """The package's id, unless a row elsewhere already has it (then a fresh one)."""
    candidate = _uuid(wanted)
    return new_id() if session.get(model, candidate) is not None else candidate


def _tag_in_use(session: Session, tag_id: uuid.UUID) -> bool:
    query = select(func.count()).select_from(m.Annotation).where(m.Annotation.tag_id == tag_id)
    return bool(session.scalar(query))


def _article_in_use(session: Session, article_id: uuid.UUID) -> int:
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
    tag_set = session.get(m.TagSet, _uuid(record.id))
    if tag_set is None:
        tag_set = m.TagSet(id=_uuid(record.id), name=record.name)
        for position, tag_record in enumerate(record.tags):
            tag_id = _free_id(session, m.Tag, tag_record.id)
            tag_set.tags.append(m.Tag(id=tag_id, **_tag_values(tag_record, position)))
        session.add(tag_set)
        return tag_set, True
    changed = _assign(tag_set, name=record.name)
    incoming = {_uuid(t.id): t for t in record.tags}
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
        tag_id = _uuid(record_tag.id)
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
        if _article_in_use(session, row.id):
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
        row = existing.pop(_uuid(record.id), None)
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


def _apply(session: Session, record: ExerciseRecord) -> ImportResult:
    exercise_id = _uuid(record.id)
    exercise = session.get(m.Exercise, exercise_id)
    if exercise is not None and record.revision < exercise.revision:
        return ImportResult(
            "unchanged",
            exercise_id,
            exercise.title,
            exercise.revision,
            message=(
                f"this package is revision {record.revision}, older than the revision "
                f"{exercise.revision} you already have; nothing was changed"
            ),
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


def import_exercise_package(db: Database, path: str | os.PathLike[str]) -> ImportResult:
    """Open an exercise package: create the exercise, or update it to a newer revision.

    Raises :class:`~annotator.exchange.errors.ExchangeError` (one line naming the file) for a
    bad package or a failed save; the database is then unchanged.
    """
    record = read_package(path)
    try:
        with db.session() as session:
            return _apply(session, record)
    except SQLAlchemyError as exc:
        raise PackageError(
            Path(path).name, f"could not be saved ({type(exc).__name__}); nothing was changed"
        ) from exc


# --- articles -----------------------------------------------------------------------------


def import_article_into_exercise(
    db: Database, exercise_id: uuid.UUID | str, imported: ImportedArticle
) -> uuid.UUID:
    """Append an imported article to the exercise; return the new article's id."""
    text = normalise_text(imported.text)
    if not text.strip():
        raise ExerciseEditError(f"{imported.source_name}: there is no article text to add")
    sha = fingerprint(text)
    with db.session() as session:
        exercise = session.get(m.Exercise, _uuid(exercise_id))
        if exercise is None:
            raise UnknownExerciseError(exercise_id)
        for article in exercise.articles:
            if article.sha256 == sha:
                raise DuplicateArticleError(
                    f"{imported.source_name}: this exercise already has an article with exactly "
                    f"this text ({article.title or 'untitled'})"
                )
        position = max((a.position for a in exercise.articles), default=-1) + 1
        article = m.Article(
            id=new_id(),
            position=position,
            title=imported.title,
            outlet=imported.outlet,
            author=imported.author,
            published=imported.published,
            url=imported.url,
            language=imported.language,
            text=text,
            sha256=sha,
        )
        exercise.articles.append(article)
        session.flush()
        return article.id


def update_article_text(db: Database, article_id: uuid.UUID | str, new_text: str) -> None:
    """Replace an article's text, refused once anyone has annotated or answered on it.

    Raises :class:`ArticleInUseError` in that case: add the new text as a new article instead,
    so nobody's highlights silently shift.
    """
    text = normalise_text(new_text)
    with db.session() as session:
        article = session.get(m.Article, _uuid(article_id))
        if article is None:
            raise LookupError(f"no article with id {article_id}")
        name = article.title or "this article"
        uses = _article_in_use(session, article.id)
        if uses:
            raise ArticleInUseError(
                f"{name}: its text cannot be changed because {uses} annotation(s) or answer(s) "
                "point into it; add the new text as a new article instead"
            )
        if not text.strip():
            raise ExerciseEditError(f"{name}: an article cannot have empty text")
        sha = fingerprint(text)
        if sha == article.sha256:
            return
        clash = session.scalar(
            select(m.Article.id).where(
                m.Article.exercise_id == article.exercise_id, m.Article.sha256 == sha
            )
        )
        if clash is not None:
            raise DuplicateArticleError(
                f"{name}: another article in this exercise already has exactly this text"
            )
        article.text = text
        article.sha256 = sha
