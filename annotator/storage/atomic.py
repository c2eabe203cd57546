"""Writing a file so that an interruption never leaves half of it under the final name.

:func:`atomic_write` writes into a temporary file next to the target
(``.<name>.<random>.partial``), flushes it to disk, and renames it over the target only when
the caller's block finished without an exception. A crash or a kill leaves the old file (or
no file) in place, plus at most a ``.partial`` file that :func:`remove_partial_files` clears.
Hand-ins, exercise packages and exports should all be written this way.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

__all__ = ["atomic_write", "atomic_write_bytes", "remove_partial_files"]

PARTIAL = ".partial"


@contextmanager
def atomic_write(target: Path) -> Iterator[BinaryIO]:
    """Yield a binary file; on a clean exit it replaces ``target`` in one rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PARTIAL, dir=target.parent)
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    if os.name == "posix":
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def atomic_write_bytes(target: Path, data: bytes) -> None:
    with atomic_write(target) as f:
        f.write(data)


def remove_partial_files(folder: Path) -> list[Path]:
    """Delete temporaries that an interrupted :func:`atomic_write` left in ``folder``."""
    leftovers = [p for p in folder.glob(f".*{PARTIAL}") if p.is_file()]
    for path in leftovers:
        path.unlink(missing_ok=True)
    return leftovers
