"""A database at revision 0002 with data migrates to 0003, and the result matches the models."""

from __future__ import annotations

import uuid
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select, text

from annotator.storage.database import alembic_config, head_revision, open_database
from annotator.storage.engine import create_db_engine
from annotator.storage.models import Annotation, Base, Handin, OrphanAnnotation


def _database_at_0002_with_data(path: Path) -> dict[str, str]:
    engine = create_db_engine(f"sqlite:///{path}")
    ids = {
        name: uuid.uuid4().hex
        for name in ("tag_set", "tag", "exercise", "article", "annotator", "annotation")
    }
    with engine.connect() as conn, conn.begin():
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0002")
        now = "2026-11-20 10:00:00.000000"
        conn.execute(
            text("INSERT INTO tag_set VALUES (:id, 'Tags', :now)"),
            {"id": ids["tag_set"], "now": now},
        )
        conn.execute(
            text("INSERT INTO tag VALUES (:id, :ts, 'claim', 'Claim', '#ff0000', '', '', 0)"),
            {"id": ids["tag"], "ts": ids["tag_set"]},
        )
        conn.execute(
            text("INSERT INTO exercise VALUES (:id, 'Ex', '', 1, :ts, :now, :now)"),
            {"id": ids["exercise"], "ts": ids["tag_set"], "now": now},
        )
        conn.execute(
            text(
                "INSERT INTO article (id, exercise_id, position, title, outlet, author, "
                "published, url, retrieved, language, text, sha256) VALUES "
                "(:id, :ex, 0, 'A', '', '', '', '', '', 'en', 'Hello world', :sha)"
            ),
            {"id": ids["article"], "ex": ids["exercise"], "sha": "0" * 64},
        )
        conn.execute(
            text("INSERT INTO annotator VALUES (:id, 'Alex', 'student', :now)"),
            {"id": ids["annotator"], "now": now},
        )
        conn.execute(
            text(
                'INSERT INTO annotation (id, article_id, annotator_id, start, "end", exact, '
                "prefix, suffix, tag_id, note, created, modified) VALUES "
                "(:id, :art, :who, 0, 5, 'Hello', '', ' world', :tag, 'n', :now, :now)"
            ),
            {
                "id": ids["annotation"],
                "art": ids["article"],
                "who": ids["annotator"],
                "tag": ids["tag"],
                "now": now,
            },
        )
    engine.dispose()
    return ids


def test_0002_database_with_data_upgrades_and_matches_the_models(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    ids = _database_at_0002_with_data(path)

    db = open_database(f"sqlite:///{path}", backup_folder=tmp_path / "backups")

    assert db.report.from_revision == "0002"
    with db.engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert version == head_revision()
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert differences == []
    with db.session() as s:
        kept = s.get(Annotation, uuid.UUID(ids["annotation"]))
        assert kept is not None
        assert kept.exact == "Hello"
        assert s.scalar(select(func.count()).select_from(Handin)) == 0
        assert s.scalar(select(func.count()).select_from(OrphanAnnotation)) == 0
    db.close()


def test_new_database_matches_the_migrated_schema(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'new.sqlite'}")

    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    db.close()


def test_downgrade_from_0003_removes_only_the_new_tables(tmp_path: Path) -> None:
    path = tmp_path / "down.sqlite"
    open_database(f"sqlite:///{path}").close()
    engine = create_db_engine(f"sqlite:///{path}")
    with engine.connect() as conn, conn.begin():
        config = alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0002")
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    engine.dispose()
    assert "handin" not in tables
    assert "orphan_annotation" not in tables
    assert "annotation" in tables
