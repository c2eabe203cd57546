"""run_gui goes through the guarded session: one instance per database, crash hook installed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from annotator.gui import application, session
from annotator.services.maintenance import acquire_instance_lock


def test_second_instance_is_told_plainly_and_exits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    db = tmp_path / "class.sqlite3"
    lock = acquire_instance_lock(db)
    assert lock is not None
    told: list[str] = []
    monkeypatch.setattr(session, "_show", lambda icon, text, parent=None: told.append(text))
    before = sys.excepthook
    try:
        assert application.run_gui(str(db)) == 2
    finally:
        lock.release()
    assert len(told) == 1
    assert "already open in another Source Annotator window" in told[0]
    assert sys.excepthook is before  # the crash hook is removed again on the way out


def test_window_runs_with_crash_hook_and_releases_the_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    db = tmp_path / "class.sqlite3"
    seen: dict[str, object] = {}

    def fake_exec() -> int:
        seen["hook"] = type(sys.excepthook).__name__
        seen["locked"] = acquire_instance_lock(db) is None  # held by the running app
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    monkeypatch.setattr(session, "_show", lambda icon, text, parent=None: None)
    assert application.run_gui(str(db)) == 0
    assert seen == {"hook": "CrashHandler", "locked": True}
    again = acquire_instance_lock(db)  # released at exit
    assert again is not None
    again.release()
