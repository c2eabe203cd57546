"""Feedback in the window, driven as people do: the instructor explains the key, comments in
the Compare view and returns feedback; each student opens their own file, reads the verdicts,
keeps editing, and hands in again."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from feedback_scenario import Classroom, build_classroom
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPalette
from PySide6.QtWidgets import QApplication
from ws_helpers import point_of, select_phrase, show_active

from annotator.exchange import feedback as feedback_format
from annotator.gui.feedback import actions as feedback_actions
from annotator.gui.feedback.return_dialog import ReturnChoice, ReturnDialog
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.context import AppContext
from annotator.services.feedback import return_feedback
from annotator.services.feedback_comments import comments_for
from annotator.services.feedback_student import list_attempts
from annotator.services.sample import SAMPLE_EXERCISE_ID


@pytest.fixture
def room(tmp_path: Path) -> Iterator[Classroom]:
    classroom = build_classroom(tmp_path / "class")
    yield classroom
    classroom.close()


def _window(qtbot: object, db: object) -> MainWindow:
    window = MainWindow(AppContext(db), Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    return window


def _files(room: Classroom) -> dict[str, Path]:
    results = return_feedback(room.teacher, SAMPLE_EXERCISE_ID, room.folder / "returned")
    return {r.student: r.path for r in results if r.path is not None}


def _messages(window: MainWindow) -> list[str]:
    said: list[str] = []
    window.feedback.notify = lambda _t, text, error=False: said.append(text)  # type: ignore
    return said


def test_suffix_spelled_out_for_start_up_matches_the_format() -> None:
    assert feedback_actions.FEEDBACK_SUFFIX == feedback_format.FEEDBACK_SUFFIX


def test_instructor_explains_the_key_and_returns_feedback(qtbot: object, room: Classroom,
                                                          tmp_path: Path) -> None:
    window = _window(qtbot, room.teacher)
    show_active(qtbot, window)
    review = window.review
    assert not window.feedback.act_explain.isEnabled()
    review.key_mode.action.setChecked(True)  # Review > Annotate the Answer Key
    assert window.feedback.act_explain.isEnabled()
    pane = window.panes[0]
    # click into the key's evidence passage to select it, then Review > Explain Key Passage…
    start = pane.article.text.index("classified assessments")
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton,  # type: ignore
                     pos=point_of(pane, start + 3))
    assert window.actions_pane.selected_annotation() is not None
    asked: list[tuple[str, str, str]] = []

    def answer(quote: str, tag: str, current: str) -> str:
        asked.append((quote, tag, current))
        return "A named source, but we cannot see it ourselves."

    window.feedback.ask_explanation = answer  # type: ignore[method-assign]
    window.feedback.act_explain.trigger()
    assert asked == [("classified assessments by U.S. intelligence agencies", "Evidence",
                      "The source the Times relied on.")]
    window.undo_stack.undo()  # undoable like any edit
    window.undo_stack.redo()

    said = _messages(window)
    window.feedback.ask_return = lambda: ReturnChoice(tmp_path / "out", (  # type: ignore
        "key", "class", "scores", "comments"))
    review_menu = [a.text() for a in review.menu.actions()]
    assert "Return &Feedback…" in review_menu
    window.feedback.act_return.trigger()

    files = sorted((tmp_path / "out").glob("*.feedback.json"))
    assert [p.name.rsplit("-", 1)[1] for p in files] == [
        "Alice.feedback.json", "Bob.feedback.json", "Cara.feedback.json"]
    assert said and said[0].startswith("3 feedback files written")
    document = json.loads(files[0].read_text("utf-8"))
    explanations = [k["explanation"] for a in document["articles"] for k in a["key"]]
    assert "A named source, but we cannot see it ourselves." in explanations
    window.close()


def test_return_dialog_returns_the_choice(qtbot: object, tmp_path: Path,
                                          screenshot: object) -> None:
    dialog = ReturnDialog(None)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.choice() is None
    assert not dialog.write.isEnabled()
    qtbot.keyClicks(dialog.folder, str(tmp_path))  # type: ignore[attr-defined]
    dialog.boxes["class"].click()
    assert dialog.choice() == ReturnChoice(tmp_path, ("key", "scores", "comments"))
    dialog.show()
    qtbot.waitExposed(dialog)  # type: ignore[attr-defined]
    screenshot(dialog, "feedback-return-dialog")  # type: ignore[operator]


def test_instructor_comments_on_a_student_annotation_in_compare(
        qtbot: object, room: Classroom, screenshot: object) -> None:
    window = _window(qtbot, room.teacher)
    review_window = window.review.open_overview()
    assert review_window is not None
    qtbot.addWidget(review_window)  # type: ignore[attr-defined]
    tab = review_window.compare_tab
    review_window.tabs.setCurrentWidget(tab)
    alice = room.students["Alice"]
    tab.choose(str(room.key_id), str(alice.id))
    box = tab.comments
    # the difference "evidence tagged as claim" is Alice's second annotation
    row = next(i for i in range(tab.model.rowCount())
               if "classified assessments" in tab.model.index(i).data())
    review_window.show()
    rect = tab.list.visualRect(tab.model.index(row))
    qtbot.mouseClick(tab.list.viewport(), Qt.MouseButton.LeftButton,  # type: ignore
                     pos=rect.center())
    assert box.passage_editor.isEnabled()
    qtbot.keyClicks(box.passage_editor, "Is a secret report evidence?")  # type: ignore
    box.save_button.click()
    qtbot.keyClicks(box.overall_editor, "Careful reading overall.")  # type: ignore
    box.save_button.click()

    stored = comments_for(room.teacher, SAMPLE_EXERCISE_ID, alice.id)
    assert stored == {alice.annotations[1]: "Is a secret report evidence?",
                      None: "Careful reading overall."}
    review_window.resize(1366, 768)
    QApplication.processEvents()
    screenshot(review_window, "feedback-compare-comments")  # type: ignore[operator]
    review_window.close()
    window.close()


def test_each_student_opens_only_their_own_feedback(qtbot: object, room: Classroom) -> None:
    files = _files(room)
    alice = room.students["Alice"]
    window = _window(qtbot, alice.db)
    window.set_annotator(alice.id)
    show_active(qtbot, window, 1366, 768)
    said = _messages(window)

    window.feedback.ask_open_path = lambda: files["Bob"]  # type: ignore[method-assign]
    window.feedback.act_open.trigger()  # File > Open Feedback…, Bob's file
    assert said and "made for another student" in said[-1]
    assert str(files["Bob"]) in said[-1]
    assert window.feedback.dock is None or not window.feedback.dock.isVisible()

    window.feedback.ask_open_path = lambda: files["Alice"]  # type: ignore[method-assign]
    window.feedback.act_open.trigger()
    view = window.feedback.view
    assert view is not None and window.feedback.dock is not None
    assert window.feedback.dock.isVisible()
    texts = view.passage_texts()
    assert any(t.startswith("You and the key agree: Claim") for t in texts)
    tagged = next(t for t in texts if t.startswith("You tagged Claim, the key says Evidence"))
    assert "Why: The source the Times relied on." in tagged
    assert any(t.startswith("You missed this: the key marks Opinion") for t in texts)
    assert any(t.startswith("You marked this (Opinion), the key did not") for t in texts)
    assert "You found 1 of the key's 3 passages" in view.score_text()
    assert len(window.feedback.heat_strips()) == 2
    strip = window.feedback.heat_strips()[0]
    assert strip.isVisible() and strip.width() > 0
    dock = window.feedback.dock
    dock.close()  # closed by its title bar button, brought back from the View menu
    window.open_exercise(SAMPLE_EXERCISE_ID)  # a reload (tags edited) leaves it closed
    assert not dock.isVisible()
    assert len(window.feedback.heat_strips()) == 2  # the new panes get their strips
    toggle = next(a for a in window.menu_view.actions() if a.text() == "Fee&dback")
    toggle.trigger()
    assert dock.isVisible()
    window.close()


def test_feedback_view_reads_and_stays_read_only(qtbot: object, room: Classroom,
                                                 screenshot: object) -> None:
    from annotator.services.feedback_comments import set_comment

    alice = room.students["Alice"]
    set_comment(room.teacher, SAMPLE_EXERCISE_ID, alice.id,
                "Good eye for the central claim. Look again at what counts as evidence.")
    set_comment(room.teacher, SAMPLE_EXERCISE_ID, alice.id,
                "A secret report is a source, not evidence you can check.", alice.annotations[1])
    files = _files(room)
    window = _window(qtbot, alice.db)
    window.set_annotator(alice.id)
    show_active(qtbot, window, 1366, 768)
    opened = window.feedback.open_feedback(files["Alice"])
    assert opened is not None
    view = window.feedback.view
    assert view is not None
    assert view.comment.text().startswith("Good eye")
    assert any("Your teacher: A secret report" in t for t in view.passage_texts())

    # activating a passage selects it in the text
    row = next(i for i in range(view.model.rowCount())
               if view.model.row_at(i).title.startswith("You missed this"))
    view.list.scrollTo(view.model.index(row))
    rect = view.list.visualRect(view.model.index(row))
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton,  # type: ignore
                     pos=rect.center())
    pane = window.panes[0]
    assert pane.view.textCursor().selectedText().startswith("Well, thankfully")

    # missed and re-tagged key passages are marked in the text, over Alice's own highlights
    marks = window.feedback.key_marks()
    assert [len(m.rows) for m in marks] == [2, 1]
    assert [r.verdict.value for r in marks[0].rows] == ["missed", "different_tag"]
    assert all(rects for _row, rects in marks[0].boxes())
    assert marks[0].testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    # the class heat strip explains itself
    strip = window.feedback.heat_strips()[0]
    described = [strip.describe(y) for y in range(0, strip.height(), 4)]
    assert any(d.startswith("Of 3 students") for d in described)

    # the student's own highlights stay editable; the feedback does not change
    before = view.passage_texts()
    start, end = select_phrase(pane, "The report notes that")
    qtbot.keyClick(pane.view, Qt.Key.Key_1)  # type: ignore[attr-defined]
    mine = window.ctx.annotations.list(SAMPLE_EXERCISE_ID, alice.id)
    assert any((a.start, a.end) == (start, end) for a in mine)
    assert view.passage_texts() == before
    assert all(not (view.model.flags(view.model.index(i)) & Qt.ItemFlag.ItemIsEditable)
               for i in range(view.model.rowCount()))

    for dark in (False, True):
        from annotator.gui import theme

        app = QApplication.instance()
        before_palette = QPalette(app.palette())  # type: ignore[union-attr]
        app.setPalette(theme.dark_palette() if dark else theme.light_palette())  # type: ignore
        try:
            window.resize(1366, 768)
            QApplication.processEvents()
            screenshot(window, f"feedback-view-1366x768-{'dark' if dark else 'light'}")  # type: ignore
            view.tabs.setCurrentIndex(1)
            QApplication.processEvents()
            screenshot(view, f"feedback-scores-{'dark' if dark else 'light'}")  # type: ignore
            view.tabs.setCurrentIndex(0)
        finally:
            app.setPalette(before_palette)  # type: ignore[union-attr]
    window.close()


def test_feedback_before_hand_in_explains_why_it_waits(qtbot: object, room: Classroom,
                                                       tmp_path: Path) -> None:
    files = _files(room)
    from annotator.storage.models import HandinAttempt

    alice = room.students["Alice"]
    with alice.db.session() as s:  # Alice's attempt, as if she had not handed in here
        s.query(HandinAttempt).delete()
    window = _window(qtbot, alice.db)
    window.set_annotator(alice.id)
    said = _messages(window)
    assert window.feedback.open_feedback(files["Alice"]) is None
    assert "feedback opens after you hand in" in said[-1]
    window.close()


def test_dropping_a_feedback_file_opens_it_and_revise_hands_in_again(
        qtbot: object, room: Classroom, tmp_path: Path) -> None:
    files = _files(room)
    cara = room.students["Cara"]
    window = _window(qtbot, cara.db)
    window.set_annotator(cara.id)
    show_active(qtbot, window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(files["Cara"]))])
    enter = QDragEnterEvent(QPoint(200, 200), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()  # the window takes files dragged onto it
    drop = QDropEvent(QPoint(200, 200).toPointF(), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    # Qt delivers a drop only during a real drag; hand it to the filter as Qt would
    assert window.feedback.eventFilter(window, drop)
    assert window.feedback.opened is not None
    assert window.feedback.opened.record.student_id == cara.id

    again = tmp_path / "cara-2.handin.json"

    def hand_in_dialog(dialog: object) -> None:
        dialog.path_edit.setText(str(again))  # type: ignore[attr-defined]
        assert dialog.hand_in() == again  # type: ignore[attr-defined]

    window.handin.show_dialog = hand_in_dialog  # type: ignore[method-assign]
    view = window.feedback.view
    assert view is not None
    view.revise.click()  # "Revise and Hand In Again…"
    assert again.exists()
    assert [a.number for a in list_attempts(cara.db, SAMPLE_EXERCISE_ID, cara.id)] == [1, 2]
    assert "this feedback is about attempt 1" in view.attempts.text()

    # opening the feedback again after a restart shows it without the file
    window.close()
    second = _window(qtbot, cara.db)  # the app remembers who was annotating
    assert second.annotator_id == cara.id
    qtbot.waitUntil(lambda: second.feedback.opened is not None)  # type: ignore[attr-defined]
    assert second.feedback.opened.attempt == 1  # type: ignore[union-attr]
    second.close()


def test_explain_dialog_returns_the_explanation(qtbot: object, screenshot: object) -> None:
    from annotator.gui.feedback.explain_dialog import ExplainDialog

    dialog = ExplainDialog("classified assessments by U.S. intelligence agencies", "Evidence",
                           "The source the Times relied on.")
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    qtbot.waitExposed(dialog)  # type: ignore[attr-defined]
    dialog.editor.selectAll()
    qtbot.keyClicks(dialog.editor, "  We cannot check it ourselves. ")  # type: ignore
    assert dialog.explanation() == "We cannot check it ourselves."
    screenshot(dialog, "feedback-explain-dialog")  # type: ignore[operator]


def test_passage_model_passes_the_qt_model_tester(qtbot: object, room: Classroom) -> None:
    from PySide6.QtTest import QAbstractItemModelTester

    from annotator.exchange.feedback import load_feedback
    from annotator.gui.feedback.passage_model import PassageModel
    from annotator.gui.feedback.rows import build_rows

    files = _files(room)
    model = PassageModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    rows = build_rows(load_feedback(files["Bob"]))
    model.set_rows(rows)
    assert model.rowCount() == len(rows)
    headings = [i for i in range(model.rowCount()) if model.row_at(i).is_heading]
    assert len(headings) == 2
    assert not model.flags(model.index(headings[0])) & Qt.ItemFlag.ItemIsSelectable
    assert model.index(headings[0] + 1).data(Qt.ItemDataRole.DecorationRole) is not None


def test_a_damaged_feedback_file_is_named_in_the_message(qtbot: object, room: Classroom) -> None:
    files = _files(room)
    alice = room.students["Alice"]
    path = files["Alice"]
    path.write_text(path.read_text("utf-8").replace("main point", "MAIN POINT"), "utf-8")
    window = _window(qtbot, alice.db)
    window.set_annotator(alice.id)
    said = _messages(window)

    window.open_paths([str(path)])  # double-click in the file manager

    assert said == [f"{path}: checksum mismatch; the file was changed or damaged"]
    assert window.feedback.opened is None
    window.close()


TAG_KEYS = {"claim": Qt.Key.Key_1, "evidence": Qt.Key.Key_2, "speculation": Qt.Key.Key_3,
            "opinion": Qt.Key.Key_4}


def test_whole_loop_driven_through_the_windows(qtbot: object, tmp_path: Path) -> None:
    """The instructor tags the key and explains it with the keyboard and menus, imports three
    hand-ins with File > Import Hand-ins, returns feedback; each student then opens their own
    file in their own window and is refused a classmate's."""
    from feedback_scenario import KEY

    room = build_classroom(tmp_path / "class", teacher_ready=False)
    try:
        teacher = _window(qtbot, room.teacher)
        show_active(qtbot, teacher)
        teacher.review.act_key.trigger()  # Review > Annotate the Answer Key
        for article, quote, tag, explanation in KEY:
            pane = teacher.panes[article]
            select_phrase(pane, quote)
            qtbot.keyClick(pane.view, TAG_KEYS[tag])  # type: ignore[attr-defined]
            teacher.feedback.ask_explanation = (  # type: ignore[method-assign]
                lambda _q, _t, _c, e=explanation: e)
            assert teacher.feedback.explain_key_passage()
        teacher.handin.ask_open_paths = lambda: [  # type: ignore[method-assign]
            s.handin for s in room.students.values()]
        teacher.handin.show_dialog = lambda _d: None  # type: ignore[method-assign]
        teacher.handin.act_import.trigger()  # File > Import Hand-ins…
        assert [r.ok for r in teacher.handin.last_results] == [True, True, True]
        _messages(teacher)
        out = tmp_path / "returned"
        teacher.feedback.ask_return = lambda: ReturnChoice(  # type: ignore[method-assign]
            out, ("key", "class", "scores", "comments"))
        teacher.feedback.act_return.trigger()  # Review > Return Feedback…
        teacher.close()
        files = {p.name.rsplit("-", 1)[1].split(".")[0]: p for p in out.glob("*.feedback.json")}
        assert sorted(files) == ["Alice", "Bob", "Cara"]
        for name, path in files.items():
            explanations = [k["explanation"] for a in json.loads(path.read_text("utf-8"))[
                "articles"] for k in a["key"]]
            assert explanations == [e for _a, _q, _t, e in KEY], name

        for name, student in room.students.items():
            window = _window(qtbot, student.db)
            window.set_annotator(student.id)
            said = _messages(window)
            other = files["Bob" if name != "Bob" else "Cara"]
            window.feedback.ask_open_path = lambda p=other: p  # type: ignore[method-assign]
            window.feedback.act_open.trigger()
            assert "made for another student" in said[-1]
            window.feedback.ask_open_path = lambda p=files[name]: p  # type: ignore
            window.feedback.act_open.trigger()
            assert window.feedback.opened is not None
            assert window.feedback.opened.record.student_name == name
            window.close()
    finally:
        room.close()


def test_feedback_view_follows_the_student(qtbot: object, room: Classroom) -> None:
    from annotator.services.annotators import create_annotator

    files = _files(room)
    alice = room.students["Alice"]
    window = _window(qtbot, alice.db)
    window.set_annotator(alice.id)
    assert window.feedback.open_feedback(files["Alice"]) is not None
    dock = window.feedback.dock
    assert dock is not None and not dock.isHidden()

    sibling = create_annotator(alice.db, "Alice's brother").id  # same computer, other person
    window.set_annotator(sibling)
    assert dock.isHidden() and window.feedback.strips == []
    window.set_annotator(alice.id)
    assert not dock.isHidden() and len(window.feedback.heat_strips()) == 2
    window.close()
