"""The instructor's side of feedback that is typed rather than computed: a comment to each
student on their work, a comment on any of a student's annotations, and the explanation of
each key passage (stored as the key annotation's note, so it is written while annotating
the key and travels with the key, never with an exercise package).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from annotator.core.i18n import Texts
from annotator.storage import models as m
from annotator.storage.database import Database

__all__ = [
    "MAX_COMMENT",
    "ReturnText",
    "StudentAnnotationRef",
    "comments_for",
    "find_annotation",
    "get_comment",
    "set_comment",
    "set_explanation",
]

MAX_COMMENT = 20_000


class ReturnText(Texts):
    """The translation context of returning feedback to students: problems, notes."""


@dataclass(frozen=True)
class StudentAnnotationRef:
    """Enough to name one stored annotation in a comment box."""

    id: uuid.UUID
    annotator_id: uuid.UUID
    exact: str


def _clean(text: str) -> str:
    return text.strip()[:MAX_COMMENT]


def set_comment(db: Database, exercise_id: uuid.UUID, student_id: uuid.UUID,
                text: str, annotation_id: uuid.UUID | None = None) -> None:
    """Store (or, for empty ``text``, remove) the instructor's comment to ``student_id`` on
    the exercise, or on one of their annotations. Raises ``LookupError`` for unknown ids and
    ``ValueError`` when the annotation is not that student's or the person is no student."""
    cleaned = _clean(text)
    with db.session() as session:
        if session.get(m.Exercise, exercise_id) is None:
            raise LookupError(ReturnText.tr("no exercise with id {id}").format(id=exercise_id))
        student = session.get(m.Annotator, student_id)
        if student is None:
            raise LookupError(ReturnText.tr("no annotator with id {id}").format(id=student_id))
        if student.role != m.Role.STUDENT:
            raise ValueError(ReturnText.tr("comments are written to students only"))
        if annotation_id is not None:
            annotation = session.get(m.Annotation, annotation_id)
            if annotation is None:
                raise LookupError(ReturnText.tr("no annotation with id {id}").format(
                    id=annotation_id))
            if (annotation.annotator_id != student_id
                    or annotation.article.exercise_id != exercise_id):
                raise ValueError(ReturnText.tr(
                    "that annotation is not this student's work on this exercise"))
        query = select(m.InstructorComment).where(
            m.InstructorComment.exercise_id == exercise_id,
            m.InstructorComment.student_id == student_id,
            m.InstructorComment.annotation_id.is_(None) if annotation_id is None
            else m.InstructorComment.annotation_id == annotation_id,
        )
        row = session.scalars(query).first()
        if not cleaned:
            if row is not None:
                session.delete(row)
            return
        if row is None:
            session.add(m.InstructorComment(exercise_id=exercise_id, student_id=student_id,
                                            annotation_id=annotation_id, text=cleaned))
        else:
            row.text = cleaned


def get_comment(db: Database, exercise_id: uuid.UUID, student_id: uuid.UUID,
                annotation_id: uuid.UUID | None = None) -> str:
    return comments_for(db, exercise_id, student_id).get(annotation_id, "")


def comments_for(db: Database, exercise_id: uuid.UUID,
                 student_id: uuid.UUID) -> dict[uuid.UUID | None, str]:
    """The student's comments on the exercise: ``None`` -> the overall comment, an
    annotation id -> the comment on that annotation."""
    with db.session() as session:
        rows = session.scalars(select(m.InstructorComment).where(
            m.InstructorComment.exercise_id == exercise_id,
            m.InstructorComment.student_id == student_id,
        ))
        return {row.annotation_id: row.text for row in rows}


def find_annotation(db: Database, article_id: uuid.UUID, annotator_id: uuid.UUID,
                    start: int, end: int, tag_key: str) -> StudentAnnotationRef | None:
    """The stored annotation behind a span the review shows (annotator, place and tag)."""
    with db.session() as session:
        row = session.execute(
            select(m.Annotation)
            .join(m.Tag, m.Annotation.tag_id == m.Tag.id)
            .where(m.Annotation.article_id == article_id,
                   m.Annotation.annotator_id == annotator_id,
                   m.Annotation.start == start, m.Annotation.end == end, m.Tag.key == tag_key)
            .order_by(m.Annotation.created)
        ).scalars().first()
        return None if row is None else StudentAnnotationRef(row.id, row.annotator_id, row.exact)


def set_explanation(db: Database, key_annotation_id: uuid.UUID, text: str) -> None:
    """Set the explanation students see with a key passage (the key annotation's note)."""
    with db.session() as session:
        row = session.get(m.Annotation, key_annotation_id)
        if row is None:
            raise LookupError(ReturnText.tr("no annotation with id {id}").format(
                id=key_annotation_id))
        if row.annotator.role != m.Role.KEY:
            raise ValueError(ReturnText.tr("explanations belong to answer-key passages"))
        row.note = _clean(text)
