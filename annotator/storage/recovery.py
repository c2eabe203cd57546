"""Opening a database that may be damaged, without ever writing over it.

:func:`open_or_recover` looks at the file before opening it (:func:`header_problem`, plus
``PRAGMA quick_check`` when ``thorough``; the app asks for that after an unclean shutdown).
A damaged file is renamed, together with its ``-wal`` and ``-shm`` files, to a timestamped
name next to it (``annotator.sqlite3.damaged-20261126T063000Z``); the newest backup that
passes ``integrity_check`` is copied into place; if there is none, a new empty database is
started. The :class:`RecoveryReport` says what happened in plain words and where the damaged
copy is.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from annotator.storage.backup import backup_time, copy_database, list_backups
from annotator.storage.checks import check_file
from annotator.storage.database import Database, open_database, sqlite_path
from annotator.storage.errors import DatabaseDamagedError
from annotator.storage.header import header_problem, wal_has_content

__all__ = ["RecoveryReport", "move_aside", "open_or_recover", "restore_newest_backup"]

SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class RecoveryReport:
    """What :func:`open_or_recover` did. ``problem`` is None when the file was fine."""

    database: Path | None = None
    problem: str | None = None
    damaged_copy: Path | None = None
    moved: tuple[Path, ...] = ()
    restored_from: Path | None = None
    rejected_backups: tuple[Path, ...] = ()

    @property
    def recovered(self) -> bool:
        return self.problem is not None

    @property
    def message(self) -> str:
        """A plain-language account for the user; empty when nothing happened."""
        if self.problem is None:
            return ""
        text = (
            f"The database {self.database} was damaged ({self.problem}). "
            f"It was not changed: it was moved aside to {self.damaged_copy}."
        )
        if self.restored_from is not None:
            when = backup_time(self.restored_from)
            stamp = when.strftime("%Y-%m-%d %H:%M UTC") if when else self.restored_from.name
            text += (
                f" The newest good backup, from {stamp}, was restored. Work done after that "
                "backup is only in the damaged copy; keep it and ask for help if you need it."
            )
        else:
            text += " No usable backup was found, so a new, empty database was started."
        return text


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def move_aside(path: Path) -> tuple[Path, tuple[Path, ...]]:
    """Rename ``path`` and its side files to ``<name>.damaged-<stamp>[-wal|-shm]``.

    Returns the new name of the main file and every file moved. Nothing is deleted.
    """
    aside = path.with_name(f"{path.name}.damaged-{_stamp()}")
    moved: list[Path] = []
    for suffix in ("", *SIDE_FILES):
        source = path.with_name(path.name + suffix)
        if source.exists():
            target = aside.with_name(aside.name + suffix)
            os.replace(source, target)
            moved.append(target)
    return aside, tuple(moved)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def restore_newest_backup(
    folder: Path, stem: str, target: Path
) -> tuple[Path | None, tuple[Path, ...]]:
    """Copy the newest backup that passes ``integrity_check`` to ``target`` (which must not
    exist). Returns the backup used (None if none was good) and the backups rejected."""
    rejected: list[Path] = []
    temporary = target.with_name(target.name + ".restoring")
    for backup in list_backups(folder, stem):
        if not check_file(backup).ok:
            rejected.append(backup)
            continue
        temporary.unlink(missing_ok=True)
        try:
            result = copy_database(backup, temporary)
        except sqlite3.Error:
            result = "copy failed"
        if result != "ok":
            temporary.unlink(missing_ok=True)
            rejected.append(backup)
            continue
        _fsync(temporary)
        os.replace(temporary, target)
        return backup, tuple(rejected)
    return None, tuple(rejected)


def _problem(path: Path, thorough: bool) -> str | None:
    if not path.exists():
        if wal_has_content(path):
            return "the database file is missing but its write-ahead log is there"
        return None
    problem = header_problem(path)
    if problem is not None or not thorough:
        return problem
    report = check_file(path, quick=True)
    if report.ok:
        return None
    if report.error is not None:
        return report.error
    return f"the quick check found: {report.integrity[0] if report.integrity else 'problems'}"


def open_or_recover(
    url: str, backup_folder: Path, *, thorough: bool = False
) -> tuple[Database, RecoveryReport]:
    """Open ``url``; if its file is damaged, set it aside and restore the newest good backup.

    Other refusals (a database from a newer app, someone else's database, a read-only
    folder) are raised as :class:`StorageError` and leave every file as it was.
    """
    path = sqlite_path(url)
    if path is None:
        return open_database(url, backup_folder=backup_folder), RecoveryReport()
    problem = _problem(path, thorough)
    if problem is None:
        try:
            return open_database(url, backup_folder=backup_folder), RecoveryReport(path)
        except DatabaseDamagedError as exc:
            problem = str(exc).removeprefix(f"{path}: ")
    try:
        aside, moved = move_aside(path)
    except OSError as exc:
        raise DatabaseDamagedError(
            f"{path}: the database is damaged ({problem}) and could not be moved aside "
            f"({exc.strerror or exc}); it was left as it is"
        ) from exc
    restored, rejected = restore_newest_backup(backup_folder, path.stem, path)
    db = open_database(url, backup_folder=backup_folder)
    return db, RecoveryReport(path, problem, aside, moved, restored, rejected)
