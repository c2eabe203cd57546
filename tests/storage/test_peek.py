"""The read-only glance at an exercise's texts that the first paint shows (storage/peek.py)."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from pathlib import Path

from annotator.services.exercises import load_exercise
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise
from annotator.storage import models as m
from annotator.storage.database import open_database
from annotator.storage.peek import peek_exercise, sqlite_path


def _make(path: Path) -> uuid.UUID:
    """A database holding the sample and a second exercise with a byline; its id."""
    db = open_database(f"sqlite:///{path}")
    ensure_sample_exercise(db)
    with db.session() as s:
        exercise = m.Exercise(title="Second", instructions="",
                              tag_set_id=load_exercise(db, SAMPLE_EXERCISE_ID).tag_set_id)
        exercise.articles.append(m.Article(title="B", outlet="Daily", author="Ann",
                                           published="2026-01-02", text="Bee text.",
                                           sha256="b" * 64, position=1))
        exercise.articles.append(m.Article(title="A", text="Ay text.", sha256="a" * 64,
                                           position=0))
        s.add(exercise)
        s.flush()
        second = exercise.id
    db.close()
    return second


def test_reads_what_the_window_would_show_without_changing_the_file(tmp_path: Path) -> None:
    path = tmp_path / "class.sqlite3"
    second = _make(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    peeked = peek_exercise(path, ["not a uuid", None, uuid.uuid4(), str(second),
                                  SAMPLE_EXERCISE_ID])
    assert peeked is not None and peeked.id == second and peeked.title == "Second"
    assert [(a.title, a.byline, a.text) for a in peeked.articles] == [
        ("A", "", "Ay text."), ("B", "Daily · Ann · 2026-01-02", "Bee text.")]
    sample = peek_exercise(path, [SAMPLE_EXERCISE_ID.hex])
    db = open_database(f"sqlite:///{path}")
    stored = load_exercise(db, SAMPLE_EXERCISE_ID)
    db.close()
    assert sample is not None
    assert [(a.id, a.title, a.text) for a in sample.articles] == [
        (a.id, a.title, a.text) for a in stored.articles]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_anything_unexpected_is_none(tmp_path: Path) -> None:
    assert peek_exercise(tmp_path / "missing.sqlite3", [SAMPLE_EXERCISE_ID]) is None
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all" * 100)
    assert peek_exercise(garbage, [SAMPLE_EXERCISE_ID]) is None
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE exercise (name TEXT)")
    assert peek_exercise(foreign, [SAMPLE_EXERCISE_ID]) is None
    ours = tmp_path / "ours.sqlite3"
    _make(ours)
    assert peek_exercise(ours, [uuid.uuid4(), "x"]) is None
    assert peek_exercise(ours, []) is None


def test_only_sqlite_file_urls_have_a_path(tmp_path: Path) -> None:
    assert sqlite_path(f"sqlite:///{tmp_path / 'a.sqlite3'}") == tmp_path / "a.sqlite3"
    assert sqlite_path("sqlite:///:memory:") is None
    assert sqlite_path("sqlite://") is None
    assert sqlite_path("postgresql://host/db") is None
