"""The student's side of feedback: hand-ins recorded as attempts, and opening a feedback file.

* :func:`hand_in` writes the hand-in file and records it as the next attempt (1, then 2 after
  "revise and hand in again"), with the document as written, so an earlier attempt stays as
  it was while the student keeps editing.
* :func:`open_feedback` accepts a feedback file only for an exercise on this computer with
  the same article texts, only for the student it was made for (by their id in this
  database) and only once that student has handed in; otherwise it raises
  :class:`FeedbackRefused` with a one-line message naming the file. An accepted file is
  stored with its attempt, so it is there again after a restart (:func:`stored_feedback`).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from annotator.exchange.errors import ExchangeError
from annotator.storage import models as m
from annotator.storage.database import Database
from annotator.storage.types import utcnow

# The file format (JSON Schema, numpy through the scores) loads only when a file is handled:
# the window asks stored_feedback() about every exercise it opens, at start-up too.
if TYPE_CHECKING:
    from annotator.exchange.feedback_records import FeedbackRecord

__all__ = [
    "AttemptView",
    "FeedbackRefused",
    "OpenedFeedback",
    "check_exercise",
    "hand_in",
    "list_attempts",
    "open_feedback",
    "record_attempt",
    "stored_feedback",
]


class FeedbackRefused(ExchangeError):
    """A valid feedback file that may not be opened here (another student or exercise, or
    nothing handed in yet); ``str(error)`` names the file and says why."""

    def __init__(self, file: str, problem: str, *, waiting: bool = False) -> None:
        super().__init__(file, problem)
        self.waiting = waiting  # True: it will open once the student hands in


@dataclass(frozen=True)
class AttemptView:
    number: int
    handed_in: datetime
    has_feedback: bool


@dataclass(frozen=True)
class OpenedFeedback:
    record: FeedbackRecord
    attempt: int  # the attempt the feedback is about
    latest_attempt: int  # the student's latest attempt (higher after handing in again)
    released: datetime | None = None  # released on the school server then (not a file)


def record_attempt(db: Database, exercise_id: uuid.UUID, student_id: uuid.UUID,
                   handed_in: datetime, document: str) -> AttemptView:
    """Record a hand-in as the student's next attempt on the exercise."""
    with db.session() as session:
        last = session.scalar(select(func.max(m.HandinAttempt.number)).where(
            m.HandinAttempt.exercise_id == exercise_id,
            m.HandinAttempt.annotator_id == student_id))
        row = m.HandinAttempt(exercise_id=exercise_id, annotator_id=student_id,
                              number=(last or 0) + 1, handed_in=handed_in, handin=document)
        session.add(row)
        session.flush()
        return AttemptView(row.number, row.handed_in, False)


def hand_in(db: Database, exercise_id: uuid.UUID, student_id: uuid.UUID,
            path: Path | str) -> AttemptView:
    """Write the student's native hand-in to ``path`` and record it as their next attempt.
    Raises :class:`~annotator.exchange.handin_errors.HandinError` naming ``path``."""
    from annotator.exchange.handin import dump_handin
    from annotator.services.handin_export import export_handin

    record = export_handin(db, exercise_id, student_id, path)
    return record_attempt(db, exercise_id, student_id, record.handed_in,
                          dump_handin(record).decode("utf-8"))


def list_attempts(db: Database, exercise_id: uuid.UUID,
                  student_id: uuid.UUID) -> list[AttemptView]:
    with db.session() as session:
        rows = session.scalars(select(m.HandinAttempt).where(
            m.HandinAttempt.exercise_id == exercise_id,
            m.HandinAttempt.annotator_id == student_id,
        ).order_by(m.HandinAttempt.number))
        return [AttemptView(r.number, r.handed_in, bool(r.feedback)) for r in rows]


def check_exercise(db: Database, record: FeedbackRecord, name: str) -> None:
    """Refuse feedback on an exercise not here, or on articles that differ from these."""
    with db.session() as session:
        exercise = session.get(m.Exercise, record.exercise_id)
        if exercise is None:
            raise FeedbackRefused(name, f"this is feedback on the exercise "
                                  f"“{record.exercise_title}”, which is not on this computer")
        mine = {a.id: a.sha256 for a in exercise.articles}
    theirs = {a.id: a.sha256 for a in record.articles}
    if mine != theirs:
        raise FeedbackRefused(name, f"the articles of “{record.exercise_title}” on this "
                              "computer differ from the ones the feedback was made for")


def open_feedback(db: Database, path: Path | str, student_id: uuid.UUID | None,
                  exercise_id: uuid.UUID | None = None) -> OpenedFeedback:
    """Read ``path`` for the student ``student_id`` (the person annotating in this
    database); ``exercise_id``, when given, must be the exercise the feedback is about.

    Raises :class:`FeedbackError` for a damaged or changed file and :class:`FeedbackRefused`
    for a file meant for someone or something else, or before the student handed in. The
    database is changed only when the file is accepted.
    """
    from annotator.exchange.feedback import load_feedback

    name = str(path)
    record = load_feedback(path)
    if exercise_id is not None and record.exercise_id != exercise_id:
        with db.session() as session:
            known = session.get(m.Exercise, record.exercise_id) is not None
        if known:
            raise FeedbackRefused(name, f"this is feedback on “{record.exercise_title}”, "
                                  "not on the exercise open now; open that exercise first")
    check_exercise(db, record, name)
    if student_id is None:  # nobody has annotated (or handed in) here yet
        raise FeedbackRefused(
            name, f"you have not handed in “{record.exercise_title}” from this computer yet; "
            "feedback opens after you hand in (File > Hand In)", waiting=True)
    if record.student_id != student_id:
        raise FeedbackRefused(name, "this feedback was made for another student; it opens "
                              "only for the student who handed in the work")
    return _attach(db, record, name)


def _attach(db: Database, record: FeedbackRecord, name: str) -> OpenedFeedback:
    from annotator.exchange.feedback import feedback_to_json

    with db.session() as session:
        student = session.get(m.Annotator, record.student_id)
        if student is None or student.role != m.Role.STUDENT:
            raise FeedbackRefused(name, "this feedback was made for another student; it "
                                  "opens only for the student who handed in the work")
        attempts = list(session.scalars(select(m.HandinAttempt).where(
            m.HandinAttempt.exercise_id == record.exercise_id,
            m.HandinAttempt.annotator_id == record.student_id,
        ).order_by(m.HandinAttempt.number)))
        if not attempts:
            raise FeedbackRefused(
                name, f"you have not handed in “{record.exercise_title}” from this computer "
                "yet; feedback opens after you hand in (File > Hand In)", waiting=True)
        same = [a for a in attempts if a.handed_in == record.handed_in]
        earlier = [a for a in attempts if a.handed_in <= record.handed_in]
        if not same and not earlier:
            raise FeedbackRefused(
                name, "this feedback is about a hand-in made after your last one on this "
                "computer", waiting=True)
        attempt = (same or earlier)[-1]
        attempt.feedback = json.dumps(feedback_to_json(record), ensure_ascii=False,
                                      sort_keys=True)
        attempt.feedback_opened = utcnow()
        return OpenedFeedback(record, attempt.number, attempts[-1].number)


def stored_feedback(db: Database, exercise_id: uuid.UUID,
                    student_id: uuid.UUID) -> OpenedFeedback | None:
    """The most recent feedback opened for the student on the exercise, read again (and
    checked again) from the database; None when there is none."""
    with db.session() as session:
        attempts = list(session.scalars(select(m.HandinAttempt).where(
            m.HandinAttempt.exercise_id == exercise_id,
            m.HandinAttempt.annotator_id == student_id,
        ).order_by(m.HandinAttempt.number)))
        with_feedback = [a for a in attempts if a.feedback]
        if not with_feedback:
            return None
        chosen = with_feedback[-1]
        data, number, latest = chosen.feedback.encode("utf-8"), chosen.number, attempts[-1].number
    from annotator.exchange.feedback import FeedbackError, loads_feedback

    try:
        record = loads_feedback(data, f"feedback on attempt {number}")
    except FeedbackError:
        return None
    return OpenedFeedback(record, number, latest)
