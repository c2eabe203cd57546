"""Errors raised by the storage layer. Each message is one line, fit to show a user."""

from __future__ import annotations


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
