"""The services tests that make several databases (hand-ins travel between a student's and a
teacher's) run on both backends too: ``new_db`` makes fresh PostgreSQL databases then."""

from __future__ import annotations

from collections.abc import Iterator

import handin_fixtures
import pytest


@pytest.fixture(autouse=True)
def handin_databases(request: pytest.FixtureRequest) -> Iterator[None]:
    backend = "sqlite"
    if "backend" in request.fixturenames:
        backend = str(request.getfixturevalue("backend"))
    if backend != "postgresql":
        yield
        return
    server = request.getfixturevalue("pg_server")
    made: list[str] = []

    def url(_folder: object, _name: str) -> str:
        made.append(server.create_database("h"))
        return str(server.url(made[-1]))

    handin_fixtures.database_url = url
    try:
        yield
    finally:
        handin_fixtures.database_url = handin_fixtures.sqlite_database_url
        for name in made:
            server.drop_database(name)
