"""Writing files atomically: the old file stays whole until the new one is complete.

Data goes to a temporary file in the same folder, is flushed and synced to disk, then renamed
over the target with :func:`os.replace`; the folder is synced where the platform allows it. On
any error the temporary file is removed and the old file is untouched.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from annotator.exchange.errors import ExchangeError
from annotator.storage.durable import fsync_folder

__all__ = ["atomic_write_bytes", "atomic_writer", "describe_os_error"]

_MESSAGES = {
    errno.ENOSPC: "the disk is full; nothing was written",
    errno.EDQUOT: "the disk quota is exhausted; nothing was written",
    errno.EACCES: "permission denied; choose a folder you can write to",
    errno.EPERM: "permission denied; choose a folder you can write to",
    errno.EROFS: "the disk is read-only; choose another folder",
    errno.ENOENT: "the folder does not exist",
    errno.ENAMETOOLONG: "the file name is too long",
}


def describe_os_error(exc: OSError) -> str:
    """A short, user-facing description of an operating-system error."""
    if exc.errno in _MESSAGES:
        return _MESSAGES[exc.errno]
    return exc.strerror or str(exc)


@contextlib.contextmanager
def atomic_writer(
    path: str | os.PathLike[str], mode: str = "wb", **kwargs: Any
) -> Iterator[IO[Any]]:
    """Yield a file object opened on a temporary file that replaces ``path`` on success.

    ``mode`` must be a write mode (``"wb"`` or ``"w"``); text-mode keyword arguments such as
    ``encoding`` and ``newline`` are passed through. OSErrors become :class:`ExchangeError`.
    """
    if "r" in mode or "a" in mode or "+" in mode:
        raise ValueError(f"atomic_writer needs a write-only mode, not {mode!r}")
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExchangeError(target, describe_os_error(exc)) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, mode, **kwargs) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, target.stat().st_mode & 0o777)
        else:
            with contextlib.suppress(OSError):
                os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise ExchangeError(target, describe_os_error(exc)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_folder(folder)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically."""
    with atomic_writer(path, "wb") as handle:
        handle.write(data)
