"""In the annotations search, Down/Enter go to the results and Escape back to the text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_search_then_arrow_into_the_results_and_back(qtbot: object, ctx: object) -> None:
    from panel_helpers import open_window, tag_phrase

    win = open_window(qtbot, ctx)
    tag_phrase(win, 0, "black-market factory", "claim")
    tag_phrase(win, 0, "classified assessments", "evidence")
    far = tag_phrase(win, 1, "Vladimir Putin", "opinion")
    left = win.panes[0]
    left.view.setFocus()
    qtbot.waitUntil(left.view.hasFocus)  # type: ignore[attr-defined]
    panel = win.panels.annotations
    qtbot.keyClick(left.view, Qt.Key.Key_F, CTRL_SHIFT)  # type: ignore[attr-defined]
    assert panel.search.hasFocus()
    qtbot.keyClick(panel.search, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is left.view
    qtbot.keyClick(left.view, Qt.Key.Key_F, CTRL_SHIFT)  # type: ignore[attr-defined]
    qtbot.keyClicks(panel.search, "putin")  # type: ignore[attr-defined]
    assert panel.table.model().rowCount() == 1
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is panel.table and panel.selected_id() == far.id
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert win.panes[1].layer.selected == far.id  # shown and selected in its article
    qtbot.keyClick(panel.table, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is win.panes[1].view  # back to the text, at the passage
    # Enter in the search goes to the results as well
    qtbot.keyClick(win.panes[1].view, Qt.Key.Key_F, CTRL_SHIFT)  # type: ignore[attr-defined]
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is panel.table
    win.close()


def test_a_note_is_edited_in_place_from_the_keyboard(qtbot: object, ctx: object) -> None:
    from panel_helpers import open_window, tag_phrase
    from PySide6.QtWidgets import QLineEdit

    win = open_window(qtbot, ctx)
    row = tag_phrase(win, 0, "black-market factory", "claim")
    panel = win.panels.annotations
    win.panes[0].view.setFocus()
    qtbot.keyClick(win.panes[0].view, Qt.Key.Key_F, CTRL_SHIFT)  # type: ignore[attr-defined]
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    assert panel.table.currentIndex().column() == 0  # the row, at its first cell
    qtbot.keyClick(panel.table, Qt.Key.Key_N)  # type: ignore[attr-defined]
    editor = panel.table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.hasFocus()
    qtbot.keyClicks(editor, "Which factory?")  # type: ignore[attr-defined]
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: win.ctx.annotations.get(row.id).note == "Which factory?")  # type: ignore
    win.close()
