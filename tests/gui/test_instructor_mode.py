"""A student sees a student's menus; instructor mode, remembered by the database, adds the
instructor's items."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services import identity
from annotator.services.annotators import create_annotator
from annotator.services.sample import SAMPLE_EXERCISE_ID
from annotator.storage.models import Role

CTRL = Qt.KeyboardModifier.ControlModifier
INSTRUCTOR_ITEMS = {"&New Exercise…", "Edit Exer&cise…", "Edit &Tags…", "Import Hand-in&s…",
                    "Import &Folder…"}


def shown_items(win: MainWindow) -> set[str]:
    return {a.text() for a in win.menu_file.actions() if a.isVisible() and not a.isSeparator()}


def menus(win: MainWindow) -> list[str]:
    return [a.text() for a in win.menuBar().actions() if a.isVisible()]


def test_students_see_a_students_menus_until_instructor_mode(
    qtbot: Any, ctx: Any, screenshot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ws_helpers import show_active

    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)
    qtbot.addWidget(win)
    show_active(qtbot, win, 1366, 740)
    assert not win.instructor_mode.action.isChecked()
    assert menus(win) == ["&File", "&Edit", "&View", "&Help"]
    assert not INSTRUCTOR_ITEMS & shown_items(win)
    assert {"&Open Exercise…", "&Hand In…", "Instr&uctor Mode", "Change Na&me…"} <= shown_items(
        win)
    # a hidden item's shortcut does nothing: Ctrl+R opens no class overview
    qtbot.keyClick(win.panes[0].view, Qt.Key.Key_R, CTRL)
    assert win.review.review_window is None
    # File > Instructor Mode
    win.instructor_mode.action.trigger()
    assert menus(win) == ["&File", "&Edit", "&View", "&Review", "&Help"]
    assert shown_items(win) >= INSTRUCTOR_ITEMS
    assert "Instructor mode is on" in win.statusBar().currentMessage()
    qtbot.keyClick(win.panes[0].view, Qt.Key.Key_R, CTRL)
    assert win.review.review_window is not None and win.review.review_window.isVisible()
    win.review.review_window.close()
    win.menu_file.popup(win.mapToGlobal(win.rect().topLeft()))
    screenshot(win.menu_file, "file-menu-instructor")
    win.menu_file.close()
    win.close()
    # remembered by the database, not the settings file
    assert identity.instructor_mode(ctx.db)
    monkeypatch.setenv("ANNOTATOR_CONFIG_DIR", str(tmp_path / "fresh-config"))
    again = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)
    qtbot.addWidget(again)
    assert again.instructor_mode.action.isChecked() and "&Review" in menus(again)
    again.instructor_mode.action.trigger()  # off again
    assert "&Review" not in menus(again)
    again.close()
    assert not identity.instructor_mode(ctx.db)


def test_a_database_with_an_answer_key_starts_in_instructor_mode(
    qtbot: Any, ctx: Any
) -> None:
    create_annotator(ctx.db, "Answer key", Role.KEY)
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)
    qtbot.addWidget(win)
    assert win.instructor_mode.action.isChecked() and "&Review" in menus(win)
    win.close()
