"""The links panel, driven as a student: select to show both ends, remove, change kind."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from panel_helpers import link, open_window, shown_column, tag_phrase
from PySide6.QtCore import Qt

from annotator.gui.main_window import MainWindow
from annotator.gui.workspace.models.link_model import KIND, SOURCE, TARGET
from annotator.storage import models as m


@pytest.fixture
def window(qtbot: object, ctx: object) -> Iterator[MainWindow]:
    win = open_window(qtbot, ctx)
    claim = tag_phrase(win, 0, "can be traced to Russia", "claim")
    same = tag_phrase(win, 1, "They may be getting direct help from Vladimir Putin.", "claim")
    ukraine = tag_phrase(win, 0, "these engines came from Ukraine", "speculation")
    win.link_ids = [link(win, claim.id, same.id, m.LinkKind.SAME_CLAIM),  # type: ignore[attr-defined]
                    link(win, same.id, ukraine.id, m.LinkKind.CONTRADICTS)]
    yield win
    win.close()


def test_links_list_both_quotes_and_the_kind_in_words(window: MainWindow) -> None:
    table = window.panels.links.table
    assert shown_column(table, KIND) == ["same claim", "contradicts"]
    assert shown_column(table, SOURCE)[0] == "can be traced to Russia"
    assert shown_column(table, TARGET)[1] == "these engines came from Ukraine"
    assert window.panels.links.count_label.text() == "2 links"


def test_selecting_a_link_asks_the_panes_to_show_it(window: MainWindow, qtbot: object) -> None:
    table = window.panels.links.table
    table.setFocus()
    with qtbot.waitSignal(window.hub.focusLink, timeout=1000) as blocker:
        table.selectRow(1)
    assert blocker.args == [window.link_ids[1]]  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.hub.focusLink, timeout=1000) as up:
        qtbot.keyClick(table, Qt.Key.Key_Up)
    assert up.args == [window.link_ids[0]]  # type: ignore[attr-defined]


def test_focus_from_a_pane_selects_without_echo(window: MainWindow, qtbot: object) -> None:
    seen: list[object] = []
    window.hub.focusLink.connect(seen.append)
    window.hub.focusLink.emit(window.link_ids[1])  # type: ignore[attr-defined]
    assert window.panels.links.selected_id() == window.link_ids[1]  # type: ignore[attr-defined]
    assert seen == [window.link_ids[1]]  # type: ignore[attr-defined]


def test_delete_removes_the_link_and_undo_restores_it(window: MainWindow, qtbot: object) -> None:
    panel, svc = window.panels.links, window.ctx.annotations
    panel.table.setFocus()
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert shown_column(panel.table, KIND) == ["contradicts"]
    assert [li.kind for li in svc.links(window.exercise.id)] == [m.LinkKind.CONTRADICTS]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    stored = svc.links(window.exercise.id)
    assert {li.id for li in stored} == set(window.link_ids)  # type: ignore[attr-defined]
    assert shown_column(panel.table, KIND) == [
        "same claim" if li.kind == m.LinkKind.SAME_CLAIM else "contradicts" for li in stored]


def test_changing_the_kind_from_the_context_menu(window: MainWindow) -> None:
    panel, svc = window.panels.links, window.ctx.annotations
    first = window.link_ids[0]  # type: ignore[attr-defined]
    menu = panel.kind_menu(first)
    checked = [a.text() for a in menu.actions() if a.isChecked()]
    assert checked == ["Same claim"]
    next(a for a in menu.actions() if a.text() == "Supports").trigger()
    assert svc.links(window.exercise.id)[0].kind == m.LinkKind.SUPPORTS
    assert shown_column(panel.table, KIND)[0] == "supports"
    window.undo_stack.undo()
    assert svc.links(window.exercise.id)[0].kind == m.LinkKind.SAME_CLAIM
    assert shown_column(panel.table, KIND)[0] == "same claim"


def test_deleting_an_annotation_takes_its_links_off_the_list(window: MainWindow) -> None:
    panel = window.panels.annotations
    panel.select_annotation(window.ctx.annotations.list(window.exercise.id)[0].id)
    panel.delete_selected()  # "can be traced to Russia": one link goes with it
    assert shown_column(window.panels.links.table, KIND) == ["contradicts"]
    window.undo_stack.undo()
    assert shown_column(window.panels.links.table, KIND) == ["same claim", "contradicts"]
