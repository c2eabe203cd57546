"""Checking a database file: a cheap look at its header, and SQLite's own checks.

:func:`header_problem` reads the first 100 bytes and the file size (no SQLite involved), so
it can run at every start. :func:`check_file` and :func:`check_database` run
``PRAGMA integrity_check`` (or ``quick_check``) and ``PRAGMA foreign_key_check`` and return a
:class:`CheckReport` with a plain-language summary for Help > Check Database.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from annotator.storage.database import Database
from annotator.storage.engine import is_sqlite
from annotator.storage.errors import StorageText
from annotator.storage.header import header_problem, wal_has_content
from annotator.storage.revisions import VERSION_TABLE
from annotator.storage.sqlite_urls import sqlite_file_uri

__all__ = [
    "CheckReport",
    "ForeignKeyProblem",
    "check_database",
    "check_file",
    "header_problem",
    "wal_has_content",
]

MAX_MESSAGES = 50


@dataclass(frozen=True)
class ForeignKeyProblem:
    table: str
    rowid: int | None
    parent: str


@dataclass(frozen=True)
class CheckReport:
    """The outcome of checking one database."""

    name: str
    integrity: tuple[str, ...] = ()
    foreign_keys: tuple[ForeignKeyProblem, ...] = ()
    error: str | None = None
    quick: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and not self.integrity and not self.foreign_keys

    @property
    def summary(self) -> str:
        """One or two sentences for a student or teacher."""
        if self.error is not None:
            return StorageText.tr(
                "The database {name} could not be read: {problem}. Your work may be in a "
                "backup; close the app and restart it to restore the newest good backup."
            ).format(name=self.name, problem=self.error)
        if self.ok:
            return (StorageText.tr(
                "The database {name} passed the quick check: its structure is sound and "
                "every annotation, link and answer points to something that exists.")
                if self.quick else StorageText.tr(
                "The database {name} passed the full check: its structure is sound and "
                "every annotation, link and answer points to something that exists.")
            ).format(name=self.name)
        parts = []
        if self.integrity:
            parts.append(StorageText.tr("%n structural problem(s)", "", len(self.integrity)))
        if self.foreign_keys:
            tables = sorted({p.table for p in self.foreign_keys})
            parts.append(StorageText.tr(
                "%n record(s) pointing to something missing (in {tables})", "",
                len(self.foreign_keys)).format(tables=", ".join(tables)))
        return StorageText.tr(
            "The database {name} has {problems}. Export your work now, then restart the app: "
            "a damaged database is set aside and the newest good backup is restored."
        ).format(name=self.name, problems=StorageText.tr(" and ").join(parts))

    @property
    def details(self) -> str:
        """Everything SQLite reported, for "Copy details" (SQLite's own messages and the
        names of its checks as SQLite writes them; the labels in the current language)."""
        lines = [StorageText.tr("Database: {name}").format(name=self.name),
                 StorageText.tr("Check: quick") if self.quick
                 else StorageText.tr("Check: integrity")]
        if self.error:
            lines.append(StorageText.tr("Error: {problem}").format(problem=self.error))
        lines.extend(f"integrity_check: {message}" for message in self.integrity)
        lines.extend(
            "foreign_key_check: " + StorageText.tr("{table} row {row} -> missing {parent}")
            .format(table=p.table, row=p.rowid, parent=p.parent)
            for p in self.foreign_keys
        )
        if self.ok:
            lines.append(StorageText.tr("Result: ok"))
        return "\n".join(lines)


def _run_checks(con: Any, name: str, quick: bool, foreign_keys: bool = True) -> CheckReport:
    cursor = con.cursor()
    try:
        pragma = "quick_check" if quick else "integrity_check"
        cursor.execute(f"PRAGMA {pragma}({MAX_MESSAGES})")
        messages = tuple(str(row[0]) for row in cursor.fetchall())
        integrity = () if messages == ("ok",) else messages
        keys: tuple[ForeignKeyProblem, ...] = ()
        if foreign_keys:
            cursor.execute("PRAGMA foreign_key_check")
            keys = tuple(
                ForeignKeyProblem(str(row[0]), row[1], str(row[2])) for row in cursor.fetchall()
            )
    finally:
        cursor.close()
    return CheckReport(name, integrity, keys, quick=quick)


def check_file(path: Path, *, quick: bool = False, foreign_keys: bool = True) -> CheckReport:
    """Check the database file at ``path`` read-only; damage is reported, never raised
    (``foreign_keys=False``: the structure only, for the check at every start)."""
    problem = header_problem(path) if path.exists() else StorageText.tr("the file does not exist")
    if problem is not None:
        return CheckReport(str(path), error=problem, quick=quick)
    try:
        con = sqlite3.connect(sqlite_file_uri(path.resolve()), uri=True)
        con.text_factory = lambda raw: raw.decode("utf-8", errors="replace")
        try:
            return _run_checks(con, str(path), quick, foreign_keys)
        finally:
            con.close()
    except sqlite3.Error as exc:
        return CheckReport(str(path), error=str(exc), quick=quick)
    except UnicodeDecodeError:  # SQLite quoted damaged bytes in its error message
        return CheckReport(str(path), error=StorageText.tr("the database structure is damaged"),
                           quick=quick)


def _check_server(db: Database, name: str, quick: bool) -> CheckReport:
    """A database server checks its own pages; here: can it be reached and read?"""
    try:
        with db.engine.connect() as conn:
            conn.execute(text(f"SELECT count(*) FROM {VERSION_TABLE}")).scalar()
    except SQLAlchemyError as exc:
        return CheckReport(name, error=str(getattr(exc, "orig", exc)).strip(), quick=quick)
    return CheckReport(name, quick=quick)


def check_database(db: Database, *, quick: bool = False) -> CheckReport:
    """Run ``integrity_check`` (or ``quick_check``) and ``foreign_key_check`` on ``db``."""
    name = str(db.path or db.url)
    if db.path is None and not is_sqlite(db.url):
        return _check_server(db, name, quick)
    try:
        con = db.engine.raw_connection()
    except (SQLAlchemyError, sqlite3.Error) as exc:
        return CheckReport(name, error=str(exc), quick=quick)
    try:
        return _run_checks(con, name, quick)
    except sqlite3.Error as exc:
        return CheckReport(name, error=str(exc), quick=quick)
    except UnicodeDecodeError:
        return CheckReport(name, error=StorageText.tr("the database structure is damaged"),
                           quick=quick)
    finally:
        con.close()
