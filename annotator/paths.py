"""Where the app keeps its files.

Folders come from platformdirs; environment variables redirect them (tests and portable
installs use these):

* ``ANNOTATOR_DATA_DIR``: database, backups
* ``ANNOTATOR_CONFIG_DIR``: settings file
* ``ANNOTATOR_LOG_DIR``: log files
* ``ANNOTATOR_DB``: the database itself, a file path or any SQLAlchemy URL
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from annotator.storage.sqlite_urls import sqlite_url

_APP = "source-annotator"


def _dir(env: str, default: str) -> Path:
    value = os.environ.get(env)
    return Path(value).expanduser() if value else Path(default)


def data_dir() -> Path:
    return _dir("ANNOTATOR_DATA_DIR", platformdirs.user_data_dir(_APP, appauthor=False))


def config_dir() -> Path:
    return _dir("ANNOTATOR_CONFIG_DIR", platformdirs.user_config_dir(_APP, appauthor=False))


def log_dir() -> Path:
    return _dir("ANNOTATOR_LOG_DIR", platformdirs.user_log_dir(_APP, appauthor=False))


def backup_dir() -> Path:
    return data_dir() / "backups"


def default_database_url(override: str | None = None) -> str:
    """The database URL: ``override`` (``--db``), else ``ANNOTATOR_DB``, else the data folder.

    A value containing ``://`` is taken as an SQLAlchemy URL; anything else is a file path.
    """
    value = override or os.environ.get("ANNOTATOR_DB")
    if value and "://" in value:
        return value
    path = Path(value).expanduser() if value else data_dir() / "annotator.sqlite3"
    return sqlite_url(path.resolve())
