"""Storing the student's first annotations with plain ``sqlite3``, before SQLAlchemy loads.

The start-up preview (``gui/first_paint.py``) is the student's first surface: it takes a
text selection and a tag key while the rest of the app is still importing. To keep such a
key press, the file is opened here the way :func:`annotator.storage.read_open.open_for_reading`
opens it (instance lock held, ``.running`` marker written, sound header, no log to replay,
no unclean-exit marker, no interrupted restore, the head schema revision, the engine's
settings: WAL, foreign keys, ``synchronous=FULL``) and each annotation is one ``INSERT``
and a commit: exactly the row :meth:`annotator.services.annotations.AnnotationService.add`
writes (ids as 32 hex digits, timestamps as naive UTC text to the microsecond, the quote,
prefix and suffix cut by SQL ``substr``; a test compares the two rows column by column).

Anything the preview cannot tell cheaply (no file, another revision, a log, an unclean exit,
a file the app has open elsewhere, a read-only file, a student not yet known) gives ``None``
before anything is written: the preview then only shows the texts, and a tag key there is
answered "not saved yet". :meth:`EarlyDesk.hand_over` closes the connection, records the
clean end of this short run and gives the held lock to the full opening
(``gui/session.py``), so no other instance can open the file between the two.
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from annotator.core.annotation_texts import no_article, outside, tag_mismatch
from annotator.core.text import CONTEXT_CHARS
from annotator.storage.lock import InstanceLock
from annotator.storage.read_open import ReadFile, open_for_reading
from annotator.storage.run_marker import mark_clean_exit

__all__ = ["EarlyAnnotation", "EarlyDesk", "EarlyTag", "SpanRefused", "open_desk"]

OWNER = "owner_annotator_id"  # as services/identity.py


class SpanRefused(ValueError):
    """The span or the tag cannot be stored (the same checks as ``AnnotationService.add``)."""


@dataclass(frozen=True)
class EarlyTag:
    id: uuid.UUID
    label: str
    colour: str
    shortcut: str


@dataclass(frozen=True)
class EarlyAnnotation:
    id: uuid.UUID
    article_id: uuid.UUID
    start: int
    end: int
    tag_id: uuid.UUID
    exact: str


def _utc_text(value: datetime) -> str:
    """What ``UTCDateTime`` stores on SQLite (as ``storage/bulk.py``)."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


class EarlyDesk:
    """The database file open for the preview's first annotations (see the module)."""

    def __init__(self, opened: ReadFile, annotator_id: uuid.UUID,
                 tags: tuple[EarlyTag, ...]) -> None:
        self._opened = opened
        self.annotator_id = annotator_id
        self.tags = tags
        self.added: list[EarlyAnnotation] = []

    @property
    def connection(self) -> sqlite3.Connection:
        return self._opened.connection

    def own_spans(self, article_ids: list[uuid.UUID]
                  ) -> list[tuple[uuid.UUID, int, int, uuid.UUID]]:
        """This student's annotations on these articles: (article, start, end, tag)."""
        if not article_ids:
            return []
        marks = ",".join("?" * len(article_ids))
        rows = self.connection.execute(
            f'SELECT article_id, start, "end", tag_id FROM annotation '
            f"WHERE annotator_id = ? AND article_id IN ({marks})",
            (self.annotator_id.hex, *(a.hex for a in article_ids))).fetchall()
        return [(uuid.UUID(a), int(s), int(e), uuid.UUID(t)) for a, s, e, t in rows]

    def add(self, article_id: uuid.UUID, start: int, end: int, tag_id: uuid.UUID
            ) -> EarlyAnnotation:
        """Store one annotation durably (committed before this returns)."""
        lo, at, to = max(0, start - CONTEXT_CHARS), max(0, start), max(0, end)
        connection = self.connection
        connection.execute("BEGIN IMMEDIATE")
        try:
            found = connection.execute(
                "SELECT length(a.text), substr(a.text, ?, ?), substr(a.text, ?, ?), "
                "substr(a.text, ?, ?), e.tag_set_id = (SELECT tag_set_id FROM tag WHERE id = ?) "
                "FROM article a JOIN exercise e ON e.id = a.exercise_id WHERE a.id = ?",
                (lo + 1, max(0, at - lo), at + 1, max(0, to - at), to + 1, CONTEXT_CHARS,
                 tag_id.hex, article_id.hex)).fetchone()
            if found is None:
                raise SpanRefused(no_article(article_id))
            length, prefix, exact, suffix, fits = found
            if not 0 <= start < end <= int(length):
                raise SpanRefused(outside(start, end, int(length)))
            if not fits:
                raise SpanRefused(tag_mismatch())
            now = _utc_text(datetime.now(UTC))
            made = EarlyAnnotation(uuid.uuid4(), article_id, start, end, tag_id, exact or "")
            connection.execute(
                'INSERT INTO annotation (id, article_id, annotator_id, start, "end", exact, '
                "prefix, suffix, tag_id, note, created, modified) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (made.id.hex, article_id.hex, self.annotator_id.hex, start, end, made.exact,
                 prefix or "", suffix or "", tag_id.hex, "", now, now))
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        self.added.append(made)
        return made

    def hand_over(self) -> InstanceLock | None:
        """Close the file for the full opening and give it the lock (still held)."""
        opened = self._opened
        opened.connection.close()
        mark_clean_exit(opened.path)  # this short run ended cleanly; the next one starts
        return opened.lock

    def abandon(self) -> None:
        """Close and let go of the lock (the preview was closed before the app started)."""
        self._opened.close()


def _annotator(connection: sqlite3.Connection, remembered: object) -> uuid.UUID | None:
    """Who annotates, as ``IdentityFlow.resolve`` would tell it without writing anything:
    the student remembered in the settings when the database records an owner, else the
    owner. None otherwise (that start writes the owner first: the full window decides)."""
    row = connection.execute("SELECT value FROM database_info WHERE key = ?",
                             (OWNER,)).fetchone()
    try:
        owner = uuid.UUID(str(row[0])) if row is not None else None
    except ValueError:
        owner = None
    if owner is None:
        return None

    def exists(who: uuid.UUID) -> bool:
        return connection.execute("SELECT 1 FROM annotator WHERE id = ?",
                                  (who.hex,)).fetchone() is not None

    try:
        chosen = uuid.UUID(str(remembered))
    except ValueError:
        chosen = None
    if chosen is not None and exists(chosen):
        return chosen
    return owner if exists(owner) else None


def _tags(connection: sqlite3.Connection, exercise_id: uuid.UUID) -> tuple[EarlyTag, ...]:
    rows = connection.execute(
        "SELECT t.id, t.label, t.colour, t.shortcut FROM tag t "
        "JOIN exercise e ON e.tag_set_id = t.tag_set_id WHERE e.id = ? ORDER BY t.position",
        (exercise_id.hex,)).fetchall()
    return tuple(EarlyTag(uuid.UUID(i), str(label), str(colour), str(key or ""))
                 for i, label, colour, key in rows)


def open_desk(path: Path, sample_id: uuid.UUID, exercise_id: uuid.UUID,
              remembered_student: object) -> EarlyDesk | None:
    """``path`` open for the preview's annotations, or None (nothing written) when the
    full opening has to come first."""
    opened = open_for_reading(path, sample_id.hex)
    if opened is None:
        return None
    if opened.lock is None or opened.read_only or opened.notices:
        opened.close()  # open elsewhere, read-only, or a risky location to warn about first
        return None
    try:
        who = _annotator(opened.connection, remembered_student)
        tags = _tags(opened.connection, exercise_id)
    except (sqlite3.Error, ValueError, TypeError):
        who, tags = None, ()
    if who is None or not any(tag.shortcut for tag in tags):
        opened.close()
        return None
    return EarlyDesk(opened, who, tags)
