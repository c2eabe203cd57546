"""Errors raised by the storage layer. Each message is one line, fit to show a user."""

from __future__ import annotations

from annotator.core.i18n import Texts


class StorageText(Texts):
    """The translation context of storage problems (the file or server stays in front)."""


class StorageError(Exception):
    """Base class for database problems a user should be told about."""


class DatabaseTooNewError(StorageError):
    """The file was written by a newer version of the app; it is left untouched."""


class ForeignDatabaseError(StorageError):
    """The file is an SQLite database, but not one of ours."""


class MigrationError(StorageError):
    """Upgrading the schema failed; the database was rolled back to what it was."""


class BackupError(StorageError):
    """A backup could not be written or did not pass its check."""


class DatabaseDamagedError(StorageError):
    """The file is damaged (not a database, truncated, failed its check)."""


class WriteError(StorageError):
    """A change could not be written; it was not stored and the database is as it was."""


class ReadOnlyError(WriteError):
    """The database file or its folder cannot be written to."""


class DiskFullError(WriteError):
    """The disk (or the database's size limit) is full."""


class DatabaseBusyError(WriteError):
    """Another program holds the database locked for longer than the busy timeout."""


class InstanceLockedError(StorageError):
    """Another copy of the app already has this database open."""


class ServerUnavailableError(WriteError):
    """The database server cannot be reached (network down, server stopped or restarting)."""


class AccessDeniedError(StorageError):
    """The server refused the login, or the logged-in role may not do this."""


class SchemaOutdatedError(StorageError):
    """A server database has an older schema: only ``annotator server upgrade`` upgrades it."""
