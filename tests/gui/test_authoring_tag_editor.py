"""The tag set editor, driven as an instructor: type, recolour, reorder, delete with merge, undo."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton

from annotator.gui.authoring.tag_set_editor import MergeDialog, TagSetEditor
from annotator.gui.authoring.tag_table import COLOUR, LABEL, SHORTCUT
from annotator.services.annotators import create_annotator
from annotator.services.exercises import load_exercise
from annotator.services.sample import SAMPLE_EXERCISE_ID
from annotator.services.tag_sets import TagSetService


def _editor(qtbot, ctx) -> tuple[TagSetEditor, TagSetService]:
    service = TagSetService(ctx.db, ctx.bus)
    ex = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    editor = TagSetEditor(service, ex.tag_set_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor, service


def _open_editor(editor: TagSetEditor) -> QLineEdit:
    lines = [w for w in editor.table.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(lines) == 1
    return lines[0]


def _type_into_cell(qtbot, editor: TagSetEditor, row: int, column: int, text: str) -> None:
    index = editor.model.index(row, column)
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    line = _open_editor(editor)
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits a Return in a queued call


def test_add_rename_recolour_reorder_with_undo_redo(qtbot, ctx, screenshot) -> None:
    editor, service = _editor(qtbot, ctx)
    assert editor.model.rowCount() == 4 and editor.warnings.isHidden()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    line = _open_editor(editor)  # the new tag's label is being edited
    qtbot.keyClicks(line, "Quote")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits a Return in a queued call
    _type_into_cell(qtbot, editor, 4, SHORTCUT, "1")
    tags = service.get(editor.tag_set_id).tags
    assert (tags[4].label, tags[4].key, tags[4].shortcut, tags[4].colour) == (
        "Quote", "quote", "1", "#56B4E9")  # the made-up key follows the new label
    assert editor.warnings.isVisible()
    assert "Shortcut 1 is used by Claim and Quote." in editor.warnings.text()
    editor.pick_colour = lambda initial: "#e69f10"
    button = editor.table.indexWidget(editor.model.index(4, COLOUR))
    assert isinstance(button, QToolButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert service.get(editor.tag_set_id).tags[4].colour == "#E69F10"
    assert "Claim and Quote have colours that are hard to tell apart." in editor.warnings.text()
    editor.table.selectRow(4)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert [t.label for t in service.get(editor.tag_set_id).tags][3:] == ["Quote", "Opinion"]
    assert editor.current_tag().label == "Quote"
    editor.name.selectAll()
    qtbot.keyClicks(editor.name, "Class tags")
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    assert service.get(editor.tag_set_id).name == "Class tags"
    QApplication.processEvents()  # let the layout make room for the warnings
    screenshot(editor, "authoring-tag-set-editor")
    texts = [editor.undo_stack.text(i) for i in range(editor.undo_stack.count())]
    assert texts == ["Add tag New tag", "Change label", "Change shortcut", "Change colour",
                     "Move tag", "Rename tag set"]
    for _ in range(6):
        qtbot.keyClick(editor.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [t.label for t in editor.result_tags().tags] == [
        "Claim", "Evidence", "Speculation", "Opinion"]
    assert editor.result_tags().name == "Claim, evidence, speculation, opinion"
    assert editor.model.rowCount() == 4 and not editor.undo_button.isEnabled()
    for _ in range(6):
        qtbot.mouseClick(editor.redo_button, Qt.MouseButton.LeftButton)
    assert [t.label for t in editor.result_tags().tags][3] == "Quote"
    assert editor.model.data(editor.model.index(3, LABEL)) == "Quote"


def test_delete_used_tag_merges_and_undo_brings_the_tags_back(qtbot, ctx, screenshot) -> None:
    editor, _ = _editor(qtbot, ctx)
    ex = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    me = create_annotator(ctx.db, "Ada")
    a = ctx.annotations.add(ex.articles[0].id, me.id, 0, 10, ex.tags[2].id)  # speculation
    editor.reload()
    assert editor.model.data(editor.model.index(2, 5)) == "1"
    asked: list[tuple[str, int, list[str]]] = []

    def merge_into_claim(tag, uses, others) -> uuid.UUID | None:
        asked.append((tag.label, uses, [t.label for t in others]))
        dialog = MergeDialog(tag, uses, others, editor)
        screenshot(dialog, "authoring-tag-merge-dialog")
        return others[0].id

    editor.ask_merge = merge_into_claim
    editor.table.selectRow(2)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert asked == [("Speculation", 1, ["Claim", "Evidence", "Opinion"])]
    assert [t.label for t in editor.result_tags().tags] == ["Claim", "Evidence", "Opinion"]
    assert ctx.annotations.get(a.id).tag_id == ex.tags[0].id
    editor.ask_merge = lambda *args: None  # cancelled: nothing happens
    editor.table.selectRow(0)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.model.rowCount() == 3
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    assert editor.result_tags().tags == ex.tags
    assert ctx.annotations.get(a.id).tag_id == ex.tags[2].id
    editor.confirm = lambda text: "No annotation uses it" in text
    editor.table.selectRow(3)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert [t.label for t in editor.result_tags().tags] == ["Claim", "Evidence", "Speculation"]


def test_refused_key_is_reported_and_nothing_changes(qtbot, ctx) -> None:
    from annotator.services.authoring import AuthoringService

    editor, service = _editor(qtbot, ctx)
    assert editor.shared.isHidden()
    AuthoringService(ctx.db, ctx.bus).create_exercise("Also", tag_set_id=editor.tag_set_id)
    editor.reload()
    assert editor.shared.text() == "2 exercises use this tag set: changes apply to all of them."
    errors: list[str] = []
    editor.show_error = errors.append
    _type_into_cell(qtbot, editor, 1, 2, "claim")
    assert errors == ["another tag in this set already has the key 'claim'"]
    assert service.get(editor.tag_set_id).tags[1].key == "evidence"
    assert editor.undo_stack.count() == 0
    QApplication.processEvents()


def test_a_key_follows_a_new_label_only_while_nobody_uses_the_tag(qtbot, ctx) -> None:
    """Scores CSV and review JSON name tags by key: a tag added and named "Source" was
    exported as "new-tag". A key someone typed, or a tag in use, keeps its key."""
    editor, service = _editor(qtbot, ctx)
    ex = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    ada = create_annotator(ctx.db, "Ada")
    claim = next(t for t in ex.tags if t.key == "claim")
    ctx.annotations.add(ex.articles[0].id, ada.id, 0, 5, claim.id)
    editor.reload()
    _type_into_cell(qtbot, editor, 0, LABEL, "Assertion")  # Claim, in use
    _type_into_cell(qtbot, editor, 3, LABEL, "View")  # Opinion, unused
    keys = {t.label: t.key for t in service.get(editor.tag_set_id).tags}
    assert keys["Assertion"] == "claim" and keys["View"] == "view"
    editor.undo_stack.undo()
    assert {t.label: t.key for t in service.get(editor.tag_set_id).tags}["Opinion"] == "opinion"
    service.update_tag(next(t.id for t in service.get(editor.tag_set_id).tags
                            if t.label == "Evidence"), key="ev")
    editor.reload()
    _type_into_cell(qtbot, editor, 1, LABEL, "Proof")
    assert {t.label: t.key for t in service.get(editor.tag_set_id).tags}["Proof"] == "ev"
