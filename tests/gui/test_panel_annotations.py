"""The annotations panel, driven as a student: search, filter, sort, jump, delete, undo."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from panel_helpers import open_window, shown_column, tag_phrase
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from annotator.gui.main_window import MainWindow
from annotator.gui.workspace.models.annotation_model import ARTICLE, NOTE, QUOTE, TAG


@pytest.fixture
def window(qtbot: object, ctx: object) -> Iterator[MainWindow]:
    win = open_window(qtbot, ctx)
    tag_phrase(win, 0, "black-market factory", "claim")
    tag_phrase(win, 0, "classified assessments by U.S. intelligence agencies", "evidence",
               note="Named? No: anonymous agencies")
    tag_phrase(win, 1, "They may be getting direct help from Vladimir Putin.", "speculation")
    tag_phrase(win, 0, "thankfully we have a president", "opinion", note="Sarcasm")
    yield win
    win.close()


def test_list_shows_each_annotation_in_text_order(window: MainWindow) -> None:
    table = window.panels.annotations.table
    assert shown_column(table, TAG) == ["Opinion", "Claim", "Evidence", "Speculation"]
    assert shown_column(table, QUOTE)[1] == "black-market factory"
    assert shown_column(table, NOTE)[0] == "Sarcasm"
    titles = [a.title for a in window.exercise.articles]
    assert shown_column(table, ARTICLE) == [titles[0]] * 3 + [titles[1]]
    assert window.panels.annotations.count_label.text() == "4 annotations"


def test_typing_in_search_filters_by_quote_and_note(window: MainWindow, qtbot: object) -> None:
    panel = window.panels.annotations
    window.panels.act_find.trigger()
    assert QApplication.focusWidget() is panel.search
    qtbot.keyClicks(panel.search, "ANONYMOUS")  # in a note, any case
    assert shown_column(panel.table, TAG) == ["Evidence"]
    panel.search.clear()
    qtbot.keyClicks(panel.search, "putin help")  # every word, anywhere in the quote
    assert shown_column(panel.table, TAG) == ["Speculation"]
    assert panel.count_label.text() == "1 of 4 annotations shown"
    qtbot.keyClicks(panel.search, "zzz")
    assert panel.stack.currentWidget() is panel.placeholder
    assert "match" in panel.placeholder.text()


def test_tag_and_article_filters(window: MainWindow) -> None:
    panel = window.panels.annotations
    panel.tag_filter.setCurrentIndex(panel.tag_filter.findText("Evidence"))
    assert shown_column(panel.table, QUOTE) == [
        "classified assessments by U.S. intelligence agencies"]
    panel.tag_filter.setCurrentIndex(0)
    panel.article_filter.setCurrentIndex(2)  # the second article
    assert shown_column(panel.table, TAG) == ["Speculation"]


def test_clicking_a_header_sorts(window: MainWindow, qtbot: object) -> None:
    table = window.panels.annotations.table
    header = table.horizontalHeader()
    x = header.sectionPosition(TAG) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,  # type: ignore[attr-defined]
                     pos=header.rect().center().__class__(x, 5))
    assert shown_column(table, TAG) == ["Claim", "Evidence", "Speculation", "Opinion"]
    table.sortByColumn(QUOTE, Qt.SortOrder.DescendingOrder)
    assert shown_column(table, QUOTE)[0].startswith("They may")
    assert shown_column(table, QUOTE)[1].startswith("thankfully")


def test_enter_on_a_row_asks_the_panes_to_show_it(window: MainWindow, qtbot: object) -> None:
    table = window.panels.annotations.table
    table.setFocus()
    table.selectRow(2)
    expected = table.model().index(2, 0).data(Qt.ItemDataRole.UserRole + 1)
    with qtbot.waitSignal(window.hub.focusAnnotation, timeout=1000) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == [expected]
    rect = table.visualRect(table.model().index(0, QUOTE))
    with qtbot.waitSignal(window.hub.focusAnnotation, timeout=1000) as clicked:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert clicked.args[0] != expected


def test_focus_from_a_pane_selects_the_row(window: MainWindow) -> None:
    speculation = window.ctx.annotations.list(window.exercise.id)[-1]
    window.hub.focusAnnotation.emit(speculation.id)
    assert window.panels.annotations.selected_id() == speculation.id


def test_delete_then_undo_brings_the_annotation_back(window: MainWindow, qtbot: object) -> None:
    panel, svc = window.panels.annotations, window.ctx.annotations
    table = panel.table
    table.setFocus()
    table.selectRow(1)
    doomed = panel.selected_id()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert "black-market factory" not in shown_column(table, QUOTE)
    assert doomed not in [a.id for a in svc.list(window.exercise.id)]
    assert panel.count_label.text() == "3 annotations"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown_column(table, QUOTE)[1] == "black-market factory"
    assert svc.get(doomed).exact == "black-market factory"
    window.act_redo.trigger()
    assert len(svc.list(window.exercise.id)) == 3


def test_editing_the_note_cell_is_undoable(window: MainWindow, qtbot: object) -> None:
    table, svc = window.panels.annotations.table, window.ctx.annotations
    index = table.model().index(1, NOTE)
    table.setCurrentIndex(index)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.hasFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Traced <b>to</b> Russia")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    claim = svc.list(window.exercise.id)[1]
    assert claim.note == "Traced <b>to</b> Russia"
    assert shown_column(table, NOTE)[1] == "Traced <b>to</b> Russia"
    window.undo_stack.undo()
    assert svc.get(claim.id).note == ""
    assert shown_column(table, NOTE)[1] == ""


def test_changes_elsewhere_update_rows_without_a_reset(window: MainWindow, qtbot: object) -> None:
    model = window.panels.annotation_model
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.rowsInserted, timeout=1000):
        tag_phrase(window, 1, "Kim Jong-un sent another chilling message", "claim")
    assert model.rowCount() == 5 and resets == []
    assert shown_column(window.panels.annotations.table, QUOTE)[3].startswith("Kim Jong-un")


def test_selection_follows_a_row_that_moves_when_its_note_changes(window: MainWindow) -> None:
    panel = window.panels.annotations
    panel.table.sortByColumn(NOTE, Qt.SortOrder.AscendingOrder)
    assert shown_column(panel.table, NOTE) == ["", "", "Named? No: anonymous agencies",
                                               "Sarcasm"]
    sarcasm = window.ctx.annotations.list(window.exercise.id)[0]
    panel.select_annotation(sarcasm.id)
    assert panel.table.currentIndex().row() == 3
    panel.edit_note(sarcasm.id, "A sarcastic opening")  # sorts first now
    assert shown_column(panel.table, NOTE)[:2] == ["", ""]
    assert shown_column(panel.table, NOTE)[2] == "A sarcastic opening"
    assert panel.selected_id() == sarcasm.id
