"""Students' work on an article or question: what removing it would delete, and undo.

Snapshots hold plain views so that a removal can be undone with the very same rows (ids,
timestamps, links between articles).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from annotator.services.exercises_io import ExerciseEditError, ExerciseText
from annotator.services.views import (
    AnnotationView,
    AnswerView,
    ArticleView,
    LinkView,
    QuestionView,
)
from annotator.storage import models as m

__all__ = [
    "Loss",
    "RemovedArticle",
    "RemovedQuestion",
    "WorkWouldBeLostError",
    "answer_view",
    "article_work",
    "loss_of",
    "move_row",
    "reorder_rows",
    "restore_work",
]


@dataclass(frozen=True)
class Loss:
    """Students' work that removing an article or question would delete."""

    annotations: int = 0
    links: int = 0
    answers: int = 0
    people: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.annotations or self.answers)

    def describe(self) -> str:
        """"2 annotations, 1 link by Ada, Ben" in the language of the messages."""
        parts = [text for n, text in (
            (self.annotations, ExerciseText.tr("%n annotation(s)", "", self.annotations)),
            (self.links, ExerciseText.tr("%n link(s)", "", self.links)),
            (self.answers, ExerciseText.tr("%n answer(s)", "", self.answers))) if n]
        what = ", ".join(parts) or ExerciseText.tr("nothing")
        if not self.people:
            return what
        return ExerciseText.tr("{work} by {people}").format(
            work=what, people=", ".join(self.people))


class WorkWouldBeLostError(ExerciseEditError):
    def __init__(self, what: str, loss: Loss) -> None:
        self.loss = loss
        super().__init__(ExerciseText.tr(
            "removing {what} would delete {work}; confirm to remove it").format(
            what=what, work=loss.describe()))


@dataclass(frozen=True)
class RemovedArticle:
    exercise_id: uuid.UUID
    article: ArticleView
    annotations: tuple[AnnotationView, ...] = ()
    links: tuple[LinkView, ...] = ()
    answers: tuple[AnswerView, ...] = ()


@dataclass(frozen=True)
class RemovedQuestion:
    exercise_id: uuid.UUID
    question: QuestionView
    answers: tuple[AnswerView, ...] = ()


def reorder_rows(target: list, rows: list) -> None:  # type: ignore[type-arg]
    target[:] = rows
    for position, row in enumerate(rows):
        row.position = position


def move_row(rows: list, row: object, position: int) -> int:  # type: ignore[type-arg]
    ordered = list(rows)
    old = ordered.index(row)
    ordered.remove(row)
    ordered.insert(max(0, min(position, len(ordered))), row)
    reorder_rows(rows, ordered)
    return old


def answer_view(row: m.Answer) -> AnswerView:
    return AnswerView(row.question_id, row.annotator_id, row.article_id, row.value, row.rating)


def article_work(
    session: Session, article_id: uuid.UUID
) -> tuple[list[m.Annotation], list[m.Link], list[m.Answer]]:
    annotations = list(session.scalars(select(m.Annotation).where(
        m.Annotation.article_id == article_id)))
    ids = [a.id for a in annotations]
    links = list(session.scalars(select(m.Link).where(
        or_(m.Link.source_id.in_(ids), m.Link.target_id.in_(ids))))) if ids else []
    answers = list(session.scalars(select(m.Answer).where(m.Answer.article_id == article_id)))
    return annotations, links, answers


def loss_of(
    session: Session, annotations: Iterable[m.Annotation], links: Iterable[m.Link],
    answers: Iterable[m.Answer],
) -> Loss:
    annotations, links, answers = list(annotations), list(links), list(answers)
    people = {a.annotator_id for a in annotations} | {a.annotator_id for a in answers}
    query = select(m.Annotator).where(m.Annotator.id.in_(people))
    rows: Iterable[m.Annotator] = session.scalars(query) if people else []
    names = sorted(row.display_name for row in rows)
    return Loss(len(annotations), len(links), len(answers), tuple(names))


def restore_work(
    session: Session, annotations: Iterable[AnnotationView], links: Iterable[LinkView],
    answers: Iterable[AnswerView],
) -> None:
    for a in annotations:
        session.add(m.Annotation(
            id=a.id, article_id=a.article_id, annotator_id=a.annotator_id, start=a.start,
            end=a.end, exact=a.exact, prefix=a.prefix, suffix=a.suffix, tag_id=a.tag_id,
            note=a.note, created=a.created, modified=a.modified))
    session.flush()
    for li in links:
        session.add(m.Link(id=li.id, source_id=li.source_id, target_id=li.target_id,
                           kind=li.kind, note=li.note, created=li.created))
    for ans in answers:
        session.add(m.Answer(question_id=ans.question_id, annotator_id=ans.annotator_id,
                             article_id=ans.article_id, value=ans.value, rating=ans.rating))
