"""``annotator server ...`` end to end on a real PostgreSQL, and schema versions on a server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from pgtest import TestServer
from school_fixtures import drop_school_roles

from annotator.cli import main
from annotator.services.school import ServerError, read_class_list
from annotator.storage.database import alembic_config, head_revision, open_database
from annotator.storage.engine import create_db_engine
from annotator.storage.errors import DatabaseTooNewError, SchemaOutdatedError
from annotator.storage.models import Base


@pytest.fixture
def empty_school(pg_server: TestServer) -> Iterator[tuple[str, str]]:
    database = pg_server.create_database("cli")
    yield database, pg_server.url(database)
    pg_server.drop_database(database)
    drop_school_roles(pg_server, database)


def _accounts(out: str) -> dict[str, tuple[str, str]]:
    rows = [line.rsplit("  ", 2) for line in out.splitlines()[1:] if line.count("  ") >= 2]
    return {name.strip(): (login, password) for name, login, password in rows}


def test_init_add_class_and_students_from_a_csv_then_a_student_logs_in(
    pg_server: TestServer, empty_school: tuple[str, str], tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    database, url = empty_school
    assert main(["server", "init", url]) == 0
    out = capsys.readouterr().out
    assert "schema created" in out and f"{database}_students" in out
    assert "Connect to School Server" in out
    db = open_database(url)
    from annotator.services.sample import ensure_sample_exercise

    exercise_id = ensure_sample_exercise(db)
    db.close()
    assert main(["server", "add-class", url, "7b", "--exercise", str(exercise_id)[:8]]) == 0
    assert "1 exercise set" in capsys.readouterr().out
    class_list = tmp_path / "7b.csv"
    prefix = database.replace("_", "")
    class_list.write_text(f"Name;Login\nÉmile Zola;\nAda Lovelace;{prefix}ada\n",
                          encoding="utf-8-sig")
    assert main(["server", "add-student", url, "--class", "7b", "--csv", str(class_list)]) == 0
    accounts = _accounts(capsys.readouterr().out)
    assert set(accounts) == {"Émile Zola", "Ada Lovelace"}
    assert accounts["Émile Zola"][0].startswith("emile.zola")
    login, password = accounts["Ada Lovelace"]
    assert login == f"{prefix}ada"
    student_url = pg_server.url(database, login, password)
    assert main(["--db", student_url, "exercises", "--json"]) == 0
    assert str(exercise_id) in capsys.readouterr().out
    code = main(["server", "add-student", url, "--class", "7b", "--name", "Ada L",
                 "--login", f"{prefix}ada"])
    assert code == 2 and "already taken" in capsys.readouterr().err
    code = main(["server", "add-student", url, "--class", "9z", "--name", "Nobody"])
    assert code == 2 and "no class called '9z'" in capsys.readouterr().err
    zola_login = accounts["Émile Zola"][0]
    pg_server.execute(f'DROP ROLE IF EXISTS "{zola_login}"')  # not a member after the drop


def test_class_lists_without_a_header_or_not_utf8_are_refused(tmp_path: Path) -> None:
    bad = tmp_path / "list.csv"
    bad.write_text("Ada Lovelace\nBen Okri\n", encoding="utf-8")
    with pytest.raises(ServerError, match=r"list\.csv: the first row must name"):
        read_class_list(bad)
    bad.write_bytes("name\nZoë\n".encode("cp1252"))
    with pytest.raises(ServerError, match="not UTF-8"):
        read_class_list(bad)
    good = tmp_path / "ok.csv"
    good.write_text("login,name\n,Ada Lovelace\nbo,Ben Okri\n\n", encoding="utf-8")
    assert read_class_list(good) == [("Ada Lovelace", None), ("Ben Okri", "bo")]


def _at(url: str, revision: str) -> None:
    engine = create_db_engine(url, foreign_keys=False)
    with engine.connect() as conn, conn.begin():
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    engine.dispose()


def test_an_older_server_schema_is_upgraded_only_by_server_upgrade(
    empty_school: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    _, url = empty_school
    _at(url, "0003")
    with pytest.raises(SchemaOutdatedError, match="annotator server upgrade"):
        open_database(url)
    assert main(["--db", url, "exercises"]) == 2
    assert "older schema" in capsys.readouterr().err
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0003"
    assert main(["server", "upgrade", url]) == 0
    assert f"schema {head_revision()} (upgraded from 0003)" in capsys.readouterr().out
    engine = create_db_engine(url)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    engine.dispose()
    open_database(url).close()


def test_a_newer_server_schema_is_refused_and_left_alone(empty_school: tuple[str, str]) -> None:
    _, url = empty_school
    open_database(url).close()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        open_database(url)
    with pytest.raises(DatabaseTooNewError):
        open_database(url, upgrade_server=True)
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999"


def test_server_commands_refuse_a_database_file(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["server", "init", f"sqlite:///{tmp_path / 'x.db'}"]) == 2
    assert "postgresql://" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()


def test_a_server_at_the_first_schema_with_work_in_it_upgrades_and_keeps_it(
    empty_school: tuple[str, str],
) -> None:
    _, url = empty_school
    _at(url, "0001")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            """
            INSERT INTO tag_set VALUES ('00000000-0000-0000-0000-000000000001', 'T', now());
            INSERT INTO tag (id, tag_set_id, key, label, colour, shortcut, definition, position)
                VALUES ('00000000-0000-0000-0000-000000000002',
                        '00000000-0000-0000-0000-000000000001', 'claim', 'Claim', '#000000',
                        '1', '', 0);
            INSERT INTO exercise (id, title, instructions, revision, tag_set_id, created,
                modified) VALUES ('00000000-0000-0000-0000-000000000003', 'E', '', 1,
                '00000000-0000-0000-0000-000000000001', now(), now());
            INSERT INTO article (id, exercise_id, position, title, outlet, author, published,
                url, retrieved, language, text, sha256)
                VALUES ('00000000-0000-0000-0000-000000000004',
                        '00000000-0000-0000-0000-000000000003', 0, '', '', '', '', '', '', '',
                        'Some text here', 'x');
            INSERT INTO annotator (id, display_name, role, created)
                VALUES ('00000000-0000-0000-0000-000000000005', 'Ada', 'student', now());
            INSERT INTO annotation (id, article_id, annotator_id, start, "end", exact, prefix,
                suffix, tag_id, note, created, modified)
                VALUES ('00000000-0000-0000-0000-000000000006',
                        '00000000-0000-0000-0000-000000000004',
                        '00000000-0000-0000-0000-000000000005', 0, 4, 'Some', '', '',
                        '00000000-0000-0000-0000-000000000002', 'kept', now(), now()),
                       ('00000000-0000-0000-0000-000000000007',
                        '00000000-0000-0000-0000-000000000004',
                        '00000000-0000-0000-0000-000000000005', 5, 9, 'text', '', '',
                        '00000000-0000-0000-0000-000000000002', '', now(), now());
            INSERT INTO link (id, source_id, target_id, kind, note, created)
                VALUES ('00000000-0000-0000-0000-000000000008',
                        '00000000-0000-0000-0000-000000000006',
                        '00000000-0000-0000-0000-000000000007', 'supports', '', now());
            """
        )
    assert main(["server", "upgrade", url]) == 0
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT note FROM annotation ORDER BY start").fetchall() == [
            ("kept",), ("",)]
        assert conn.execute("SELECT count(*) FROM link").fetchone()[0] == 1  # kept too
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision())
    engine = create_db_engine(url)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    engine.dispose()
