"""Opening the database: create and stamp a new one, back up and upgrade an older one,
refuse one from a newer version of the app.

Use :func:`open_database`; it returns a :class:`Database` holding the engine and a session
factory. Services open short sessions with :meth:`Database.session`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from annotator.storage.backup import backup_sqlite_file
from annotator.storage.engine import create_db_engine, is_postgresql, is_sqlite
from annotator.storage.errors import (
    DatabaseDamagedError,
    DatabaseTooNewError,
    ForeignDatabaseError,
    MigrationError,
    SchemaOutdatedError,
    StorageError,
    StorageText,
)
from annotator.storage.failures import storage_error
from annotator.storage.header import header_problem
from annotator.storage.models import Base
from annotator.storage.revisions import VERSION_TABLE, head_revision, stamp
from annotator.storage.sqlite_urls import sqlite_file_uri

if TYPE_CHECKING:
    from alembic.config import Config

    from annotator.storage.sql_reader import Reader

__all__ = [
    "Database",
    "OpenReport",
    "display_url",
    "head_revision",
    "open_database",
    "sqlite_path",
]

MIGRATIONS = "annotator.storage:migrations"
# pg_advisory_xact_lock key taken while a schema is created or upgraded on a server, so two
# apps opening the same empty database at once do not both create it.
SCHEMA_LOCK_KEY = 0x5A_A770_7A70


def display_url(url: str) -> str:
    """``url`` fit for a message or a title bar: the password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # a URL SQLAlchemy cannot parse is shown as it was given
        return url


# SQLite's page cache for a batch (a class's hand-ins): large enough to keep the indexes of
# 150,000 annotations in memory while they grow (the default is 2 MB)
BATCH_CACHE_KIB = 64 * 1024
# Pages the log may grow to in a batch before they are copied into the database (16,384
# pages: 64 MB). SQLite's 1,000 copied the same index pages again every few files.
BATCH_CHECKPOINT_PAGES = 16_384


def alembic_config() -> Config:
    """Alembic's configuration for the migrations shipped in the package. Alembic is
    imported here, not at start-up: only upgrading an older file (and recognising a newer
    one) needs it."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    return config


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for other databases and in-memory SQLite."""
    if not is_sqlite(url):
        return None
    database = make_url(url).database
    if not database or database == ":memory:":
        return None
    return Path(database)


@dataclass(frozen=True)
class OpenReport:
    """What opening did: ``created`` a new file, or upgraded it ``from_revision``."""

    created: bool = False
    from_revision: str | None = None
    backup: Path | None = None


class Database:
    """An open, current database."""

    def __init__(
        self, url: str, engine: Engine, report: OpenReport, *, path: Path | None = None,
        read_only: bool = False,
    ) -> None:
        self.url = url
        self.engine = engine
        self.report = report
        self.path = path or sqlite_path(url)
        self.name = str(self.path) if self.path is not None else display_url(url)
        self.is_server = is_postgresql(url)
        # opened read-only on purpose (a read-only file, a full disk): nothing is written
        self.read_only = read_only
        # set when damage was met in use: the next start then runs the full check
        self.damage_seen = False
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on error."""
        with self._storage_errors(), self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A Core connection in one transaction, committed on success and rolled back on
        error: for statements built once (no ORM objects), without a session's bookkeeping
        (about half of a key press's storage time: 0.9 ms against 2.0 ms for an add)."""
        with self._storage_errors(), self.engine.begin() as connection:
            yield connection

    @contextmanager
    def _storage_errors(self) -> Iterator[None]:
        """Turn a driver error into the StorageError that names this database, noting damage."""
        try:
            yield
        except DBAPIError as exc:
            error = storage_error(exc, self.name)
            if error is None:
                raise
            if isinstance(error, DatabaseDamagedError):
                self.damage_seen = True
            raise error from exc

    @contextmanager
    def reader(self) -> Iterator[Reader]:
        """Plain SQL reads on the driver's connection, in one transaction (a consistent
        snapshot): for reading a whole class without building ORM objects."""
        from annotator.storage.sql_reader import Reader

        with self._storage_errors(), self.engine.connect() as connection, connection.begin():
            raw = connection.connection.dbapi_connection
            assert raw is not None
            yield Reader(raw, server=self.is_server, where=self.name,
                         on_damage=self._note_damage)

    def _note_damage(self) -> None:
        self.damage_seen = True

    @contextmanager
    def batch(self) -> Iterator[Batch]:
        """One connection for a whole batch (a class's hand-ins), in ``synchronous=NORMAL``
        (in WAL mode every transaction stays whole on a crash of the app; only the last ones
        may be lost on a power cut: call :meth:`make_durable` when the batch is done, before
        saying it is saved) with a large page cache; :meth:`Batch.session` gives each step
        its own transaction on it. Setting the pragmas and shrinking the cache again for
        every step cost a few milliseconds a file (issue 13). The connection goes back with
        ``synchronous=FULL``."""
        if self.path is None:
            yield Batch(self, None)
            return
        with self._storage_errors(), self.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA synchronous = NORMAL")  # outside any transaction
            raw.execute(f"PRAGMA cache_size = -{BATCH_CACHE_KIB}")
            raw.execute(f"PRAGMA wal_autocheckpoint = {BATCH_CHECKPOINT_PAGES}")
            try:
                yield Batch(self, connection)
            finally:
                try:
                    raw.execute("PRAGMA synchronous = FULL")
                    raw.execute("PRAGMA cache_size = -2000")  # SQLite's default
                    raw.execute("PRAGMA wal_autocheckpoint = 1000")  # SQLite's default
                except sqlite3.Error:  # never hand a connection back less durable
                    connection.invalidate()

    def make_durable(self) -> None:
        """Flush everything committed so far to the disk (a full checkpoint of the log)."""
        if self.path is None:
            return
        try:
            with self.engine.connect() as connection:
                raw = connection.connection.dbapi_connection
                assert raw is not None
                raw.execute("PRAGMA wal_checkpoint(FULL)").fetchall()
        except DBAPIError as exc:
            raise storage_error(exc, str(self.path)) or StorageError(
                f"{self.path}: " + StorageText.tr("could not write to the disk ({reason})").format(
                    reason=exc.orig)) from exc
        except sqlite3.Error as exc:
            raise storage_error(exc, str(self.path)) or StorageError(
                f"{self.path}: " + StorageText.tr("could not write to the disk ({reason})").format(
                    reason=exc)) from exc

    def close(self) -> None:
        self.engine.dispose()


def _remove_new_empty_log(side: list[Path], existed: list[bool]) -> None:
    """A read-only look at a WAL-mode file may create an empty -wal and -shm; remove them
    if this look created them, so that refusing a file leaves nothing behind."""
    wal, shm = side
    if not existed[0] and wal.exists() and wal.stat().st_size == 0:
        wal.unlink(missing_ok=True)
        if not existed[1]:
            shm.unlink(missing_ok=True)


def read_state(url: str) -> tuple[set[str], str | None]:
    """The table names and Alembic revision, read without changing the file."""
    path = sqlite_path(url)
    if path is not None:
        if not path.exists() or path.stat().st_size == 0:
            return set(), None
        problem = header_problem(path)
        if problem is not None:
            raise DatabaseDamagedError(f"{path}: " + StorageText.tr(
                "not a readable database ({reason})").format(reason=problem))
        side = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
        existed = [p.exists() for p in side]
        try:
            con = sqlite3.connect(sqlite_file_uri(path.resolve()), uri=True)
            con.text_factory = lambda raw: raw.decode("utf-8", errors="replace")
            try:
                rows = con.execute("SELECT name FROM sqlite_master WHERE type='table'")
                tables = {r[0] for r in rows}
                revision = None
                if VERSION_TABLE in tables:
                    row = con.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
                    revision = row[0] if row else None
                if not tables:
                    # A non-empty file without tables must at least be a sound database
                    # before the schema is written into it.
                    (check,) = con.execute("PRAGMA quick_check").fetchone()
                    if check != "ok":
                        raise DatabaseDamagedError(f"{path}: " + StorageText.tr(
                            "the database is damaged ({reason})").format(reason=check))
            finally:
                con.close()
        except sqlite3.DatabaseError as exc:
            error = storage_error(exc, str(path))
            said = " ".join(str(exc).split())  # SQLite may quote a multi-line schema
            if isinstance(error, DatabaseDamagedError):
                raise DatabaseDamagedError(f"{path}: " + StorageText.tr(
                    "not a readable database ({reason})").format(reason=said)) from exc
            raise error or StorageError(f"{path}: " + StorageText.tr(
                "could not read the database ({reason})").format(reason=said)) from exc
        finally:
            _remove_new_empty_log(side, existed)
        return tables, revision
    engine = create_db_engine(url)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            revision = None
            if VERSION_TABLE in tables:
                revision = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
        return tables, revision
    finally:
        engine.dispose()


def _upgrade(url: str) -> None:
    """Run migrations to head in one transaction, foreign keys off, checked before commit."""
    from alembic import command
    from alembic.util.exc import CommandError

    engine = create_db_engine(url, foreign_keys=False)
    try:
        with engine.connect() as conn, conn.begin():
            if is_postgresql(url):
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SCHEMA_LOCK_KEY})
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            if is_sqlite(url):
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationError(StorageText.tr(
                        "upgrading left %n broken reference(s) (first in table {table}); "
                        "nothing was changed", "", len(broken)).format(table=broken[0][0]))
    except (SQLAlchemyError, CommandError) as exc:
        raise MigrationError(StorageText.tr(
            "upgrading the database failed, nothing was changed ({reason})").format(
                reason=exc)) from exc
    finally:
        engine.dispose()


def _create(engine: Engine) -> None:
    with engine.connect() as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            # Another app may be creating the same server database right now: wait for it,
            # then leave its schema alone.
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SCHEMA_LOCK_KEY})
            if VERSION_TABLE in inspect(conn).get_table_names():
                return
        Base.metadata.create_all(conn)
        stamp(conn, head_revision())


def _known_revision(revision: str) -> bool:
    """True when ``revision`` is one of the app's migrations (else the file is newer)."""
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except CommandError:
        return False
    return True


def open_database(
    url: str, *, backup_folder: Path | None = None, upgrade_server: bool = False
) -> Database:
    """Open ``url``, creating or upgrading the schema as needed.

    Raises :class:`DatabaseTooNewError` for a file from a newer app (left untouched),
    :class:`ForeignDatabaseError` for someone else's database, :class:`MigrationError` when an
    upgrade fails (the database is rolled back). A database server (not a file) with an older
    schema is upgraded only with ``upgrade_server`` (``annotator server upgrade``); otherwise
    :class:`SchemaOutdatedError` is raised and nothing is changed.
    """
    name = sqlite_path(url) or display_url(url)
    try:
        return _open(url, backup_folder, upgrade_server)
    except StorageError:
        raise
    except DBAPIError as exc:
        error = storage_error(exc, str(name))
        if error is None:
            raise StorageError(f"{name}: " + StorageText.tr(
                "could not open the database ({reason})").format(reason=exc.orig)) from exc
        raise error from exc
    except sqlite3.Error as exc:
        raise storage_error(exc, str(name)) or StorageError(
            f"{name}: " + StorageText.tr("could not open the database ({reason})").format(
                reason=exc)) from exc
    except OSError as exc:
        raise StorageError(f"{name}: " + StorageText.tr(
            "could not open the database ({reason})").format(reason=exc.strerror or exc)) from exc
    except UnicodeDecodeError as exc:
        raise DatabaseDamagedError(f"{name}: " + StorageText.tr(
            "the database is damaged (unreadable text)")) from exc


def _open(url: str, backup_folder: Path | None, upgrade_server: bool = False) -> Database:
    name = sqlite_path(url) or display_url(url)
    tables, revision = read_state(url)
    head = head_revision()
    report = OpenReport()
    if not tables:
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_db_engine(url)
        try:
            _create(engine)
        except BaseException:
            engine.dispose()  # Windows cannot move or delete a file that is still open
            raise
        return Database(url, engine, OpenReport(created=True))
    if revision is None:
        raise ForeignDatabaseError(f"{name}: " + StorageText.tr("not a Source Annotator database"))
    if revision != head:
        if not _known_revision(revision):
            raise DatabaseTooNewError(f"{name}: " + StorageText.tr(
                "made by a newer version of Source Annotator (schema {revision}); update the "
                "app to open it").format(revision=revision)) from None
        path = sqlite_path(url)
        if path is None and not is_sqlite(url) and not upgrade_server:
            raise SchemaOutdatedError(f"{name}: " + StorageText.tr(
                "the server's database has an older schema ({revision}, this app needs "
                "{head}); ask the administrator to run 'annotator server upgrade'").format(
                    revision=revision, head=head))
        backup = None
        if path is not None:
            folder = backup_folder or path.parent / "backups"
            backup = backup_sqlite_file(path, folder, reason="before-upgrade")
        _upgrade(url)
        report = OpenReport(from_revision=revision, backup=backup)
    return Database(url, create_db_engine(url), report)


class Batch:
    """The connection of :meth:`Database.batch`; each :meth:`session` is one transaction."""

    def __init__(self, db: Database, connection: Connection | None) -> None:
        self._db = db
        self._connection = connection

    @contextmanager
    def session(self) -> Iterator[Session]:
        if self._connection is None:  # a server: ordinary sessions
            with self._db.session() as session:
                yield session
            return
        with self._db._storage_errors(), \
                Session(bind=self._connection, expire_on_commit=False) as session, \
                session.begin():
            yield session
