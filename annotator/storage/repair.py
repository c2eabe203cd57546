"""Repairing damage that loses nothing: indexes that disagree with their tables.

An index is a copy of data held in its table, so when ``integrity_check`` reports only index
problems, ``REINDEX`` rebuilds them from the tables and nothing is lost; restoring a backup
would instead throw away the work done since that backup. A byte-for-byte copy of the
file as it was is kept first.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

from annotator.storage.checks import CheckReport, check_file

__all__ = ["copy_aside", "index_only", "rebuild_indexes"]

_INDEX_PROBLEM = re.compile(
    r"(missing from index|wrong # of entries in index|non-unique entry in index)"
)


def index_only(report: CheckReport) -> bool:
    """True when every problem ``integrity_check`` found is an index out of step."""
    return (
        report.error is None
        and bool(report.integrity)
        and all(_INDEX_PROBLEM.search(message) for message in report.integrity)
    )


def copy_aside(path: Path, stamp: str) -> Path:
    """Copy ``path`` (and its -wal) byte for byte to ``<name>.damaged-<stamp>``."""
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("", "-wal"):
        source = path.with_name(path.name + suffix)
        if source.exists():
            shutil.copyfile(source, aside.with_name(aside.name + suffix))
    return aside


def rebuild_indexes(path: Path) -> bool:
    """``REINDEX`` the database at ``path``; True if it then passes ``integrity_check``."""
    try:
        con = sqlite3.connect(path, isolation_level=None)
        try:
            con.execute("BEGIN IMMEDIATE")
            con.execute("REINDEX")
            con.execute("COMMIT")
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return check_file(path).ok
