"""A school server in a fresh PostgreSQL database: schema, roles, policies, one class with
the sample exercise, two students, an instructor and an answer key (fixtures ``school`` and
``outage_server``, made available by tests/server/conftest.py)."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pgtest import TestServer
from sqlalchemy.engine import make_url

from annotator.services.annotations import AnnotationService
from annotator.services.events import EventBus
from annotator.services.exercises import load_exercise
from annotator.services.school import (
    Account,
    add_class,
    add_person,
    init_server,
    server_identity,
    set_exercise_for_class,
)
from annotator.storage import models as m
from annotator.storage.database import open_database
from annotator.storage.server_policies import group_roles


@dataclass
class School:
    server: TestServer
    database: str
    admin_url: str
    ada: Account
    ben: Account
    teacher: Account
    exercise_id: uuid.UUID
    hidden_exercise_id: uuid.UUID
    key_id: uuid.UUID

    def url(self, account: Account, password: str | None = None) -> str:
        return self.server.url(self.database, account.login,
                               account.password if password is None else password)


def drop_school_roles(server: TestServer, database: str) -> None:
    for group in group_roles(database):
        members = server.execute(
            "SELECT r.rolname FROM pg_auth_members am JOIN pg_roles r ON r.oid = am.member "
            f"JOIN pg_roles g ON g.oid = am.roleid WHERE g.rolname = '{group}'"
        )
        for (name,) in members:
            server.execute(f'DROP ROLE IF EXISTS "{name}"')
        server.execute(f'DROP ROLE IF EXISTS "{group}"')


@pytest.fixture
def school(pg_server: TestServer) -> Iterator[School]:
    from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise

    database = pg_server.create_database("school")
    admin_url = pg_server.url(database)
    init_server(admin_url)
    db = open_database(admin_url)
    try:
        ensure_sample_exercise(db)
        with db.session() as s:  # an exercise the class is not set: nobody may see it
            sample = s.get(m.Exercise, SAMPLE_EXERCISE_ID)
            assert sample is not None
            hidden = m.Exercise(title="Next term", tag_set_id=sample.tag_set_id)
            hidden.articles = [m.Article(title="Secret", text="Not yet.", sha256="x")]
            key = m.Annotator(display_name="Answer key", role=m.Role.KEY)
            s.add_all([hidden, key])
            s.flush()
            s.add(m.Annotation(article_id=sample.articles[0].id, annotator_id=key.id, start=0,
                               end=6, exact=sample.articles[0].text[:6],
                               tag_id=sample.tag_set.tags[0].id, note="the key"))
            hidden_id, key_id = hidden.id, key.id
        add_class(db, "7b")
        set_exercise_for_class(db, "7b", SAMPLE_EXERCISE_ID)
        prefix = database.replace("_", "")
        ada = add_person(db, "Ada Lovelace", class_name="7b", login=f"{prefix}ada")
        ben = add_person(db, "Ben Okri", class_name="7b", login=f"{prefix}ben")
        teacher = add_person(db, "Ms Reed", login=f"{prefix}reed", role=m.Role.INSTRUCTOR)
    finally:
        db.close()
    assert make_url(admin_url).database == database
    yield School(pg_server, database, admin_url, ada, ben, teacher, SAMPLE_EXERCISE_ID,
                 hidden_id, key_id)
    pg_server.drop_database(database)
    drop_school_roles(pg_server, database)


@pytest.fixture
def outage_server() -> Iterator[TestServer]:
    """A server of its own, to be killed (the shared one serves the other tests)."""
    folder = Path(tempfile.mkdtemp(prefix="annotator-pg-outage-"))
    server = TestServer(folder / "server", durable=True)
    yield server
    server.stop()
    shutil.rmtree(folder, ignore_errors=True)


def _annotate(school: School, who: object, start: int = 10, end: int = 20) -> uuid.UUID:
    db = open_database(school.url(who))  # type: ignore[arg-type]
    try:
        me = server_identity(db)
        assert me is not None
        exercise = load_exercise(db, school.exercise_id)
        service = AnnotationService(db, EventBus())
        made = service.add(exercise.articles[0].id, me.id, start, end, exercise.tags[1].id,
                           note=f"by {me.display_name}")
        return made.id
    finally:
        db.close()
