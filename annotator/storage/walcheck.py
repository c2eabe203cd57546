"""Making sure a write-ahead log belongs to its database before SQLite replays it.

SQLite replays any ``<name>-wal`` it finds beside ``<name>`` whose frames are intact, even one
written for another database of the same schema: a stale ``-wal`` left beside a file copied
into place (the README's "put the copied file in place" steps) silently replaced a student's
annotations with someone else's (issue 18). Nothing in the database file names its log, so
:func:`check_wal` compares: it replays the log into a scratch copy and looks at what the
database alone holds. People and exercises are never deleted by the app, so a log after which
one of them is gone is not this database's log; nor is one after which a sound file would
fail ``quick_check``. Such a log (and its ``-shm``) is moved aside
to ``<name>-wal.foreign-<stamp>`` and the database is opened as it was; a log that belongs is
kept too, as ``<name>.before-wal-<stamp>`` (with its ``-wal``), before it is replayed.

Call it only while no other process has the database open (holding the instance lock).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from annotator.storage.errors import StorageText

__all__ = ["WalCheck", "check_wal"]

WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_HEADER = 32
KEEP_COPIES = 3
_IDENTITY = ("annotator", "exercise")  # rows the app never deletes


@dataclass(frozen=True)
class WalCheck:
    """What :func:`check_wal` did: ``set_aside`` a foreign log (with ``reason``), or kept a
    ``copy`` of the database and its log before they are replayed."""

    set_aside: Path | None = None
    reason: str = ""
    copy: Path | None = None

    @property
    def message(self) -> str:
        if self.set_aside is None:
            return ""
        return StorageText.tr(
            "A write-ahead log beside the database did not belong to it ({reason}); it was set "
            "aside as {name} and not used, so your database is exactly as it was when it was "
            "last closed.").format(reason=self.reason, name=self.set_aside.name)


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _identity(path: Path) -> set[tuple[str, str]] | None:
    """Ids of the rows the app never deletes, read from ``path`` (None if unreadable or
    failing ``quick_check``)."""
    try:
        con = sqlite3.connect(path)
        try:
            con.text_factory = lambda raw: raw.decode("utf-8", errors="replace")
            if con.execute("PRAGMA quick_check(1)").fetchone() != ("ok",):
                return None
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
            found: set[tuple[str, str]] = set()
            for table in _IDENTITY:
                if table in tables:
                    found.update((table, str(r[0])) for r in con.execute(
                        f"SELECT id FROM {table}"))
            return found
        finally:
            con.close()
    except sqlite3.Error:
        return None


def _why_foreign(path: Path, wal: Path) -> str | None:
    with wal.open("rb") as f:
        header = f.read(WAL_HEADER)
    if len(header) < WAL_HEADER or int.from_bytes(header[:4], "big") not in WAL_MAGIC:
        return None  # SQLite ignores a log without a valid header
    with path.open("rb") as f:
        db_header = f.read(100)
    if len(db_header) < 100:
        return None  # the damage checks deal with this file
    wal_page = int.from_bytes(header[8:12], "big")
    raw = int.from_bytes(db_header[16:18], "big")
    db_page = 65536 if raw == 1 else raw
    if wal_page != db_page:
        return StorageText.tr("its page size is {log}, the database's {database}").format(
            log=wal_page, database=db_page)
    with tempfile.TemporaryDirectory(prefix=".walcheck-", dir=path.parent) as scratch:
        alone = Path(scratch) / "alone.sqlite3"
        replayed = Path(scratch) / "replayed.sqlite3"
        shutil.copyfile(path, alone)
        shutil.copyfile(path, replayed)
        shutil.copyfile(wal, replayed.with_name(replayed.name + "-wal"))
        before, after = _identity(alone), _identity(replayed)
    if before is None:
        return None  # the file itself is damaged: the recovery checks deal with it
    if after is None:
        return StorageText.tr("replaying it would damage the database")
    missing = before - after
    if missing:
        return StorageText.tr("after it, %n of the database's people or exercises would be "
                              "gone", "", len(missing))
    return None


def _keep_copy(path: Path, wal: Path) -> Path:
    copy = path.with_name(f"{path.name}.before-wal-{_stamp()}")
    shutil.copyfile(path, copy)
    shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
    old = sorted(p for p in path.parent.glob(f"{path.name}.before-wal-*")
                 if not p.name.endswith("-wal"))
    for stale in old[:-KEEP_COPIES]:
        for suffix in ("", "-wal"):
            stale.with_name(stale.name + suffix).unlink(missing_ok=True)
    return copy


def check_wal(path: Path) -> WalCheck:
    """Set a foreign ``-wal`` aside, or keep a copy before a real one is replayed."""
    wal = path.with_name(path.name + "-wal")
    if not path.exists() or not wal.exists() or wal.stat().st_size == 0:
        return WalCheck()
    if path.stat().st_size == 0:
        return WalCheck()  # a zero-byte file is damage; recovery moves it with its log
    reason = _why_foreign(path, wal)
    if reason is None:
        return WalCheck(copy=_keep_copy(path, wal))
    stamp = _stamp()
    aside = wal.with_name(f"{wal.name}.foreign-{stamp}")
    os.replace(wal, aside)
    shm = path.with_name(path.name + "-shm")
    if shm.exists():
        os.replace(shm, shm.with_name(f"{shm.name}.foreign-{stamp}"))
    return WalCheck(set_aside=aside, reason=reason)
