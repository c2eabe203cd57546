"""Writing files atomically: the old file stays whole until the new one is complete.

Data goes to a temporary file in the same folder, is flushed and synced to disk, then renamed
over the target with :func:`os.replace`; the folder is synced where the platform allows it. On
any error the temporary file is removed and the old file is untouched.

On Windows a file another program has open (a reader, a virus scanner, a sync client
looking at the new file) cannot be replaced for a moment, so the rename is retried briefly
on ``PermissionError`` there. On every system a process killed mid-write leaves its
``.<name>.<random>.tmp`` file behind, so each write to a target first removes that target's
temporary files older than :data:`STALE_AFTER` (never a fresh one, which another process
may still be writing).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from annotator.core.i18n import Texts
from annotator.exchange.errors import ExchangeError
from annotator.storage.durable import fsync_folder

__all__ = [
    "REPLACE_RETRY_DELAYS",
    "STALE_AFTER",
    "FileProblemText",
    "atomic_write_bytes",
    "atomic_writer",
    "describe_create_error",
    "describe_os_error",
    "describe_replace_error",
    "remove_stale_temporaries",
    "replace_retrying",
]

STALE_AFTER = 10 * 60.0  # seconds: no write of ours takes this long
# Seconds to wait between renames refused on Windows (about 1.5 s in all).
REPLACE_RETRY_DELAYS = (0.02, 0.05, 0.1, 0.2, 0.4, 0.7)


class FileProblemText(Texts):
    """The translation context of what the operating system refused (file name in front)."""


def _message(code: int | None) -> str | None:
    """The translated words for an ``errno`` the app explains, else ``None``."""
    if code == errno.ENOSPC:
        return FileProblemText.tr("the disk is full; nothing was written")
    if code == errno.EDQUOT:
        return FileProblemText.tr("the disk quota is exhausted; nothing was written")
    if code in (errno.EACCES, errno.EPERM):
        return FileProblemText.tr("permission denied; choose a folder you can write to")
    if code == errno.EROFS:
        return FileProblemText.tr("the disk is read-only; choose another folder")
    if code == errno.ENOENT:
        return FileProblemText.tr("the folder does not exist")
    if code == errno.ENAMETOOLONG:
        return FileProblemText.tr("the file name is too long")
    return None


def in_use() -> str:
    """The message for a file another program holds open (Windows)."""
    return FileProblemText.tr(
        "the file is open in another program (or read-only); close it there and try "
        "again, or save under another name; nothing was written")


def too_long() -> str:
    """The message for a path longer than the system allows."""
    return FileProblemText.tr(
        "the path is too long for this system; choose a shorter file name or a folder "
        "nearer the top of the disk; nothing was written")


def describe_replace_error(exc: OSError, windows: bool) -> str:
    """The message for a refused final rename. The temporary file was created in the same
    folder, so the folder is writable: on Windows a permission error then means the file
    itself is in use (a spreadsheet showing the CSV, a viewer) or read-only."""
    if windows and isinstance(exc, PermissionError):
        return in_use()
    return describe_os_error(exc)


_WINDOWS_TOO_LONG = {206}  # ERROR_FILENAME_EXCED_RANGE


def describe_create_error(exc: OSError, folder_exists: bool) -> str:
    """The message for a temporary file that could not be created. "No such file" in a
    folder that exists means the path was too long (Windows without long paths: 260
    characters in all)."""
    if isinstance(exc, FileNotFoundError) and folder_exists:
        return too_long()
    return describe_os_error(exc)


def describe_os_error(exc: OSError) -> str:
    """A short, user-facing description of an operating-system error."""
    if getattr(exc, "winerror", None) in _WINDOWS_TOO_LONG:
        return too_long()
    return _message(exc.errno) or exc.strerror or str(exc)


def _temporary_pattern(target: Path) -> re.Pattern[str]:
    # tempfile.mkstemp adds eight characters from [a-z0-9_] between prefix and suffix.
    return re.compile(re.escape(f".{target.name}.") + r"[a-z0-9_]{8}\.tmp")


def remove_stale_temporaries(
    target: Path, now: float | None = None, stale_after: float = STALE_AFTER
) -> list[Path]:
    """Delete the temporary files of writes to ``target`` that were killed mid-write: those
    last modified more than ``stale_after`` seconds before ``now``. Return those deleted;
    errors are ignored (the write itself reports any real problem)."""
    folder = target.parent if str(target.parent) else Path(".")
    pattern = _temporary_pattern(target)
    moment = time.time() if now is None else now
    removed: list[Path] = []
    try:
        candidates = list(folder.iterdir())
    except OSError:
        return removed
    for path in candidates:
        if not pattern.fullmatch(path.name):
            continue
        try:
            if moment - path.stat().st_mtime > stale_after and path.is_file():
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed


def replace_retrying(
    source: Path,
    target: Path,
    delays: Sequence[float],
    replace: Callable[[Path, Path], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """``replace(source, target)``, tried again after each of ``delays`` while it raises
    :class:`PermissionError` (Windows refuses to replace a file that is open elsewhere);
    the last error propagates. ``replace`` defaults to :func:`os.replace`."""
    replace = replace or os.replace
    for delay in delays:
        try:
            replace(source, target)
            return
        except PermissionError:
            sleep(delay)
    replace(source, target)


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
    remove_stale_temporaries(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExchangeError(target, describe_create_error(exc, folder.is_dir())) from exc
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
        try:
            replace_retrying(tmp, target, REPLACE_RETRY_DELAYS if os.name == "nt" else ())
        except OSError as exc:
            raise ExchangeError(target, describe_replace_error(exc, os.name == "nt")) from exc
    except ExchangeError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
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
