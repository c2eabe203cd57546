"""Building a student's hand-in from the database and writing it in one of three formats."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

import annotator
from annotator.exchange.atomic import atomic_write_bytes
from annotator.exchange.csvexport import dump_csv
from annotator.exchange.errors import ExchangeError
from annotator.exchange.handin import dump_handin
from annotator.exchange.handin_errors import HandinError, HandinText
from annotator.exchange.handin_records import (
    HandinAnnotation,
    HandinAnnotator,
    HandinAnswer,
    HandinArticle,
    HandinLink,
    HandinRecord,
    HandinTag,
)
from annotator.exchange.w3c import dump_w3c
from annotator.services.key_guard import refuse_key
from annotator.services.not_found import NotFoundText
from annotator.storage.database import Database
from annotator.storage.models import Annotation, Annotator, Answer, Exercise, Link
from annotator.storage.types import utcnow

__all__ = ["ExportFormat", "build_handin_record", "export_handin"]

ExportFormat = Literal["handin", "w3c", "csv"]


def build_handin_record(
    session: Session,
    exercise_id: uuid.UUID,
    annotator_id: uuid.UUID,
    *,
    handed_in: datetime | None = None,
) -> HandinRecord:
    """Everything ``annotator_id`` did on ``exercise_id``, in a stable order.

    Raises :class:`LookupError` when the exercise or the annotator does not exist.
    """
    exercise = session.get(Exercise, exercise_id)
    if exercise is None:
        raise LookupError(NotFoundText.tr("no exercise with id {id}").format(id=exercise_id))
    person = session.get(Annotator, annotator_id)
    if person is None:
        raise LookupError(NotFoundText.tr("no annotator with id {id}").format(id=annotator_id))
    articles = list(exercise.articles)
    position = {a.id: a.position for a in articles}
    tags = list(exercise.tag_set.tags)
    tag_keys = {t.id: t.key for t in tags}
    annotations = sorted(
        session.scalars(
            select(Annotation).where(
                Annotation.annotator_id == annotator_id,
                Annotation.article_id.in_(list(position)),
            )
        ),
        key=lambda a: (position[a.article_id], a.start, a.end, a.created, str(a.id)),
    )
    own = {a.id for a in annotations}
    links = sorted(
        (
            link
            for link in session.scalars(select(Link).where(Link.source_id.in_(list(own))))
            if link.target_id in own
        ),
        key=lambda link: str(link.id),
    )
    questions = {q.id: q for q in exercise.questions}
    answers = sorted(
        session.scalars(
            select(Answer).where(
                Answer.annotator_id == annotator_id, Answer.question_id.in_(list(questions))
            )
        ),
        key=lambda a: (
            questions[a.question_id].position,
            position.get(a.article_id, 0),
            str(a.question_id),
            str(a.article_id),
        ),
    )
    return HandinRecord(
        exercise_id=exercise.id,
        exercise_revision=exercise.revision,
        exercise_title=exercise.title,
        annotator=HandinAnnotator(person.id, person.display_name, str(person.role)),
        handed_in=handed_in or utcnow(),
        app_version=annotator.__version__,
        tag_set_id=exercise.tag_set.id,
        tag_set_name=exercise.tag_set.name,
        articles=tuple(
            HandinArticle(a.id, a.sha256, a.title, a.url, language=a.language) for a in articles
        ),
        tags=tuple(HandinTag(t.id, t.key, t.label, t.colour) for t in tags),
        annotations=tuple(
            HandinAnnotation(
                id=a.id,
                article_id=a.article_id,
                start=a.start,
                end=a.end,
                exact=a.exact,
                prefix=a.prefix,
                suffix=a.suffix,
                tag_id=a.tag_id,
                tag_key=tag_keys.get(a.tag_id, ""),
                note=a.note,
                created=a.created,
                modified=a.modified,
            )
            for a in annotations
        ),
        links=tuple(
            HandinLink(k.id, k.source_id, k.target_id, str(k.kind), k.note, created=k.created)
            for k in links
        ),
        answers=tuple(
            HandinAnswer(
                a.question_id, questions[a.question_id].text, a.article_id, a.value, a.rating
            )
            for a in answers
        ),
    )


def export_handin(
    db: Database,
    exercise_id: uuid.UUID,
    annotator_id: uuid.UUID,
    path: Path | str,
    fmt: ExportFormat = "handin",
    *,
    handed_in: datetime | None = None,
    standalone: bool = False,
) -> HandinRecord:
    """Write ``annotator_id``'s work on ``exercise_id`` to ``path`` atomically.

    ``fmt`` is ``"handin"`` (native JSON), ``"w3c"`` (Web Annotation JSON-LD; ``standalone``
    gives every annotation its own ``@context``) or ``"csv"``.
    Raises :class:`HandinError` naming ``path`` for unknown ids, formats or write failures.
    """
    target = Path(path)
    writers: dict[str, Callable[[HandinRecord], bytes]] = {
        "handin": dump_handin,
        "w3c": partial(dump_w3c, standalone=standalone),
        "csv": dump_csv,
    }
    if fmt not in writers:
        raise HandinError(f"{target}: " + HandinText.tr(
            "unknown export format {format} (handin, w3c or csv)").format(format=repr(fmt)))
    refuse_key(db, annotator_id, target)
    with db.session() as session:
        try:
            record = build_handin_record(session, exercise_id, annotator_id, handed_in=handed_in)
        except LookupError as exc:
            raise HandinError(f"{target}: " + HandinText.tr("nothing written, {reason}").format(
                reason=exc)) from None
    try:
        atomic_write_bytes(target, writers[fmt](record))
    except ExchangeError as exc:
        raise HandinError(str(exc)) from exc
    return record
