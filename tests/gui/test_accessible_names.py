"""Every interactive widget the app creates has a name a screen reader can say."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QComboBox, QWidget

from annotator.gui.about import AboutDialog
from annotator.gui.authoring.exercise_editor import ExerciseEditor
from annotator.gui.authoring.tag_set_editor import TagSetEditor
from annotator.gui.check_dialog import CheckDialog
from annotator.gui.exercise_picker import ExercisePicker
from annotator.gui.identity_dialogs import WhichPersonDialog
from annotator.gui.name_dialog import NameDialog
from annotator.gui.shortcuts_dialog import ShortcutsDialog
from annotator.gui.workspace.note_dialog import NoteDialog
from annotator.services.authoring_drafts import ExerciseDraft
from annotator.services.exercises import list_exercises
from annotator.services.maintenance import check


def unnamed(root: QWidget) -> list[str]:
    """Keyboard-reachable widgets under ``root`` whose accessible name is empty."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if any(isinstance(p, QComboBox) for p in _ancestors(widget)):
            continue  # the pop-up list Qt makes for a combo box (the combo has the name)
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None or not face.text(QAccessible.Text.Name).strip():
            found.append(f"{type(widget).__name__} in "
                         f"{' < '.join(type(p).__name__ for p in _ancestors(widget)[:3])}")
    return found


def _ancestors(widget: QWidget) -> list[QWidget]:
    out, parent = [], widget.parentWidget()
    while parent is not None:
        out.append(parent)
        parent = parent.parentWidget()
    return out


def test_every_widget_of_the_workspace_and_its_dialogs_is_named(
    qtbot: Any, ctx: Any
) -> None:
    from panel_helpers import open_window, tag_phrase

    win = open_window(qtbot, ctx)
    tag_phrase(win, 0, "black-market factory", "claim", note="why")
    win.find_bar.open()  # the find bar too
    win.panels.evaluation.raise_()
    assert unnamed(win) == []
    tag_sets = win.authoring.tag_sets
    dialogs = [NameDialog("Ada", win), WhichPersonDialog(["Ada", "Ben"], win),
               NoteDialog("a quote", "a note", "Claim", win),
               ShortcutsDialog(win.shortcut_sections(), win), AboutDialog(win),
               ExercisePicker(list_exercises(ctx.db), win.exercise.id, win),
               TagSetEditor(tag_sets, win.exercise.tag_set_id, win),
               ExerciseEditor(tag_sets, ExerciseDraft(), new=True, parent=win),
               CheckDialog(check(ctx.db), win), win.handin.hand_in_dialog()]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        problems = unnamed(dialog)
        assert problems == [], (type(dialog).__name__, problems)
        dialog.close()
    win.close()


def test_every_widget_of_the_review_window_is_named(qtbot: Any, ctx: Any) -> None:
    from review_class import build_class

    from annotator.gui.review.window import ReviewWindow
    from annotator.services.sample import SAMPLE_EXERCISE_ID

    build_class(ctx.db)
    win = ReviewWindow(ctx, SAMPLE_EXERCISE_ID)
    qtbot.addWidget(win)
    win.show()
    for index in range(win.tabs.count()):
        win.tabs.setCurrentIndex(index)
        problems = unnamed(win)
        assert problems == [], (win.tabs.tabText(index), problems)
    win.close()
