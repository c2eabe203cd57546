"""No two window-wide actions share a key: Qt would treat the key as ambiguous and run neither."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.sample import SAMPLE_EXERCISE_ID

WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def test_window_wide_shortcuts_are_unique(qtbot: object, ctx: object) -> None:
    window = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    owners: dict[str, set[str]] = defaultdict(set)
    for action in window.findChildren(QAction):
        if action.shortcutContext() not in WINDOW_WIDE:
            continue
        for key in action.shortcuts():
            if not key.isEmpty():
                owners[key.toString()].add(action.text())
    clashes = {key: names for key, names in owners.items() if len(names) > 1}
    assert clashes == {}
    assert {"Ctrl+Z", "Ctrl+Shift+H", "Ctrl+Shift+O", "Ctrl+Shift+E", "Ctrl+R"} <= set(owners)
