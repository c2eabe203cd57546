"""One app instance per database: an operating-system lock on ``<database>.lock``.

The lock is taken with :mod:`filelock` (``fcntl.flock`` on Linux and macOS, ``msvcrt`` on
Windows). The operating system drops such a lock when its process ends in any way, so a
lock left by a crashed or killed process is recovered automatically: the next launch simply
gets it. The lock file itself may stay on disk; it is the lock on it that counts.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

from annotator.storage.errors import ReadOnlyError, StorageText

__all__ = [
    "InstanceLock",
    "acquire_instance_lock",
    "already_open_message",
    "held_elsewhere",
    "lock_path",
]


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class InstanceLock:
    """A held lock; :meth:`release` it at exit (the OS releases it if the process dies)."""

    def __init__(self, database: Path, lock: FileLock) -> None:
        self.database = database
        self._lock = lock

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def acquire_instance_lock(database: Path) -> InstanceLock | None:
    """Lock ``database`` for this process, or return None if another process holds it.

    Raises :class:`ReadOnlyError` when the lock file cannot be created at all.
    """
    path = lock_path(database)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(path, timeout=0, thread_local=False, is_singleton=False)
        lock.acquire()
    except Timeout:
        return None
    except OSError as exc:
        raise ReadOnlyError(
            f"{database}: " + StorageText.tr("cannot create the lock file {name} ({reason})")
            .format(name=path.name, reason=exc.strerror or exc)
        ) from exc
    return InstanceLock(database, lock)


def held_elsewhere(database: Path) -> bool:
    """Whether another instance holds ``database``'s lock, told by taking the lock and
    releasing it at once. False when there is no lock file (nobody has it: nothing is
    created) or it cannot be opened (:func:`acquire_instance_lock` will say why)."""
    path = lock_path(database)
    if not path.is_file():
        return False
    lock = FileLock(path, timeout=0, thread_local=False, is_singleton=False)
    try:
        lock.acquire()
    except Timeout:
        return True
    except OSError:
        return False
    lock.release(force=True)
    return False


def already_open_message(database: Path) -> str:
    return (
        StorageText.tr("The database {name} is already open in another Source Annotator "
                       "window. Switch to that window, or close it and try again.").format(
                           name=database)
    )
