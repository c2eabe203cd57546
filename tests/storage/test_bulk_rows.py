"""storage/bulk.insert_rows stores exactly what the ORM stores; batch sessions hand every
connection back durable (issue 13's import speed must not change a byte or a guarantee)."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import insert

from annotator.services.annotators import create_annotator
from annotator.services.exercises import load_exercise
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise
from annotator.storage.bulk import insert_rows
from annotator.storage.database import open_database
from annotator.storage.models import Annotation, Link, LinkKind


def test_insert_rows_stores_the_same_bytes_as_the_orm(tmp_path: Path) -> None:
    stamps = [datetime(2026, 1, 2, 3, 4, 5, 0, tzinfo=UTC),
              datetime(2026, 11, 20, 9, 30, 15, 123456, tzinfo=UTC),
              datetime(2026, 6, 1, 12, 0, tzinfo=timezone(timedelta(hours=2)))]
    stored = []
    for way in ("orm", "bulk"):
        path = tmp_path / f"{way}.sqlite3"
        db = open_database(f"sqlite:///{path}")
        ensure_sample_exercise(db)
        exercise = load_exercise(db, SAMPLE_EXERCISE_ID)
        person = create_annotator(db, "Ada")
        rows = [
            {"id": uuid.UUID(int=n + 1), "article_id": exercise.articles[0].id,
             "annotator_id": person.id, "start": n, "end": n + 4, "exact": "abcd",
             "prefix": "", "suffix": "x", "tag_id": exercise.tags[0].id, "note": "ü",
             "created": stamp, "modified": stamp}
            for n, stamp in enumerate(stamps)
        ]
        links = [{"id": uuid.UUID(int=99), "source_id": rows[0]["id"],
                  "target_id": rows[1]["id"], "kind": LinkKind.SUPPORTS, "note": ""}]
        with db.session() as session:
            if way == "orm":
                session.execute(insert(Annotation), rows)
                session.execute(insert(Link), links)
            else:
                insert_rows(session, Annotation.__table__, rows)
                insert_rows(session, Link.__table__, links)
        db.close()
        con = sqlite3.connect(path)
        try:
            found = con.execute(
                "SELECT id, article_id, annotator_id, start, \"end\", exact, prefix, suffix, "
                "tag_id, note, created, modified FROM annotation ORDER BY start").fetchall()
            link = con.execute("SELECT id, source_id, target_id, kind, note FROM link").fetchall()
        finally:
            con.close()
        # the person's id differs between the two databases; everything else must not
        stored.append(([row[:2] + row[3:] for row in found], link))
    assert stored[0] == stored[1]
    assert stored[1][0][2][9] == "2026-06-01 10:00:00.000000"  # converted to UTC


def test_a_batch_step_hands_every_connection_back_with_synchronous_full(
    tmp_path: Path,
) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    ensure_sample_exercise(db)
    with db.batch() as batch, batch.session() as session:
        level = session.connection().exec_driver_sql("PRAGMA synchronous").scalar()
        assert level == 1  # NORMAL inside the batch step
    db.make_durable()
    for _ in range(3):
        with db.session() as session:
            assert session.connection().exec_driver_sql("PRAGMA synchronous").scalar() == 2
    db.close()


def test_a_batch_keeps_each_step_whole_on_one_connection_and_hands_it_back_as_it_was(
    tmp_path: Path,
) -> None:
    from sqlalchemy import text

    from annotator.storage.models import Annotator, Role

    db = open_database(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    ensure_sample_exercise(db)
    people = [uuid.uuid4() for _ in range(3)]
    with db.batch() as batch:
        for n, person in enumerate(people):
            try:
                with batch.session() as session:
                    pragma = session.connection().exec_driver_sql
                    assert pragma("PRAGMA synchronous").scalar() == 1  # NORMAL
                    assert pragma("PRAGMA wal_autocheckpoint").scalar() == 16_384
                    session.add(Annotator(id=person, display_name=f"P{n}", role=Role.STUDENT))
                    session.flush()
                    if n == 1:
                        raise RuntimeError("this step fails after writing")
            except RuntimeError:
                pass
    db.make_durable()
    with db.session() as session:
        names = session.scalars(text("SELECT display_name FROM annotator")).all()
        pragma = session.connection().exec_driver_sql
        assert pragma("PRAGMA synchronous").scalar() == 2  # FULL again
        assert pragma("PRAGMA wal_autocheckpoint").scalar() == 1000
    assert {"P0", "P2"} <= set(names) and "P1" not in names  # the failed step left nothing
    db.close()
