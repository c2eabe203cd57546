"""A read-only glance at an exercise's texts with plain ``sqlite3``, for the first paint.

The window shows the opening exercise's articles before SQLAlchemy, the models and the
services are imported (about half of a start: docs/performance.md). This reads the few
columns it needs straight from the file, opened with ``mode=ro``: it never creates, writes,
migrates or locks anything for writing. Anything unexpected (no file, another schema
revision's columns, a damaged or busy file) gives ``None``, and the app simply opens the
database the proper way first (:func:`annotator.storage.database.open_database`), which
deals with the problem as always.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from annotator.storage.sqlite_urls import sqlite_file_uri, sqlite_url_path

__all__ = ["PeekedArticle", "PeekedExercise", "peek_exercise", "sqlite_path"]


@dataclass(frozen=True)
class PeekedArticle:
    id: uuid.UUID
    title: str
    byline: str  # outlet, author and date, as the pane header shows them
    text: str


@dataclass(frozen=True)
class PeekedExercise:
    id: uuid.UUID
    title: str
    articles: tuple[PeekedArticle, ...]


def sqlite_path(url: str) -> Path | None:
    """The file behind an ``sqlite:///`` URL, or None for any other kind of URL."""
    found = sqlite_url_path(url)
    return Path(found) if found is not None else None


def _uuid(value: object) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def peek_exercise(path: Path, candidates: Iterable[object]) -> PeekedExercise | None:
    """The first of ``candidates`` (exercise ids, any form; invalid ones are skipped) that is
    stored in the database file at ``path``, with its articles in order; None when the file
    is missing, holds none of them or cannot be read."""
    wanted = [u for u in map(_uuid, candidates) if u is not None]
    if not wanted or not path.is_file():
        return None
    try:
        connection = sqlite3.connect(sqlite_file_uri(path.resolve()), uri=True, timeout=0.2)
    except sqlite3.Error:
        return None
    try:
        for exercise_id in wanted:
            # SQLAlchemy's Uuid type stores 32 hex digits on SQLite.
            row = connection.execute(
                "SELECT title FROM exercise WHERE id = ?", (exercise_id.hex,)
            ).fetchone()
            if row is None:
                continue
            articles = connection.execute(
                "SELECT id, title, outlet, author, published, text FROM article "
                "WHERE exercise_id = ? ORDER BY position", (exercise_id.hex,)
            ).fetchall()
            return PeekedExercise(exercise_id, str(row[0]), tuple(
                PeekedArticle(uuid.UUID(a[0]), a[1] or "",
                              " · ".join(str(p) for p in a[2:5] if p), a[5] or "")
                for a in articles
            ))
        return None
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        connection.close()
