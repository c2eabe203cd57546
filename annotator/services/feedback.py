"""Returning feedback: one file per student who handed in, built from the instructor's
database (use case behind Review > Return Feedback… and ``annotator feedback``).

Each file holds only what concerns its student: their own annotations as imported, the
answer key with its explanations, the class overlay as counts per tag per character (no
other student's name, id or markup), their scores against the key and the instructor's
comments. The measures come from the review (:func:`annotator.services.review.gather_article`,
:func:`annotator.core.scoring.score_against_key`, :func:`annotator.core.overlay.class_overlay`),
so a student's scores are exactly the ones the instructor sees.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

import annotator
from annotator.core.filenames import handin_file_name
from annotator.core.overlay import class_overlay
from annotator.core.scoring import ScoreReport, score_against_key, score_class
from annotator.core.spans import Span
from annotator.exchange.atomic import atomic_write_bytes
from annotator.exchange.errors import ExchangeError
from annotator.exchange.feedback import FEEDBACK_SUFFIX, FeedbackError, dump_feedback
from annotator.exchange.feedback_records import (
    INCLUDE_PARTS,
    ClassCounts,
    FeedbackArticle,
    FeedbackComments,
    FeedbackRecord,
    FeedbackTag,
    KeyPassage,
    OwnAnnotation,
    ScoreSheet,
)
from annotator.exchange.handin_records import HandinRecord
from annotator.services.feedback_comments import ReturnText, comments_for
from annotator.services.review import ArticleClass, gather_article
from annotator.storage import models as m
from annotator.storage.database import Database
from annotator.storage.types import utcnow

__all__ = [
    "INCLUDE_PARTS",
    "MIN_CLASS_FOR_OVERLAY",
    "ClassData",
    "FeedbackResult",
    "build_feedback",
    "gather_class",
    "handed_in_students",
    "parse_includes",
    "return_feedback",
]

# With fewer students, counts minus one's own would show another student's markup.
MIN_CLASS_FOR_OVERLAY = 3


@dataclass(frozen=True)
class FeedbackResult:
    student_id: uuid.UUID
    student: str
    path: Path | None  # None when nothing was written
    problem: str = ""  # one line naming the file, when something went wrong
    notes: tuple[str, ...] = ()  # parts left out, and why

    @property
    def ok(self) -> bool:
        return self.path is not None


def parse_includes(text: str | Iterable[str] | None) -> tuple[str, ...]:
    """``"key,class"`` (or a list) as the parts in canonical order; ``None`` means all.
    Raises ``ValueError`` naming an unknown part."""
    if text is None:
        return INCLUDE_PARTS
    items = text.split(",") if isinstance(text, str) else list(text)
    wanted = {item.strip().lower() for item in items if item.strip()}
    unknown = sorted(wanted - set(INCLUDE_PARTS))
    if unknown:
        raise ValueError(ReturnText.tr("unknown part {part}: choose from {parts}").format(
            part=repr(unknown[0]), parts=", ".join(INCLUDE_PARTS)))
    return tuple(p for p in INCLUDE_PARTS if p in wanted)


def _runs(counts: np.ndarray) -> tuple[tuple[int, int, int], ...]:
    """Run-length encoding of one tag's per-character counts, leaving out zeros."""
    n = counts.shape[0]
    if n == 0:
        return ()
    change = np.flatnonzero(counts[1:] != counts[:-1]) + 1
    starts = np.concatenate([[0], change])
    ends = np.concatenate([change, [n]])
    return tuple((int(s), int(e), int(counts[s])) for s, e in zip(starts, ends, strict=True)
                 if counts[s] > 0)


def _class_counts(data: ArticleClass, students: tuple[str, ...]) -> ClassCounts:
    """Counts over the whole class of the exercise (a student who marked nothing in this
    article still counts), so the size says nothing about who worked on which article."""
    overlay = class_overlay(len(data.text), data.student_spans, data.tags, students)
    runs = {tag: _runs(overlay.tag_counts[t]) for t, tag in enumerate(data.tags)}
    return ClassCounts(len(students), {tag: r for tag, r in runs.items() if r})


def _scores(data: ArticleClass, student: str,
            yours: tuple[OwnAnnotation, ...] | None = None) -> ScoreSheet:
    """The student's scores against the key: of their work in the database or, given
    ``yours``, of those annotations (their hand-in as they made it)."""
    if yours is None:
        mine = [s for s in data.student_spans if s.annotator == student]
    else:
        mine = [Span(student, y.start, y.end, y.tag_key) for y in yours]
    return _sheet(score_against_key(len(data.text), mine, data.key_spans, data.tags))


def _class_scores(data: ArticleClass) -> dict[str, ScoreSheet]:
    """Every marking student's sheet, scored for the whole class at once (:func:`score_class`
    gives the very figures of :func:`score_against_key`, one batched matching instead of one
    per student)."""
    by_student: dict[str, list[Span]] = {sid: [] for sid in data.students}
    for span in data.student_spans:
        if span.annotator in by_student:
            by_student[span.annotator].append(span)
    scores = score_class(len(data.text), list(by_student.values()), data.key_spans, data.tags)
    return {sid: _sheet(score.report) for sid, score in zip(data.students, scores, strict=True)}


def _sheet(report: ScoreReport) -> ScoreSheet:
    return ScoreSheet(
        exact=dict(report.exact),
        overlap=dict(report.overlap),
        chars=dict(report.chars),
        confusion_labels=tuple(report.confusion.labels),
        confusion_counts=tuple(tuple(int(v) for v in row) for row in report.confusion.counts),
    )


@dataclass(frozen=True)
class _Stored:
    """What the database says about the student and the exercise, read in one session."""

    title: str
    revision: int
    name: str
    handed_in: datetime
    tags: tuple[FeedbackTag, ...]
    articles: tuple[tuple[uuid.UUID, str, str, int], ...]
    yours: dict[uuid.UUID, tuple[OwnAnnotation, ...]]
    key_notes: dict[tuple[uuid.UUID, str, int, int, str], str]  # (article, key, start, end, tag)
    key_quotes: dict[uuid.UUID, str]  # article -> text (to quote the key)


def _read(db: Database, exercise_id: uuid.UUID, student_id: uuid.UUID) -> _Stored:
    with db.session() as session:
        exercise = session.get(m.Exercise, exercise_id)
        if exercise is None:
            raise LookupError(ReturnText.tr("no exercise with id {id}").format(id=exercise_id))
        student = session.get(m.Annotator, student_id)
        if student is None or student.role != m.Role.STUDENT:
            raise LookupError(ReturnText.tr("no student with id {id}").format(id=student_id))
        handed_in = _handed_in_at(session, exercise_id, student_id)
        if handed_in is None:
            raise LookupError(ReturnText.tr("{name} has not handed in {title}").format(
                name=student.display_name, title=repr(exercise.title)))
        tag_key = {t.id: t.key for t in exercise.tag_set.tags}
        article_ids = [a.id for a in exercise.articles]
        yours: dict[uuid.UUID, list[OwnAnnotation]] = {a: [] for a in article_ids}
        key_notes: dict[tuple[uuid.UUID, str, int, int, str], str] = {}
        rows = session.execute(
            select(m.Annotation, m.Annotator.role)
            .join(m.Annotator, m.Annotation.annotator_id == m.Annotator.id)
            .where(m.Annotation.article_id.in_(article_ids),
                   (m.Annotation.annotator_id == student_id) | (m.Annotator.role == m.Role.KEY))
            .order_by(m.Annotation.start, m.Annotation.end, m.Annotation.created)
        ).all()
        for a, role in rows:
            tag = tag_key.get(a.tag_id, "")
            if role == m.Role.KEY:
                key_notes.setdefault((a.article_id, str(a.annotator_id), a.start, a.end, tag),
                                     a.note)
            else:
                yours[a.article_id].append(OwnAnnotation(a.id, a.start, a.end, a.exact, tag,
                                                         a.note))
        return _Stored(
            title=exercise.title, revision=exercise.revision, name=student.display_name,
            handed_in=handed_in,
            tags=tuple(FeedbackTag(t.key, t.label, t.colour) for t in exercise.tag_set.tags),
            articles=tuple((a.id, a.sha256, a.title, len(a.text)) for a in exercise.articles),
            yours={k: tuple(v) for k, v in yours.items()},
            key_notes=key_notes,
            key_quotes={a.id: a.text for a in exercise.articles},
        )


@dataclass
class ClassData:
    """The class of an exercise as the review gathers it, per article, read once and shared by
    every student's feedback (and the class counts, computed once per article)."""

    classes: dict[uuid.UUID, ArticleClass]
    everyone: tuple[str, ...]  # every student with an annotation in any article
    _counts: dict[uuid.UUID, ClassCounts] = field(default_factory=dict)
    _scores: dict[uuid.UUID, dict[str, ScoreSheet]] = field(default_factory=dict)

    def scores(self, article_id: uuid.UUID, student: str) -> ScoreSheet:
        """``student``'s scores against the key in the article (the whole class scored
        once per article, on first use)."""
        if article_id not in self._scores:
            self._scores[article_id] = _class_scores(self.classes[article_id])
        found = self._scores[article_id].get(student)
        return found if found is not None else _scores(self.classes[article_id], student)

    def counts(self, article_id: uuid.UUID) -> ClassCounts:
        if article_id not in self._counts:
            self._counts[article_id] = _class_counts(self.classes[article_id], self.everyone)
        return self._counts[article_id]


def gather_class(db: Database, exercise_id: uuid.UUID) -> ClassData:
    """Raises ``LookupError`` for an unknown exercise."""
    with db.session() as session:
        exercise = session.get(m.Exercise, exercise_id)
        if exercise is None:
            raise LookupError(ReturnText.tr("no exercise with id {id}").format(id=exercise_id))
        article_ids = [a.id for a in exercise.articles]
    classes = {a: gather_article(db, exercise_id, a) for a in article_ids}
    everyone = tuple(sorted({s for data in classes.values() for s in data.students}))
    return ClassData(classes, everyone)


def build_feedback(db: Database, exercise_id: uuid.UUID, student_id: uuid.UUID,
                   includes: Iterable[str] = INCLUDE_PARTS, *, now: datetime | None = None,
                   class_data: ClassData | None = None,
                   handed: HandinRecord | None = None) -> tuple[FeedbackRecord,
                                                                tuple[str, ...]]:
    """The feedback for one student who handed in, and notes on parts left out.
    ``class_data`` (from :func:`gather_class`) saves reading the class for every student.
    ``handed``: the student's hand-in as they made it (on a school server, where they may
    go on annotating after handing in); their annotations and scores then come from it,
    provided its articles are the exercise's as they are now.

    Raises ``LookupError`` for an unknown exercise or student, or a student who has not
    handed in.
    """
    wanted = parse_includes(list(includes))
    stored = _read(db, exercise_id, student_id)
    shared = class_data or gather_class(db, exercise_id)
    classes = [shared.classes[article_id] for article_id, *_ in stored.articles]
    notes: list[str] = []
    if "class" in wanted and len(shared.everyone) < MIN_CLASS_FOR_OVERLAY:
        wanted = tuple(p for p in wanted if p != "class")
        notes.append(ReturnText.tr(
            "class overlay left out: fewer than %n students, so counts would show a "
            "classmate's markup", "", MIN_CLASS_FOR_OVERLAY))
    sid = str(student_id)
    yours = dict(stored.yours)
    if handed is not None and {a.id: a.sha256 for a in handed.articles} == {
            a[0]: a[1] for a in stored.articles}:
        handed_yours: dict[uuid.UUID, list[OwnAnnotation]] = {a[0]: [] for a in stored.articles}
        for h in sorted(handed.annotations, key=lambda h: (h.start, h.end, h.created)):
            handed_yours[h.article_id].append(OwnAnnotation(h.id, h.start, h.end, h.exact,
                                                            h.tag_key, h.note))
        yours = {k: tuple(v) for k, v in handed_yours.items()}
    elif handed is not None:
        notes.append(ReturnText.tr("the articles changed since the hand-in: the student's work "
                                   "as it is now was used"))
    articles = []
    for (article_id, sha256, title, n_chars), data in zip(stored.articles, classes, strict=True):
        text = stored.key_quotes[article_id]
        key = None
        if "key" in wanted:
            key = tuple(
                KeyPassage(s.start, s.end, text[s.start:s.end], s.tag,
                           stored.key_notes.get((article_id, s.annotator, s.start, s.end,
                                                 s.tag), ""))
                for s in data.key_spans
            )
        scores = None
        if "scores" in wanted and data.key_id is not None:
            if handed is not None:  # the hand-in as they made it
                scores = _scores(data, sid, yours[article_id])
            else:  # their work in the database: the class is scored once per article
                scores = shared.scores(article_id, sid)
        articles.append(FeedbackArticle(
            id=article_id, sha256=sha256, title=title, n_chars=n_chars,
            yours=yours[article_id], key=key,
            class_counts=shared.counts(article_id) if "class" in wanted else None,
            scores=scores,
        ))
    comments = None
    if "comments" in wanted:
        typed = comments_for(db, exercise_id, student_id)
        own = {y.id for article in articles for y in article.yours}
        comments = FeedbackComments(
            typed.get(None, ""),
            tuple(sorted(((k, v) for k, v in typed.items() if k is not None and k in own),
                         key=lambda item: str(item[0]))),
        )
    record = FeedbackRecord(
        exercise_id=exercise_id, exercise_revision=stored.revision,
        exercise_title=stored.title, student_id=student_id, student_name=stored.name,
        handed_in=stored.handed_in, created=now or utcnow(),
        app_version=annotator.__version__, includes=wanted, tags=stored.tags,
        articles=tuple(articles), comments=comments,
    )
    return record, tuple(notes)


def _handed_in_at(session: Session, exercise_id: uuid.UUID,
                  student_id: uuid.UUID) -> datetime | None:
    """When the student last handed in: an imported hand-in file (``handin``) or, on a
    school server, a hand-in made there (``handin_attempt``); None when neither."""
    imported = session.scalar(select(m.Handin.handed_in).where(
        m.Handin.exercise_id == exercise_id, m.Handin.annotator_id == student_id))
    attempted = session.scalar(select(func.max(m.HandinAttempt.handed_in)).where(
        m.HandinAttempt.exercise_id == exercise_id,
        m.HandinAttempt.annotator_id == student_id))
    times = [t for t in (imported, attempted) if t is not None]
    return max(times) if times else None


def handed_in_students(db: Database, exercise_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
    """(id, name) of every student who handed in the exercise, by name: through an imported
    hand-in file or, on a school server, by handing in there. Raises ``LookupError`` for an
    unknown exercise."""
    with db.session() as session:
        if session.get(m.Exercise, exercise_id) is None:
            raise LookupError(ReturnText.tr("no exercise with id {id}").format(id=exercise_id))
        imported = select(m.Handin.annotator_id).where(m.Handin.exercise_id == exercise_id)
        attempted = select(m.HandinAttempt.annotator_id).where(
            m.HandinAttempt.exercise_id == exercise_id)
        rows = session.execute(
            select(m.Annotator.id, m.Annotator.display_name)
            .where(m.Annotator.role == m.Role.STUDENT,
                   m.Annotator.id.in_(imported) | m.Annotator.id.in_(attempted))
        ).all()
    return sorted(((r.id, r.display_name) for r in rows), key=lambda r: (r[1].casefold(), r[0]))


def return_feedback(db: Database, exercise_id: uuid.UUID, folder: Path | str,
                    includes: Iterable[str] = INCLUDE_PARTS) -> list[FeedbackResult]:
    """Write ``<exercise>-<student>.feedback.json`` into ``folder`` for every student whose
    hand-in was imported; one :class:`FeedbackResult` per student. Two students with the same
    name get distinct files. Raises ``LookupError`` for an unknown exercise."""
    target = Path(folder)
    wanted = parse_includes(list(includes))
    with db.session() as session:
        exercise = session.get(m.Exercise, exercise_id)
        title = exercise.title if exercise is not None else ""
    students = handed_in_students(db, exercise_id)
    shared = gather_class(db, exercise_id)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FeedbackError(str(target), ReturnText.tr(
            "cannot create the folder ({reason})").format(reason=exc.strerror or exc)) from exc
    results: list[FeedbackResult] = []
    used: set[str] = set()
    for student_id, name in students:
        file_name = handin_file_name(title, name, FEEDBACK_SUFFIX)
        if file_name.casefold() in used:
            stem = file_name.removesuffix(FEEDBACK_SUFFIX)
            file_name = f"{stem} ({str(student_id)[:8]}){FEEDBACK_SUFFIX}"
        used.add(file_name.casefold())
        path = target / file_name
        try:
            record, notes = build_feedback(db, exercise_id, student_id, wanted,
                                           class_data=shared)
            atomic_write_bytes(path, dump_feedback(record))
        except ExchangeError as exc:
            results.append(FeedbackResult(student_id, name, None, str(exc)))
            continue
        except (LookupError, ValueError) as exc:
            results.append(FeedbackResult(student_id, name, None, f"{path}: {exc}"))
            continue
        results.append(FeedbackResult(student_id, name, path, notes=notes))
    return results
