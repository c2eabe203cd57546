"""Ctrl+F finds text in the article being read; the match is selected, ready to tag."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def test_ctrl_f_finds_next_and_previous_and_the_hit_is_ready_to_tag(
    qtbot: object, ctx: object, screenshot: object
) -> None:
    from panel_helpers import open_window
    from ws_helpers import mine

    win = open_window(qtbot, ctx)
    win.resize(1366, 740)
    right = win.panes[1]
    right.view.setFocus()
    qtbot.waitUntil(right.view.hasFocus)  # type: ignore[attr-defined]
    qtbot.keyClick(right.view, Qt.Key.Key_F, CTRL)  # type: ignore[attr-defined]
    bar = win.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "putin")  # type: ignore[attr-defined]
    text = right.article.text
    hits = [i for i in range(len(text)) if text.lower().startswith("putin", i)]
    assert len(hits) >= 3

    def selected() -> int:
        cursor = right.view.textCursor()
        assert cursor.selectedText().lower() == "putin"
        return right.layer.offsets.to_codepoints(cursor.selectionStart())

    assert selected() == hits[0]
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert selected() == hits[1]
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)  # type: ignore[attr-defined]
    assert selected() == hits[2]
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, SHIFT)  # type: ignore[attr-defined]
    assert selected() == hits[1]
    screenshot(win, "find-in-article")  # type: ignore[operator]
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    assert not bar.isVisible() and QApplication.focusWidget() is right.view
    qtbot.keyClick(right.view, Qt.Key.Key_2)  # type: ignore[attr-defined]
    [row] = mine(win)
    assert (row.article_id, row.start, row.exact.lower()) == (right.article.id, hits[1],
                                                              "putin")
    # nothing to find: said so, nothing selected moves
    qtbot.keyClick(right.view, Qt.Key.Key_F, CTRL)  # type: ignore[attr-defined]
    bar.field.clear()
    qtbot.keyClicks(bar.field, "zzzz not here")  # type: ignore[attr-defined]
    assert bar.result.text() == "Not found"
    win.close()
