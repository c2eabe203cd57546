"""Whether the database can be written at all, told before anything is written.

A read-only file (or folder) used to show up only at the first change, as a crash dialog
claiming the work was safe (issue 18). :func:`write_problem` is asked at start; the app then
opens the database read-only and says so, and every change goes through the retry dialog.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.storage.errors import StorageText
from annotator.storage.sqlite_urls import sqlite_file_uri

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

__all__ = ["read_only_engine", "read_only_url", "write_problem"]

_access = os.access  # tests replace this: root may write to any file


def write_problem(path: Path) -> str | None:
    """Why ``path`` (an existing database file) cannot be written, or None."""
    if not path.exists():
        return None
    if not _access(path, os.W_OK):
        return StorageText.tr("the file is read-only")
    if not _access(path.parent, os.W_OK):
        return StorageText.tr("its folder is read-only")
    return None


def read_only_url(path: Path) -> str:
    """A SQLAlchemy URL opening ``path`` read-only (SQLite refuses every write).

    SQLAlchemy percent-decodes the database part of a URL and ends it at "?", so the
    ``file:`` URI (already percent-encoded for SQLite) is escaped once more."""
    uri = sqlite_file_uri(path.resolve()).removesuffix("?mode=ro")
    return "sqlite:///" + uri.replace("%", "%25").replace("?", "%3F") + "?mode=ro&uri=true"


def read_only_engine(path: Path) -> Engine:
    from annotator.storage.engine import create_db_engine

    return create_db_engine(read_only_url(path))
