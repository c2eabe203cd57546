"""Feedback released on a school server: the same feedback as a file, without the file.

The instructor's side (Review > Return Feedback… > Release, ``annotator feedback --release``):

* :func:`release_feedback` builds, for every student who handed in, exactly the document a
  feedback file would hold (:func:`annotator.services.feedback.build_feedback`, with its
  checksum), about their work as they handed it in (the attempt's document: a student on
  the server may go on annotating after handing in) and stores it in ``released_feedback``,
  one row per student and exercise, all in one transaction. Releasing again replaces each
  row, so the student sees the newest.
* :func:`withdraw_feedback` deletes the exercise's rows; :func:`release_state` says how many
  students have released feedback, and since when.

The student's side: :func:`release_stamp` is the cheap question the window polls (when was
my feedback released, if at all) and :func:`released_feedback` reads the row and checks it
as a file is checked (schema, checksum, consistency, the exercise's articles, the student,
a hand-in made before), returning the same :class:`OpenedFeedback` the Feedback view shows.

Row-level security (storage/server_policies.py) lets a student read only their own row and
write none, so the answer key reaches a student only inside their own feedback.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select

from annotator.exchange.errors import ExchangeError
from annotator.storage import models as m
from annotator.storage.database import Database, display_url
from annotator.storage.types import utcnow

if TYPE_CHECKING:
    from annotator.exchange.handin_records import HandinRecord
    from annotator.services.feedback_student import OpenedFeedback

__all__ = [
    "ReleaseResult",
    "ReleaseState",
    "feedback_to_show",
    "release_feedback",
    "release_stamp",
    "release_state",
    "released_feedback",
    "withdraw_feedback",
]


@dataclass(frozen=True)
class ReleaseResult:
    student_id: uuid.UUID
    student: str
    ok: bool
    problem: str = ""  # one line, when this student's feedback could not be made
    notes: tuple[str, ...] = ()  # parts left out, and why
    replaced: bool = False  # an earlier release to this student was replaced


@dataclass(frozen=True)
class ReleaseState:
    students: int  # how many students have released feedback on the exercise
    released: datetime | None  # the newest release


def _require_server(db: Database) -> None:
    from annotator.exchange.feedback import FeedbackError
    from annotator.services.feedback_comments import ReturnText

    if not db.is_server:
        raise FeedbackError(display_url(db.url), ReturnText.tr(
            "releasing feedback needs a school server (postgresql://); on this computer "
            "write feedback files instead"))


def release_feedback(db: Database, exercise_id: uuid.UUID,
                     includes: Iterable[str] | None = None, *,
                     now: datetime | None = None) -> list[ReleaseResult]:
    """Release (or release again) feedback to every student who handed in the exercise.

    Raises ``LookupError`` for an unknown exercise, :class:`FeedbackError` on a database
    that is not a school server, and a ``StorageError`` when the rows cannot be written (then
    nothing was changed)."""
    from annotator.exchange.feedback import feedback_to_json
    from annotator.services.feedback import (
        INCLUDE_PARTS,
        build_feedback,
        gather_class,
        handed_in_students,
        parse_includes,
    )

    _require_server(db)
    wanted = parse_includes(list(includes) if includes is not None else INCLUDE_PARTS)
    students = handed_in_students(db, exercise_id)
    if not students:
        return []
    shared = gather_class(db, exercise_id)
    moment = now or utcnow()
    built: list[tuple[uuid.UUID, str, datetime, str, tuple[str, ...]]] = []
    results: list[ReleaseResult] = []
    for student_id, name in students:
        try:
            record, notes = build_feedback(db, exercise_id, student_id, wanted, now=moment,
                                           class_data=shared,
                                           handed=_as_handed_in(db, exercise_id, student_id))
        except (LookupError, ValueError) as exc:
            results.append(ReleaseResult(student_id, name, False, str(exc)))
            continue
        document = json.dumps(feedback_to_json(record), ensure_ascii=False, sort_keys=True)
        built.append((student_id, name, record.handed_in, document, notes))
    with db.session() as session:
        existing = {row.annotator_id: row for row in session.scalars(
            select(m.ReleasedFeedback).where(m.ReleasedFeedback.exercise_id == exercise_id))}
        for student_id, name, handed_in, document, notes in built:
            row = existing.get(student_id)
            if row is None:
                session.add(m.ReleasedFeedback(
                    annotator_id=student_id, exercise_id=exercise_id, handed_in=handed_in,
                    feedback=document, released=moment))
            else:
                row.handed_in, row.feedback, row.released = handed_in, document, moment
            results.append(ReleaseResult(student_id, name, True, notes=notes,
                                         replaced=row is not None))
    order = {sid: n for n, (sid, _name) in enumerate(students)}
    return sorted(results, key=lambda r: order[r.student_id])


def _as_handed_in(db: Database, exercise_id: uuid.UUID,
                  student_id: uuid.UUID) -> HandinRecord | None:
    """The student's latest hand-in made on the server, as they made it (they may have gone
    on annotating since); None when their latest hand-in is an imported file (its work is
    what the database holds) or the stored document cannot be read (then the work as it is
    now is used)."""
    from annotator.exchange.handin import loads_handin

    with db.session() as session:
        attempt = session.scalars(select(m.HandinAttempt).where(
            m.HandinAttempt.exercise_id == exercise_id,
            m.HandinAttempt.annotator_id == student_id,
        ).order_by(m.HandinAttempt.number.desc())).first()
        imported = session.scalar(select(m.Handin.handed_in).where(
            m.Handin.exercise_id == exercise_id, m.Handin.annotator_id == student_id))
        if attempt is None or (imported is not None and imported > attempt.handed_in):
            return None
        data, number = attempt.handin.encode("utf-8"), attempt.number
    try:
        record = loads_handin(data, f"hand-in attempt {number}")
    except ExchangeError:
        return None
    if record.annotator.id != student_id or record.exercise_id != exercise_id:
        return None
    return record


def withdraw_feedback(db: Database, exercise_id: uuid.UUID) -> int:
    """Take back the feedback released on the exercise; how many students had it."""
    _require_server(db)
    with db.session() as session:
        result = session.execute(delete(m.ReleasedFeedback).where(
            m.ReleasedFeedback.exercise_id == exercise_id))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]


def release_state(db: Database, exercise_id: uuid.UUID) -> ReleaseState:
    with db.session() as session:
        count, newest = session.execute(
            select(func.count(m.ReleasedFeedback.id), func.max(m.ReleasedFeedback.released))
            .where(m.ReleasedFeedback.exercise_id == exercise_id)).one()
    return ReleaseState(int(count), newest)


def release_stamp(db: Database, exercise_id: uuid.UUID,
                  student_id: uuid.UUID) -> datetime | None:
    """When feedback on the exercise was released to the student (None: not released);
    one short query, asked on a timer by the student's window."""
    with db.session() as session:
        return session.scalar(select(m.ReleasedFeedback.released).where(
            m.ReleasedFeedback.exercise_id == exercise_id,
            m.ReleasedFeedback.annotator_id == student_id))


def released_feedback(db: Database, exercise_id: uuid.UUID,
                      student_id: uuid.UUID) -> OpenedFeedback | None:
    """The feedback released to the student on the exercise, checked like a file; None when
    nothing is released. Raises :class:`FeedbackError` for a damaged document and
    :class:`FeedbackRefused` for one that is not this student's, not on this exercise's
    articles, or about a hand-in this student has not made (``waiting``)."""
    from annotator.exchange.feedback import loads_feedback
    from annotator.services.feedback_student import (
        FeedbackRefused,
        FeedbackText,
        OpenedFeedback,
        check_exercise,
    )

    with db.session() as session:
        row = session.scalars(select(m.ReleasedFeedback).where(
            m.ReleasedFeedback.exercise_id == exercise_id,
            m.ReleasedFeedback.annotator_id == student_id)).first()
        if row is None:
            return None
        data, released = row.feedback.encode("utf-8"), row.released
        attempts = list(session.execute(select(m.HandinAttempt.number, m.HandinAttempt.handed_in)
                                        .where(m.HandinAttempt.exercise_id == exercise_id,
                                               m.HandinAttempt.annotator_id == student_id)
                                        .order_by(m.HandinAttempt.number)))
        imported = session.scalar(select(m.Handin.handed_in).where(
            m.Handin.exercise_id == exercise_id, m.Handin.annotator_id == student_id))
    name = FeedbackText.tr("feedback released on the school server")
    record = loads_feedback(data, name)
    if record.student_id != student_id or record.exercise_id != exercise_id:
        raise FeedbackRefused(name, FeedbackText.tr(
            "this feedback was made for another student; it opens only for the student who "
            "handed in the work"))
    check_exercise(db, record, name)
    earlier = [n for n, t in attempts if t <= record.handed_in]
    if earlier:
        attempt = earlier[-1]
    elif not attempts and imported is not None and imported <= record.handed_in:
        attempt = 1  # handed in as a file the instructor imported into the server
    else:
        raise FeedbackRefused(name, FeedbackText.tr(
            "you have not handed in “{title}” yet; feedback opens after you hand in "
            "(File > Hand In)").format(title=record.exercise_title), waiting=True)
    latest = attempts[-1][0] if attempts else attempt
    return OpenedFeedback(record, attempt, latest, released=released)


def feedback_to_show(db: Database, exercise_id: uuid.UUID,
                     student_id: uuid.UUID) -> OpenedFeedback | None:
    """What the Feedback view shows for the student on the exercise: on a school server the
    released feedback or the file opened there, whichever was made last; elsewhere the file
    opened (released feedback exists only on a server). Raises like
    :func:`released_feedback`, and a ``StorageError`` when the server cannot be reached."""
    from annotator.services.feedback_student import stored_feedback

    stored = stored_feedback(db, exercise_id, student_id)
    if not db.is_server:
        return stored
    released = released_feedback(db, exercise_id, student_id)
    if released is None or (stored is not None
                            and stored.record.created > released.record.created):
        return stored
    return released
