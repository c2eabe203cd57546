"""Hand-in files still work with a school server, both ways: a student on the server hands
in a file; an instructor imports a class's files into the server."""

from __future__ import annotations

from pathlib import Path

from school_fixtures import School, _annotate
from sqlalchemy import select

from annotator.services.annotators import create_annotator
from annotator.services.context import open_context
from annotator.services.handins import export_handin, import_handins
from annotator.services.sample import ensure_sample_exercise
from annotator.services.school import server_identity
from annotator.storage import models as m
from annotator.storage.database import open_database


def test_a_student_on_the_server_hands_in_a_file_a_laptop_instructor_imports(
    school: School, tmp_path: Path,
) -> None:
    _annotate(school, school.ada)
    db = open_database(school.url(school.ada))
    try:
        me = server_identity(db)
        assert me is not None
        handin = tmp_path / "ada.handin.json"
        export_handin(db, school.exercise_id, me.id, handin)
    finally:
        db.close()
    laptop = open_context(f"sqlite:///{tmp_path / 'teacher.sqlite3'}")
    try:
        ensure_sample_exercise(laptop.db)
        (result,) = import_handins(laptop.db, [handin])
        assert result.ok and result.student == "Ada Lovelace" and result.imported == 1
        with laptop.db.session() as s:
            notes = s.scalars(select(m.Annotation.note)).all()
        assert notes == ["by Ada Lovelace"]
    finally:
        laptop.close()


def test_an_instructor_imports_hand_ins_into_the_server_and_students_cannot(
    school: School, tmp_path: Path,
) -> None:
    laptop = open_context(f"sqlite:///{tmp_path / 'eve.sqlite3'}")
    try:
        ensure_sample_exercise(laptop.db)
        eve = create_annotator(laptop.db, "Eve Offline")
        article = laptop.annotations  # the student's own laptop, without the server
        from annotator.services.exercises import load_exercise

        exercise = load_exercise(laptop.db, school.exercise_id)
        article.add(exercise.articles[0].id, eve.id, 0, 6, exercise.tags[0].id, note="eve")
        handin = tmp_path / "eve.handin.json"
        export_handin(laptop.db, school.exercise_id, eve.id, handin)
    finally:
        laptop.close()
    db = open_database(school.url(school.ada))  # a student may not import others' work
    try:
        (refused,) = import_handins(db, [handin])
        assert not refused.ok
        assert "does not allow" in (refused.problem or ""), refused.problem
    finally:
        db.close()
    db = open_database(school.url(school.teacher))
    try:
        (result,) = import_handins(db, [handin])
        assert result.ok and result.student == "Eve Offline" and result.imported == 1
    finally:
        db.close()
    rows = school.server.execute(
        "SELECT a.display_name, n.note FROM annotation n JOIN annotator a "
        "ON a.id = n.annotator_id WHERE a.display_name = 'Eve Offline'",
        database=school.database)
    assert rows == [("Eve Offline", "eve")]
