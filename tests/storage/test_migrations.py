"""Creating, upgrading and refusing database files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from annotator.storage.database import alembic_config, head_revision, open_database
from annotator.storage.engine import create_db_engine
from annotator.storage.errors import DatabaseTooNewError, ForeignDatabaseError
from annotator.storage.models import Base


def _make_at(url: str, revision: str) -> None:
    engine = create_db_engine(url, foreign_keys=False)
    with engine.connect() as conn, conn.begin():
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    engine.dispose()


def _schema_diff(url: str) -> list[object]:
    engine = create_db_engine(url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    return diff


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_created_and_stamped(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    db = open_database(url)
    assert db.report.created
    db.close()
    con = sqlite3.connect(tmp_path / "new.db")
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    con.close()
    assert _schema_diff(url) == []


def test_empty_first_schema_upgrades_to_head(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    _make_at(url, "0001")
    db = open_database(url, backup_folder=tmp_path / "backups")
    assert db.report.from_revision == "0001"
    assert db.report.backup is not None and db.report.backup.exists()
    db.close()
    assert _schema_diff(url) == []


def test_populated_database_keeps_rows_and_links_through_batch_migration(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    url = f"sqlite:///{path}"
    _make_at(url, "0001")
    con = sqlite3.connect(path)
    con.executescript(
        """
        INSERT INTO tag_set (id, name, created) VALUES ('ts', 'T', '2026-01-01 00:00:00');
        INSERT INTO tag (id, tag_set_id, key, label, colour, shortcut, definition, position)
            VALUES ('t1', 'ts', 'claim', 'Claim', '#000000', '1', '', 0);
        INSERT INTO exercise (id, title, instructions, revision, tag_set_id, created, modified)
            VALUES ('e1', 'E', '', 1, 'ts', '2026-01-01 00:00:00', '2026-01-01 00:00:00');
        INSERT INTO article (id, exercise_id, position, title, outlet, author, published, url,
            retrieved, language, text, sha256)
            VALUES ('ar', 'e1', 0, '', '', '', '', '', '', '', 'Some text here', 'x');
        INSERT INTO annotator (id, display_name, role, created)
            VALUES ('s1', 'Ada', 'student', '2026-01-01 00:00:00');
        INSERT INTO annotation (id, article_id, annotator_id, start, "end", exact, prefix, suffix,
            tag_id, note, created, modified)
            VALUES ('a1', 'ar', 's1', 0, 4, 'Some', '', '', 't1', '', '2026-01-01 00:00:00',
                    '2026-01-01 00:00:00'),
                   ('a2', 'ar', 's1', 5, 9, 'text', '', '', 't1', '', '2026-01-01 00:00:00',
                    '2026-01-01 00:00:00'),
                   ('bad', 'ar', 's1', 3, 3, '', '', '', 't1', '', '2026-01-01 00:00:00',
                    '2026-01-01 00:00:00');
        INSERT INTO link (id, source_id, target_id, kind, note, created)
            VALUES ('l1', 'a1', 'a2', 'supports', '', '2026-01-01 00:00:00');
        """
    )
    con.commit()
    con.close()
    open_database(url, backup_folder=tmp_path / "backups").close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT id FROM annotation ORDER BY id").fetchall() == [("a1",), ("a2",)]
    assert con.execute("SELECT id FROM link").fetchall() == [("l1",)]  # survived the rebuild
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()
    backups = list((tmp_path / "backups").glob("*.sqlite3"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])  # the backup is the untouched old file
    assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert old.execute("SELECT count(*) FROM annotation").fetchone()[0] == 3
    old.close()


def test_newer_revision_is_refused_and_file_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    url = f"sqlite:///{path}"
    open_database(url).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        open_database(url)
    assert _digest(path) == before
    assert not (tmp_path / "backups").exists()


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (x TEXT)")
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(ForeignDatabaseError, match=r"other\.db"):
        open_database(f"sqlite:///{path}")
    assert _digest(path) == before
