"""A database at revision 0003 gains the gradebook_id table, matching the models; a
downgrade removes only that table; deleting a student deletes their gradebook ids."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select

from annotator.storage.database import alembic_config, open_database
from annotator.storage.engine import create_db_engine
from annotator.storage.models import Annotator, Base, GradebookId


def test_0003_database_upgrades_and_matches_the_models(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_db_engine(f"sqlite:///{path}")
    with engine.connect() as conn, conn.begin():
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
    engine.dispose()

    db = open_database(f"sqlite:///{path}", backup_folder=tmp_path / "backups")
    assert db.report.from_revision == "0003"
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    with db.session() as s:
        ada = Annotator(display_name="Ada")
        s.add(ada)
        s.flush()
        s.add(GradebookId(annotator_id=ada.id, platform="moodle", identifier="ada@school.org"))
    with db.session() as s:
        s.delete(s.scalars(select(Annotator)).one())
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(GradebookId)) == 0
    db.close()


def test_downgrade_to_0003_removes_only_the_new_table(tmp_path: Path) -> None:
    path = tmp_path / "down.sqlite"
    open_database(f"sqlite:///{path}").close()
    engine = create_db_engine(f"sqlite:///{path}")
    with engine.connect() as conn, conn.begin():
        config = alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0003")
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    engine.dispose()
    assert "gradebook_id" not in tables
    assert {"handin", "annotator", "annotation"} <= tables
