"""Roles, SCRAM passwords and row-level security, tried as a student with raw SQL."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from school_fixtures import School, _annotate
from sqlalchemy import text

from annotator.services.exercises import list_exercises
from annotator.services.school import add_person, init_server, server_identity
from annotator.storage.database import open_database
from annotator.storage.errors import AccessDeniedError


def _connect(school: School, who: object) -> psycopg.Connection:
    return psycopg.connect(
        host=str(school.server.socket_dir), port=school.server.port,
        dbname=school.database, user=who.login, password=who.password,  # type: ignore[attr-defined]
        autocommit=True,
    )


def test_a_student_logs_in_with_scram_and_sees_only_their_classes_exercises(
    school: School,
) -> None:
    db = open_database(school.url(school.ada))
    try:
        me = server_identity(db)
        assert me is not None and me.display_name == "Ada Lovelace"
        assert [e.id for e in list_exercises(db)] == [school.exercise_id]
    finally:
        db.close()
    stored = school.server.execute(
        f"SELECT rolpassword FROM pg_authid WHERE rolname = '{school.ada.login}'"
    )[0][0]
    assert stored.startswith("SCRAM-SHA-256$4096:")
    assert school.ada.password not in stored
    with pytest.raises(AccessDeniedError, match="refused the login"):
        open_database(school.url(school.ada, password="not-the-password"))


def test_a_student_cannot_read_or_change_anyone_elses_rows_with_raw_sql(school: School) -> None:
    mine = _annotate(school, school.ada)
    bens = _annotate(school, school.ben, 30, 40)
    with _connect(school, school.ada) as conn:
        seen = {r[0] for r in conn.execute("SELECT id FROM annotation")}
        assert seen == {mine}  # not Ben's, not the answer key's
        assert [r[0] for r in conn.execute("SELECT display_name FROM annotator")] == [
            "Ada Lovelace"]
        assert conn.execute("SELECT count(*) FROM exercise").fetchone()[0] == 1
        assert conn.execute(
            "SELECT count(*) FROM article WHERE exercise_id = %s", (school.hidden_exercise_id,)
        ).fetchone()[0] == 0
        assert conn.execute("UPDATE annotation SET note = 'mine now' WHERE id = %s",
                            (bens,)).rowcount == 0
        assert conn.execute("DELETE FROM annotation WHERE id = %s", (bens,)).rowcount == 0
        assert conn.execute("DELETE FROM annotation WHERE annotator_id = %s",
                            (school.key_id,)).rowcount == 0
        ben_id, article_id, tag_id = conn.execute(
            "SELECT %s::uuid, article_id, tag_id FROM annotation WHERE id = %s",
            (str(_annotator_id(school, school.ben)), mine),
        ).fetchone()
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(  # writing in Ben's name
                "INSERT INTO annotation (id, article_id, annotator_id, start, \"end\", exact, "
                "prefix, suffix, tag_id, note, created, modified) VALUES (gen_random_uuid(), "
                "%s, %s, 0, 3, 'abc', '', '', %s, '', now(), now())",
                (article_id, ben_id, tag_id),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("UPDATE annotation SET annotator_id = %s WHERE id = %s", (ben_id, mine))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE exercise SET title = 'hacked'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO enrolment (id, class_id, annotator_id) "
                         "SELECT gen_random_uuid(), class_id, annotator_id FROM enrolment")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("CREATE TABLE mine (x int)")
    with _connect(school, school.teacher) as conn:  # the instructor sees the whole class
        rows = conn.execute("SELECT id, note FROM annotation").fetchall()
        assert {r[0] for r in rows} == {mine, bens} | {_key_annotation(school)}
        assert "mine now" not in {r[1] for r in rows}


def _annotator_id(school: School, who: object) -> uuid.UUID:
    return school.server.execute(
        f"SELECT id FROM annotator WHERE login = '{who.login}'",  # type: ignore[attr-defined]
        database=school.database,
    )[0][0]


def _key_annotation(school: School) -> uuid.UUID:
    return school.server.execute(
        f"SELECT id FROM annotation WHERE annotator_id = '{school.key_id}'",
        database=school.database,
    )[0][0]


def test_a_student_cannot_link_to_another_students_annotation(school: School) -> None:
    mine = _annotate(school, school.ada)
    other = _annotate(school, school.ada, 50, 60)
    bens = _annotate(school, school.ben, 30, 40)
    with _connect(school, school.ada) as conn:
        insert = ("INSERT INTO link (id, source_id, target_id, kind, note, created) "
                  "VALUES (gen_random_uuid(), %s, %s, 'supports', '', now())")
        conn.execute(insert, (mine, other))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(insert, (mine, bens))


def test_init_is_idempotent_and_accounts_need_the_admin(school: School) -> None:
    again = init_server(school.admin_url)
    assert not again.created_schema and again.created_roles == ()
    assert again.login_url("ada").startswith("postgresql://ada@/")
    db = open_database(school.url(school.teacher))
    try:  # an instructor may not create logins
        with pytest.raises(AccessDeniedError):
            add_person(db, "Eve", class_name="7b", login=f"{school.database}eve")
    finally:
        db.close()
    with _connect(school, school.ada) as conn:
        assert conn.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE alembic_version SET version_num = '0001'")
    with open_database(school.admin_url).engine.connect() as conn:
        policies = conn.execute(text("SELECT count(*) FROM pg_policies")).scalar()
        assert policies and policies >= 28


def test_instructor_comments_reach_only_the_student_they_are_about(school: School) -> None:
    ada_id, ben_id = _annotator_id(school, school.ada), _annotator_id(school, school.ben)
    with _connect(school, school.teacher) as conn:
        for student, words in ((ada_id, "well argued"), (ben_id, "look again")):
            conn.execute(
                "INSERT INTO instructor_comment (id, exercise_id, student_id, annotation_id, "
                "text, modified) VALUES (gen_random_uuid(), %s, %s, NULL, %s, now())",
                (school.exercise_id, student, words))
    with _connect(school, school.ada) as conn:
        assert [r[0] for r in conn.execute("SELECT text FROM instructor_comment")] == [
            "well argued"]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE instructor_comment SET text = 'changed'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "INSERT INTO handin_attempt (id, annotator_id, exercise_id, number, handed_in, "
                "handin, feedback) VALUES (gen_random_uuid(), %s, %s, 1, now(), '{}', '')",
                (ben_id, school.exercise_id))
        conn.execute(
            "INSERT INTO handin_attempt (id, annotator_id, exercise_id, number, handed_in, "
            "handin, feedback) VALUES (gen_random_uuid(), %s, %s, 1, now(), '{}', '')",
            (ada_id, school.exercise_id))
    with _connect(school, school.ben) as conn:
        assert conn.execute("SELECT count(*) FROM handin_attempt").fetchone()[0] == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # the school's gradebook ids
            conn.execute("SELECT * FROM gradebook_id")
