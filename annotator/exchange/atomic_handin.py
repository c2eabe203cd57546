"""Writing a file atomically: a temporary file in the same folder, flushed to disk, renamed.

A full USB stick or a crash then leaves either the old file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from annotator.exchange.handin_errors import HandinError

__all__ = ["write_atomically"]


def write_atomically(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` so that ``path`` is never seen half-written.

    Raises :class:`HandinError` naming the file when the folder is missing, not writable, or
    the disk is full; the temporary file is removed and an existing ``path`` is untouched.
    """
    target = Path(path)
    folder = target.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise HandinError(f"{target}: cannot write here ({exc.strerror or exc})") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise HandinError(f"{target}: could not be written ({exc.strerror or exc})") from exc
    _fsync_folder(folder)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
