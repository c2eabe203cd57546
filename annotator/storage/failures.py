"""Turning SQLite failures into :class:`~annotator.storage.errors.StorageError` subclasses.

The driver reports a failed write with a terse message ("attempt to write a readonly
database") and an extended result code. :func:`storage_error` maps the primary code to one of
the app's error classes with a one-line message a user can act on. Constraint violations
(programming errors) are not translated.
"""

from __future__ import annotations

import sqlite3
import sys

from annotator.storage.errors import (
    AccessDeniedError,
    DatabaseBusyError,
    DatabaseDamagedError,
    DiskFullError,
    ReadOnlyError,
    ServerUnavailableError,
    StorageError,
    StorageText,
    WriteError,
)

__all__ = ["storage_error"]

# Primary SQLite result codes (https://sqlite.org/rescode.html).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

_BY_MESSAGE = (
    ("readonly", SQLITE_READONLY),
    ("read-only", SQLITE_READONLY),
    ("disk is full", SQLITE_FULL),
    ("disk i/o error", SQLITE_IOERR),
    ("database is locked", SQLITE_BUSY),
    ("unable to open", SQLITE_CANTOPEN),
    ("malformed", SQLITE_CORRUPT),
    ("not a database", SQLITE_NOTADB),
)


def _code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    message = str(exc).lower()
    for fragment, value in _BY_MESSAGE:
        if fragment in message:
            return value
    return None


def _driver_error(exc: BaseException) -> BaseException | None:
    """The driver's own exception behind SQLAlchemy's wrapper (or ``exc`` itself). SQLAlchemy
    is not imported for this: a command reading with plain ``sqlite3`` never loads it, and
    a wrapper can only exist once it is loaded."""
    sa_exc = sys.modules.get("sqlalchemy.exc")
    if sa_exc is not None and isinstance(exc, sa_exc.DBAPIError):
        return exc.orig
    return exc


def storage_error(exc: BaseException, where: str) -> StorageError | None:
    """The StorageError for a driver failure ``exc`` on the database ``where``, or None
    when ``exc`` is not a storage failure (a constraint violation, a bug)."""
    orig = _driver_error(exc)
    if orig is not None and type(orig).__module__.startswith("psycopg"):
        return server_error(orig, where)
    if not isinstance(orig, sqlite3.Error) or isinstance(orig, sqlite3.IntegrityError):
        return None
    code = _code(orig)
    if code in (SQLITE_READONLY, SQLITE_PERM):
        return ReadOnlyError(f"{where}: " + StorageText.tr(
            "the database cannot be written to (read-only file or folder); your change was "
            "not saved"))
    if code == SQLITE_FULL:
        return DiskFullError(f"{where}: " + StorageText.tr(
            "the disk is full; your change was not saved"))
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseBusyError(f"{where}: " + StorageText.tr(
            "another program is holding the database locked; your change was not saved"))
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DatabaseDamagedError(f"{where}: " + StorageText.tr(
            "the database file is damaged ({reason})").format(reason=orig))
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN):
        return WriteError(f"{where}: " + StorageText.tr(
            "the disk reported an error while writing ({reason}); your change was not saved"
        ).format(reason=orig))
    if isinstance(orig, sqlite3.OperationalError):
        return WriteError(f"{where}: " + StorageText.tr(
            "the database reported an error ({reason})").format(reason=orig))
    return None


_LOGIN_REFUSED = ("password authentication failed", "role \"", "no password supplied",
                  "pg_hba.conf")


def server_error(orig: BaseException, where: str) -> StorageError | None:
    """The StorageError for a psycopg (PostgreSQL) failure, or None for a constraint
    violation or a bug. psycopg is not imported: the class names and SQLSTATE say enough."""
    sqlstate = getattr(orig, "sqlstate", None) or ""
    first_line = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    if sqlstate == "42501":  # insufficient_privilege, also raised by row-level security
        return AccessDeniedError(f"{where}: " + StorageText.tr(
            "the server does not allow this ({reason})").format(reason=first_line))
    if sqlstate.startswith("28") or any(f in str(orig) for f in _LOGIN_REFUSED):
        return AccessDeniedError(f"{where}: " + StorageText.tr(
            "the server refused the login (wrong user name or password?)"))
    if sqlstate.startswith(("08", "57P")) or type(orig).__name__ == "OperationalError":
        return ServerUnavailableError(f"{where}: " + StorageText.tr(
            "the school server cannot be reached ({reason}); your change was not saved on the "
            "server").format(reason=first_line))
    if sqlstate == "53100":
        return DiskFullError(f"{where}: " + StorageText.tr(
            "the server's disk is full; your change was not saved"))
    if sqlstate in ("40001", "40P01", "55P03"):
        return DatabaseBusyError(f"{where}: " + StorageText.tr(
            "the server was busy; your change was not saved"))
    return None
