"""Bulk reads in plain SQL on the driver's own connection, without the ORM.

A class review reads a few hundred thousand rows of four columns. Built as ORM objects (or
even as SQLAlchemy result rows) they cost more than the review's arithmetic; the driver's
``fetchall`` of plain tuples costs a fraction. :class:`Reader` runs the same SQL on an SQLite
file (``sqlite3``) and on a school server (psycopg), with ``?`` placeholders either way, and
hands ids back as canonical text.

Nothing here imports SQLAlchemy: ``annotator review`` reads an SQLite file through
:mod:`annotator.storage.read_open` without it (docs/performance.md).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

__all__ = ["ROLE_KEY", "ROLE_STUDENT", "Reader"]

# models.Role's stored values (tests/storage/test_sql_reader.py checks they agree)
ROLE_STUDENT = "student"
ROLE_KEY = "key"


class Reader:
    """Plain reads on one DB-API connection, inside the transaction its owner holds.

    ``server``: a psycopg connection (``%s`` placeholders, native UUIDs); else ``sqlite3``
    (``?`` placeholders, SQLAlchemy's ``Uuid`` stored as 32 hex digits). ``where`` names the
    database in error messages; ``on_damage`` is called when a read meets a damaged file."""

    def __init__(self, connection: Any, *, server: bool, where: str,
                 on_damage: Any = None) -> None:
        self._connection = connection
        self.server = server
        self.where = where
        self._on_damage = on_damage

    def rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """All rows of ``sql`` (``?`` placeholders) as tuples of the driver's values."""
        if self.server:
            sql = sql.replace("?", "%s")
        try:
            cursor = self._connection.cursor()
            try:
                cursor.execute(sql, tuple(params))
                return list(cursor.fetchall())
            finally:
                cursor.close()
        except Exception as exc:
            from annotator.storage.errors import DatabaseDamagedError
            from annotator.storage.failures import storage_error

            error = storage_error(exc, self.where)
            if error is None:
                raise
            if isinstance(error, DatabaseDamagedError) and self._on_damage is not None:
                self._on_damage()
            raise error from exc

    def id_param(self, ident: uuid.UUID | str) -> object:
        """An id as the database stores it, for a query parameter."""
        value = ident if isinstance(ident, uuid.UUID) else uuid.UUID(str(ident))
        return value if self.server else value.hex

    def id_text(self, raw: object) -> str:
        """A stored id as canonical text (``str(uuid.UUID)``: 8-4-4-4-12 lower-case)."""
        if isinstance(raw, uuid.UUID):
            return str(raw)
        text = str(raw)
        if len(text) == 32:
            text = text.lower()
            return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
        return str(uuid.UUID(text))
