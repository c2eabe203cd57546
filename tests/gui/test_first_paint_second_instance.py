"""A second instance on a database that is already open shows no preview behind its
"already open" message (gui/first_paint.py checks the instance lock first)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from annotator.gui import application, session
from annotator.gui.first_paint import PreviewWindow, show_preview
from annotator.gui.settings import Settings
from annotator.services.context import open_context
from annotator.services.sample import ensure_sample_exercise
from annotator.storage.lock import acquire_instance_lock, held_elsewhere


def _visible_previews() -> list[PreviewWindow]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, PreviewWindow) and w.isVisible()]


def _class_database(tmp_path: Path) -> Path:
    db = tmp_path / "class.sqlite3"
    ctx = open_context(str(db))
    ensure_sample_exercise(ctx.db)
    ctx.close()
    return db


def test_no_preview_flashes_behind_the_already_open_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    db = _class_database(tmp_path)
    lock = acquire_instance_lock(db)
    assert lock is not None
    previews_when_told: list[list[PreviewWindow]] = []
    told: list[str] = []

    def show(icon: object, text: str, parent: object = None) -> None:
        told.append(text)
        previews_when_told.append(_visible_previews())

    monkeypatch.setattr(session, "_show", show)
    try:
        assert held_elsewhere(db)
        assert application.run_gui(str(db)) == 2
    finally:
        lock.release()
    assert len(told) == 1 and "already open" in told[0]
    assert previews_when_told == [[]]


def test_the_preview_is_shown_when_nobody_has_the_database(
    tmp_path: Path, qtbot: object
) -> None:
    db = _class_database(tmp_path)
    assert not held_elsewhere(db)
    lock = acquire_instance_lock(db)  # taken and released: a lock file is left behind
    assert lock is not None
    lock.release()
    assert not held_elsewhere(db)
    preview = show_preview(Settings(), str(db), None)
    assert preview is not None
    qtbot.addWidget(preview)  # type: ignore[attr-defined]
    assert preview.isVisible() and preview.panes
    assert acquire_instance_lock(db) is not None  # the check kept nothing


def test_checking_creates_no_lock_file(tmp_path: Path) -> None:
    db = tmp_path / "new" / "class.sqlite3"
    assert not held_elsewhere(db)
    assert not (tmp_path / "new").exists()
