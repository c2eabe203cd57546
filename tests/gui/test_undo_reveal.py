"""Undo of a change in a hidden panel shows that panel and says what it undid."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget

from annotator.storage.models import LinkKind

CTRL = Qt.KeyboardModifier.ControlModifier


def shown(widget: QWidget) -> bool:
    window = widget.window()
    box = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return widget.isVisible() and window.rect().intersects(box)


def test_undoing_an_answer_behind_another_tab_shows_the_sheet(
    qtbot: object, ctx: object
) -> None:
    from panel_helpers import open_window

    win = open_window(qtbot, ctx)
    sheet = win.panels.evaluation
    sheet.raise_()
    editor = sheet.questions[0].editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Free Beacon")  # type: ignore[attr-defined]
    sheet.flush()
    win.panels.annotations.raise_()  # the student goes back to their list...
    left = win.panes[0]
    left.view.setFocus()
    assert not shown(sheet)
    qtbot.keyClick(left.view, Qt.Key.Key_Z, CTRL)  # type: ignore[attr-defined]  # ...and undoes
    assert shown(sheet) and editor.toPlainText() == ""
    message = win.statusBar().currentMessage()
    assert message == "Undone: Answer question (in the Evaluation panel)"
    qtbot.keyClick(left.view, Qt.Key.Key_Y, CTRL)  # type: ignore[attr-defined]
    assert editor.toPlainText() == "Free Beacon"
    assert win.statusBar().currentMessage().startswith("Redone: Answer question")
    win.close()


def test_undoing_a_link_removed_in_a_closed_links_panel_reopens_it(
    qtbot: object, ctx: object
) -> None:
    from panel_helpers import link, open_window, tag_phrase

    win = open_window(qtbot, ctx)
    a = tag_phrase(win, 0, "black-market factory", "claim")
    b = tag_phrase(win, 1, "Vladimir Putin", "evidence")
    link_id = link(win, a.id, b.id, LinkKind.SUPPORTS)
    panel = win.panels.links
    panel.select_link(link_id)
    panel.delete_selected()
    assert win.ctx.annotations.links(win.exercise.id, win.annotator_id) == []
    panel.close()
    win.panes[0].view.setFocus()
    qtbot.keyClick(win.panes[0].view, Qt.Key.Key_Z, CTRL)  # type: ignore[attr-defined]
    assert shown(panel) and panel.table.model().rowCount() == 1
    assert win.statusBar().currentMessage() == "Undone: Remove link (in the Links panel)"
    win.close()
