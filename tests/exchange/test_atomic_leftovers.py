"""What a killed writer leaves is cleared by the next write to the same file, and a rename
Windows refuses while another program has the file open is tried again."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pytest

from annotator.exchange.atomic import (
    STALE_AFTER,
    atomic_write_bytes,
    describe_os_error,
    describe_replace_error,
    remove_stale_temporaries,
    replace_retrying,
)
from annotator.exchange.errors import ExchangeError


def _leftover(folder: Path, target: str, age: float) -> Path:
    """A temporary file as atomic_writer names it, last written ``age`` seconds ago."""
    fd, name = tempfile.mkstemp(prefix=f".{target}.", suffix=".tmp", dir=folder)
    os.write(fd, b"half a file")
    os.close(fd)
    moment = time.time() - age
    os.utime(name, (moment, moment))
    return Path(name)


def test_the_next_write_removes_old_leftovers_of_that_file_only(tmp_path: Path) -> None:
    target = tmp_path / "Jobs [draft].handin.json"
    target.write_bytes(b"old")
    stale = [_leftover(tmp_path, target.name, STALE_AFTER + 60) for _ in range(2)]
    fresh = _leftover(tmp_path, target.name, 5)  # another process may be writing it now
    other = _leftover(tmp_path, "other.handin.json", STALE_AFTER + 60)
    longer = _leftover(tmp_path, target.name + ".bak", STALE_AFTER + 60)
    mine = tmp_path / f".{target.name}.notours.tmp"
    mine.write_bytes(b"a user's file that only looks similar")
    os.utime(mine, (0, 0))

    atomic_write_bytes(target, b"new")

    assert target.read_bytes() == b"new"
    assert not any(p.exists() for p in stale)
    assert fresh.exists() and other.exists() and longer.exists() and mine.exists()


def test_removal_is_judged_by_age(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    leftover = _leftover(tmp_path, target.name, 0)
    later = time.time() + STALE_AFTER + 1
    assert remove_stale_temporaries(target, now=time.time()) == []
    assert remove_stale_temporaries(target, now=later) == [leftover]
    assert not leftover.exists()
    assert remove_stale_temporaries(tmp_path / "missing" / "x.csv") == []


def test_a_refused_rename_is_tried_again_until_it_works(tmp_path: Path) -> None:
    calls: list[tuple[Path, Path]] = []
    waits: list[float] = []

    def busy_twice(src: Path, dst: Path) -> None:
        calls.append((src, dst))
        if len(calls) <= 2:
            raise PermissionError(13, "The process cannot access the file")
        os.replace(src, dst)

    source, target = tmp_path / "new", tmp_path / "old"
    source.write_bytes(b"new")
    target.write_bytes(b"old")
    replace_retrying(source, target, (0.01, 0.02, 0.03), replace=busy_twice, sleep=waits.append)
    assert target.read_bytes() == b"new"
    assert len(calls) == 3 and waits == [0.01, 0.02]


def test_a_rename_refused_for_good_gives_up_with_the_error(tmp_path: Path) -> None:
    waits: list[float] = []

    def never(src: Path, dst: Path) -> None:
        raise PermissionError(13, "Access is denied")

    with pytest.raises(PermissionError):
        replace_retrying(tmp_path / "a", tmp_path / "b", (0.01, 0.02), replace=never,
                         sleep=waits.append)
    assert waits == [0.01, 0.02]


def test_other_errors_are_not_retried(tmp_path: Path) -> None:
    waits: list[float] = []

    def full(src: Path, dst: Path) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        replace_retrying(tmp_path / "a", tmp_path / "b", (0.01,), replace=full,
                         sleep=waits.append)
    assert waits == []


def test_a_file_held_open_on_windows_is_named_as_such() -> None:
    held = PermissionError(13, "Access is denied")
    assert "open in another program" in describe_replace_error(held, windows=True)
    assert "permission denied" in describe_replace_error(held, windows=False)
    full = OSError(28, "No space left on device")
    assert describe_replace_error(full, windows=True) == "the disk is full; nothing was written"


def test_a_path_too_long_for_windows_is_named_not_called_a_missing_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows without long paths refuses more than 260 characters with "not found"."""

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise FileNotFoundError(2, "The system cannot find the path specified")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ExchangeError, match="the path is too long"):
        atomic_write_bytes(tmp_path / ("x" * 200 + ".csv"), b"new")
    with pytest.raises(ExchangeError, match="the folder does not exist"):
        atomic_write_bytes(tmp_path / "missing" / "a.csv", b"new")
    too_long = FileNotFoundError(2, "The filename or extension is too long")
    too_long.winerror = 206  # type: ignore[attr-defined]
    assert "too long" in describe_os_error(too_long)
