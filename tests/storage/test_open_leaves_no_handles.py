"""A database that fails to open leaves no file handle behind: on Windows an open handle
would stop recovery from moving the file aside, and the user from deleting it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psutil
import pytest

from annotator.storage import database
from annotator.storage.errors import StorageError


def _open_handles(folder: Path) -> list[str]:
    return [f.path for f in psutil.Process().open_files()
            if Path(f.path).resolve().parent == folder.resolve()]


def test_a_failed_create_closes_the_new_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(engine: object) -> None:
        with engine.connect():  # type: ignore[attr-defined]
            pass  # the file is opened, as creating the tables does, then it fails
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(database, "_create", fail)
    with pytest.raises(StorageError, match="could not open the database"):
        database.open_database(f"sqlite:///{tmp_path / 'class.sqlite3'}")
    assert _open_handles(tmp_path) == []
    (tmp_path / "class.sqlite3").rename(tmp_path / "moved.sqlite3")


def test_a_refused_database_leaves_no_handle(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE someone_else (x)")
    con.commit()
    con.close()
    with pytest.raises(StorageError, match="not a Source Annotator database"):
        database.open_database(f"sqlite:///{path}")
    assert _open_handles(tmp_path) == []
