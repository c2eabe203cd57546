"""Exercise packages in and out of the database, and adding imported articles to exercises.

Each use case runs in one transaction: on any error the database is exactly as it was.
Identity travels with the package (UUIDs), so opening the same package twice changes nothing
and a newer revision updates the exercise in place. Article text that annotations point to is
never changed: a changed text arrives as a new article row and the old one stays.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from annotator.core.i18n import Texts
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
from annotator.services.exercise_sync import (
    ImportResult,
    apply_exercise_record,
    article_use_count,
    as_uuid,
)
from annotator.services.maintenance import backup_before
from annotator.services.not_found import NotFoundText
from annotator.storage import models as m
from annotator.storage.database import Database
from annotator.storage.errors import BackupError, StorageError
from annotator.storage.types import new_id

__all__ = [
    "ArticleInUseError",
    "DuplicateArticleError",
    "ExerciseEditError",
    "ExerciseText",
    "ImportResult",
    "UnknownExerciseError",
    "exercise_record",
    "export_exercise",
    "import_article_into_exercise",
    "import_exercise_package",
    "update_article_text",
]


class ExerciseText(Texts):
    """The translation context of refused exercise edits and imports."""


class UnknownExerciseError(LookupError):
    def __init__(self, exercise_id: uuid.UUID | str) -> None:
        super().__init__(NotFoundText.tr("no exercise with id {id}").format(id=exercise_id))


class ExerciseEditError(ValueError):
    """An edit was refused; the message says why in one line."""


class ArticleInUseError(ExerciseEditError):
    """The article's text cannot change: annotations or answers point into it."""


class DuplicateArticleError(ExerciseEditError):
    """The exercise already holds an article with exactly this text."""


# --- export -------------------------------------------------------------------------------


def exercise_record(session: Session, exercise_id: uuid.UUID | str) -> ExerciseRecord:
    """The exercise as a plain record (no annotations, answers or keys exist in it)."""
    exercise = session.get(m.Exercise, as_uuid(exercise_id))
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


def import_exercise_package(db: Database, path: str | os.PathLike[str]) -> ImportResult:
    """Open an exercise package: create the exercise, or update it to a newer revision.

    Raises :class:`~annotator.exchange.errors.ExchangeError` (one line naming the file) for a
    bad package or a failed save; the database is then unchanged.
    """
    record = read_package(path)
    try:
        backup_before(db, "before-import")
    except BackupError as exc:
        raise PackageError(
            Path(path).name, ExerciseText.tr(
                "not opened, because no backup could be made first ({reason})").format(reason=exc)
        ) from exc
    try:
        with db.session() as session:
            return apply_exercise_record(session, record)
    except StorageError as exc:  # a full disk, a read-only database
        raise PackageError(Path(path).name, ExerciseText.tr(
            "could not be saved ({reason})").format(reason=exc)) from exc
    except SQLAlchemyError as exc:
        raise PackageError(
            Path(path).name, ExerciseText.tr(
                "could not be saved ({reason}); nothing was changed").format(
                reason=type(exc).__name__)
        ) from exc


# --- articles -----------------------------------------------------------------------------


def import_article_into_exercise(
    db: Database, exercise_id: uuid.UUID | str, imported: ImportedArticle
) -> uuid.UUID:
    """Append an imported article to the exercise; return the new article's id."""
    text = normalise_text(imported.text)
    if not text.strip():
        raise ExerciseEditError(f"{imported.source_name}: " + ExerciseText.tr(
            "there is no article text to add"))
    sha = fingerprint(text)
    with db.session() as session:
        exercise = session.get(m.Exercise, as_uuid(exercise_id))
        if exercise is None:
            raise UnknownExerciseError(exercise_id)
        for article in exercise.articles:
            if article.sha256 == sha:
                raise DuplicateArticleError(
                    f"{imported.source_name}: " + ExerciseText.tr(
                        "this exercise already has an article with exactly this text "
                        "({title})").format(title=article.title or ExerciseText.tr("untitled"))
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
        article = session.get(m.Article, as_uuid(article_id))
        if article is None:
            raise LookupError(NotFoundText.tr("no article with id {id}").format(id=article_id))
        name = article.title or ExerciseText.tr("this article")
        uses = article_use_count(session, article.id)
        if uses:
            raise ArticleInUseError(
                f"{name}: " + ExerciseText.tr(
                    "its text cannot be changed because %n annotation(s) or answer(s) point "
                    "into it; add the new text as a new article instead", "", uses)
            )
        if not text.strip():
            raise ExerciseEditError(f"{name}: " + ExerciseText.tr(
                "an article cannot have empty text"))
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
                f"{name}: " + ExerciseText.tr(
                    "another article in this exercise already has exactly this text")
            )
        article.text = text
        article.sha256 = sha
