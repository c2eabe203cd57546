"""Selecting an annotation, then re-tagging, noting, adjusting, dragging and deleting it,
with undo and redo across panes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from ws_helpers import answer_prompts, mine, point_of, select_phrase, show_active

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.sample import SAMPLE_EXERCISE_ID

PHRASE = "black-market factory"


@pytest.fixture
def window(qtbot: object, ctx: object) -> Iterator[MainWindow]:
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    show_active(qtbot, win)
    yield win
    win.close()


def tag(window: MainWindow, qtbot: object, pane_index: int, phrase: str, key: Qt.Key) -> None:
    pane = window.panes[pane_index]
    select_phrase(pane, phrase)
    qtbot.keyClick(pane.view, key)  # type: ignore[attr-defined]


def label_of(window: MainWindow, row: object) -> str:
    return window.exercise.tag(row.tag_id).label  # type: ignore[attr-defined]


def test_retag_note_adjust_delete_and_undo_everything(
    window: MainWindow, qtbot: object
) -> None:
    answer_prompts(window, note="Named source? No.")
    left = window.panes[0]
    view = left.view
    tag(window, qtbot, 0, PHRASE, Qt.Key.Key_1)
    [row] = mine(window)
    assert left.layer.selected == row.id  # the new annotation is selected
    qtbot.keyClick(view, Qt.Key.Key_2)  # type: ignore[attr-defined]
    assert label_of(window, mine(window)[0]) == "Evidence"
    qtbot.keyClick(view, Qt.Key.Key_N)  # type: ignore[attr-defined]
    assert mine(window)[0].note == "Named source? No."
    # end one word later, start one word earlier, end one word back
    qtbot.keyClick(view, Qt.Key.Key_Right,  # type: ignore[attr-defined]
                   Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert mine(window)[0].exact == "black-market factory that"
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # type: ignore
    assert mine(window)[0].exact == "a black-market factory that"
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # type: ignore
    assert mine(window)[0].exact == "black-market factory that"
    qtbot.keyClick(view, Qt.Key.Key_Left,  # type: ignore[attr-defined]
                   Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert mine(window)[0].exact == PHRASE
    shown = left.layer.shown()
    assert len(shown) == 1 and shown[0].underline == "dashed"  # evidence's cue
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    assert mine(window) == []
    assert left.layer.shown() == [] and left.layer.selected is None
    # undo everything, one step at a time, then redo it all
    stack = window.undo_stack
    texts = [stack.text(i) for i in range(stack.count())]
    assert texts[0] == "Add Claim" and texts[1] == "Tag as Evidence" and texts[-1] == (
        "Delete annotation")
    window.act_undo.trigger()
    assert [r.exact for r in mine(window)] == [PHRASE]
    assert len(left.layer.shown()) == 1
    while stack.canUndo():
        window.act_undo.trigger()
    assert mine(window) == [] and left.layer.shown() == []
    while stack.canRedo():
        window.act_redo.trigger()
    assert mine(window) == []
    window.act_undo.trigger()  # the delete, once more
    [back] = mine(window)
    assert (back.exact, label_of(window, back), back.note) == (
        PHRASE, "Evidence", "Named source? No.")


def test_menus_document_the_keys_and_act_on_the_selection(
    window: MainWindow, qtbot: object
) -> None:
    answer_prompts(window)
    tag(window, qtbot, 0, PHRASE, Qt.Key.Key_3)
    actions = window.actions_pane
    keys = {a.text(): a.shortcut().toString() for a in actions.all_actions()}
    assert keys["Move End La&ter"] == "Alt+Shift+Right"
    assert keys["Move Start &Earlier"] == "Alt+Left"
    assert keys["&Delete Annotation"] == "Del"
    assert keys["Edit &Note…"] == "N"
    edit_texts = [a.text() for a in window.menu_edit.actions()]
    assert "&Tag Selection As" in edit_texts and "&Link from Here" in edit_texts
    # deselected: annotation actions are disabled, so a stray Delete does nothing
    qtbot.keyClick(window.panes[0].view, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    assert not actions.act_delete.isEnabled()
    qtbot.keyClick(window.panes[0].view, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    assert len(mine(window)) == 1
    # Alt+Down selects the next annotation from the keyboard
    qtbot.keyClick(window.panes[0].view, Qt.Key.Key_Down,  # type: ignore[attr-defined]
                   Qt.KeyboardModifier.AltModifier)
    assert window.panes[0].layer.selected == mine(window)[0].id
    window.menu_edit.actions()  # the context menu offers the same commands
    menu = actions.context_menu(window.panes[0], point_of(window.panes[0],
                                                           mine(window)[0].start + 1))
    texts = [a.text() for a in menu.actions()]
    assert "Edit &Note…" in texts and "&Delete Annotation" in texts
    assert texts[0].startswith("Speculation: “black-market factory")


def test_dragging_the_end_handle_moves_the_end_to_a_whole_word(
    window: MainWindow, qtbot: object
) -> None:
    answer_prompts(window)
    left = window.panes[0]
    tag(window, qtbot, 0, PHRASE, Qt.Key.Key_1)
    [row] = mine(window)
    text = left.article.text
    rects = left.layer.rects(*left.layer.index.span(row.id))
    handle = QPoint(int(rects[-1].right()) + 2, int(rects[-1].bottom()))
    assert left.layer.edge_at(handle) == "end"
    target = point_of(left, text.index("once produced") + 2)  # inside "once"
    viewport = left.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=handle)  # type: ignore
    qtbot.mouseMove(viewport, target)  # type: ignore[attr-defined]
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)  # type: ignore
    assert mine(window)[0].exact == "black-market factory that once"
    window.act_undo.trigger()
    assert mine(window)[0].exact == PHRASE


def test_annotations_in_both_panes_undo_across_panes(window: MainWindow, qtbot: object) -> None:
    answer_prompts(window)
    tag(window, qtbot, 0, PHRASE, Qt.Key.Key_1)
    tag(window, qtbot, 1, "Kim Jong-un", Qt.Key.Key_4)
    assert [len(p.layer.annotations) for p in window.panes] == [1, 1]
    window.act_undo.trigger()
    assert [len(p.layer.annotations) for p in window.panes] == [1, 0]
    window.act_undo.trigger()
    assert [len(p.layer.annotations) for p in window.panes] == [0, 0]
    window.act_redo.trigger()
    window.act_redo.trigger()
    assert sorted(r.exact for r in mine(window)) == ["Kim Jong-un", PHRASE]
    assert "Claim 1" in window.status_counts.counts_label.text()
    assert "Opinion 1" in window.status_counts.counts_label.text()


def test_change_name_renames_the_student(window: MainWindow) -> None:
    asked = answer_prompts(window, name="Ada")
    window.act_change_name.trigger()  # no name yet: asks for one
    first = window.annotator_id
    assert first is not None and asked["name"] == [""]
    answer_prompts(window, name="Ada King")
    window.act_change_name.trigger()
    assert window.annotator_id == first
    from annotator.services.annotators import get_annotator

    assert get_annotator(window.ctx.db, first).display_name == "Ada King"
    assert "annotating as Ada King" in window.status_label.text()
    assert "Change Na&me…" in [a.text() for a in window.menu_file.actions()]
