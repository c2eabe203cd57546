"""atomic_write: the old file stays until the new one is complete."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.storage.atomic import atomic_write, atomic_write_bytes


def test_failure_inside_the_block_keeps_the_old_file_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "handin.sahandin"
    atomic_write_bytes(target, b"good old hand-in")
    with pytest.raises(RuntimeError), atomic_write(target) as f:
        f.write(b"half of a new")
        raise RuntimeError("interrupted")
    assert target.read_bytes() == b"good old hand-in"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["handin.sahandin"]


def test_success_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "package.saexercise"
    atomic_write_bytes(target, b"one")
    atomic_write_bytes(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in target.parent.iterdir()] == ["package.saexercise"]
