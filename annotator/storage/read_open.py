"""Opening a database file for a command that only reads it, with plain ``sqlite3``.

``annotator review`` on a class of 40 spent more time importing SQLAlchemy and the models
(about 0.3 s) than reviewing. When the file needs nothing done to it, which is nearly
always, this opens it the way :func:`annotator.services.maintenance.start_database` would,
step for step, but with ``sqlite3`` only:

* the instance lock is taken (when the app has the file open the command reads it
  read-only, as ``read_only_start`` does), and the ``.running`` marker is written and
  removed at a clean end;
* the file must exist, be writable, have a sound header, no ``-wal`` with content beside it
  (a log is checked by ``storage/walcheck.py`` before SQLite may replay it), no unclean-exit
  marker, no interrupted restore, the head schema revision and the sample exercise;
* the connection gets the engine's settings (busy timeout, foreign keys, WAL,
  ``synchronous=FULL``); a risky location (network drive, synced folder) is told.

Anything else (a missing, empty, damaged, older, newer, foreign or read-only file, a log to
check, an unclean exit) gives ``None`` *before anything is written*, and the caller opens
the database the full way, which deals with it as always (RELIABILITY.md).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from annotator.storage.errors import StorageError
from annotator.storage.header import header_problem, wal_has_content
from annotator.storage.location import risky_location
from annotator.storage.lock import InstanceLock, acquire_instance_lock
from annotator.storage.revisions import VERSION_TABLE, head_revision
from annotator.storage.run_marker import mark_clean_exit, mark_running, marker_path
from annotator.storage.sql_reader import Reader
from annotator.storage.sqlite_urls import sqlite_file_uri
from annotator.storage.writable import write_problem

__all__ = ["ReadFile", "open_for_reading"]

BUSY_TIMEOUT_MS = 5000  # as storage/engine.py


@dataclass
class ReadFile:
    """A database file open for reading: :meth:`reader` as on a ``Database``."""

    path: Path
    connection: sqlite3.Connection
    lock: InstanceLock | None  # None: read-only, the app has the file open
    notices: list[str] = field(default_factory=list)
    damage_seen: bool = False
    is_server: bool = False
    read_only: bool = False

    @property
    def name(self) -> str:
        return str(self.path)

    @contextlib.contextmanager
    def reader(self) -> Iterator[Reader]:
        """Reads in one transaction (a consistent snapshot of the file)."""
        self.connection.execute("BEGIN")
        try:
            yield Reader(self.connection, server=False, where=self.name,
                         on_damage=self._note_damage)
        finally:
            self.connection.execute("ROLLBACK")  # nothing was written

    def _note_damage(self) -> None:
        self.damage_seen = True

    def close(self) -> None:
        """Close, and record a clean exit unless damage was met (the next start then
        checks the whole file), as ``finish_database`` does."""
        self.connection.close()
        if self.lock is not None:
            if not self.damage_seen:
                mark_clean_exit(self.path)
            self.lock.release()


def _restore_pending(path: Path) -> bool:
    return path.with_name(path.name + ".restoring").exists()


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    connection = sqlite3.connect(sqlite_file_uri(path.resolve(), "ro" if read_only else "rw"),
                                 uri=True, isolation_level=None)
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
    except BaseException:
        connection.close()
        raise
    return connection


def _current(connection: sqlite3.Connection, sample_id: str) -> bool:
    """The file is at the app's schema and holds the sample exercise."""
    tables = {r[0] for r in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    if VERSION_TABLE not in tables or "exercise" not in tables:
        return False
    row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
    if row is None or row[0] != head_revision():
        return False
    return connection.execute("SELECT 1 FROM exercise WHERE id = ?",
                              (sample_id,)).fetchone() is not None


def _looks_sound(path: Path, *, own_log: bool = True) -> bool:
    """Present, with a sound header, no restore to finish and (``own_log``: this process
    would be the one to replay it) no log with content."""
    return (path.is_file() and path.stat().st_size > 0 and header_problem(path) is None
            and not (own_log and wal_has_content(path)) and not _restore_pending(path))


def open_for_reading(path: Path, sample_id: str) -> ReadFile | None:
    """``path`` opened for reading, or None when it needs the full opening (see the module
    docstring). ``sample_id``: the sample exercise's id as stored (32 hex digits)."""
    if not _looks_sound(path, own_log=False):
        return None
    try:
        lock = acquire_instance_lock(path)
    except StorageError:
        return None  # a folder where the lock cannot be made: the full way says so
    if lock is None:  # the app has it open (its log is its own): read it read-only
        return _read_only(path, sample_id)
    try:
        if (write_problem(path) is not None or marker_path(path).exists()
                or not _looks_sound(path)):
            lock.release()
            return None
        mark_running(path)
    except OSError:
        lock.release()
        return None
    try:
        connection = _connect(path, read_only=False)
        try:
            current = _current(connection, sample_id)
        except BaseException:
            connection.close()
            raise
    except (sqlite3.Error, OSError):
        current, connection = False, None
    if not current:
        if connection is not None:
            connection.close()
        mark_clean_exit(path)
        lock.release()
        return None
    assert connection is not None
    opened = ReadFile(path, connection, lock)
    warning = risky_location(path)
    if warning:
        opened.notices.append(warning)
    return opened


def _read_only(path: Path, sample_id: str) -> ReadFile | None:
    try:
        connection = _connect(path, read_only=True)
    except (sqlite3.Error, OSError):
        return None
    try:
        current = _current(connection, sample_id)
    except sqlite3.Error:
        current = False
    if not current:
        connection.close()
        return None
    return ReadFile(path, connection, None, read_only=True)
