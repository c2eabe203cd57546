"""Files are synced through a handle the system can flush: on Windows FlushFileBuffers
needs write access, so a read-only handle would make every backup fail there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from annotator.storage.backup import backup_sqlite_file, list_backups
from annotator.storage.database import open_database
from annotator.storage.durable import fsync_file, fsync_folder, sync_open_flags

ACCESS = os.O_RDONLY | os.O_WRONLY | os.O_RDWR


def test_windows_opens_for_writing_before_syncing() -> None:
    assert sync_open_flags(windows=True) & ACCESS == os.O_RDWR
    assert sync_open_flags(windows=False) & ACCESS == os.O_RDONLY


def test_syncing_a_file_leaves_it_unchanged_and_a_missing_one_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(b"abc")
    fsync_file(path)
    fsync_folder(tmp_path)
    fsync_folder(tmp_path / "missing")  # never raises
    assert path.read_bytes() == b"abc"
    with pytest.raises(FileNotFoundError):
        fsync_file(tmp_path / "missing.bin")


def test_a_backup_is_synced_and_finished(tmp_path: Path) -> None:
    source = tmp_path / "class.sqlite3"
    open_database(f"sqlite:///{source}").close()
    made = backup_sqlite_file(source, tmp_path / "backups", reason="test")
    assert list_backups(tmp_path / "backups", "class") == [made]
    assert not list((tmp_path / "backups").glob("*.partial*"))
