"""The evaluation sheet and the window's panel state, driven as a student."""

from __future__ import annotations

from panel_helpers import open_window, tag_phrase
from PySide6.QtCore import Qt

from annotator.gui.main_window import MainWindow
from annotator.gui.workspace.panels.evaluation_panel import DEBOUNCE_MS
from annotator.services.views import AnswerView
from annotator.storage.models import QuestionKind


def answers(win: MainWindow) -> dict[tuple[int, int], AnswerView]:
    """Stored answers keyed by (question number, article number), both from 1."""
    assert win.exercise is not None and win.annotator_id is not None
    qpos = {q.id: i + 1 for i, q in enumerate(win.exercise.questions)}
    apos = {a.id: i + 1 for i, a in enumerate(win.exercise.articles)}
    return {(qpos[a.question_id], apos[a.article_id]): a
            for a in win.ctx.annotations.answers(win.exercise.id, win.annotator_id)}


def test_answers_are_saved_as_the_student_types(qtbot: object, ctx: object) -> None:
    win = open_window(qtbot, ctx)
    sheet = win.panels.evaluation
    sheet.raise_()
    first = sheet.questions[0]
    first.editor.setFocus()
    qtbot.keyClicks(first.editor, "No author named")
    assert answers(win) == {}  # not yet: waiting for a pause in the typing
    qtbot.waitUntil(lambda: (1, 1) in answers(win), timeout=DEBOUNCE_MS * 4)
    assert answers(win)[(1, 1)].value == "No author named"
    qtbot.keyClicks(first.editor, "; a partisan site")
    qtbot.keyClick(first.editor, Qt.Key.Key_Tab)  # leaving the field saves at once
    assert answers(win)[(1, 1)].value == "No author named; a partisan site"

    rating = next(w for w in sheet.questions if w.question.kind == QuestionKind.RATING)
    number = sheet.questions.index(rating) + 1
    qtbot.mouseClick(rating.rating_button(2), Qt.MouseButton.LeftButton)
    assert answers(win)[(number, 1)].rating == 2
    rating.editor.setFocus()
    qtbot.keyClicks(rating.editor, "Anonymous sources only")
    qtbot.waitUntil(lambda: answers(win)[(number, 1)].value != "", timeout=DEBOUNCE_MS * 4)
    assert (answers(win)[(number, 1)].value, answers(win)[(number, 1)].rating) == (
        "Anonymous sources only", 2)

    sheet.article_combo.setCurrentIndex(1)  # the second article has its own sheet
    assert first.editor.toPlainText() == "" and rating.value() == ("", None)
    first.editor.setFocus()
    qtbot.keyClicks(first.editor, "Newsweek")
    sheet.article_combo.setCurrentIndex(0)  # switching saves what was typed
    assert answers(win)[(1, 2)].value == "Newsweek"
    assert first.editor.toPlainText() == "No author named; a partisan site"
    assert rating.value() == ("Anonymous sources only", 2)
    win.close()


def test_undo_takes_back_a_whole_typed_answer(qtbot: object, ctx: object) -> None:
    win = open_window(qtbot, ctx)
    win.panels.evaluation.raise_()  # its tab, behind the annotations
    first = win.panels.evaluation.questions[0]
    first.editor.setFocus()
    qtbot.keyClicks(first.editor, "Free")
    qtbot.waitUntil(lambda: (1, 1) in answers(win), timeout=DEBOUNCE_MS * 4)
    qtbot.keyClicks(first.editor, " Beacon")
    qtbot.waitUntil(lambda: answers(win)[(1, 1)].value == "Free Beacon",
                    timeout=DEBOUNCE_MS * 4)
    assert win.undo_stack.count() == 1  # the edits merged into one step
    win.act_undo.trigger()
    assert answers(win)[(1, 1)].value == ""
    assert first.editor.toPlainText() == ""  # the sheet follows the undo
    win.act_redo.trigger()
    assert first.editor.toPlainText() == "Free Beacon"
    win.close()


def test_answers_and_panel_state_come_back_after_reopening(qtbot: object, ctx: object) -> None:
    win = open_window(qtbot, ctx)
    tag_phrase(win, 0, "black-market factory", "claim", note="kept")
    sheet = win.panels.evaluation
    sheet.raise_()
    sheet.questions[1].editor.setFocus()
    qtbot.keyClicks(sheet.questions[1].editor, "Michael Elleman, IISS")
    win.panels.instructions.set_expanded(False)
    win.panels.links.close()  # the close button of its title bar
    assert not win.panels.links.isVisible()
    win.close()  # closing at once still saves the answer still waiting for its pause

    again = open_window(qtbot, ctx)
    assert again.annotator_id == win.annotator_id
    assert again.panels.evaluation.questions[1].editor.toPlainText() == "Michael Elleman, IISS"
    assert not again.panels.instructions.is_expanded()
    assert not again.panels.instructions.scroll_area.isVisible()
    assert not again.panels.links.isVisible() and again.panels.annotations.isVisible()
    assert again.panels.annotation_model.rowCount() == 1
    assert again.panels.annotations.table.model().index(0, 3).data() == "kept"
    again.panels.toggles["linksDock"].trigger()  # Ctrl+Shift+L shows it again
    assert again.panels.links.isVisible()
    again.panels.instructions.toggle.click()
    assert again.panels.instructions.is_expanded()
    again.close()


def test_sheet_waits_for_a_name(qtbot: object, ctx: object) -> None:
    from annotator.services.annotators import create_annotator

    win = open_window(qtbot, ctx, student=None)
    sheet = win.panels.evaluation
    sheet.raise_()  # its tab, behind the annotations
    assert not sheet.form.isEnabled() and sheet.hint.isVisible()
    assert "name" in sheet.hint.text()
    assert "asks for your name" in win.panels.annotations.placeholder.text()
    win.set_annotator(create_annotator(ctx.db, "Ada").id)  # type: ignore[attr-defined]
    assert sheet.form.isEnabled() and not sheet.hint.isVisible()
    win.close()


def test_instructions_show_the_exercise_as_plain_text(qtbot: object, ctx: object) -> None:
    win = open_window(qtbot, ctx)
    panel = win.panels.instructions
    assert panel.title.text() == win.exercise.title
    assert panel.text.text().startswith("Two outlets report the same story")
    assert panel.text.textFormat() == Qt.TextFormat.PlainText
    assert panel.scroll_area.isVisible()
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert not panel.scroll_area.isVisible()
    assert panel.toggle.arrowType() == Qt.ArrowType.RightArrow
    win.close()
