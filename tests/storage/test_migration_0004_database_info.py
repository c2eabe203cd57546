"""0004: a database_info table, and the default tags' colours made colour-blind safe."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from annotator.storage.database import alembic_config, open_database
from annotator.storage.models import Tag

CLAIM = "34cdb646-7d7c-4e9f-9957-61888493691e"
EVIDENCE = "d4df0268-ec09-46c1-aa5c-501ff84005ef"


def test_0003_database_gets_database_info_and_new_default_colours(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    url = f"sqlite:///{path}"
    engine = create_engine(url)
    with engine.connect() as conn, conn.begin():
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO tag_set (id, name, created) VALUES "
                "('39a2ddc0ae7c4556b0f942dc59d7cbb2', 'Default', '2026-01-01 00:00:00')")
    for tag_id, colour, key in ((CLAIM, "#E69F00", "claim"), (EVIDENCE, "#123456", "evidence")):
        con.execute("INSERT INTO tag (id, tag_set_id, key, label, colour, shortcut, definition,"
                    " position) VALUES (?, '39a2ddc0ae7c4556b0f942dc59d7cbb2', ?, ?, ?, '', '',"
                    " 0)", (tag_id.replace("-", ""), key, key, colour))
    con.commit()
    con.close()

    db = open_database(url, backup_folder=tmp_path / "backups")
    try:
        assert db.report.from_revision == "0003"
        with db.session() as s:
            colours = {str(t.id): t.colour for t in s.query(Tag)}
        assert colours == {CLAIM: "#C89411", EVIDENCE: "#123456"}  # a changed colour is kept
        from annotator.services import identity

        assert identity.owner(db) is None and not identity.instructor_mode(db)
        identity.set_instructor_mode(db, True)
        assert identity.instructor_mode(db)
    finally:
        db.close()
