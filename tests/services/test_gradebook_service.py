"""Grades from the scores, and student identifiers mapped once and remembered."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from qda_fixtures import make_class

from annotator.services.context import open_context
from annotator.services.gradebook import (
    class_students,
    export_gradebook,
    gradebook_rows,
    identifiers,
    set_identifiers,
)


def test_grade_is_the_mean_overlap_f1_over_keyed_articles(tmp_path: Path) -> None:
    klass = make_class(tmp_path / "class.sqlite3")
    export = gradebook_rows(klass.ctx.db, klass.exercise.id, "moodle")

    grades = {r.name: r.grade for r in export.rows}
    # the key marked only article one: Ada matches it exactly there (F1 1); her highlight
    # in article two counts for nothing, the keyless article is left out; Ben's "market"
    # overlaps the key's span with another tag, which overlap-F1 over all tags still counts
    assert grades["Ada Lovelace"] == 100.0
    assert export.unmapped == ("=Ben", "Ada Lovelace")  # by name
    klass.ctx.close()


def test_identifiers_are_stored_once_and_used_by_every_export(tmp_path: Path) -> None:
    klass = make_class(tmp_path / "class.sqlite3")
    db = klass.ctx.db
    assert set_identifiers(db, "moodle", {klass.ada.id: " ada@school.org ",
                                          klass.ben.id: "20231234"}) == 2
    assert set_identifiers(db, "canvas", {klass.ada.id: "4711"}) == 1
    assert set_identifiers(db, "moodle", {klass.ada.id: "ada@school.org"}) == 0
    klass.ctx.close()

    reopened = open_context(str(tmp_path / "class.sqlite3"))  # remembered in the database
    assert identifiers(reopened.db, "moodle") == {klass.ada.id: "ada@school.org",
                                                  klass.ben.id: "20231234"}
    out = tmp_path / "moodle.csv"
    export = export_gradebook(reopened.db, klass.exercise.id, "moodle", out)
    assert export.unmapped == ()
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"), newline="")))
    assert [(r["Email address"], r["ID number"]) for r in rows] == [
        ("", "20231234"), ("ada@school.org", "")]
    assert list(rows[0])[-1] == klass.exercise.title
    canvas = [s.identifier for s in class_students(reopened.db, klass.exercise.id, "canvas")]
    assert canvas == ["", "4711"]
    assert set_identifiers(reopened.db, "moodle", {klass.ben.id: "  "}) == 1  # cleared
    assert klass.ben.id not in identifiers(reopened.db, "moodle")
    reopened.close()


def test_no_key_no_grades(tmp_path: Path) -> None:
    klass = make_class(tmp_path / "class.sqlite3")
    for annotation in klass.ctx.annotations.list(klass.exercise.id, klass.key.id):
        klass.ctx.annotations.delete(annotation.id)
    with pytest.raises(ValueError, match="no answer key"):
        export_gradebook(klass.ctx.db, klass.exercise.id, "canvas", tmp_path / "c.csv")
    assert not (tmp_path / "c.csv").exists()
    klass.ctx.close()


def test_unknown_student_or_platform_is_refused(tmp_path: Path) -> None:
    import uuid

    klass = make_class(tmp_path / "class.sqlite3")
    with pytest.raises(LookupError):
        set_identifiers(klass.ctx.db, "moodle", {uuid.uuid4(): "x"})
    with pytest.raises(ValueError, match="blackboard"):
        identifiers(klass.ctx.db, "blackboard")
    klass.ctx.close()
