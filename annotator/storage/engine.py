"""Creating SQLAlchemy engines, with the SQLite settings the app relies on."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import StaticPool

__all__ = [
    "BUSY_TIMEOUT_MS",
    "CONNECT_TIMEOUT_S",
    "create_db_engine",
    "is_postgresql",
    "is_sqlite",
    "sqlalchemy_url",
]

BUSY_TIMEOUT_MS = 5000
CONNECT_TIMEOUT_S = 5


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def is_postgresql(url: str) -> bool:
    """True for a ``postgresql://`` (or ``postgresql+driver://``) URL; False for anything
    else, file paths included."""
    return url.startswith(("postgresql:", "postgresql+"))


def sqlalchemy_url(url: str) -> URL:
    """``url`` with the driver the app ships: a plain ``postgresql://`` URL (what a school's
    IT hands out) means psycopg 3, not SQLAlchemy's default psycopg2."""
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def create_db_engine(url: str, *, foreign_keys: bool = True) -> Engine:
    """An engine for ``url``. SQLite gets foreign keys, WAL, ``synchronous=FULL``, a busy
    timeout and real transactions.

    The pysqlite driver's own transaction handling is switched off and SQLAlchemy emits
    ``BEGIN`` itself, as the SQLAlchemy documentation describes ("Serializable isolation /
    Savepoints / Transactional DDL"), so DDL and ``SAVEPOINT`` run inside real transactions.
    ``foreign_keys=False`` is for schema migrations only, which check keys before committing.
    """
    if is_postgresql(url):
        # A dropped connection is noticed before a session uses it (pre-ping), and a server
        # that does not answer fails the connect in seconds rather than minutes.
        return create_engine(
            sqlalchemy_url(url), pool_pre_ping=True,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S,
                          "application_name": "source-annotator"},
        )
    if not is_sqlite(url):
        return create_engine(url)
    parsed = make_url(url)
    database = parsed.database
    in_memory = not database or database == ":memory:"
    read_only = parsed.query.get("mode") == "ro"  # a read-only open writes no pragma
    kwargs: dict[str, Any] = {}
    if in_memory:
        kwargs = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
            if not in_memory and not read_only:
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine
