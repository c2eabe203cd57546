"""Keeping the student's database safe: start-up checks, backups, Help > Check Database.

The front end calls, in this order::

    lock = acquire_instance_lock(path)        # None: tell the user it is already open
    started = start_database(url)             # may restore a backup; show started.notices()
    ...
    finish_database(started.db)               # at clean exit; then lock.release()

:func:`start_database` notices an unclean shutdown (a marker file left from the last run)
and then runs ``integrity_check`` before opening; sets aside a damaged file and restores the
newest good backup; and makes a start-up backup when the newest backup is older than
:data:`START_BACKUP_HOURS` hours, so there is at most one a day for someone who opens the
app many times a day, and one per start for someone who opens it once a day or less.
:func:`backup_before` is for imports and repairs.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from annotator.core.i18n import Texts
from annotator.paths import backup_dir, default_database_url
from annotator.services.context import AppContext
from annotator.storage.backup import backup_sqlite_file, backup_time, list_backups
from annotator.storage.checks import CheckReport, check_database
from annotator.storage.database import Database, OpenReport, sqlite_path
from annotator.storage.errors import BackupError, StorageError, WriteError
from annotator.storage.location import risky_location
from annotator.storage.lock import InstanceLock, acquire_instance_lock, already_open_message
from annotator.storage.recovery import RecoveryReport, open_or_recover
from annotator.storage.run_marker import mark_clean_exit, mark_running
from annotator.storage.sqlite_urls import sqlite_url
from annotator.storage.writable import read_only_engine, read_only_url, write_problem

__all__ = [
    "START_BACKUP_HOURS",
    "CheckReport",
    "InstanceLock",
    "StartReport",
    "StorageError",
    "WriteError",
    "acquire_instance_lock",
    "already_open_message",
    "backup_before",
    "check",
    "database_path",
    "finish_database",
    "read_only_start",
    "start_context",
    "start_database",
]


class StartText(Texts):
    """The translation context of what the start of a session tells the user."""


START_BACKUP_HOURS = 12


@dataclass
class StartReport:
    db: Database
    recovery: RecoveryReport
    unclean_shutdown: bool = False
    backup: Path | None = None
    backup_error: str | None = None
    location_warning: str | None = None
    # why the database was opened read-only (None: it can be written)
    read_only_reason: str | None = None

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    def notices(self) -> list[str]:
        """Plain sentences to show the user after start (empty when all is well)."""
        found = []
        if self.read_only_reason is not None:
            found.append(StartText.tr(
                "The database {path} cannot be written to: {reason}. It was opened read-only: "
                "you can read your work, export it and hand it in, but changes cannot be saved "
                "until that is fixed and the app restarted.").format(
                path=self.db.path, reason=self.read_only_reason))
        if self.recovery.wal.message:
            found.append(self.recovery.wal.message)
        if self.recovery.recovered:
            found.append(self.recovery.message)
        elif self.unclean_shutdown:
            found.append(StartText.tr(
                "Source Annotator did not close properly last time. The database was checked "
                "and is fine; nothing was lost that had been saved."))
        if self.backup_error:
            found.append(StartText.tr("A backup could not be made: {reason}").format(
                reason=self.backup_error))
        if self.location_warning:
            found.append(self.location_warning)
        return found


def _due(folder: Path, stem: str, now: datetime) -> bool:
    backups = list_backups(folder, stem)
    if not backups:
        return True
    newest = backup_time(backups[0])
    return newest is None or now - newest >= timedelta(hours=START_BACKUP_HOURS)


def start_database(
    url: str | None = None, backup_folder: Path | None = None, *, now: datetime | None = None,
    recover: bool = True, start_backup: bool = True, quick_check: bool = True,
) -> StartReport:
    """Open the database for a session of work (see the module docstring).

    Raises :class:`StorageError` for what cannot be opened or recovered (a newer app's file,
    a read-only folder); every file is then left as it was.
    """
    url = default_database_url(url)
    folder = backup_folder or backup_dir()
    path = sqlite_path(url)
    unclean = False
    if path is not None:
        reason = write_problem(path)
        if reason is None:
            try:
                unclean = mark_running(path)
            except OSError as exc:  # a full disk or a folder that cannot be written
                reason = (StartText.tr("the disk is full") if exc.errno == errno.ENOSPC
                          else StartText.tr("its folder cannot be written ({reason})").format(
                              reason=exc.strerror or exc))
        if reason is not None:
            return read_only_start(path, reason)
    try:
        db, recovery = open_or_recover(url, folder, thorough=unclean, recover=recover,
                                       quick=quick_check)
    except StorageError:
        if path is not None and not unclean:
            mark_clean_exit(path)  # nothing was opened: leave no marker of a run
        raise
    report = StartReport(db, recovery, unclean_shutdown=unclean)
    if path is not None and path.stat().st_size > 0:
        if start_backup and _due(folder, path.stem, now or datetime.now(UTC)):
            try:
                report.backup = backup_sqlite_file(path, folder, reason="start")
            except BackupError as exc:
                report.backup_error = str(exc)
        report.location_warning = risky_location(path)
    return report


def read_only_start(path: Path, reason: str) -> StartReport:
    """Open ``path`` read-only: nothing is recovered, backed up or marked, since nothing
    can be written; reading, exporting and handing in still work (issue 18)."""
    from annotator.storage.database import head_revision, read_state

    if not path.exists() or path.stat().st_size == 0:
        raise StorageError(f"{path}: " + StartText.tr(
            "cannot be opened: {reason}, and there is no database yet").format(reason=reason))
    _tables, revision = read_state(sqlite_url(path.resolve()))  # read-only; refuses damage
    if revision != head_revision():
        raise StorageError(f"{path}: " + StartText.tr(
            "cannot be opened: {reason}, and the database needs to be upgraded first").format(
            reason=reason))
    db = Database(read_only_url(path), read_only_engine(path), OpenReport(), path=path,
                  read_only=True)
    return StartReport(db, RecoveryReport(path), read_only_reason=reason)


def finish_database(db: Database) -> None:
    """Close ``db`` and record a clean exit (unless damage was met: the next start then
    runs the full check)."""
    db.close()
    if db.path is not None and not db.read_only and not db.damage_seen:
        mark_clean_exit(db.path)


def backup_before(db: Database, reason: str, backup_folder: Path | None = None) -> Path | None:
    """Back up ``db`` before an import or a repair (``reason`` goes into the file name).

    Returns None for databases that are not files. Raises :class:`BackupError`, and the
    caller should then not go ahead.
    """
    if db.path is None:
        return None
    return backup_sqlite_file(db.path, backup_folder or backup_dir(), reason=reason)


def check(db: Database) -> CheckReport:
    """Help > Check Database: ``integrity_check`` and ``foreign_key_check``."""
    return check_database(db)


def database_path(db_override: str | None = None) -> Path | None:
    """The database file the app would open (``--db``, ``ANNOTATOR_DB`` or the default)."""
    return sqlite_path(default_database_url(db_override))


def start_context(
    db_override: str | None = None, backup_folder: Path | None = None
) -> tuple[AppContext, StartReport]:
    """:func:`start_database`, wrapped in the :class:`AppContext` the front ends use."""
    started = start_database(db_override, backup_folder)
    return AppContext(started.db), started
