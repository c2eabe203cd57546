"""Damaged databases are set aside, never overwritten; the newest good backup comes back."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from annotator.services.annotators import create_annotator
from annotator.services.context import AppContext
from annotator.services.exercises import load_exercise
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise
from annotator.storage.backup import backup_sqlite_file, list_backups
from annotator.storage.checks import check_database, check_file, header_problem
from annotator.storage.database import open_database
from annotator.storage.errors import DatabaseTooNewError
from annotator.storage.recovery import open_or_recover


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _annotated(path: Path, notes: list[str]) -> None:
    ctx = AppContext(open_database(f"sqlite:///{path}"))
    ensure_sample_exercise(ctx.db)
    exercise = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    student = create_annotator(ctx.db, "Ada")
    for i, note in enumerate(notes):
        ctx.annotations.add(exercise.articles[0].id, student.id, i, i + 5, exercise.tags[0].id,
                            note)
    ctx.close()


def _notes(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in con.execute("SELECT note FROM annotation"))
    finally:
        con.close()


def _overwrite_header(path: Path) -> None:
    with path.open("r+b") as f:
        f.write(b"\x00garbage from a bad sync\x00" * 4)


def _truncate(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.truncate(size // 2 + 100)


def _zero(path: Path) -> None:
    path.write_bytes(b"")


DAMAGE = {"overwritten header": _overwrite_header, "truncated": _truncate, "zero bytes": _zero}


@pytest.fixture
def good(tmp_path: Path) -> tuple[Path, Path]:
    """A database with one note, a backup of it, then a second note made after the backup."""
    path = tmp_path / "annotator.sqlite3"
    backups = tmp_path / "backups"
    _annotated(path, ["in the backup"])
    backup_sqlite_file(path, backups, reason="start")
    db = open_database(f"sqlite:///{path}")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.exec_driver_sql("UPDATE annotation SET note = 'after the backup'")
    db.close()
    return path, backups


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_file_is_moved_aside_and_newest_good_backup_restored(
    good: tuple[Path, Path], damage: str
) -> None:
    path, backups = good
    DAMAGE[damage](path)
    damaged_bytes = _digest(path)
    side = path.with_name(path.name + "-wal")
    side.write_bytes(b"wal of the damaged file")
    db, report = open_or_recover(f"sqlite:///{path}", backups)
    assert report.recovered and report.damaged_copy is not None
    assert _digest(report.damaged_copy) == damaged_bytes  # the damaged copy is untouched
    assert Path(f"{report.damaged_copy}-wal").read_bytes() == b"wal of the damaged file"
    assert report.restored_from == list_backups(backups, path.stem)[0]
    assert check_database(db).ok
    db.close()
    assert _notes(path) == ["in the backup"]
    message = report.message
    assert str(report.damaged_copy) in message and "restored" in message
    assert "Traceback" not in message and "\n" not in message


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_without_a_good_backup_a_fresh_database_is_started_and_said(
    tmp_path: Path, damage: str
) -> None:
    path = tmp_path / "annotator.sqlite3"
    _annotated(path, ["only copy"])
    backups = tmp_path / "backups"
    backups.mkdir()
    bad_backup = backups / "annotator-20260101T000000000000Z-start.sqlite3"
    bad_backup.write_bytes(b"not a database at all" * 100)
    DAMAGE[damage](path)
    before = _digest(path)
    db, report = open_or_recover(f"sqlite:///{path}", backups)
    assert report.restored_from is None and report.rejected_backups == (bad_backup,)
    assert report.damaged_copy is not None and _digest(report.damaged_copy) == before
    assert "new, empty database" in report.message
    assert check_database(db).ok
    db.close()
    assert _notes(path) == []


def test_a_damaged_newest_backup_is_skipped_for_an_older_good_one(
    good: tuple[Path, Path],
) -> None:
    path, backups = good
    older = list_backups(backups, path.stem)[0]
    newest = backups / "annotator-29990101T000000000000Z-start.sqlite3"
    newest.write_bytes(older.read_bytes()[: 4096 + 10])
    _overwrite_header(path)
    db, report = open_or_recover(f"sqlite:///{path}", backups)
    db.close()
    assert report.restored_from == older and report.rejected_backups == (newest,)


def test_damage_deep_inside_is_found_by_the_thorough_check(good: tuple[Path, Path]) -> None:
    path, backups = good
    page_size = 4096
    with path.open("r+b") as f:  # scribble over the second page, leave the header alone
        f.seek(page_size + 8)
        f.write(b"\xff" * 200)
    assert header_problem(path) is None
    db, report = open_or_recover(f"sqlite:///{path}", backups, thorough=True)
    db.close()
    assert report.recovered and report.restored_from is not None


def test_a_sound_database_is_opened_as_it_is(good: tuple[Path, Path]) -> None:
    path, backups = good
    db, report = open_or_recover(f"sqlite:///{path}", backups, thorough=True)
    db.close()
    assert not report.recovered and report.message == ""
    assert _notes(path) == ["after the backup"]
    assert not list(path.parent.glob("*.damaged-*"))


def test_a_newer_apps_database_is_refused_not_moved(good: tuple[Path, Path]) -> None:
    path, backups = good
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(DatabaseTooNewError):
        open_or_recover(f"sqlite:///{path}", backups, thorough=True)
    assert path.exists() and not list(path.parent.glob("*.damaged-*"))


def test_check_reports_broken_references_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "annotator.sqlite3"
    _annotated(path, ["a"])
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("DELETE FROM annotator")
    con.commit()
    con.close()
    db = open_database(f"sqlite:///{path}")
    report = check_database(db)
    db.close()
    assert not report.ok and report.foreign_keys[0].table == "annotation"
    assert "pointing to something missing (in annotation)" in report.summary
    assert "foreign_key_check: annotation" in report.details
    assert check_file(path).foreign_keys == report.foreign_keys


def test_check_of_a_sound_database_says_so(db: object) -> None:
    report = check_database(db)  # type: ignore[arg-type]
    assert report.ok and "passed the full check" in report.summary


def test_check_file_reports_damage_instead_of_raising(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\x10\x00" + b"\x00" * 4000)
    report = check_file(path)
    assert not report.ok and report.error and "could not be read" in report.summary


def test_backups_older_than_they_should_be_kept_are_thinned(tmp_path: Path) -> None:
    from annotator.storage.backup import generations_to_keep

    now = datetime(2026, 11, 26, 12, tzinfo=UTC)
    # every 6 hours for 60 days
    times = [now - timedelta(hours=6 * i) for i in range(240)]
    keep = generations_to_keep(times, now)
    kept = sorted((times[i] for i in keep), reverse=True)
    assert kept[:5] == times[:5]  # the last five
    days = {t.date() for t in kept if now - t < timedelta(days=7)}
    assert len(days) >= 7  # one a day for a week
    older = [t for t in kept if t not in times[:5]]
    assert len({t.date() for t in older}) == len(older)  # never two of one day
    assert all(now - t < timedelta(weeks=5) for t in kept)  # nothing older than a month
    assert len(kept) <= 5 + 7 + 5
    assert len({t.isocalendar()[:2] for t in kept}) >= 5


def test_backup_file_is_sound_and_thinning_runs_on_each_backup(tmp_path: Path) -> None:
    path = tmp_path / "annotator.sqlite3"
    _annotated(path, ["x"])
    backups = tmp_path / "backups"
    backups.mkdir()
    old = [backups / f"annotator-2020010{day}T000000000000Z-start.sqlite3" for day in range(1, 7)]
    for file in old:
        file.write_bytes(b"very old")
    made = backup_sqlite_file(path, backups, reason="test")
    assert check_file(made).ok and _notes(made) == ["x"]
    assert [f.exists() for f in old] == [False, False, True, True, True, True]


def test_a_restore_killed_before_its_last_rename_is_finished_at_the_next_start(
    good: tuple[Path, Path],
) -> None:
    from annotator.storage.recovery import move_aside, prepare_restore

    path, backups = good
    _overwrite_header(path)
    used, _ = prepare_restore(backups, path.stem, path)  # the copy is ready ...
    move_aside(path)  # ... the damaged file is aside, and then the process was killed
    assert used is not None and not path.exists()
    db, report = open_or_recover(f"sqlite:///{path}", backups)
    db.close()
    assert report.completed_restore and _notes(path) == ["in the backup"]
    assert report.damaged_copy is not None and report.damaged_copy.exists()
    assert "restore has now been completed" in report.message
    assert not path.with_name(path.name + ".restoring").exists()


def test_index_damage_is_rebuilt_in_place_without_losing_recent_work(
    good: tuple[Path, Path],
) -> None:
    path, backups = good

    def run(*statements: str) -> None:
        con = sqlite3.connect(path)
        con.execute("PRAGMA writable_schema = ON")
        for statement in statements:
            con.execute(statement)
        con.commit()
        con.close()

    # An index on note that, for one change, believes it indexes another column: the change
    # to note goes past it, and the index no longer matches its table.
    run("CREATE INDEX ix_note ON annotation (note)")
    run("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_note ON annotation (exact)' "
        "WHERE name = 'ix_note'")
    run("UPDATE annotation SET note = 'changed after the backup'")
    run("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_note ON annotation (note)' "
        "WHERE name = 'ix_note'")
    assert any("ix_note" in m for m in check_file(path).integrity)
    before = _digest(path)
    db, report = open_or_recover(f"sqlite:///{path}", backups, thorough=True)
    assert report.repaired and "nothing was lost" in report.message
    assert check_database(db).ok
    db.close()
    assert _notes(path) == ["changed after the backup"]  # work since the backup is kept
    assert report.damaged_copy is not None and _digest(report.damaged_copy) == before
