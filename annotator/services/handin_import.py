"""Importing a class's hand-ins: every file validated and stored in its own transaction."""

from __future__ import annotations

import enum
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, delete, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from annotator.core.anchoring import reanchor
from annotator.core.text import quote_context
from annotator.exchange.handin import load_handin
from annotator.exchange.handin_errors import HandinError
from annotator.exchange.handin_records import HandinRecord
from annotator.exchange.jsonsafe import DEFAULT_MAX_BYTES
from annotator.services.maintenance import backup_before
from annotator.storage.database import Database
from annotator.storage.errors import BackupError, StorageError
from annotator.storage.models import (
    Annotation,
    Annotator,
    Answer,
    Article,
    Exercise,
    Handin,
    Link,
    OrphanAnnotation,
    Role,
)
from annotator.storage.types import utcnow

__all__ = ["HandinImportResult", "ImportStatus", "expand_paths", "import_handins"]

Progress = Callable[[int, int, Path], None]
_CHUNK = 500


class ImportStatus(enum.StrEnum):
    IMPORTED = "imported"  # first hand-in from this student for this exercise
    REPLACED = "replaced"  # same or newer hand-in: the student's earlier work was replaced
    OLDER = "older"  # refused: older than the hand-in already imported
    REJECTED = "rejected"  # refused: the file is damaged or does not fit this database
    CANCELLED = "cancelled"  # not looked at: the import was cancelled first


@dataclass(frozen=True)
class HandinImportResult:
    """One row of the summary table shown after an import."""

    file: Path
    student: str
    imported: int
    reanchored: int
    orphaned: int
    status: ImportStatus
    problem: str = ""
    # the exercise the file was handed in for (None when the file could not be read)
    exercise_id: uuid.UUID | None = None
    exercise_title: str = ""

    @property
    def ok(self) -> bool:
        return self.status in (ImportStatus.IMPORTED, ImportStatus.REPLACED)


class _OlderHandin(HandinError):
    pass


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files as given, folders replaced by their ``*.json`` files (any case: ``.JSON`` from
    Windows too; sorted, hidden ones such as macOS's ``._`` files skipped); duplicates
    dropped."""
    result: list[Path] = []
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        found = (
            sorted(p for p in path.iterdir() if p.suffix.lower() == ".json" and p.is_file()
                   and not p.name.startswith("."))
            if path.is_dir()
            else [path]
        )
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                result.append(file)
    return result


def import_handins(
    db: Database,
    paths: Sequence[Path | str],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[HandinImportResult]:
    """Import every hand-in in ``paths`` (files or folders), one transaction per file.

    The database is backed up first (``before-import``); if that fails nothing is imported.

    ``progress(done, total, file)`` is called before each file; ``cancelled()`` is checked
    before each file and the remaining files are reported as cancelled. A file that fails
    leaves the database exactly as it was and is reported with a one-line problem.
    """
    files = expand_paths(paths)
    results: list[HandinImportResult] = []
    if files:
        try:
            backup_before(db, "before-import")
        except BackupError as exc:  # no safety copy, no import: say so for every file
            problem = f"not imported, because no backup could be made first ({exc})"
            return [
                HandinImportResult(f, "", 0, 0, 0, ImportStatus.REJECTED, f"{f}: {problem}")
                for f in files
            ]
    for index, file in enumerate(files):
        if cancelled():
            results.extend(
                HandinImportResult(f, "", 0, 0, 0, ImportStatus.CANCELLED, "import cancelled")
                for f in files[index:]
            )
            break
        if progress is not None:
            progress(index, len(files), file)
        results.append(_import_file(db, file, max_bytes))
    if progress is not None and files and not (results and results[-1].status == "cancelled"):
        progress(len(files), len(files), files[-1])
    return results


def _import_file(db: Database, file: Path, max_bytes: int) -> HandinImportResult:
    student = ""
    exercise: dict[str, Any] = {}
    try:
        record = load_handin(file, max_bytes=max_bytes)
        student = record.annotator.display_name
        exercise = {"exercise_id": record.exercise_id, "exercise_title": record.exercise_title}
        with db.session() as session:
            status, counts = _store(session, record, file)
    except _OlderHandin as exc:
        return HandinImportResult(file, student, 0, 0, 0, ImportStatus.OLDER, str(exc),
                                  **exercise)
    except HandinError as exc:
        return HandinImportResult(file, student, 0, 0, 0, ImportStatus.REJECTED, str(exc),
                                  **exercise)
    except StorageError as exc:  # a full disk, a read-only database: said in one line
        problem = f"{file}: could not be stored, nothing was imported ({exc})"
        return HandinImportResult(file, student, 0, 0, 0, ImportStatus.REJECTED, problem,
                                  **exercise)
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc.__class__.__name__).splitlines()[0]
        problem = f"{file}: could not be stored, nothing was imported ({reason})"
        return HandinImportResult(file, student, 0, 0, 0, ImportStatus.REJECTED, problem,
                                  **exercise)
    imported, reanchored, orphaned, dropped_links = counts
    problem = ""
    if orphaned:
        problem = f"{orphaned} annotation(s) could not be placed in the text; kept as orphans"
    if dropped_links:
        problem += ("; " if problem else "") + (
            f"{dropped_links} link(s) to orphaned annotations were left out"
        )
    return HandinImportResult(file, student, imported, reanchored, orphaned, status, problem,
                              **exercise)


def _chunks(values: list[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]


def _store(
    session: Session, record: HandinRecord, file: Path
) -> tuple[ImportStatus, tuple[int, int, int, int]]:
    exercise = session.get(Exercise, record.exercise_id)
    if exercise is None:
        raise HandinError(
            f"{file}: exercise {record.exercise_title!r} is not in this database "
            "(wrong exercise, or import the exercise first)"
        )
    if record.exercise_revision > exercise.revision:
        raise HandinError(
            f"{file}: made for revision {record.exercise_revision} of {exercise.title!r}, "
            f"this database has revision {exercise.revision}; import the newer exercise first"
        )
    articles: dict[uuid.UUID, Article] = {a.id: a for a in exercise.articles}
    for article in record.articles:
        if article.id not in articles:
            raise HandinError(
                f"{file}: article {article.title!r} is not part of exercise {exercise.title!r}"
            )
    tag_map = _tag_map(exercise, record, file)
    questions = {q.id for q in exercise.questions}
    for answer in record.answers:
        if answer.question_id not in questions:
            raise HandinError(
                f"{file}: answers question {answer.question_text[:60]!r}, which this "
                "exercise does not ask"
            )
    person_id = record.annotator.id
    previous = session.scalars(
        select(Handin).where(Handin.annotator_id == person_id, Handin.exercise_id == exercise.id)
    ).one_or_none()
    if previous is not None and record.handed_in < previous.handed_in:
        raise _OlderHandin(
            f"{file}: handed in {record.handed_in:%Y-%m-%d %H:%M} UTC, older than the hand-in "
            f"already imported for {record.annotator.display_name} "
            f"({previous.handed_in:%Y-%m-%d %H:%M} UTC); not imported"
        )
    _refuse_foreign_ids(session, record, file)

    person = session.get(Annotator, person_id)
    if person is None:
        # A file cannot make itself the answer key: whatever role it claims, the person who
        # handed it in joins the class as a student. Keys are annotated on this computer.
        session.add(
            Annotator(id=person_id, display_name=record.annotator.display_name, role=Role.STUDENT)
        )
    else:
        person.display_name = record.annotator.display_name
    article_ids = list(articles)
    deleted = session.execute(
        delete(Annotation)
        .where(Annotation.annotator_id == person_id, Annotation.article_id.in_(article_ids))
        .execution_options(synchronize_session=False)
    )
    removed = cast("CursorResult[Any]", deleted).rowcount
    session.execute(
        delete(OrphanAnnotation)
        .where(
            OrphanAnnotation.annotator_id == person_id, OrphanAnnotation.article_id.in_(article_ids)
        )
        .execution_options(synchronize_session=False)
    )
    session.execute(
        delete(Answer)
        .where(Answer.annotator_id == person_id, Answer.question_id.in_(list(questions)))
        .execution_options(synchronize_session=False)
    )
    session.flush()

    placed, orphans, reanchored = _place(record, articles, tag_map)
    if placed:
        session.execute(insert(Annotation), placed)
    if orphans:
        session.execute(insert(OrphanAnnotation), orphans)
    kept = {row["id"] for row in placed}
    links = [
        {
            "id": k.id,
            "source_id": k.source_id,
            "target_id": k.target_id,
            "kind": k.kind,
            "note": k.note,
        }
        for k in record.links
        if k.source_id in kept and k.target_id in kept
    ]
    if links:
        session.execute(insert(Link), links)
    answers = [
        {
            "id": uuid.uuid4(),
            "question_id": a.question_id,
            "annotator_id": person_id,
            "article_id": a.article_id,
            "value": a.value,
            "rating": a.rating,
            "modified": record.handed_in,
        }
        for a in record.answers
    ]
    if answers:
        session.execute(insert(Answer), answers)
    now = utcnow()
    if previous is None:
        session.add(
            Handin(
                annotator_id=person_id,
                exercise_id=exercise.id,
                handed_in=record.handed_in,
                source_file=str(file),
                imported=now,
            )
        )
    else:
        previous.handed_in = record.handed_in
        previous.source_file = str(file)
        previous.imported = now
    status = ImportStatus.REPLACED if previous is not None or removed else ImportStatus.IMPORTED
    return status, (len(placed), reanchored, len(orphans), len(record.links) - len(links))


def _tag_map(exercise: Exercise, record: HandinRecord, file: Path) -> dict[uuid.UUID, uuid.UUID]:
    """Hand-in tag id -> this database's tag id, by id or else by key."""
    by_id = {t.id for t in exercise.tag_set.tags}
    by_key = {t.key: t.id for t in exercise.tag_set.tags}
    result: dict[uuid.UUID, uuid.UUID] = {}
    for tag in record.tags:
        if tag.id in by_id:
            result[tag.id] = tag.id
        elif tag.key in by_key:
            result[tag.id] = by_key[tag.key]
    for a in record.annotations:
        if a.tag_id not in result:
            raise HandinError(
                f"{file}: uses tag {a.tag_key!r}, which is not in the exercise's tag set"
            )
    return result


def _refuse_foreign_ids(session: Session, record: HandinRecord, file: Path) -> None:
    """Annotation ids that belong to another annotator mean a copied hand-in."""
    ids = [a.id for a in record.annotations]
    for model in (Annotation, OrphanAnnotation):
        for chunk in _chunks(ids):
            owner = session.scalars(
                select(model.annotator_id)
                .where(model.id.in_(chunk), model.annotator_id != record.annotator.id)
                .limit(1)
            ).first()
            if owner is not None:
                other = session.get(Annotator, owner)
                name = other.display_name if other else str(owner)
                raise HandinError(
                    f"{file}: contains annotations already imported for {name!r} "
                    "(a copied hand-in?); not imported"
                )


def _nfc(text: str) -> str:
    """Stored texts are NFC; a quote written by another tool may not be."""
    return unicodedata.normalize("NFC", text)


def _place(
    record: HandinRecord,
    articles: dict[uuid.UUID, Article],
    tag_map: dict[uuid.UUID, uuid.UUID],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int]:
    """Rows for placed annotations and orphans, and how many were re-anchored."""
    fingerprints = {a.id: a.sha256 for a in record.articles}
    placed: list[dict[str, Any]] = []
    orphans: list[dict[str, Any]] = []
    reanchored = 0
    for a in record.annotations:
        article = articles[a.article_id]
        text = article.text
        same_text = fingerprints[a.article_id] == article.sha256
        common = {
            "id": a.id,
            "article_id": a.article_id,
            "annotator_id": record.annotator.id,
            "tag_id": tag_map[a.tag_id],
            "note": a.note,
            "created": a.created,
            "modified": a.modified,
        }
        if same_text and 0 <= a.start < a.end <= len(text) and text[a.start : a.end] == a.exact:
            placed.append(
                {
                    **common,
                    "start": a.start,
                    "end": a.end,
                    "exact": a.exact,
                    "prefix": a.prefix,
                    "suffix": a.suffix,
                }
            )
            continue
        anchor = reanchor(text, _nfc(a.exact), _nfc(a.prefix), _nfc(a.suffix), a.start, a.end)
        if anchor is None:
            orphans.append(
                {
                    **common,
                    "exact": a.exact,
                    "prefix": a.prefix,
                    "suffix": a.suffix,
                    "original_start": a.start,
                    "original_end": a.end,
                }
            )
            continue
        prefix, exact, suffix = quote_context(text, anchor.start, anchor.end)
        placed.append(
            {
                **common,
                "start": anchor.start,
                "end": anchor.end,
                "exact": exact,
                "prefix": prefix,
                "suffix": suffix,
            }
        )
        if anchor.method != "position" or not same_text:
            reanchored += 1
    return placed, orphans, reanchored
