"""What the command modules share: the one-line error, opening the database the way the
app opens it (the lock and the start-up checks), printing JSON and finding a person.

Imports only the standard library until a command runs, so ``annotator --help`` stays quick.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from annotator.core.i18n import Texts, language_from_environment, set_language

__all__ = ["OPENED", "CliError", "CliText", "choose_language", "find_annotator",
           "open_database_for", "open_for_reading", "print_json"]


class CliText(Texts):
    """The translation context of the command line's help and messages (``--json`` output
    is data and stays as it is)."""


def choose_language() -> str:
    """Set the language of the messages the way gettext does (``LANGUAGE``, ``LC_ALL``,
    ``LC_MESSAGES``, ``LANG``). Only when the environment sets none of them (a Windows or
    macOS shell, usually) is the app's View > Language choice read from its settings file,
    so an English start pays for no extra import."""
    language = language_from_environment()
    if language is None:
        language = _saved_language()
    return set_language(language or "en")


def _saved_language() -> str:
    import configparser

    from annotator.paths import config_dir

    settings = configparser.ConfigParser(interpolation=None)
    try:
        settings.read(config_dir() / "settings.ini", encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return ""
    return settings.get("view", "language", fallback="")


class CliError(Exception):
    """Bad input: printed as one line on stderr, exit code 2."""



OPENED: list[Callable[[], None]] = []  # how to close what _open opened, run at the end


def open_database_for(args: argparse.Namespace, *, writes: bool = False) -> Any:
    """The database for a command, opened the way the app opens it: the instance lock, the
    start-up checks (a foreign -wal, damage, a zero-byte file with backups), and read-only
    when it cannot be written. ``writes``: the command changes the database, so it refuses
    to run while the app has it open. Notices go to stderr."""
    from annotator.services.context import AppContext, open_context
    from annotator.services.maintenance import (
        StorageError,
        acquire_instance_lock,
        already_open_message,
        database_path,
        finish_database,
        read_only_start,
        start_database,
    )
    from annotator.services.sample import ensure_sample_exercise

    path = database_path(args.db)
    if path is None:  # in-memory or a server database: no file to check or lock
        ctx = open_context(args.db)
        if not ctx.db.is_server:  # a school server's exercises are set by its instructors
            ensure_sample_exercise(ctx.db)
        OPENED.append(ctx.close)
        return ctx
    try:
        lock = acquire_instance_lock(path)
        busy = None if lock is not None else already_open_message(path)
    except StorageError as error:  # the lock file cannot be created: a read-only folder
        lock, busy = None, str(error)
    if lock is None:
        if writes:
            raise CliError(busy or already_open_message(path))
        started = read_only_start(path, "it is open in Source Annotator or cannot be locked")
        OPENED.append(started.db.close)
        return AppContext(started.db)
    try:
        # No start-up backup (a command that changes the database, import, makes its own)
        # and no quick_check of the whole file (a command meets damage, if any, as a
        # one-line error; the app checks at its start): a command on a class of 1,000 stays
        # quick. The foreign -wal, zero-byte and header checks still run.
        started = start_database(args.db, recover=False, start_backup=False,
                                 quick_check=False)
    except BaseException:
        lock.release()
        raise
    OPENED.append(lock.release)
    OPENED.append(lambda: finish_database(started.db))
    for notice in started.notices():
        print(f"annotator: {notice}", file=sys.stderr)
    if started.read_only and writes:
        raise CliError(f"{path}: " + CliText.tr(
            "cannot be written ({reason}); nothing was changed").format(
                reason=started.read_only_reason))
    if not started.read_only:
        ensure_sample_exercise(started.db)
    return AppContext(started.db)


def open_for_reading(args: argparse.Namespace) -> Any:
    """Like :func:`open_database_for`, for a command that only reads (``review``): an SQLite
    file that needs nothing done to it is opened with plain ``sqlite3``, step for step as
    the full opening would (``storage/read_open.py``), so neither SQLAlchemy nor the models
    are imported; anything else is opened the full way. The result's ``db`` has
    ``reader()``."""
    from types import SimpleNamespace

    from annotator.paths import default_database_url
    from annotator.storage.read_open import open_for_reading as open_file
    from annotator.storage.sqlite_urls import sqlite_url_path

    found = sqlite_url_path(default_database_url(args.db))
    if found is not None:
        from pathlib import Path

        opened = open_file(Path(found), SAMPLE_EXERCISE_HEX)
        if opened is not None:
            OPENED.append(opened.close)
            for notice in opened.notices:
                print(f"annotator: {notice}", file=sys.stderr)
            return SimpleNamespace(db=opened)
    return open_database_for(args)


# services.sample.SAMPLE_EXERCISE_ID as stored in SQLite (a test checks they agree)
SAMPLE_EXERCISE_HEX = "7e0e2d238c344c028bb79a0052b7f4b0"


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")



def find_annotator(db: Any, text: str) -> Any:
    """A full id, else an exact display name, else an unambiguous id prefix."""
    import uuid

    from annotator.services.annotators import list_annotators

    wanted = text.strip()
    people = list_annotators(db)
    try:
        exact = uuid.UUID(wanted)
    except ValueError:
        exact = None
    named = [a for a in people if a.display_name.casefold() == wanted.casefold()]
    prefixed = [a for a in people if wanted and str(a.id).startswith(wanted.lower())]
    for matches in ([a for a in people if a.id == exact], named, prefixed):
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise CliError(
                CliText.tr("%n annotators are called {name}; give the id instead", "",
                           len(matches)).format(name=repr(wanted))
                if matches is named
                else CliText.tr("{start} is the start of %n annotator ids; give more of it",
                                "", len(matches)).format(start=repr(wanted))
            )
    raise CliError(CliText.tr("no annotator with id or name {name}").format(name=repr(wanted)))
