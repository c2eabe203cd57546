"""Rows written through the models come back identical after the database is reopened."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from annotator.core.text import fingerprint
from annotator.storage import models as m
from annotator.storage.database import open_database


def _populate(db: object) -> dict[str, uuid.UUID]:
    with db.session() as s:  # type: ignore[attr-defined]
        tags = m.TagSet(name="Default")
        tags.tags = [
            m.Tag(key="claim", label="Claim", colour="#E69F00", shortcut="1", position=0),
            m.Tag(key="evidence", label="Evidence", colour="#56B4E9", shortcut="2", position=1),
        ]
        ex = m.Exercise(title="Ex", instructions="Read", tag_set=tags)
        text = "Héllo 😀 wörld\nsecond line"
        ex.articles = [
            m.Article(title="A", text=text, sha256=fingerprint(text), language="en"),
            m.Article(title="B", text="Other text", sha256=fingerprint("Other text"), position=1),
        ]
        ex.questions = [m.Question(text="Who?", kind=m.QuestionKind.TEXT)]
        student = m.Annotator(display_name="Ada", role=m.Role.STUDENT)
        s.add_all([ex, student])
        s.flush()
        a1 = m.Annotation(article=ex.articles[0], annotator=student, start=6, end=7, exact="😀",
                          prefix="Héllo ", suffix=" wörld\nsecond line", tag=tags.tags[0],
                          note="emoji <b>not html</b>")
        a2 = m.Annotation(article=ex.articles[1], annotator=student, start=0, end=5,
                          exact="Other", tag=tags.tags[1])
        s.add_all([a1, a2])
        s.flush()
        s.add(m.Link(source_id=a1.id, target_id=a2.id, kind=m.LinkKind.CONTRADICTS, note="n"))
        s.add(m.Answer(question_id=ex.questions[0].id, annotator_id=student.id,
                       article_id=ex.articles[0].id, value="An outlet", rating=None))
        return {"exercise": ex.id, "a1": a1.id, "student": student.id}


def test_round_trip_after_reopen(db_url: str) -> None:
    db = open_database(db_url)
    ids = _populate(db)
    db.close()
    db = open_database(db_url)
    with db.session() as s:
        ex = s.get(m.Exercise, ids["exercise"])
        assert ex is not None
        assert [a.title for a in ex.articles] == ["A", "B"]
        assert [t.key for t in ex.tag_set.tags] == ["claim", "evidence"]
        a1 = s.get(m.Annotation, ids["a1"])
        assert a1 is not None
        assert a1.article.text[a1.start : a1.end] == "😀" == a1.exact
        assert a1.note == "emoji <b>not html</b>"
        assert a1.created.tzinfo is UTC
        assert abs((datetime.now(UTC) - a1.created).total_seconds()) < 60
        link = s.scalars(select(m.Link)).one()
        assert link.kind is m.LinkKind.CONTRADICTS
        assert s.scalars(select(m.Answer)).one().value == "An outlet"
    db.close()


def test_constraints_refuse_bad_rows(db: object) -> None:
    ids = _populate(db)
    with pytest.raises(IntegrityError), db.session() as s:  # type: ignore[attr-defined]
        a = s.get(m.Annotation, ids["a1"])
        s.add(m.Annotation(article_id=a.article_id, annotator_id=a.annotator_id, start=5, end=5,
                           exact="", tag_id=a.tag_id))
    with pytest.raises(IntegrityError), db.session() as s:  # type: ignore[attr-defined]
        a = s.get(m.Annotation, ids["a1"])
        s.add(m.Annotation(article_id=uuid.uuid4(), annotator_id=a.annotator_id, start=0, end=1,
                           exact="x", tag_id=a.tag_id))  # foreign keys are enforced
    with db.session() as s:  # type: ignore[attr-defined]
        assert len(s.scalars(select(m.Annotation)).all()) == 2  # nothing half-written


def test_deleting_an_article_cascades_to_its_annotations_and_links(db: object) -> None:
    ids = _populate(db)
    with db.session() as s:  # type: ignore[attr-defined]
        s.delete(s.get(m.Annotation, ids["a1"]).article)
    with db.session() as s:  # type: ignore[attr-defined]
        assert len(s.scalars(select(m.Annotation)).all()) == 1
        assert s.scalars(select(m.Link)).all() == []


@pytest.mark.sqlite_only
def test_sqlite_pragmas(db: object) -> None:
    with db.engine.connect() as conn:  # type: ignore[attr-defined]
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_any_sqlalchemy_url_in_memory() -> None:
    db = open_database("sqlite://")
    _populate(db)
    with db.session() as s:
        assert s.scalars(select(m.Exercise)).one().title == "Ex"
    db.close()
