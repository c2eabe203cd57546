"""Keyboard reach, focus order, accessible names, and the small dialogs' returned data."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from ws_helpers import show_active

from annotator.gui.main_window import MainWindow
from annotator.gui.name_dialog import NameDialog
from annotator.gui.settings import Settings
from annotator.gui.workspace.note_dialog import NoteDialog
from annotator.services.sample import SAMPLE_EXERCISE_ID


@pytest.fixture
def window(qtbot: object, ctx: object) -> Iterator[MainWindow]:
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    show_active(qtbot, win)
    yield win
    win.close()


def menu_actions(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield action
        if action.menu() is not None:
            yield from menu_actions(action.menu())


def test_every_menu_command_is_reachable_from_the_keyboard(window: MainWindow) -> None:
    for top in (window.menu_file, window.menu_edit, window.menu_view, window.menu_help):
        assert "&" in top.title()
        for action in menu_actions(top):
            if not action.isEnabled():  # placeholders such as "No recent exercises"
                continue
            text = action.text()
            reachable = "&" in text.replace("&&", "") or not action.shortcut().isEmpty()
            assert reachable, f"{text!r} has neither a mnemonic nor a shortcut"
    tags = [a.shortcut().toString() for a in window.actions_pane.tag_actions.values()]
    assert tags == ["1", "2", "3", "4"]
    view_texts = [a.text() for a in window.menu_view.actions()]
    assert {"Move Pane &Left", "Move Pane &Right", "&Sync Scrolling", "Appeara&nce"} <= set(
        view_texts)


def test_tab_moves_between_panes_in_their_order(window: MainWindow, qtbot: object) -> None:
    left, right = window.panes
    left.view.setFocus()
    qtbot.waitUntil(left.view.hasFocus)  # type: ignore[attr-defined]
    qtbot.keyClick(left.view, Qt.Key.Key_Tab)  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is right.view
    window.pane_layout.act_move_left.trigger()  # the right pane (current) moves left
    assert window.panes[0] is right
    right.view.setFocus()
    qtbot.keyClick(right.view, Qt.Key.Key_Tab)  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is left.view


def test_widgets_have_accessible_names(window: MainWindow) -> None:
    left = window.panes[0]
    assert left.view.accessibleName().startswith("Text of Russia Is Behind")
    assert window.tag_bar.accessibleName() == "Tags and legend"
    claim = window.exercise.tags[0]
    button = window.tag_bar.widgetForAction(window.actions_pane.tag_actions[claim.id])
    assert button.accessibleName() == "Tag as Claim"
    assert "Key 1" in button.accessibleDescription()
    assert window.status_counts.saved_label.accessibleName() == "Save status"
    assert window.status_counts.counts_label.accessibleName() == "Annotation counts"


def test_name_dialog_returns_a_clean_name_and_refuses_a_blank_one(qtbot: object) -> None:
    dialog = NameDialog()
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.field, "   ")  # type: ignore[attr-defined]
    assert not ok.isEnabled() and dialog.name() == ""
    qtbot.keyClicks(dialog.field, "Grace   <b>Hopper</b> ")  # type: ignore[attr-defined]
    assert ok.isEnabled()
    assert dialog.name() == "Grace <b>Hopper</b>"  # kept literally, shown as plain text
    renaming = NameDialog("Grace")
    qtbot.addWidget(renaming)  # type: ignore[attr-defined]
    assert renaming.windowTitle() == "Change Name" and renaming.field.text() == "Grace"


def test_note_dialog_returns_the_typed_note(qtbot: object, screenshot) -> None:
    dialog = NoteDialog("a black-market factory <i>in</i> Ukraine", "old", "Claim")
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.editor.selectAll()
    qtbot.keyClicks(dialog.editor, "  Which factory? Named where?  ")  # type: ignore
    assert dialog.note() == "Which factory? Named where?"
    dialog.show()
    screenshot(dialog, "workspace-note-dialog")


def test_shortcuts_dialog_lists_the_keys(window: MainWindow, qtbot: object, screenshot) -> None:
    from annotator.gui.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window.shortcut_sections(), window)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    rows = {(command, keys) for _section, command, keys in dialog.rows()}
    assert ("Claim", "1") in rows and ("Opinion", "4") in rows
    assert ("Move End Later", "Alt+Shift+Right") in rows
    assert ("Move Start Earlier", "Alt+Left") in rows
    assert ("Edit Note", "N") in rows and ("Link from Here", "L") in rows
    assert ("Delete Annotation", "Del, Backspace") in rows
    # how to hand in and find things is one F1 away too
    assert ("Hand In", "Ctrl+Shift+H") in rows and ("Evaluation", "Ctrl+Shift+E") in rows
    assert ("Find in Annotations", "Ctrl+Shift+F") in rows
    # every row shows without scrolling (680 pixels tall fits a 1366x768 laptop)
    dialog.show()
    qtbot.waitExposed(dialog)  # type: ignore[attr-defined]
    assert not dialog.view.verticalScrollBar().isVisible()
    assert window.act_shortcuts.shortcut().toString() == "F1"
    dialog.show()
    screenshot(dialog, "workspace-shortcuts")
