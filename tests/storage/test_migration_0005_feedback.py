"""A database at revision 0003 with a class in it migrates to 0005 (hand-in attempts and the
instructor's comments), keeps every row, and matches the models; the tables then work."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from annotator.storage.database import alembic_config, open_database
from annotator.storage.engine import create_db_engine
from annotator.storage.models import (
    Annotation,
    Base,
    Handin,
    HandinAttempt,
    InstructorComment,
)


def _database_at_0003(path: Path) -> dict[str, str]:
    engine = create_db_engine(f"sqlite:///{path}")
    ids = {name: uuid.uuid4().hex for name in
           ("tag_set", "tag", "exercise", "article", "annotator", "annotation", "handin")}
    now = "2026-11-20 10:00:00.000000"
    with engine.connect() as conn, conn.begin():
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
        conn.execute(text("INSERT INTO tag_set VALUES (:id, 'Tags', :now)"),
                     {"id": ids["tag_set"], "now": now})
        conn.execute(text("INSERT INTO tag VALUES (:id, :ts, 'claim', 'Claim', '#ff0000', '', "
                          "'', 0)"), {"id": ids["tag"], "ts": ids["tag_set"]})
        conn.execute(text("INSERT INTO exercise VALUES (:id, 'Ex', '', 1, :ts, :now, :now)"),
                     {"id": ids["exercise"], "ts": ids["tag_set"], "now": now})
        conn.execute(text("INSERT INTO article (id, exercise_id, position, title, outlet, "
                          "author, published, url, retrieved, language, text, sha256) VALUES "
                          "(:id, :ex, 0, 'A', '', '', '', '', '', '', 'Hello world', :sha)"),
                     {"id": ids["article"], "ex": ids["exercise"], "sha": "0" * 64})
        conn.execute(text("INSERT INTO annotator VALUES (:id, 'Ada', 'student', :now)"),
                     {"id": ids["annotator"], "now": now})
        conn.execute(text("INSERT INTO annotation (id, article_id, annotator_id, start, \"end\", "
                          "exact, prefix, suffix, tag_id, note, created, modified) VALUES "
                          "(:id, :art, :who, 0, 5, 'Hello', '', ' world', :tag, '', :now, :now)"),
                     {"id": ids["annotation"], "art": ids["article"], "who": ids["annotator"],
                      "tag": ids["tag"], "now": now})
        conn.execute(text("INSERT INTO handin VALUES (:id, :who, :ex, :now, 'ada.json', :now)"),
                     {"id": ids["handin"], "who": ids["annotator"], "ex": ids["exercise"],
                      "now": now})
    engine.dispose()
    return ids


def test_0003_database_upgrades_keeps_rows_and_matches_the_models(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    ids = _database_at_0003(path)

    db = open_database(f"sqlite:///{path}", backup_folder=tmp_path / "backups")

    assert db.report.from_revision == "0003"
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    u = {k: uuid.UUID(v) for k, v in ids.items()}
    with db.session() as s:
        assert s.get(Annotation, u["annotation"]) is not None
        assert s.scalar(select(func.count()).select_from(Handin)) == 1
        s.add(HandinAttempt(annotator_id=u["annotator"], exercise_id=u["exercise"], number=1,
                            handed_in=datetime(2026, 11, 25, tzinfo=UTC), handin="{}"))
        s.add(InstructorComment(exercise_id=u["exercise"], student_id=u["annotator"],
                                annotation_id=u["annotation"], text="Why?"))
    with pytest.raises(IntegrityError), db.session() as s:  # attempt numbers are unique
        s.add(HandinAttempt(annotator_id=u["annotator"], exercise_id=u["exercise"], number=1,
                            handed_in=datetime(2026, 11, 26, tzinfo=UTC), handin="{}"))
    with db.session() as s:  # a re-imported hand-in replaces annotation rows: comments stay
        s.delete(s.get(Annotation, u["annotation"]))
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(InstructorComment)) == 1
        assert s.scalar(select(func.count()).select_from(HandinAttempt)) == 1
    db.close()
