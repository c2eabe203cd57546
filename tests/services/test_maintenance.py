"""Start-up: unclean shutdown noticed and checked, start backups at most every 12 hours."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from annotator.services.maintenance import (
    START_BACKUP_HOURS,
    backup_before,
    check,
    finish_database,
    start_database,
)
from annotator.storage.backup import list_backups
from annotator.storage.checks import check_file
from annotator.storage.run_marker import marker_path


def test_clean_runs_leave_no_marker_and_back_up_once_per_period(tmp_path: Path) -> None:
    path = tmp_path / "annotator.sqlite3"
    backups = tmp_path / "backups"
    now = datetime.now(UTC)
    first = start_database(str(path), backups, now=now)
    assert marker_path(path).exists() and not first.unclean_shutdown
    assert first.backup is not None and check_file(first.backup).ok
    assert first.notices() == []
    finish_database(first.db)
    assert not marker_path(path).exists()

    second = start_database(str(path), backups, now=now + timedelta(hours=1))
    finish_database(second.db)
    assert second.backup is None  # the last backup is recent
    later = now + timedelta(hours=START_BACKUP_HOURS, minutes=1)
    third = start_database(str(path), backups, now=later)
    finish_database(third.db)
    assert third.backup is not None
    assert len(list_backups(backups, path.stem)) == 2


def test_unclean_shutdown_is_noticed_checked_and_told(tmp_path: Path) -> None:
    path = tmp_path / "annotator.sqlite3"
    started = start_database(str(path), tmp_path / "backups")
    started.db.close()  # no finish_database: as if the app had crashed
    again = start_database(str(path), tmp_path / "backups")
    assert again.unclean_shutdown and not again.recovery.recovered
    assert "did not close properly" in again.notices()[0]
    assert check(again.db).ok
    finish_database(again.db)


def test_unclean_shutdown_with_hidden_damage_restores_the_backup(tmp_path: Path) -> None:
    path = tmp_path / "annotator.sqlite3"
    backups = tmp_path / "backups"
    started = start_database(str(path), backups)
    started.db.close()
    with path.open("r+b") as f:  # damage a page after the header; only a check can see it
        f.seek(4096)
        f.write(b"\xff" * 100)
    again = start_database(str(path), backups)
    assert again.recovery.recovered and again.recovery.restored_from is not None
    assert again.notices()[0] == again.recovery.message
    assert check(again.db).ok
    finish_database(again.db)


def test_backup_before_an_import_is_a_checked_copy(tmp_path: Path) -> None:
    started = start_database(str(tmp_path / "a.sqlite3"), tmp_path / "backups")
    made = backup_before(started.db, "before-import", tmp_path / "backups")
    assert made is not None and "before-import" in made.name and check_file(made).ok
    finish_database(started.db)


def test_start_context_gives_a_working_context_on_the_default_database(tmp_path: Path) -> None:
    from annotator.services.maintenance import database_path, start_context

    path = database_path()
    assert path is not None and path.name == "annotator.sqlite3"
    ctx, started = start_context()
    assert started.db is ctx.db and ctx.db.path == path
    assert started.backup is not None  # the first start makes the first backup
    finish_database(ctx.db)
    assert not marker_path(path).exists()
