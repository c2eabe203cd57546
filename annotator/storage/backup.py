"""Copies of the database made with SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from annotator.storage.errors import BackupError

__all__ = ["backup_sqlite_file", "list_backups"]

BACKUP_SUFFIX = ".sqlite3"


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def list_backups(folder: Path, stem: str) -> list[Path]:
    """Backups of the database called ``stem``, newest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{stem}-*{BACKUP_SUFFIX}"), reverse=True)


def backup_sqlite_file(source: Path, folder: Path, reason: str, keep: int = 10) -> Path:
    """Copy ``source`` into ``folder`` with the backup API, check the copy, thin old copies.

    The copy is written under a temporary name and renamed only after
    ``PRAGMA integrity_check`` returns ``ok``, so a listed backup is always a good one.
    """
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{source.stem}-{_stamp()}-{reason}{BACKUP_SUFFIX}"
    partial = target.with_name(target.name + ".partial")
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                (result,) = dst.execute("PRAGMA integrity_check").fetchone()
            finally:
                dst.close()
        finally:
            src.close()
        if result != "ok":
            raise BackupError(f"{target.name}: the backup copy failed its check ({result})")
        partial.replace(target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"{source.name}: could not write a backup into {folder} ({exc})") from exc
    for old in list_backups(folder, source.stem)[keep:]:
        old.unlink(missing_ok=True)
    return target
