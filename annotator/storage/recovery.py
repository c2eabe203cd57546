"""Opening a database that may be damaged, without ever writing over it.

:func:`open_or_recover` looks at the file before opening it (:func:`header_problem`, plus
``PRAGMA integrity_check`` when ``thorough``; the app asks for that after an unclean shutdown).
Indexes out of step with their tables are rebuilt in place (:mod:`.repair`; nothing is
lost, and a byte-for-byte copy of the file as it was is kept first). Any other damage: the
file is renamed, with its ``-wal`` and ``-shm`` files, to a timestamped name next to it
(``annotator.sqlite3.damaged-20261126T063000Z``); the newest backup that passes
``integrity_check`` is copied into place; if there is none, a new empty database is started.
(``quick_check`` is not enough: it does not compare indexes with their tables, which the
property-based test in tests/storage/test_open_fuzz.py found.) The :class:`RecoveryReport`
says what happened in plain words and where the damaged copy is.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from annotator.storage.backup import backup_time, copy_database, list_backups
from annotator.storage.checks import CheckReport, check_file
from annotator.storage.database import Database, open_database, sqlite_path
from annotator.storage.durable import fsync_file
from annotator.storage.errors import DatabaseDamagedError, StorageText
from annotator.storage.header import header_problem, wal_has_content
from annotator.storage.repair import copy_aside, index_only, rebuild_indexes
from annotator.storage.walcheck import WalCheck, check_wal

__all__ = [
    "RecoveryReport",
    "move_aside",
    "open_or_recover",
    "prepare_restore",
    "restore_newest_backup",
]

SIDE_FILES = ("-wal", "-shm", "-journal")
# Every start runs ``quick_check`` on files up to this size (about a second on a slow
# laptop); the full ``integrity_check`` runs after an unclean shutdown and in Help > Check
# Database. Damage inside a cleanly closed file was otherwise never found (issue 18).
QUICK_CHECK_BUDGET = 256 * 1024 * 1024


@dataclass(frozen=True)
class RecoveryReport:
    """What :func:`open_or_recover` did. ``problem`` is None when the file was fine."""

    database: Path | None = None
    problem: str | None = None
    damaged_copy: Path | None = None
    moved: tuple[Path, ...] = ()
    restored_from: Path | None = None
    rejected_backups: tuple[Path, ...] = ()
    completed_restore: bool = False
    repaired: bool = False
    wal: WalCheck = field(default_factory=WalCheck)

    @property
    def recovered(self) -> bool:
        return self.problem is not None

    @property
    def message(self) -> str:
        """A plain-language account for the user; empty when nothing happened."""
        if self.problem is None:
            return ""
        if self.repaired:
            return StorageText.tr(
                "The database {name} had damaged indexes ({problem}). They were rebuilt from "
                "your data and nothing was lost. A copy of the file as it was is at {copy}."
            ).format(name=self.database, problem=self.problem, copy=self.damaged_copy)
        if self.completed_restore:
            if self.damaged_copy is None:
                return StorageText.tr(
                    "The database {name} was being restored from a backup when the app was "
                    "stopped; the restore has now been completed. The damaged copy is no "
                    "longer there.").format(name=self.database)
            return StorageText.tr(
                "The database {name} was being restored from a backup when the app was "
                "stopped; the restore has now been completed. The damaged copy is {copy}."
            ).format(name=self.database, copy=self.damaged_copy)
        text = StorageText.tr(
            "The database {name} was damaged ({problem}). It was not changed: it was moved "
            "aside to {copy}.").format(name=self.database, problem=self.problem,
                                       copy=self.damaged_copy)
        if self.restored_from is not None:
            when = backup_time(self.restored_from)
            stamp = when.strftime("%Y-%m-%d %H:%M UTC") if when else self.restored_from.name
            text += " " + StorageText.tr(
                "The newest good backup, from {time}, was restored. Work done after that "
                "backup is only in the damaged copy; keep it and ask for help if you need it."
            ).format(time=stamp)
        else:
            text += " " + StorageText.tr(
                "No usable backup was found, so a new, empty database was started.")
        return text


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def move_aside(path: Path) -> tuple[Path, tuple[Path, ...]]:
    """Rename ``path`` and its side files to ``<name>.damaged-<stamp>[-wal|-shm]``.

    The side files go first and the database last, and a failure moves back what was
    moved: a log is never left behind to be replayed into the file restored in its place.
    Returns the new name of the main file and every file moved. Nothing is deleted.
    """
    aside = path.with_name(f"{path.name}.damaged-{_stamp()}")
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in (*SIDE_FILES, ""):
            source = path.with_name(path.name + suffix)
            if source.exists():
                target = aside.with_name(aside.name + suffix)
                os.replace(source, target)
                moved.append((source, target))
    except OSError:
        for source, target in reversed(moved):
            os.replace(target, source)
        raise
    main = [target for _source, target in moved if target == aside]
    return aside, tuple([*main, *(t for _s, t in moved if t != aside)])


def _restoring(target: Path) -> Path:
    return target.with_name(target.name + ".restoring")


def prepare_restore(folder: Path, stem: str, target: Path) -> tuple[Path | None, tuple[Path, ...]]:
    """Copy the newest backup that passes ``integrity_check`` to ``<target>.restoring``.

    Returns the backup used (None if none was good) and the backups rejected. The copy is
    checked again and flushed to disk; moving it into place is the caller's last step.
    """
    rejected: list[Path] = []
    temporary = _restoring(target)
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
        fsync_file(temporary)
        return backup, tuple(rejected)
    return None, tuple(rejected)


def restore_newest_backup(
    folder: Path, stem: str, target: Path
) -> tuple[Path | None, tuple[Path, ...]]:
    """Copy the newest good backup to ``target`` (which must not exist)."""
    used, rejected = prepare_restore(folder, stem, target)
    if used is not None:
        os.replace(_restoring(target), target)
    return used, rejected


def _finish_interrupted_restore(path: Path) -> bool:
    """A restore killed between setting the damaged file aside and moving the checked copy
    into place left ``<name>.restoring`` and no database: finish it. A stale copy next to
    an existing database is removed."""
    temporary = _restoring(path)
    if not temporary.exists():
        return False
    if not path.exists() and check_file(temporary).ok:
        os.replace(temporary, path)
        return True
    temporary.unlink(missing_ok=True)
    return False


def _newest_damaged_copy(path: Path) -> Path | None:
    copies = sorted(
        p for p in path.parent.glob(f"{path.name}.damaged-*")
        if not p.name.endswith(SIDE_FILES)
    )
    return copies[-1] if copies else None


def _problem(
    path: Path, thorough: bool, quick: bool = True
) -> tuple[str | None, CheckReport | None]:
    """What is wrong with ``path`` (None if nothing), and the check that found it."""
    if not path.exists():
        if wal_has_content(path):
            return StorageText.tr(
                "the database file is missing but its write-ahead log is there"), None
        return None, None
    problem = header_problem(path)
    if problem is not None:
        return problem, None
    if not thorough and (not quick or path.stat().st_size > QUICK_CHECK_BUDGET):
        return None, None
    report = check_file(path, quick=not thorough, foreign_keys=thorough)
    if report.ok:
        return None, report
    if report.error is not None:
        return report.error, report
    found = report.integrity[0] if report.integrity else StorageText.tr("problems")
    return StorageText.tr("the check found: {problem}").format(problem=found), report


def _refuse(path: Path, problem: str, backup_folder: Path) -> DatabaseDamagedError:
    backups = list_backups(backup_folder, path.stem)
    when = backup_time(backups[0]) if backups else None
    if when:
        return DatabaseDamagedError(f"{path}: " + StorageText.tr(
            "the database is damaged ({problem}); nothing was changed; start Source Annotator "
            "to set it aside and restore the newest good backup (from {time} UTC)").format(
                problem=problem, time=f"{when:%Y-%m-%d %H:%M}"))
    return DatabaseDamagedError(f"{path}: " + StorageText.tr(
        "the database is damaged ({problem}); nothing was changed; start Source Annotator to "
        "set it aside").format(problem=problem))


def open_or_recover(
    url: str, backup_folder: Path, *, thorough: bool = False, recover: bool = True,
    quick: bool = True,
) -> tuple[Database, RecoveryReport]:
    """Open ``url``; if its file is damaged, set it aside and restore the newest good backup
    (``recover=False``: raise :class:`DatabaseDamagedError` instead, leaving every file as
    it was; the command line does that). ``quick``: run ``quick_check`` first (the app's
    start; a command-line command skips it and meets damage, if any, as a one-line error).

    A zero-byte file is damage when the database has backups (it was a database), and a
    new database otherwise. Other refusals (a database from a newer app, someone else's
    database, a read-only folder) are raised as :class:`StorageError` and leave every file
    as it was.
    """
    path = sqlite_path(url)
    if path is None:
        return open_database(url, backup_folder=backup_folder), RecoveryReport()
    finished = _finish_interrupted_restore(path)
    wal = check_wal(path)
    problem, check = _problem(path, thorough, quick)
    if (problem is not None and path.exists() and path.stat().st_size == 0
            and not list_backups(backup_folder, path.stem)):
        problem = None  # an empty file with no history: a new database
    if problem is not None and not recover:
        raise _refuse(path, problem, backup_folder)
    if problem is not None and check is not None and index_only(check):
        copy = copy_aside(path, _stamp())
        if rebuild_indexes(path):
            db = open_database(url, backup_folder=backup_folder)
            return db, RecoveryReport(path, problem, copy, (copy,), repaired=True, wal=wal)
        # Not repaired: put the original bytes back, so the file set aside below is exactly
        # the file as it was.
        for suffix in ("", "-wal"):
            kept = copy.with_name(copy.name + suffix)
            current = path.with_name(path.name + suffix)
            if kept.exists():
                os.replace(kept, current)
            else:
                current.unlink(missing_ok=True)
        path.with_name(path.name + "-shm").unlink(missing_ok=True)
    if problem is None:
        report = RecoveryReport(path, wal=wal)
        if finished:
            report = RecoveryReport(
                path, "an interrupted restore", _newest_damaged_copy(path), completed_restore=True,
                wal=wal,
            )
        try:
            return open_database(url, backup_folder=backup_folder), report
        except DatabaseDamagedError as exc:
            problem = str(exc).removeprefix(f"{path}: ")
            if not recover:
                raise _refuse(path, problem, backup_folder) from exc
    restored, rejected = prepare_restore(backup_folder, path.stem, path)
    try:
        aside, moved = move_aside(path)
    except OSError as exc:
        _restoring(path).unlink(missing_ok=True)
        raise DatabaseDamagedError(f"{path}: " + StorageText.tr(
            "the database is damaged ({problem}) and could not be moved aside ({reason}); it "
            "was left as it is").format(problem=problem, reason=exc.strerror or exc)) from exc
    if restored is not None:
        os.replace(_restoring(path), path)
    db = open_database(url, backup_folder=backup_folder)
    return db, RecoveryReport(path, problem, aside, moved, restored, rejected, wal=wal)
