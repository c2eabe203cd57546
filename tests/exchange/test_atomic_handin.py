"""Atomic writes: the target is whole or untouched, and no temporary file is left behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from annotator.exchange.atomic_handin import write_atomically
from annotator.exchange.handin_errors import HandinError


def test_writes_and_replaces_without_leftovers(tmp_path: Path) -> None:
    target = tmp_path / "hand-in.json"
    write_atomically(target, b"first")
    write_atomically(target, b"second")

    assert target.read_bytes() == b"second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hand-in.json"]


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "hand-in.json"
    target.write_bytes(b"old content")

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(HandinError, match=r"hand-in\.json: could not be written \(No space left"):
        write_atomically(target, b"new content")

    assert target.read_bytes() == b"old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hand-in.json"]


def test_a_missing_folder_is_reported_with_the_path(tmp_path: Path) -> None:
    with pytest.raises(HandinError, match=r"nowhere/x\.json: cannot write here"):
        write_atomically(tmp_path / "nowhere" / "x.json", b"data")
