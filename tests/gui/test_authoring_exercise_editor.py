"""New and edit exercise, driven as an instructor through the File menu and the editor dialog."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit

from annotator.gui.authoring.exercise_editor import NEW_COPY, ExerciseEditor
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.annotators import create_annotator
from annotator.services.authoring_drafts import ExerciseDraft
from annotator.services.exercises import list_exercises, load_exercise
from annotator.services.sample import DEFAULT_TAG_SET_ID, SAMPLE_EXERCISE_ID
from annotator.storage import models as m

PAGE = b"""<!doctype html><html><head><title>Budget vote | Daily Planet</title>
<meta property="og:title" content="Council approves budget">
<meta property="og:site_name" content="Daily Planet">
<meta property="article:published_time" content="2024-03-01T09:00:00Z">
<style>p { color: red }</style><script>alert('x')</script></head>
<body><nav>Home | Sport</nav><article><h1>Council approves budget</h1>
<p>The council approved the budget on Monday after a long debate about taxes.</p>
<img src="file:///etc/passwd"><p>Critics said the plan was reckless and would hurt
families. <a href="file:///secret">more</a></p></article></body></html>"""


@pytest.fixture
def window(qtbot, ctx) -> Iterator[MainWindow]:
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def article_files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "plain": tmp_path / "mayor.txt",
        "page": tmp_path / "budget.html",
        "word": tmp_path / "critics.docx",
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "photo.pdf",
    }
    files["plain"].write_bytes("Mayor defends plan\n\nThe mayor’s café plan costs €5m.".encode(
        "cp1252"))
    files["page"].write_bytes(PAGE)
    document = docx.Document()
    document.core_properties.title = "Critics call budget reckless"
    document.core_properties.author = "Jo Reporter"
    document.add_paragraph("Opposition leaders said the new tax was unfair to families.")
    document.save(str(files["word"]))
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return files


def _ok(qtbot, dialog: QDialog) -> bool:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    return dialog.result() == QDialog.DialogCode.Accepted


def _drive(qtbot, steps: Callable[[ExerciseEditor], bool]) -> Callable[[QDialog], bool]:
    def run(dialog: QDialog) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        return steps(dialog)  # type: ignore[arg-type]
    return run


def test_new_exercise_from_files_with_provenance(qtbot, window, ctx, article_files,
                                                 screenshot) -> None:
    reported: list[list[str]] = []

    def instructor(dialog: ExerciseEditor) -> bool:
        assert dialog.tag_set.currentText() == NEW_COPY
        assert _ok(qtbot, dialog) is False  # no title, no articles: says so and stays open
        assert dialog.problem.text() == "Give the exercise a title. Add at least one article."
        qtbot.keyClicks(dialog.title, "Budget week")
        qtbot.keyClicks(dialog.instructions, "Compare the three reports.")
        dialog.articles.report_errors = reported.append
        dialog.articles.choose_files = lambda: [str(p) for p in article_files.values()]
        qtbot.mouseClick(dialog.articles.add_button, Qt.MouseButton.LeftButton)
        assert dialog.articles.list.count() == 3
        dialog.articles.list.setCurrentRow(0)
        assert dialog.articles.list.currentItem().text() == "mayor.txt  (new)"
        qtbot.keyClicks(dialog.articles.fields["title"], "Mayor defends plan")
        assert dialog.articles.list.currentItem().text() == "Mayor defends plan  (new)"
        qtbot.keyClicks(dialog.articles.fields["outlet"], "Town Herald")
        qtbot.mouseClick(dialog.articles.down_button, Qt.MouseButton.LeftButton)
        dialog.tabs.setCurrentIndex(1)
        dialog.questions.list.setCurrentRow(4)
        qtbot.mouseClick(dialog.questions.remove_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.questions.add_button, Qt.MouseButton.LeftButton)
        editor = dialog.questions.list.findChild(QLineEdit)
        editor.selectAll()
        qtbot.keyClicks(editor, "How fair is it?")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        QApplication.processEvents()
        dialog.questions.kind.setCurrentIndex(1)
        dialog.questions.kind.activated.emit(1)
        dialog.tabs.setCurrentIndex(0)
        dialog.articles.list.setCurrentRow(1)
        QApplication.processEvents()
        screenshot(dialog, "authoring-new-exercise")
        return _ok(qtbot, dialog)

    window.authoring.run_dialog = _drive(qtbot, instructor)
    window.authoring.act_new.trigger()
    assert reported == [[
        "empty.txt: the file is empty",
        f"photo.pdf: {reported[0][1].split(': ', 1)[1]}",
    ]]
    ex = window.exercise
    assert ex.title == "Budget week" and ex.instructions == "Compare the three reports."
    assert [a.title for a in ex.articles] == [
        "Council approves budget", "Mayor defends plan", "Critics call budget reckless"]
    page, plain, word = ex.articles
    assert (page.outlet, page.published) == ("Daily Planet", "2024-03-01")
    assert "alert" not in page.text and "Critics said" in page.text
    assert plain.outlet == "Town Herald" and "café plan costs €5m" in plain.text
    assert word.author == "Jo Reporter"
    assert [q.text for q in ex.questions][-1] == "How fair is it?"
    assert ex.questions[-1].kind == m.QuestionKind.RATING and len(ex.questions) == 5
    assert ex.tag_set_id != DEFAULT_TAG_SET_ID and len(ex.tags) == 4
    assert len(window.panes) == 3 and len(list_exercises(ctx.db)) == 2


def test_edit_exercise_removes_annotated_article_after_asking_and_undoes(
        qtbot, window, ctx, screenshot) -> None:
    sample = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    me = create_annotator(ctx.db, "Ada")
    ann = ctx.annotations.add(sample.articles[0].id, me.id, 0, 12, sample.tags[0].id)
    asked: list[str] = []

    def instructor(dialog: ExerciseEditor) -> bool:
        assert dialog.windowTitle() == "Edit exercise"
        assert dialog.tag_set.currentData() == str(DEFAULT_TAG_SET_ID)
        dialog.title.selectAll()
        qtbot.keyClicks(dialog.title, "Missile engines")
        dialog.articles.confirm = lambda text: asked.append(text) or not asked[1:]
        dialog.articles.list.setCurrentRow(1)
        qtbot.keyClicks(dialog.articles.fields["author"], "A. Writer")
        dialog.articles.list.setCurrentRow(0)
        assert "cannot be edited" in dialog.articles.info.text()
        screenshot(dialog, "authoring-edit-exercise")
        qtbot.mouseClick(dialog.articles.remove_button, Qt.MouseButton.LeftButton)
        assert dialog.articles.list.count() == 1
        assert dialog.articles.paste("Mayor defends plan\n\nA third report.") == 1
        assert dialog.articles.list.currentItem().text() == "clipboard  (new)"
        qtbot.keyClicks(dialog.articles.fields["title"], "Mayor defends plan")
        assert dialog.articles.paste("Mayor defends plan\n\nA third report.") == 0
        return _ok(qtbot, dialog)

    window.authoring.run_dialog = _drive(qtbot, instructor)
    window.authoring.act_edit.trigger()
    assert asked == [f"Removing {sample.articles[0].title} deletes 1 annotation by Ada when "
                     "you press OK. Undo (Ctrl+Z) in the main window brings it back. "
                     "Remove it?"]
    now = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    assert now.title == "Missile engines"
    assert now.articles[0].id == sample.articles[1].id
    assert now.articles[0].author == "A. Writer" and now.articles[1].title == "Mayor defends plan"
    assert ctx.annotations.list(sample.id) == []
    assert window.undo_stack.undoText() == "Edit exercise"
    window.undo_stack.undo()
    assert load_exercise(ctx.db, SAMPLE_EXERCISE_ID).title == sample.title
    assert ctx.annotations.get(ann.id) == ann
    QApplication.processEvents()  # the deferred change events reload the window
    assert [p.article.id for p in window.panes] == [a.id for a in sample.articles]


def test_cancelled_editor_changes_nothing(qtbot, window, ctx) -> None:
    window.authoring.run_dialog = lambda dialog: False
    assert window.authoring.edit_exercise() is False
    assert window.authoring.new_exercise() is False
    assert len(list_exercises(ctx.db)) == 1 and window.undo_stack.count() == 0


def test_edit_tags_from_a_new_exercise_makes_its_own_copy(qtbot, window, ctx,
                                                          screenshot) -> None:
    from annotator.services.authoring import default_questions
    from annotator.services.authoring_drafts import QuestionDraft
    from annotator.services.tag_sets import TagSetService

    questions = tuple(QuestionDraft(None, text, kind) for text, kind in default_questions())
    dialog = ExerciseEditor(TagSetService(ctx.db, ctx.bus), ExerciseDraft(questions=questions),
                            new=True)
    qtbot.addWidget(dialog)
    opened: list[object] = []
    dialog.open_tag_editor = opened.append
    qtbot.keyClicks(dialog.title, "Week two")
    qtbot.mouseClick(dialog.edit_tags, Qt.MouseButton.LeftButton)
    chosen = dialog.draft().tag_set_id
    assert opened == [chosen] and chosen != DEFAULT_TAG_SET_ID
    assert dialog.tag_set.currentText() == "Tags for Week two (4 tags)"
    dialog.tabs.setCurrentIndex(1)
    dialog.questions.list.setCurrentRow(4)
    assert dialog.questions.kind.currentText() == "Rating 1–5 with reasons"
    dialog.show()
    qtbot.waitExposed(dialog)
    screenshot(dialog, "authoring-questions-tab")


def test_tag_edits_reload_the_window(qtbot, window, ctx) -> None:
    from annotator.gui.authoring.tag_set_editor import TagSetEditor

    def rename_first_tag(dialog: TagSetEditor) -> bool:
        dialog.model.setData(dialog.model.index(0, 1), "Assertion")
        return True

    window.authoring.run_dialog = rename_first_tag
    window.authoring.act_tags.trigger()
    QApplication.processEvents()
    assert window.exercise.tags[0].label == "Assertion"


def test_new_version_of_an_article_is_added_after_it_and_keeps_the_old(
        qtbot, window, ctx, tmp_path) -> None:
    sample = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    corrected = tmp_path / "corrected.txt"
    corrected.write_text(sample.articles[0].text + "\n\nCorrection: a date was wrong.")

    def instructor(dialog: ExerciseEditor) -> bool:
        dialog.articles.list.setCurrentRow(0)
        dialog.articles.choose_files = lambda: [str(corrected)]
        qtbot.mouseClick(dialog.articles.version_button, Qt.MouseButton.LeftButton)
        assert dialog.articles.list.currentRow() == 1
        assert dialog.articles.fields["title"].text() == sample.articles[0].title
        qtbot.mouseClick(dialog.articles.version_button, Qt.MouseButton.LeftButton)
        assert dialog.articles.list.count() == 3  # the same corrected text twice: refused
        return _ok(qtbot, dialog)

    window.authoring.run_dialog = _drive(qtbot, instructor)
    window.authoring.edit_exercise()
    now = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    assert [a.id for a in now.articles][::2] == [a.id for a in sample.articles]
    assert now.articles[1].text.endswith("Correction: a date was wrong.")
    assert now.articles[1].title == sample.articles[0].title
    assert now.articles[0].text == sample.articles[0].text
    assert "corrected.txt: this exercise already has" in window.authoring.last_message.text()


def test_a_date_taken_from_a_files_properties_is_flagged_for_checking(
    qtbot, tmp_path: Path
) -> None:
    """A Word file's creation date (python-docx's template says 2013) is offered as the
    publication date; the editor says where it came from, a saved web page's date not."""
    import datetime as dt

    from annotator.gui.authoring.article_list import ArticleListEditor

    document = docx.Document()
    document.add_paragraph("Residents say they were not consulted before the vote.")
    document.core_properties.created = dt.datetime(2013, 12, 23, 23, 15)
    document.save(str(tmp_path / "residents.docx"))
    (tmp_path / "vote.html").write_bytes(PAGE)
    editor = ArticleListEditor([])
    qtbot.addWidget(editor)
    assert editor.add_files([tmp_path / "residents.docx", tmp_path / "vote.html"]) == 2
    editor.list.setCurrentRow(0)
    assert editor.fields["published"].text() == "2013-12-23"
    assert editor.info.text().endswith("Its date is when the file was made, not necessarily "
                                       "when the article was published: check it.")
    editor.list.setCurrentRow(1)
    assert editor.fields["published"].text() == "2024-03-01"
    assert "check it" not in editor.info.text()
