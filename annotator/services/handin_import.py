"""Importing a class's hand-ins: every file validated and stored in its own transaction."""

from __future__ import annotations

import contextlib
import enum
import logging
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, delete, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from annotator.exchange.handin import load_handin
from annotator.exchange.handin_errors import HandinError, HandinText
from annotator.exchange.handin_records import HandinRecord
from annotator.exchange.jsonsafe import DEFAULT_MAX_BYTES
from annotator.services.handin_placing import (
    ExerciseInfo,
    check_fits,
    copies_in_run,
    exercise_info,
    place,
    redirected_id,
    remap,
)
from annotator.services.maintenance import backup_before
from annotator.storage.bulk import insert_rows
from annotator.storage.database import Batch, Database
from annotator.storage.errors import BackupError, StorageError
from annotator.storage.models import (
    Annotation,
    Annotator,
    Answer,
    Handin,
    Link,
    OrphanAnnotation,
    Role,
)
from annotator.storage.types import utcnow

__all__ = ["HandinImportResult", "ImportStatus", "expand_paths", "import_handins"]

Progress = Callable[[int, int, Path], None]
_CHUNK = 500
NOTHING_MARKED = "handed in, nothing marked"
log = logging.getLogger(__name__)


class ImportStatus(enum.StrEnum):
    IMPORTED = "imported"  # first hand-in from this student for this exercise
    REPLACED = "replaced"  # same or newer hand-in: the student's earlier work was replaced
    OLDER = "older"  # refused: older than the hand-in already imported
    REJECTED = "rejected"  # refused: the file is damaged or does not fit this database
    DUPLICATE = "duplicate"  # not imported: the same highlights as another student's file
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
    # the files of this run holding the same highlights under another student
    duplicate_of: tuple[Path, ...] = ()
    # the id the work was stored under (a new one when the file named someone it may not
    # replace: the answer key, an instructor, a student made on this computer)
    student_id: uuid.UUID | None = None

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
    reading: Progress | None = None,
) -> list[HandinImportResult]:
    """Import every hand-in in ``paths`` (files or folders), one transaction per file.

    The database is backed up once first (``before-import``); if that fails nothing is
    imported. Every file is read and checked first (``reading(done, total, file)`` before
    each), so that copies across files are found; then each is stored in its own
    transaction (``progress(done, total, file)`` before each). ``cancelled()`` is checked
    before each file and the remaining files are reported as cancelled. A file that fails,
    for whatever reason, leaves the database exactly as it was and is reported with a
    one-line problem; the others go on.
    """
    files = expand_paths(paths)
    if not files:
        return []
    try:
        backup_before(db, "before-import")
    except BackupError as exc:  # no safety copy, no import: say so for every file
        problem = f"not imported, because no backup could be made first ({exc})"
        return [
            HandinImportResult(f, "", 0, 0, 0, ImportStatus.REJECTED, f"{f}: {problem}")
            for f in files
        ]
    loaded: list[HandinRecord | HandinImportResult | None] = []
    for index, file in enumerate(files):
        if cancelled():
            break
        if reading is not None:
            reading(index, len(files), file)
        loaded.append(_read(file, max_bytes))
    records = [r if isinstance(r, HandinRecord) else None for r in loaded]
    copies = copies_in_run(records)
    try:
        with db.batch() as batch:
            results = _store_all(batch, files, loaded, records, copies, progress, cancelled)
    except StorageError as exc:  # the database could not even be opened for the batch
        problem = HandinText.tr("could not be stored, nothing was imported ({reason})")
        return [item if isinstance(item, HandinImportResult) else HandinImportResult(
                    f, "", 0, 0, 0, ImportStatus.REJECTED,
                    f"{f}: " + problem.format(reason=exc))
                for f, item in zip(files, loaded + [None] * (len(files) - len(loaded)),
                                   strict=True)]
    if any(r.ok for r in results):
        _make_durable(db, results)
    if progress is not None and not (results and results[-1].status == "cancelled"):
        progress(len(files), len(files), files[-1])
    return results


def _store_all(
    batch: Batch, files: list[Path], loaded: list[HandinRecord | HandinImportResult | None],
    records: list[HandinRecord | None], copies: dict[int, list[int]],
    progress: Progress | None, cancelled: Callable[[], bool],
) -> list[HandinImportResult]:
    """Each file in its own transaction, on the batch's one connection."""
    infos: dict[uuid.UUID, ExerciseInfo | None] = {}
    results: list[HandinImportResult] = []
    for index, file in enumerate(files):
        if index >= len(loaded) or cancelled():
            results.extend(
                HandinImportResult(f, "", 0, 0, 0, ImportStatus.CANCELLED, "import cancelled")
                for f in files[index:]
            )
            break
        if progress is not None:
            progress(index, len(files), file)
        item = loaded[index]
        loaded[index] = None  # let the record go once stored
        if isinstance(item, HandinImportResult):
            results.append(item)
        elif item is not None and index in copies:
            results.append(_duplicate(file, item, [(files[j], records[j]) for j in copies[index]]))
        elif item is not None:
            results.append(_import_record(batch, file, item, infos))
    return results


def _make_durable(db: Database, results: list[HandinImportResult]) -> None:
    """Each file was committed without waiting for the disk; wait once, at the end, before
    the summary says anything was imported. If even that fails, say so on every row."""
    try:
        db.make_durable()
    except StorageError as exc:
        for n, row in enumerate(results):
            if row.ok:
                note = f"imported, but writing it to the disk failed ({exc}); import it again"
                results[n] = replace(row, problem="; ".join(filter(None, [row.problem, note])))


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def _read(file: Path, max_bytes: int) -> HandinRecord | HandinImportResult:
    try:
        return load_handin(file, max_bytes=max_bytes)
    except HandinError as exc:
        return HandinImportResult(file, "", 0, 0, 0, ImportStatus.REJECTED, str(exc))
    except Exception as exc:  # whatever a hostile file does, it is one rejected file
        log.exception("reading the hand-in %s failed", file)
        problem = f"{file}: " + HandinText.tr(
            "could not be read ({reason}); nothing was imported").format(reason=_one_line(exc))
        return HandinImportResult(file, "", 0, 0, 0, ImportStatus.REJECTED, problem)


def _duplicate(
    file: Path, record: HandinRecord, others: list[tuple[Path, HandinRecord | None]]
) -> HandinImportResult:
    shown = [f"{path.name} ({other.annotator.display_name})" for path, other in others[:3]
             if other]
    if len(others) > 3:
        shown.append(HandinText.tr("and %n more", "", len(others) - 3))
    names = "; ".join(shown)
    problem = f"{file}: " + (HandinText.tr(
        "the same highlights as {names}; neither was imported. Import the one to keep on its "
        "own") if len(others) == 1 else HandinText.tr(
        "the same highlights as {names}; none of these was imported. Import the one to keep "
        "on its own")).format(names=names)
    return HandinImportResult(
        file, record.annotator.display_name, 0, 0, 0, ImportStatus.DUPLICATE, problem,
        record.exercise_id, record.exercise_title, tuple(path for path, _ in others),
        record.annotator.id,
    )


def _import_record(
    batch: Batch, file: Path, record: HandinRecord,
    infos: dict[uuid.UUID, ExerciseInfo | None],
) -> HandinImportResult:
    student = record.annotator.display_name
    exercise: dict[str, Any] = {"exercise_id": record.exercise_id,
                                "exercise_title": record.exercise_title}

    def refused(status: ImportStatus, problem: str) -> HandinImportResult:
        return HandinImportResult(file, student, 0, 0, 0, status, problem, **exercise)

    try:
        with batch.session() as session:
            if record.exercise_id not in infos:
                infos[record.exercise_id] = exercise_info(session, record.exercise_id)
            info = infos[record.exercise_id]
            if info is None:
                raise HandinError(f"{file}: " + HandinText.tr(
                    "exercise {title} is not in this database (wrong exercise, or import the "
                    "exercise first)").format(title=repr(record.exercise_title)))
            stored = _store(session, record, file, info)
    except _OlderHandin as exc:
        return refused(ImportStatus.OLDER, str(exc))
    except HandinError as exc:
        return refused(ImportStatus.REJECTED, str(exc))
    except StorageError as exc:  # a full disk, a read-only database: said in one line
        return refused(ImportStatus.REJECTED,
                       f"{file}: " + HandinText.tr(
                           "could not be stored, nothing was imported ({reason})"
                       ).format(reason=exc))
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc.__class__.__name__).splitlines()[0]
        return refused(ImportStatus.REJECTED,
                       f"{file}: could not be stored, nothing was imported ({reason})")
    except Exception as exc:  # a bug or a value nobody foresaw: this file only (issue 18)
        log.exception("importing the hand-in %s failed", file)
        return refused(ImportStatus.REJECTED,
                       f"{file}: could not be imported ({_one_line(exc)}); nothing was changed")
    status, person, redirected, (imported, reanchored, orphaned, dropped_links) = stored
    notes = []
    if redirected:
        notes.append(
            "the file names someone this import may not replace (the answer key, an "
            "instructor or a student made on this computer); imported as a new student"
        )
    if not record.annotations:
        notes.append(NOTHING_MARKED)
    if orphaned:
        notes.append(f"{orphaned} annotation(s) could not be placed in the text; kept as orphans")
    if dropped_links:
        notes.append(f"{dropped_links} link(s) to orphaned annotations were left out")
    return HandinImportResult(file, student, imported, reanchored, orphaned, status,
                              "; ".join(notes), **exercise, student_id=person)


def _chunks(values: list[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]


def _may_replace(session: Session, person: Annotator) -> bool:
    """Only students an import made from hand-ins (they have a hand-in row) are replaced."""
    if person.role != Role.STUDENT:
        return False
    return session.scalars(
        select(Handin.annotator_id).where(Handin.annotator_id == person.id).limit(1)
    ).first() is not None


def _store(
    session: Session, record: HandinRecord, file: Path, info: ExerciseInfo
) -> tuple[ImportStatus, uuid.UUID, bool, tuple[int, int, int, int]]:
    tag_map = check_fits(info, record, file)
    person_id, redirected = record.annotator.id, False
    person = session.get(Annotator, person_id)
    if person is not None and not _may_replace(session, person):
        person_id, redirected = redirected_id(record.annotator.id), True
        person = session.get(Annotator, person_id)
    ids: dict[uuid.UUID, uuid.UUID] = {}
    if redirected:
        ids = {a.id: remap(person_id, a.id) for a in record.annotations}
    # A new person has no hand-in and no work yet: nothing to look up or to replace.
    previous = None if person is None else session.scalars(
        select(Handin).where(Handin.annotator_id == person_id, Handin.exercise_id == info.id)
    ).one_or_none()
    if previous is not None and record.handed_in < previous.handed_in:
        raise _OlderHandin(f"{file}: " + HandinText.tr(
            "handed in {time} UTC, older than the hand-in already imported for {name} "
            "({previous} UTC); not imported").format(
                time=f"{record.handed_in:%Y-%m-%d %H:%M}", name=record.annotator.display_name,
                previous=f"{previous.handed_in:%Y-%m-%d %H:%M}"))
    if person is None:
        # A file cannot make itself the answer key: whatever role it claims, the person who
        # handed it in joins the class as a student. Keys are annotated on this computer.
        # (A plain INSERT, as the annotations: the ORM's unit of work cost a millisecond a
        # file; the stored row is the same, defaults included.)
        insert_rows(session, Annotator.__table__, [
            {"id": person_id, "display_name": record.annotator.display_name,
             "role": Role.STUDENT, "login": None}])
    else:
        person.display_name = record.annotator.display_name
    removed = 0 if person is None else _remove_earlier_work(session, person_id, info)
    session.flush()

    placed, orphans, reanchored = place(record, info, tag_map, person_id, ids)
    try:
        # On PostgreSQL in a savepoint: it refuses every further statement of a transaction
        # after an error, and the owner of the ids is looked up below before rolling back.
        # (Not on SQLite, where an error like a full disk may roll the whole transaction
        # back, savepoint and all.)
        with (session.begin_nested() if session.get_bind().dialect.name == "postgresql"
              else contextlib.nullcontext()):
            insert_rows(session, Annotation.__table__, placed)
            insert_rows(session, OrphanAnnotation.__table__, orphans)
    except IntegrityError:
        # The person's own earlier annotations were deleted above, so an id already there
        # belongs to someone else: a copied hand-in. Say whose (this transaction is then
        # rolled back).
        _refuse_foreign_ids(session, [row["id"] for row in (*placed, *orphans)], person_id,
                            file)
        raise
    kept = {row["id"] for row in placed}
    links = [
        {
            "id": remap(person_id, k.id) if redirected else k.id,
            "source_id": ids.get(k.source_id, k.source_id),
            "target_id": ids.get(k.target_id, k.target_id),
            "kind": k.kind,
            "note": k.note,
        }
        for k in record.links
        if ids.get(k.source_id, k.source_id) in kept and ids.get(k.target_id, k.target_id) in kept
    ]
    insert_rows(session, Link.__table__, links)
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
    insert_rows(session, Answer.__table__, answers)
    now = utcnow()
    if previous is None:
        insert_rows(session, Handin.__table__, [
            {"annotator_id": person_id, "exercise_id": info.id, "handed_in": record.handed_in,
             "source_file": str(file), "imported": now}])
    else:
        previous.handed_in = record.handed_in
        previous.source_file = str(file)
        previous.imported = now
    status = ImportStatus.REPLACED if previous is not None or removed else ImportStatus.IMPORTED
    counts = (len(placed), reanchored, len(orphans), len(record.links) - len(links))
    return status, person_id, redirected, counts


def _remove_earlier_work(session: Session, person_id: uuid.UUID, info: ExerciseInfo) -> int:
    """Delete the person's annotations, orphans and answers in this exercise; return how
    many annotations there were."""
    article_ids = list(info.articles)
    deleted = session.execute(
        delete(Annotation)
        .where(Annotation.annotator_id == person_id, Annotation.article_id.in_(article_ids))
        .execution_options(synchronize_session=False)
    )
    session.execute(
        delete(OrphanAnnotation)
        .where(
            OrphanAnnotation.annotator_id == person_id, OrphanAnnotation.article_id.in_(article_ids)
        )
        .execution_options(synchronize_session=False)
    )
    session.execute(
        delete(Answer)
        .where(Answer.annotator_id == person_id, Answer.question_id.in_(list(info.questions)))
        .execution_options(synchronize_session=False)
    )
    return int(cast("CursorResult[Any]", deleted).rowcount)


def _refuse_foreign_ids(
    session: Session, ids: list[uuid.UUID], person: uuid.UUID, file: Path
) -> None:
    """Annotation ids that belong to another annotator mean a copied hand-in."""
    for chunk in _chunks(ids):
        owner = session.scalars(
            select(Annotation.annotator_id)
            .where(Annotation.id.in_(chunk), Annotation.annotator_id != person)
            .union_all(
                select(OrphanAnnotation.annotator_id)
                .where(OrphanAnnotation.id.in_(chunk), OrphanAnnotation.annotator_id != person)
            )
            .limit(1)
        ).first()
        if owner is not None:
            other = session.get(Annotator, owner)
            name = other.display_name if other else str(owner)
            raise HandinError(f"{file}: " + HandinText.tr(
                "contains annotations already imported for {name} (a copied hand-in?); "
                "not imported").format(name=repr(name)))
