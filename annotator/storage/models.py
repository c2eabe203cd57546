"""The database schema, as SQLAlchemy 2 typed models.

Primary keys are UUIDs so that rows keep their identity across export and import. Offsets
(``Annotation.start``/``end``) are Unicode code points into ``Article.text``; see
ARCHITECTURE.md.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from annotator.storage.types import UTCDateTime, new_id, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Role(enum.StrEnum):
    STUDENT = "student"
    INSTRUCTOR = "instructor"
    KEY = "key"


class LinkKind(enum.StrEnum):
    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    SAME_CLAIM = "same_claim"


class QuestionKind(enum.StrEnum):
    TEXT = "text"
    RATING = "rating"  # 1-5 with reasons


def _str_enum(cls: type[enum.StrEnum]) -> Enum:
    """Store a StrEnum by its value in a VARCHAR (portable across databases)."""
    return Enum(cls, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])


def _pk() -> Mapped[uuid.UUID]:
    return mapped_column(Uuid, primary_key=True, default=new_id)


def _created() -> Mapped[datetime]:
    return mapped_column(UTCDateTime, default=utcnow, nullable=False)


class TagSet(Base):
    __tablename__ = "tag_set"

    id: Mapped[uuid.UUID] = _pk()
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    created: Mapped[datetime] = _created()

    tags: Mapped[list[Tag]] = relationship(
        back_populates="tag_set", order_by="Tag.position", cascade="all, delete-orphan"
    )


class Tag(Base):
    __tablename__ = "tag"
    __table_args__ = (
        UniqueConstraint("tag_set_id", "key"),
        Index("ix_tag_tag_set_position", "tag_set_id", "position"),
    )

    id: Mapped[uuid.UUID] = _pk()
    tag_set_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("tag_set.id", ondelete="CASCADE"), nullable=False
    )
    key: Mapped[str] = mapped_column(String(64), nullable=False)
    label: Mapped[str] = mapped_column(String(200), nullable=False)
    colour: Mapped[str] = mapped_column(String(9), nullable=False)  # "#rrggbb"
    shortcut: Mapped[str] = mapped_column(String(32), default="", nullable=False)
    definition: Mapped[str] = mapped_column(Text, default="", nullable=False)
    position: Mapped[int] = mapped_column(Integer, default=0, nullable=False)

    tag_set: Mapped[TagSet] = relationship(back_populates="tags")


class Exercise(Base):
    __tablename__ = "exercise"

    id: Mapped[uuid.UUID] = _pk()
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    instructions: Mapped[str] = mapped_column(Text, default="", nullable=False)
    revision: Mapped[int] = mapped_column(Integer, default=1, nullable=False)
    tag_set_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tag_set.id"), nullable=False)
    created: Mapped[datetime] = _created()
    modified: Mapped[datetime] = mapped_column(
        UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False
    )

    tag_set: Mapped[TagSet] = relationship()
    articles: Mapped[list[Article]] = relationship(
        back_populates="exercise", order_by="Article.position", cascade="all, delete-orphan"
    )
    questions: Mapped[list[Question]] = relationship(
        back_populates="exercise", order_by="Question.position", cascade="all, delete-orphan"
    )


class Article(Base):
    __tablename__ = "article"
    __table_args__ = (
        UniqueConstraint("exercise_id", "sha256"),
        Index("ix_article_exercise_position", "exercise_id", "position"),
    )

    id: Mapped[uuid.UUID] = _pk()
    exercise_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("exercise.id", ondelete="CASCADE"), nullable=False
    )
    position: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    title: Mapped[str] = mapped_column(String(1000), default="", nullable=False)
    outlet: Mapped[str] = mapped_column(String(500), default="", nullable=False)
    author: Mapped[str] = mapped_column(String(500), default="", nullable=False)
    published: Mapped[str] = mapped_column(String(40), default="", nullable=False)  # ISO 8601
    url: Mapped[str] = mapped_column(String(2000), default="", nullable=False)
    retrieved: Mapped[str] = mapped_column(String(40), default="", nullable=False)  # ISO 8601
    language: Mapped[str] = mapped_column(String(35), default="", nullable=False)  # BCP 47
    text: Mapped[str] = mapped_column(Text, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)

    exercise: Mapped[Exercise] = relationship(back_populates="articles")


class Question(Base):
    """A source-evaluation question asked about every article of an exercise."""

    __tablename__ = "question"
    __table_args__ = (Index("ix_question_exercise_position", "exercise_id", "position"),)

    id: Mapped[uuid.UUID] = _pk()
    exercise_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("exercise.id", ondelete="CASCADE"), nullable=False
    )
    position: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    kind: Mapped[QuestionKind] = mapped_column(
        _str_enum(QuestionKind),
        default=QuestionKind.TEXT,
        nullable=False,
    )

    exercise: Mapped[Exercise] = relationship(back_populates="questions")


class Annotator(Base):
    __tablename__ = "annotator"

    id: Mapped[uuid.UUID] = _pk()
    display_name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[Role] = mapped_column(
        _str_enum(Role),
        default=Role.STUDENT,
        nullable=False,
    )
    created: Mapped[datetime] = _created()
    # On a school server: the PostgreSQL login role of this person (docs/server.md). The
    # row-level security policies compare it with ``current_user``. None in a local file.
    login: Mapped[str | None] = mapped_column(String(63), unique=True, nullable=True)


class SchoolClass(Base):
    """A class on a school server: students enrolled in it see its exercises."""

    __tablename__ = "school_class"

    id: Mapped[uuid.UUID] = _pk()
    name: Mapped[str] = mapped_column(String(200), unique=True, nullable=False)
    created: Mapped[datetime] = _created()


class Enrolment(Base):
    __tablename__ = "enrolment"
    __table_args__ = (UniqueConstraint("class_id", "annotator_id"),)

    id: Mapped[uuid.UUID] = _pk()
    class_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("school_class.id", ondelete="CASCADE"), nullable=False
    )
    annotator_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("annotator.id", ondelete="CASCADE"), nullable=False, index=True
    )


class ClassExercise(Base):
    """An exercise set for a class."""

    __tablename__ = "class_exercise"
    __table_args__ = (UniqueConstraint("class_id", "exercise_id"),)

    id: Mapped[uuid.UUID] = _pk()
    class_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("school_class.id", ondelete="CASCADE"), nullable=False
    )
    exercise_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("exercise.id", ondelete="CASCADE"), nullable=False, index=True
    )


class Annotation(Base):
    __tablename__ = "annotation"
    __table_args__ = (
        CheckConstraint("start >= 0", name="start_non_negative"),
        CheckConstraint('"end" > start', name="end_after_start"),
        Index("ix_annotation_article_annotator", "article_id", "annotator_id"),
    )

    id: Mapped[uuid.UUID] = _pk()
    article_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), nullable=False
    )
    annotator_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("annotator.id", ondelete="CASCADE"), nullable=False
    )
    start: Mapped[int] = mapped_column(Integer, nullable=False)
    end: Mapped[int] = mapped_column(Integer, nullable=False)
    exact: Mapped[str] = mapped_column(Text, nullable=False)
    prefix: Mapped[str] = mapped_column(String(32), default="", nullable=False)
    suffix: Mapped[str] = mapped_column(String(32), default="", nullable=False)
    tag_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tag.id"), nullable=False)
    note: Mapped[str] = mapped_column(Text, default="", nullable=False)
    created: Mapped[datetime] = _created()
    modified: Mapped[datetime] = mapped_column(
        UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False
    )

    article: Mapped[Article] = relationship()
    annotator: Mapped[Annotator] = relationship()
    tag: Mapped[Tag] = relationship()


class Link(Base):
    """A relation between two annotations, usually in different articles."""

    __tablename__ = "link"
    __table_args__ = (
        UniqueConstraint("source_id", "target_id", "kind"),
        CheckConstraint("source_id != target_id", name="not_self"),
    )

    id: Mapped[uuid.UUID] = _pk()
    source_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("annotation.id", ondelete="CASCADE"), nullable=False
    )
    target_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("annotation.id", ondelete="CASCADE"), nullable=False
    )
    kind: Mapped[LinkKind] = mapped_column(
        _str_enum(LinkKind),
        nullable=False,
    )
    note: Mapped[str] = mapped_column(Text, default="", nullable=False)
    created: Mapped[datetime] = _created()

    source: Mapped[Annotation] = relationship(foreign_keys=[source_id])
    target: Mapped[Annotation] = relationship(foreign_keys=[target_id])


class Answer(Base):
    """An annotator's answer to one source-evaluation question about one article."""

    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("question_id", "annotator_id", "article_id"),)

    id: Mapped[uuid.UUID] = _pk()
    question_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("question.id", ondelete="CASCADE"), nullable=False
    )
    annotator_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("annotator.id", ondelete="CASCADE"), nullable=False
    )
    article_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), nullable=False
    )
    value: Mapped[str] = mapped_column(Text, default="", nullable=False)
    rating: Mapped[int | None] = mapped_column(Integer, nullable=True)
    modified: Mapped[datetime] = mapped_column(
        UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False
    )


class Handin(Base):
    """The hand-in last imported for one annotator and exercise.

    Re-importing the same or a newer hand-in replaces that annotator's work; an older one is
    refused by comparing ``handed_in``.
    """

    __tablename__ = "handin"
    __table_args__ = (UniqueConstraint("annotator_id", "exercise_id"),)

    id: Mapped[uuid.UUID] = _pk()
    annotator_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("annotator.id", ondelete="CASCADE"), nullable=False
    )
    exercise_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("exercise.id", ondelete="CASCADE"), nullable=False
    )
    handed_in: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    source_file: Mapped[str] = mapped_column(String(1000), default="", nullable=False)
    imported: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class OrphanAnnotation(Base):
    """An imported annotation whose quote could not be found in the article text.

    Kept with everything the hand-in said about it so nothing a student did is lost.
    """

    __tablename__ = "orphan_annotation"
    __table_args__ = (
        Index("ix_orphan_annotation_article_annotator", "article_id", "annotator_id"),
    )

    id: Mapped[uuid.UUID] = _pk()
    article_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), nullable=False
    )
    annotator_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("annotator.id", ondelete="CASCADE"), nullable=False
    )
    exact: Mapped[str] = mapped_column(Text, nullable=False)
    prefix: Mapped[str] = mapped_column(String(32), default="", nullable=False)
    suffix: Mapped[str] = mapped_column(String(32), default="", nullable=False)
    tag_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tag.id"), nullable=False)
    note: Mapped[str] = mapped_column(Text, default="", nullable=False)
    original_start: Mapped[int] = mapped_column(Integer, nullable=False)
    original_end: Mapped[int] = mapped_column(Integer, nullable=False)
    created: Mapped[datetime] = _created()
    modified: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class HandinAttempt(Base):
    """One hand-in as the student made it: attempt 1, then 2 after "revise and hand in again".

    Recorded in the student's own database when they hand in (``handed_in`` is the time the
    file states), with the hand-in document as written (``handin``), so an earlier attempt
    stays as it was while the student revises. ``feedback`` holds the feedback file opened
    for this attempt (its canonical JSON, empty until one is opened).
    """

    __tablename__ = "handin_attempt"
    __table_args__ = (
        UniqueConstraint("annotator_id", "exercise_id", "number"),
        CheckConstraint("number >= 1", name="number_positive"),
    )

    id: Mapped[uuid.UUID] = _pk()
    annotator_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("annotator.id", ondelete="CASCADE"), nullable=False
    )
    exercise_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("exercise.id", ondelete="CASCADE"), nullable=False
    )
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    handed_in: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    handin: Mapped[str] = mapped_column(Text, nullable=False)
    feedback: Mapped[str] = mapped_column(Text, default="", nullable=False)
    feedback_opened: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class InstructorComment(Base):
    """The instructor's comment to a student on an exercise: on the whole work
    (``annotation_id`` empty, at most one) or on one of the student's annotations (by id)."""

    __tablename__ = "instructor_comment"
    __table_args__ = (
        UniqueConstraint("exercise_id", "student_id", "annotation_id"),
        Index("ix_instructor_comment_exercise_student", "exercise_id", "student_id"),
    )

    id: Mapped[uuid.UUID] = _pk()
    exercise_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("exercise.id", ondelete="CASCADE"), nullable=False
    )
    student_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("annotator.id", ondelete="CASCADE"), nullable=False
    )
    # No foreign key: importing a student's newer hand-in replaces their annotation rows
    # (same ids), and the comments must outlive that. A comment whose annotation is gone is
    # simply not sent (services/feedback.py sends comments on the student's own ids only).
    annotation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    modified: Mapped[datetime] = mapped_column(
        UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False
    )


class ReleasedFeedback(Base):
    """Feedback the instructor released to one student on a school server, instead of (or
    as well as) writing a file: ``feedback`` is the same self-checking document a feedback
    file holds (its canonical JSON). One per student and exercise; releasing again replaces
    it, withdrawing deletes it. Students may read their own row only (row-level security,
    storage/server_policies.py) and never write it."""

    __tablename__ = "released_feedback"
    __table_args__ = (UniqueConstraint("annotator_id", "exercise_id"),)

    id: Mapped[uuid.UUID] = _pk()
    annotator_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("annotator.id", ondelete="CASCADE"), nullable=False
    )
    exercise_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("exercise.id", ondelete="CASCADE"), nullable=False
    )
    handed_in: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    feedback: Mapped[str] = mapped_column(Text, nullable=False)
    released: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class GradebookId(Base):
    """The identifier a learning platform knows a student by, entered once by the instructor.

    One per student and platform (``moodle``: the ID number or e-mail address; ``canvas``:
    the Canvas user ID or SIS user ID), used by every gradebook export of every exercise.
    """

    __tablename__ = "gradebook_id"
    __table_args__ = (UniqueConstraint("annotator_id", "platform"),)

    id: Mapped[uuid.UUID] = _pk()
    annotator_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("annotator.id", ondelete="CASCADE"), nullable=False
    )
    platform: Mapped[str] = mapped_column(String(16), nullable=False)
    identifier: Mapped[str] = mapped_column(String(200), nullable=False)
    modified: Mapped[datetime] = mapped_column(
        UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False
    )


class DatabaseInfo(Base):
    """Facts about the database itself, as key/value pairs (see services/identity.py).

    ``owner_annotator_id``: whose work this is; ``instructor_mode``: "1" when the person who
    uses this database turned on the instructor's menus.
    """

    __tablename__ = "database_info"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="", nullable=False)
