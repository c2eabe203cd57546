"""The printable report of a student's work, and the overview shown before handing in."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from annotator.exchange.atomic import atomic_write_bytes
from annotator.exchange.errors import ExchangeError
from annotator.exchange.handin_errors import HandinError, HandinText
from annotator.exchange.handin_records import HandinRecord
from annotator.exchange.html_report import ReportQuestion, render_report
from annotator.services.handin_export import build_handin_record
from annotator.services.key_guard import refuse_key
from annotator.storage.database import Database
from annotator.storage.models import Article, Exercise

__all__ = ["HandinOverview", "TagCount", "export_report", "handin_overview", "report_html"]


@dataclass(frozen=True)
class TagCount:
    key: str
    label: str
    colour: str
    count: int


@dataclass(frozen=True)
class HandinOverview:
    """What a student is about to hand in, counted."""

    exercise_title: str
    student: str
    tags: tuple[TagCount, ...]
    links: int
    answered: int
    questions: int  # questions x articles: every question is answered for every article

    @property
    def annotations(self) -> int:
        return sum(t.count for t in self.tags)


def _load(
    db: Database, exercise_id: uuid.UUID, annotator_id: uuid.UUID
) -> tuple[HandinRecord, dict[uuid.UUID, str], list[ReportQuestion]]:
    with db.session() as session:
        record = build_handin_record(session, exercise_id, annotator_id)
        rows = session.execute(
            select(Article.id, Article.text).where(Article.exercise_id == exercise_id)
        )
        texts = {article_id: text for article_id, text in rows}
        exercise = session.get(Exercise, exercise_id)
        assert exercise is not None  # build_handin_record checked it
        questions = [ReportQuestion(q.id, q.text) for q in exercise.questions]
    return record, texts, questions


def handin_overview(
    db: Database, exercise_id: uuid.UUID, annotator_id: uuid.UUID
) -> HandinOverview:
    """Counts per tag, links and answered questions; LookupError for unknown ids."""
    record, _texts, questions = _load(db, exercise_id, annotator_id)
    counts = {t.id: 0 for t in record.tags}
    for a in record.annotations:
        counts[a.tag_id] = counts.get(a.tag_id, 0) + 1
    answered = sum(1 for a in record.answers if a.value.strip() or a.rating is not None)
    return HandinOverview(
        exercise_title=record.exercise_title,
        student=record.annotator.display_name,
        tags=tuple(TagCount(t.key, t.label, t.colour, counts[t.id]) for t in record.tags),
        links=len(record.links),
        answered=answered,
        questions=len(questions) * len(record.articles),
    )


def report_html(db: Database, exercise_id: uuid.UUID, annotator_id: uuid.UUID) -> str:
    """The printable HTML report of ``annotator_id``'s work; LookupError for unknown ids."""
    return render_report(*_load(db, exercise_id, annotator_id))


def export_report(
    db: Database, exercise_id: uuid.UUID, annotator_id: uuid.UUID, path: Path | str
) -> None:
    """Write the HTML report to ``path`` atomically; HandinError names the file on failure."""
    target = Path(path)
    refuse_key(db, annotator_id, target)
    try:
        html = report_html(db, exercise_id, annotator_id)
    except LookupError as exc:
        raise HandinError(f"{target}: " + HandinText.tr("nothing written, {reason}").format(
            reason=exc)) from None
    try:
        atomic_write_bytes(target, html.encode("utf-8"))
    except ExchangeError as exc:
        raise HandinError(str(exc)) from exc
