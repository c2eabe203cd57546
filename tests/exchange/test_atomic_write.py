from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from annotator.exchange.atomic import atomic_write_bytes, atomic_writer
from annotator.exchange.errors import ExchangeError


def test_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    atomic_write_bytes(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]


def test_an_error_while_writing_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("precious")

    def write_then_fail() -> None:
        with atomic_writer(target, "w", encoding="utf-8") as handle:
            handle.write("half of the new")
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        write_then_fail()
    assert target.read_text() == "precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_a_full_disk_becomes_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExchangeError) as info:
        atomic_write_bytes(target, b"new")
    assert str(info.value) == f"{target}: the disk is full; nothing was written"
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match="the folder does not exist"):
        atomic_write_bytes(tmp_path / "nowhere" / "out.bin", b"x")


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="needs POSIX permissions")
def test_a_read_only_folder_is_refused_clearly(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExchangeError, match="permission denied"):
            atomic_write_bytes(folder / "out.bin", b"x")
    finally:
        folder.chmod(0o700)


def test_read_modes_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="write-only"), atomic_writer(tmp_path / "x", "r+b"):
        pass


@pytest.mark.parametrize(
    ("code", "words"),
    [(errno.EROFS, "the disk is read-only"), (errno.EACCES, "permission denied")],
)
def test_refused_renames_keep_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")

    def refuse(src: object, dst: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExchangeError, match=words):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]
