"""One app instance per database; a lock left by a killed process is recovered."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.storage.lock import acquire_instance_lock, already_open_message, lock_path

HOLDER = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "from annotator.storage.lock import acquire_instance_lock\n"
    "lock = acquire_instance_lock(Path(sys.argv[1]))\n"
    "print('locked' if lock else 'refused', flush=True)\n"
    "time.sleep(60)\n"
)


def _holder(database: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(database)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "locked"
    return proc


@pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")
def test_second_instance_is_refused_and_a_killed_holders_lock_is_recovered(
    tmp_path: Path,
) -> None:
    database = tmp_path / "annotator.sqlite3"
    for _ in range(3):
        proc = _holder(database)
        assert acquire_instance_lock(database) is None  # a second launch is refused
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert proc.stdout is not None
        proc.stdout.close()
        assert lock_path(database).exists()  # the crash left the file behind ...
        lock = acquire_instance_lock(database)  # ... and the lock is free at once
        assert lock is not None and lock.held
        lock.release()


def test_lock_is_exclusive_within_one_process_and_released_on_exit(tmp_path: Path) -> None:
    database = tmp_path / "annotator.sqlite3"
    with acquire_instance_lock(database) as first:  # type: ignore[union-attr]
        assert first.held
        assert acquire_instance_lock(database) is None
    again = acquire_instance_lock(database)
    assert again is not None
    again.release()


def test_already_open_message_is_plain(tmp_path: Path) -> None:
    message = already_open_message(tmp_path / "annotator.sqlite3")
    assert "already open" in message and "\n" not in message and "<" not in message


def test_a_lock_that_cannot_be_created_is_a_read_only_error(tmp_path: Path) -> None:
    from annotator.storage.errors import ReadOnlyError

    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    with pytest.raises(ReadOnlyError, match="cannot create the lock file"):
        acquire_instance_lock(not_a_folder / "annotator.sqlite3")
