"""A small exercise with fixed ids, so that two databases hold "the same" exercise."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from annotator.core.text import fingerprint, normalise_text, quote_context
from annotator.exchange.handin import content_checksum
from annotator.services.handins import export_handin
from annotator.storage.database import Database, open_database
from annotator.storage.models import (
    Annotation,
    Annotator,
    Answer,
    Article,
    Exercise,
    Handin,
    Link,
    LinkKind,
    OrphanAnnotation,
    Question,
    QuestionKind,
    Role,
    Tag,
    TagSet,
)

TEXT_A = (
    'The minister said on Tuesday that the plan "will work". Critics disagree. '
    "Officials expect 3,000 new jobs 😀 by 2027, according to the ministry's own report. "
    "The plan will work, the minister said again."
)
TEXT_B = (
    "Opposition leaders called the plan a gamble. “It is speculation,” one said. "
    "Independent economists estimate 1,200 jobs at most. Émile Zola would have been amused."
)
TAG_KEYS = ("claim", "evidence", "speculation", "opinion")


@dataclass(frozen=True)
class Ids:
    exercise: uuid.UUID
    tag_set: uuid.UUID
    tags: dict[str, uuid.UUID]
    articles: tuple[uuid.UUID, uuid.UUID]
    questions: tuple[uuid.UUID, uuid.UUID]


def fixed_ids() -> Ids:
    def u(n: int) -> uuid.UUID:
        return uuid.UUID(int=0xA000 + n)

    return Ids(
        exercise=u(1),
        tag_set=u(2),
        tags={key: u(10 + i) for i, key in enumerate(TAG_KEYS)},
        articles=(u(20), u(21)),
        questions=(u(30), u(31)),
    )


def seed_exercise(
    db: Database, ids: Ids, texts: tuple[str, str] = (TEXT_A, TEXT_B), revision: int = 1
) -> None:
    with db.session() as s:
        tag_set = TagSet(id=ids.tag_set, name="Claims and evidence")
        tag_set.tags = [
            Tag(
                id=ids.tags[key], key=key, label=key.title(), colour=f"#{i + 1:02x}8040", position=i
            )
            for i, key in enumerate(TAG_KEYS)
        ]
        s.add(tag_set)
        s.flush()
        exercise = Exercise(
            id=ids.exercise, title="Jobs plan", revision=revision, tag_set_id=ids.tag_set
        )
        for i, (article_id, text) in enumerate(zip(ids.articles, texts, strict=True)):
            clean = normalise_text(text)
            exercise.articles.append(
                Article(
                    id=article_id,
                    position=i,
                    title=f"Article {i + 1}",
                    text=clean,
                    sha256=fingerprint(clean),
                    url=f"https://news.example/{i + 1}",
                )
            )
        exercise.questions = [
            Question(id=ids.questions[0], position=0, text="Who is the source?"),
            Question(
                id=ids.questions[1], position=1, text="How reliable? 1-5", kind=QuestionKind.RATING
            ),
        ]
        s.add(exercise)


def sqlite_database_url(folder: Path, name: str) -> str:
    return f"sqlite:///{folder / name}"


# Where new_db makes its databases: tests/services/conftest.py points it at fresh PostgreSQL
# databases for the postgresql runs of the backend-parametrised tests.
database_url: Callable[[Path, str], str] = sqlite_database_url


def new_db(folder: Path, name: str = "class.sqlite") -> Database:
    return open_database(database_url(folder, name))


def add_student(db: Database, name: str, student_id: uuid.UUID | None = None) -> uuid.UUID:
    with db.session() as s:
        person = Annotator(id=student_id or uuid.uuid4(), display_name=name, role=Role.STUDENT)
        s.add(person)
        s.flush()
        return person.id


def annotate(
    db: Database,
    ids: Ids,
    student: uuid.UUID,
    article: int,
    quote: str,
    tag: str = "claim",
    note: str = "",
    occurrence: int = 0,
) -> uuid.UUID:
    """Tag the ``occurrence``-th appearance of ``quote`` in article ``article``."""
    when = datetime(2026, 11, 20, 9, 30, 15, 123456, tzinfo=UTC)
    with db.session() as s:
        art = s.get(Article, ids.articles[article])
        assert art is not None
        start = -1
        for _ in range(occurrence + 1):
            start = art.text.index(quote, start + 1)
        prefix, exact, suffix = quote_context(art.text, start, start + len(quote))
        row = Annotation(
            article_id=art.id,
            annotator_id=student,
            start=start,
            end=start + len(quote),
            exact=exact,
            prefix=prefix,
            suffix=suffix,
            tag_id=ids.tags[tag],
            note=note,
            created=when,
            modified=when,
        )
        s.add(row)
        s.flush()
        return row.id


def link(db: Database, source: uuid.UUID, target: uuid.UUID, kind: LinkKind) -> None:
    with db.session() as s:
        s.add(Link(source_id=source, target_id=target, kind=kind, note="see both"))


def answer(db: Database, ids: Ids, student: uuid.UUID, value: str, rating: int | None) -> None:
    with db.session() as s:
        s.add(
            Answer(
                question_id=ids.questions[1 if rating else 0],
                annotator_id=student,
                article_id=ids.articles[0],
                value=value,
                rating=rating,
            )
        )


def table_counts(db: Database) -> dict[str, int]:
    """Row counts of every table an import touches."""
    with db.session() as s:
        return {
            model.__tablename__: s.scalar(select(func.count()).select_from(model)) or 0
            for model in (Annotator, Annotation, Link, Answer, Handin, OrphanAnnotation)
        }


def spans(db: Database, student: uuid.UUID) -> list[tuple[int, int, str, str]]:
    with db.session() as s:
        rows = s.scalars(
            select(Annotation).where(Annotation.annotator_id == student).order_by(Annotation.start)
        )
        return [(a.start, a.end, a.exact, a.note) for a in rows]


T0 = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def student_handin(
    folder: Path,
    ids: Ids,
    name: str,
    quotes: list[tuple[int, str]],
    *,
    student_id: uuid.UUID | None = None,
    handed_in: datetime = T0,
    file_name: str | None = None,
    texts: tuple[str, str] = (TEXT_A, TEXT_B),
) -> tuple[Path, uuid.UUID]:
    """A student's own database, some annotations, and the hand-in file they export."""
    sid = student_id or uuid.uuid4()
    db = new_db(folder, f"student-{uuid.uuid4()}.sqlite")
    seed_exercise(db, ids, texts)
    add_student(db, name, sid)
    made = [
        annotate(db, ids, sid, article, quote, note=f"note on {quote}") for article, quote in quotes
    ]
    if len(made) >= 2:
        link(db, made[0], made[1], LinkKind.SUPPORTS)
    answer(db, ids, sid, "The ministry itself", None)
    answer(db, ids, sid, "Partly", 3)
    path = folder / (file_name or f"{name}-{sid}.json")
    export_handin(db, ids.exercise, sid, path, handed_in=handed_in)
    db.close()
    return path, sid


QUOTES = [(0, 'the plan "will work"'), (0, "3,000 new jobs 😀"), (1, "“It is speculation,”")]


def mutate(path: Path, change: Callable[[dict[str, Any]], object]) -> None:
    document = json.loads(path.read_text("utf-8"))
    change(document)
    document["checksum"] = content_checksum(document)
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")


def replace_text(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def move_first_article(document: dict[str, Any]) -> None:
    moved = str(uuid.uuid4())
    old = document["articles"][0]["id"]
    document["articles"][0]["id"] = moved
    for item in document["annotations"] + document["answers"]:
        if item["article_id"] == old:
            item["article_id"] = moved


def truncate(p: Path) -> None:
    p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2])
