"""Many students at once, a connection dropped mid-transaction, a killed server."""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
import uuid
from pathlib import Path

import pytest
from pgtest import TestServer
from school_fixtures import School
from sqlalchemy import func, select, text

from annotator.services.annotations import AnnotationService
from annotator.services.events import EventBus
from annotator.services.exercises import load_exercise
from annotator.services.school import add_person, server_identity
from annotator.storage import models as m
from annotator.storage.database import open_database
from annotator.storage.errors import ServerUnavailableError

STUDENTS = 40
WRITE_SECONDS = 3.0


def test_forty_students_writing_at_once_lose_and_duplicate_nothing(school: School) -> None:
    admin = open_database(school.admin_url)
    try:
        prefix = school.database.replace("_", "")
        accounts = [add_person(admin, f"Student {n}", class_name="7b", login=f"{prefix}s{n}")
                    for n in range(STUDENTS)]
    finally:
        admin.close()
    exercise = load_exercise(open_database(school.admin_url), school.exercise_id)
    article = exercise.articles[0]
    committed: dict[str, list[uuid.UUID]] = {}
    failures: list[BaseException] = []
    start = threading.Barrier(STUDENTS)

    def student(account: object) -> None:
        try:
            db = open_database(school.url(account))  # type: ignore[arg-type]
            try:
                me = server_identity(db)
                assert me is not None
                service = AnnotationService(db, EventBus())
                mine: list[uuid.UUID] = []
                start.wait()
                deadline = time.monotonic() + WRITE_SECONDS
                n = 0
                while time.monotonic() < deadline:
                    at = n % (len(article.text) - 5)
                    made = service.add(article.id, me.id, at, at + 4, exercise.tags[n % 4].id,
                                       note=f"{me.display_name} #{n}")
                    mine.append(made.id)
                    n += 1
                committed[me.display_name] = mine
            finally:
                db.close()
        except BaseException as exc:  # reported below, with the others
            failures.append(exc)

    threads = [threading.Thread(target=student, args=(a,)) for a in accounts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert failures == []
    assert len(committed) == STUDENTS and all(committed.values())
    expected = {i for ids in committed.values() for i in ids}
    assert len(expected) == sum(len(ids) for ids in committed.values())  # no id twice
    db = open_database(school.admin_url)
    try:
        with db.session() as s:
            stored = s.execute(
                select(m.Annotation.id, m.Annotation.note, m.Annotator.display_name)
                .join(m.Annotator).where(m.Annotator.login.like(f"{prefix}s%"))
            ).all()
    finally:
        db.close()
    assert {row.id for row in stored} == expected  # nothing lost, nothing extra
    assert len({row.note for row in stored}) == len(stored)  # no write stored twice
    assert all(row.note.startswith(row.display_name + " #") for row in stored)


def test_a_connection_dropped_mid_transaction_stores_nothing_and_the_next_write_works(
    school: School,
) -> None:
    db = open_database(school.url(school.ada))
    try:
        me = server_identity(db)
        assert me is not None
        exercise = load_exercise(db, school.exercise_id)
        article, tag = exercise.articles[0], exercise.tags[0]
        with pytest.raises(ServerUnavailableError, match="cannot be reached"), \
                db.session() as s:
            s.add(m.Annotation(article_id=article.id, annotator_id=me.id, start=0, end=5,
                               exact=article.text[:5], tag_id=tag.id, note="lost"))
            s.flush()  # the row is on the server, inside the open transaction
            pid = s.execute(text("SELECT pg_backend_pid()")).scalar_one()
            school.server.execute(f"SELECT pg_terminate_backend({pid})")
        service = AnnotationService(db, EventBus())
        kept = service.add(article.id, me.id, 6, 11, tag.id, note="kept")
        with db.session() as s:
            notes = s.scalars(select(m.Annotation.note)).all()
        assert notes == ["kept"] and kept.note == "kept"
    finally:
        db.close()


def test_a_killed_server_loses_no_committed_work_and_the_app_reconnects() -> None:
    folder = Path(tempfile.mkdtemp(prefix="annotator-pg-kill-"))
    server = TestServer(folder / "server", durable=True)
    try:
        url = server.url(server.create_database("killed"))
        db = open_database(url)
        from annotator.services.sample import ensure_sample_exercise

        exercise = load_exercise(db, ensure_sample_exercise(db))
        with db.session() as s:
            me = m.Annotator(display_name="Ada")
            s.add(me)
        service = AnnotationService(db, EventBus())
        article, tag = exercise.articles[0], exercise.tags[0]
        before = [service.add(article.id, me.id, n, n + 3, tag.id).id for n in range(0, 50, 5)]
        server.kill()
        with pytest.raises(ServerUnavailableError, match="school server cannot be reached"):
            service.add(article.id, me.id, 60, 63, tag.id)
        server.restart()
        after = service.add(article.id, me.id, 70, 73, tag.id)  # the pool reconnects
        with db.session() as s:
            stored = set(s.scalars(select(m.Annotation.id)).all())
            assert s.scalar(select(func.count()).select_from(m.Annotation)) == 11
        assert stored == {*before, after.id}
        db.close()
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
