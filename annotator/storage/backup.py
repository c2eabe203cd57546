"""Copies of the database made with SQLite's online backup API, checked and thinned.

A backup is written under a temporary ``.partial`` name, checked with
``PRAGMA integrity_check``, flushed to disk and only then renamed to its final name, so a
file with a final name is always a complete, sound copy. ``.partial`` files left by a
process that was killed while copying are removed at the next backup.

Old copies are thinned by :func:`generations_to_keep`: the newest :data:`KEEP_LAST`, plus
the newest of each of the last :data:`KEEP_DAYS` days, plus the newest of each of the last
:data:`KEEP_WEEKS` weeks; anything else is deleted.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from annotator.storage.durable import fsync_file, fsync_folder
from annotator.storage.errors import BackupError, StorageText
from annotator.storage.sqlite_urls import sqlite_file_uri

__all__ = [
    "KEEP_DAYS",
    "KEEP_LAST",
    "KEEP_WEEKS",
    "backup_sqlite_file",
    "backup_time",
    "generations_to_keep",
    "list_backups",
    "remove_partial_backups",
    "thin_backups",
]

BACKUP_SUFFIX = ".sqlite3"
PARTIAL_SUFFIX = ".partial"
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
KEEP_LAST = 5
KEEP_DAYS = 7
KEEP_WEEKS = 5

_STAMP = re.compile(r"-(\d{8}T\d{12}Z)-[A-Za-z0-9_-]+" + re.escape(BACKUP_SUFFIX) + "$")


def _stamp(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).strftime(STAMP_FORMAT)


def backup_time(path: Path) -> datetime | None:
    """When the backup ``path`` was made, read from its name."""
    match = _STAMP.search(path.name)
    if match is None:
        return None
    return datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=UTC)


def list_backups(folder: Path, stem: str) -> list[Path]:
    """Finished backups of the database called ``stem``, newest first."""
    if not folder.is_dir():
        return []
    found = [
        p for p in folder.glob(f"{stem}-*{BACKUP_SUFFIX}")
        if (m := _STAMP.search(p.name)) is not None and p.name[: m.start()] == stem
    ]
    return sorted(found, key=lambda p: backup_time(p) or datetime.min.replace(tzinfo=UTC),
                  reverse=True)


def generations_to_keep(
    times: Sequence[datetime], now: datetime, keep_last: int = KEEP_LAST
) -> set[int]:
    """Indexes into ``times`` of the backups to keep (see the module docstring)."""
    order = sorted(range(len(times)), key=lambda i: times[i], reverse=True)
    keep = set(order[:keep_last])
    days: set[object] = set()
    weeks: set[object] = set()
    for i in order:
        age = now - times[i]
        day = times[i].date()
        week = times[i].isocalendar()[:2]
        if age < timedelta(days=KEEP_DAYS) and day not in days:
            days.add(day)
            keep.add(i)
        if age < timedelta(weeks=KEEP_WEEKS) and week not in weeks:
            weeks.add(week)
            keep.add(i)
    return keep


def thin_backups(
    folder: Path, stem: str, now: datetime | None = None, keep_last: int = KEEP_LAST
) -> list[Path]:
    """Delete the backups :func:`generations_to_keep` does not keep; return those deleted."""
    backups = list_backups(folder, stem)
    times = [backup_time(p) or datetime.min.replace(tzinfo=UTC) for p in backups]
    keep = generations_to_keep(times, now or datetime.now(UTC), keep_last)
    removed = [p for i, p in enumerate(backups) if i not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def remove_partial_backups(folder: Path, stem: str) -> list[Path]:
    """Delete unfinished copies (and their journals) left by an interrupted backup."""
    if not folder.is_dir():
        return []
    leftovers = [
        p for p in folder.glob(f"{stem}-*{BACKUP_SUFFIX}{PARTIAL_SUFFIX}*")
        if p.name.startswith(f"{stem}-")
    ]
    for path in leftovers:
        path.unlink(missing_ok=True)
    return leftovers


def copy_database(source: Path, target: Path) -> str:
    """Copy ``source`` to ``target`` with the backup API; return the copy's integrity check."""
    src = sqlite3.connect(sqlite_file_uri(source.resolve()), uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            (result,) = dst.execute("PRAGMA integrity_check").fetchone()
        finally:
            dst.close()
    finally:
        src.close()
    return str(result)


def backup_sqlite_file(source: Path, folder: Path, reason: str, keep: int = KEEP_LAST) -> Path:
    """Copy ``source`` into ``folder`` with the backup API, check the copy, thin old copies.

    ``keep`` is the number of newest copies always kept; older ones are thinned by
    :func:`generations_to_keep`.
    """
    target = folder / f"{source.stem}-{_stamp()}-{reason}{BACKUP_SUFFIX}"
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_partial_backups(folder, source.stem)
        result = copy_database(source, partial)
        if result != "ok":
            raise BackupError(f"{target.name}: " + StorageText.tr(
                "the backup copy failed its check ({result})").format(result=result))
        fsync_file(partial)
        partial.replace(target)
        fsync_folder(folder)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            remove_partial_backups(folder, source.stem)
        raise BackupError(f"{source.name}: " + StorageText.tr(
            "could not write a backup into {folder} ({reason})").format(
                folder=folder, reason=exc)) from exc
    except BackupError:
        remove_partial_backups(folder, source.stem)
        raise
    thin_backups(folder, source.stem, keep_last=keep)
    return target
