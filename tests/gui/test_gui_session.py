"""open_session: one instance per database, damaged files recovered and explained, a clean
exit recorded; every message plain text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from annotator.gui.session import open_session
from annotator.services.maintenance import database_path
from annotator.storage.run_marker import marker_path


class Told:
    def __init__(self) -> None:
        self.messages: list[tuple[QMessageBox.Icon, str]] = []

    def __call__(self, icon: QMessageBox.Icon, text: str) -> None:
        self.messages.append((icon, text))


def test_second_session_on_the_same_database_is_refused_plainly(qtbot: Any) -> None:
    told = Told()
    first = open_session(show=told)
    assert first is not None and told.messages == []
    assert open_session(show=told) is None
    assert told.messages[-1][0] == QMessageBox.Icon.Information
    assert "already open in another Source Annotator window" in told.messages[-1][1]
    first.close()
    path = database_path()
    assert path is not None and not marker_path(path).exists()
    again = open_session(show=told)
    assert again is not None
    again.close()


def test_damaged_database_is_recovered_and_the_user_told_where_it_went(qtbot: Any) -> None:
    told = Told()
    session = open_session(show=told)
    assert session is not None
    session.close()
    path = database_path()
    assert path is not None
    path.write_bytes(b"\x00" * 4096)  # a sync client wrote zeros over it
    session = open_session(show=told)
    assert session is not None
    icon, text = told.messages[-1]
    assert icon == QMessageBox.Icon.Warning and "damaged" in text and "Traceback" not in text
    damaged = session.started.recovery.damaged_copy
    assert damaged is not None and str(damaged) in text and damaged.read_bytes() == b"\x00" * 4096
    session.close()


def test_unopenable_database_is_told_and_the_lock_released(qtbot: Any, tmp_path: Path) -> None:
    told = Told()
    path = tmp_path / "future.sqlite3"
    first = open_session(str(path), show=told)
    assert first is not None
    with first.ctx.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    first.close()
    assert open_session(str(path), show=told) is None
    assert told.messages[-1][0] == QMessageBox.Icon.Critical
    assert "newer version" in told.messages[-1][1]
    from annotator.services.maintenance import acquire_instance_lock

    lock = acquire_instance_lock(path)  # the failed session did not keep the lock
    assert lock is not None
    lock.release()
