"""Flushing files and folders to disk on every system.

On Windows ``os.fsync`` is ``_commit``, which calls ``FlushFileBuffers``: that needs a
handle opened for writing, so a file opened read-only cannot be synced there (``EBADF``).
Folders cannot be opened or synced at all on Windows; NTFS journals the rename itself.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

__all__ = ["fsync_file", "fsync_folder", "sync_open_flags"]


def sync_open_flags(windows: bool) -> int:
    """The :func:`os.open` flags for a file about to be synced: write access on Windows."""
    if windows:
        return os.O_RDWR | getattr(os, "O_BINARY", 0)
    return os.O_RDONLY


def fsync_file(path: Path) -> None:
    """Flush ``path``'s data to disk; OSErrors propagate."""
    fd = os.open(path, sync_open_flags(os.name == "nt"))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Flush a folder so a rename in it survives a crash, where the system allows it
    (not on Windows); never raises."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
