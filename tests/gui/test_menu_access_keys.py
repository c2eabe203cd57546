"""Every menu can be worked with Alt and a letter: no two items of one menu share a key."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QTabBar, QWidget

from annotator.gui.shortcuts_dialog import ShortcutsDialog


def access_key(text: str) -> str | None:
    plain = text.replace("&&", "")
    i = plain.find("&")
    return plain[i + 1].lower() if 0 <= i < len(plain) - 1 else None


def clashes(menu: QMenu, path: str) -> list[str]:
    found: list[str] = []
    keys: dict[str, list[str]] = {}
    for action in menu.actions():
        if action.isSeparator():
            continue
        key = access_key(action.text())
        if key:
            keys.setdefault(key, []).append(action.text())
        if action.menu() is not None:
            found += clashes(action.menu(), f"{path} > {action.text()}")
    found += [f"{path}: {' / '.join(texts)}" for texts in keys.values() if len(texts) > 1]
    return found


def test_no_menu_has_two_items_with_one_access_key(qtbot: object, ctx: object) -> None:
    from panel_helpers import open_window

    win = open_window(qtbot, ctx)
    menus = [a.menu() for a in win.menuBar().actions()]
    assert len(menus) >= 5
    bar_keys = [access_key(a.text()) for a in win.menuBar().actions()]
    assert len(bar_keys) == len(set(bar_keys)) and None not in bar_keys
    problems = [p for menu, a in zip(menus, win.menuBar().actions(), strict=True)
                for p in clashes(menu, a.text())]
    assert problems == []
    view = win.menu_view
    assert access_key(win.panels.act_find.text()) == "d"
    assert {access_key(a.text()) for a in view.actions() if not a.isSeparator()} >= {
        "i", "o", "a", "f", "d", "p"}
    win.close()


def test_full_screen_is_f11_and_listed_under_f1(qtbot: object, ctx: object) -> None:
    from panel_helpers import open_window

    win = open_window(qtbot, ctx)
    if sys.platform != "darwin":
        assert win.act_full_screen.shortcut() == QKeySequence("F11")
    qtbot.keyClick(win.panes[0].view, Qt.Key.Key_F11)  # type: ignore[attr-defined]
    assert win.act_full_screen.isChecked()
    qtbot.keyClick(win.panes[0].view, Qt.Key.Key_F11)  # type: ignore[attr-defined]
    assert not win.act_full_screen.isChecked()
    dialog = ShortcutsDialog(win.shortcut_sections(), win)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    rows = {(section, command, keys) for section, command, keys in dialog.rows()}
    keys = "F11" if sys.platform != "darwin" else win.act_full_screen.shortcut().toString(
        QKeySequence.SequenceFormat.NativeText)
    assert ("View", "Full Screen", keys) in rows
    win.close()


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_no_translated_menu_has_two_items_with_one_access_key(
    qapp: QApplication, qtbot: object, ctx: object, language: str
) -> None:
    from panel_helpers import open_window

    from annotator.gui import i18n

    i18n.install(qapp, language)
    try:
        win = open_window(qtbot, ctx)
        assert win.menuBar().actions()[0].text() != "&File"
        bar_keys = [access_key(a.text()) for a in win.menuBar().actions()]
        assert len(bar_keys) == len(set(bar_keys)) and None not in bar_keys, bar_keys
        problems = [p for a in win.menuBar().actions() for p in clashes(a.menu(), a.text())]
        assert problems == []
        win.close()
    finally:
        i18n.install(qapp, "en")


def dialog_clashes(dialog: QWidget) -> list[str]:
    """Access keys shared by two visible labels (with a buddy), buttons or tabs of ``dialog``."""
    keys: dict[str, list[str]] = {}
    texts = [label.text() for label in dialog.findChildren(QLabel)
             if label.isVisible() and label.buddy() is not None]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton)
              if button.isVisible()]
    texts += [bar.tabText(i) for bar in dialog.findChildren(QTabBar) if bar.isVisible()
              for i in range(bar.count())]
    for text in texts:
        key = access_key(text)
        if key:
            keys.setdefault(key, []).append(text)
    return [" / ".join(found) for found in keys.values() if len(found) > 1]


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
def test_the_exercise_editor_and_server_dialog_have_no_shared_access_keys(
    qapp: QApplication, qtbot: object, ctx: object, language: str
) -> None:
    """Alt+T went to the exercise's title, the article's title, Author and Edit tags in turn."""
    from annotator.gui import i18n
    from annotator.gui.authoring.exercise_editor import ExerciseEditor
    from annotator.gui.server_connect import ConnectDialog
    from annotator.services.authoring_drafts import ExerciseDraft
    from annotator.services.tag_sets import TagSetService

    i18n.install(qapp, language)
    try:
        editor = ExerciseEditor(TagSetService(ctx.db, ctx.bus),  # type: ignore[attr-defined]
                                ExerciseDraft(), new=True)
        qtbot.addWidget(editor)  # type: ignore[attr-defined]
        editor.show()
        qtbot.waitExposed(editor)  # type: ignore[attr-defined]
        for tab in range(editor.tabs.count()):  # the articles, then the questions
            editor.tabs.setCurrentIndex(tab)
            qapp.processEvents()
            assert dialog_clashes(editor) == [], editor.tabs.tabText(tab)
        connect = ConnectDialog()
        qtbot.addWidget(connect)  # type: ignore[attr-defined]
        connect.show()
        qtbot.waitExposed(connect)  # type: ignore[attr-defined]
        assert dialog_clashes(connect) == []
    finally:
        i18n.install(qapp, "en")
