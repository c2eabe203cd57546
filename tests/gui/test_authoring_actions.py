"""File menu authoring: import and paste articles, drop files, export and open packages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QProgressDialog

from annotator.exchange.articles import import_article
from annotator.gui.authoring.importing import read_article_files
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.context import open_context
from annotator.services.exercises import list_exercises, load_exercise
from annotator.services.exercises_io import ArticleInUseError
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise


def _window(qtbot, ctx) -> MainWindow:
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, ctx) -> Iterator[MainWindow]:
    win = _window(qtbot, ctx)
    yield win
    win.close()


def _files(tmp_path: Path, **texts: bytes) -> list[Path]:
    paths = []
    for name, data in texts.items():
        path = tmp_path / name.replace("_", ".")
        path.write_bytes(data)
        paths.append(path)
    return paths


def _drop(window: MainWindow, paths: list[Path], target=None) -> tuple[bool, bool]:
    """Drag the files over ``target`` (default: the window itself) and drop them."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    target = target or window
    point = target.rect().center()
    try:  # PySide6 up to 6.11 takes a QPoint here, later versions a QPointF
        enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    except TypeError:
        enter = QDragEnterEvent(QPointF(point), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    QApplication.processEvents()  # deferred change events reload the window
    return enter.isAccepted(), drop.isAccepted()


def test_file_menu_has_the_authoring_actions(window) -> None:
    texts = [a.text() for a in window.menu_file.actions() if not a.isSeparator()]
    assert texts[:9] == ["&Open Exercise…", "Open &Recent", "&New Exercise…", "Edit Exer&cise…",
                         "Edit &Tags…", "&Import Article…", "Paste &Article",
                         "Open Exercise &Package…", "E&xport Exercise Package…"]
    assert texts[-1] == "&Quit"
    actions = window.authoring
    assert actions.act_new.shortcut() == QKeySequence("Ctrl+N")
    assert actions.act_import.shortcut() == QKeySequence("Ctrl+I")
    assert actions.act_export.shortcut().isEmpty()  # rare; Ctrl+Shift+E shows Evaluation
    assert window.acceptDrops()


def test_import_reports_each_failed_file_and_adds_the_rest_as_one_step(
        window, ctx, tmp_path, screenshot) -> None:
    paths = _files(tmp_path, one_txt=b"First extra report.\n", two_md=b"# Second\n\nBody.",
                   empty_txt=b"", notes_xyz=b"what is this")
    window.authoring.choose_articles = lambda: [str(p) for p in paths]
    window.authoring.act_import.trigger()
    assert window.undo_stack.undoText() == "Import 2 articles"  # before the window reloads
    QApplication.processEvents()
    texts = [p.article.text for p in window.panes]
    assert texts[2:] == ["First extra report.", "# Second\n\nBody."]
    message = window.authoring.last_message
    lines = message.text().splitlines()
    assert lines[0] == "2 files could not be added; nothing was taken from them:"
    assert lines[1] == "empty.txt: the file is empty"
    assert lines[2].startswith("notes.xyz: this kind of file cannot be imported")
    assert message.textFormat() == Qt.TextFormat.PlainText
    QApplication.processEvents()
    screenshot(message, "authoring-import-failures")
    message.close()


def test_import_is_undone_with_ctrl_z(window, ctx, tmp_path) -> None:
    window.authoring.import_articles(_files(tmp_path, one_txt=b"First extra report."))
    window.undo_stack.undo()
    QApplication.processEvents()
    assert len(load_exercise(ctx.db, SAMPLE_EXERCISE_ID).articles) == 2
    assert len(window.panes) == 2


def test_authoring_undo_survives_the_window_reload(window, ctx, tmp_path) -> None:
    window.authoring.import_articles(_files(tmp_path, one_txt=b"First extra report."))
    QApplication.processEvents()
    assert window.undo_stack.undoText() == "Import 1 article"


def test_paste_article_from_the_clipboard(window, ctx) -> None:
    QApplication.clipboard().setText("Pasted report\r\n\r\nWith a body.")
    window.authoring.act_paste.trigger()
    QApplication.processEvents()
    assert window.panes[-1].article.text == "Pasted report\n\nWith a body."
    window.authoring.act_paste.trigger()  # the same text again is refused, by name
    assert window.authoring.last_message.text().splitlines()[1] == (
        "clipboard: this exercise already has an article with exactly this text")
    QApplication.clipboard().setText("   ")
    window.authoring.act_paste.trigger()
    assert window.authoring.last_message.text() == "clipboard: there is no text to import"
    assert len(load_exercise(ctx.db, SAMPLE_EXERCISE_ID).articles) == 3


def test_dropping_article_files_imports_them(window, ctx, tmp_path) -> None:
    page = b"<html><head><title>Dropped</title></head><body><article><p>" + \
        b"A dropped page with enough words in it to count as an article body." * 3 + \
        b"</p></article></body></html>"
    paths = _files(tmp_path, dropped_html=page, other_txt="Café society\n".encode("cp1252"))
    assert _drop(window, paths) == (True, True)
    titles = [p.article.title for p in window.panes]
    assert len(titles) == 4 and "Dropped" in titles
    assert window.panes[-1].article.text == "Café society"
    on_pane = _files(tmp_path, pane_txt=b"Dropped on the reading pane.")
    assert _drop(window, on_pane, window.panes[0].view.viewport()) == (True, True)
    assert window.panes[-1].article.text == "Dropped on the reading pane."
    assert "Dropped on" not in window.panes[0].article.text  # read-only: nothing inserted
    ignored = _files(tmp_path, image_png=b"\x89PNG")
    assert _drop(window, ignored) == (False, False)
    assert len(load_exercise(ctx.db, SAMPLE_EXERCISE_ID).articles) == 5


def test_export_then_open_in_a_fresh_database_by_drop_and_menu(
        qtbot, window, ctx, tmp_path) -> None:
    window.authoring.paste_article("A third article for the class.")
    QApplication.processEvents()
    target = tmp_path / "out" / "week one"
    target.parent.mkdir()
    suggested: list[str] = []
    window.authoring.choose_export_path = lambda name: suggested.append(name) or str(target)
    window.authoring.act_export.trigger()
    package = target.with_name("week one.saexercise")
    assert suggested == ["Who is behind North Korea's missile engines.saexercise"]
    assert package.is_file()

    other = open_context(f"sqlite:///{tmp_path / 'student.sqlite3'}")
    try:
        ensure_sample_exercise(other.db)
        student = _window(qtbot, other)
        assert _drop(student, [package]) == (True, True)
        assert [len(p.article.text) > 0 for p in student.panes] == [True] * 3
        assert student.panes[2].article.text == "A third article for the class."
        student.authoring.choose_package = lambda: str(package)
        student.authoring.act_open_package.trigger()  # the same package again: no duplicates
        assert len(list_exercises(other.db)) == 1
        assert "already up to date" in student.statusBar().currentMessage()
        broken = tmp_path / "broken.saexercise"
        broken.write_bytes(b"PK\x03\x04 not really a zip")
        student.authoring.open_package(broken)
        assert student.authoring.last_message.text().startswith("broken.saexercise: ")
        assert len(list_exercises(other.db)) == 1
        student.authoring.open_path(package)  # as from the command line
        assert student.exercise.title == window.exercise.title
        student.close()
    finally:
        other.close()


def test_many_files_show_progress_and_cancel_adds_nothing(window, ctx, tmp_path) -> None:
    paths = _files(tmp_path, **{f"a{i}_txt": f"Report number {i}.".encode() for i in range(4)})
    seen: list[int] = []

    def slow_reader(path: Path):
        progress = window.findChild(QProgressDialog)
        seen.append(progress.maximum())
        if len(seen) == 3:
            progress.cancel()
        return import_article(path)

    result = read_article_files(paths, window, slow_reader)
    assert result.cancelled and result.articles == [] and seen == [4, 4, 4]
    assert len(read_article_files(paths[:2], window).articles) == 2


def test_article_text_cannot_change_once_annotated(window, ctx) -> None:
    ex = window.exercise
    from annotator.services.annotators import create_annotator

    me = create_annotator(ctx.db, "Ada")
    ctx.annotations.add(ex.articles[0].id, me.id, 0, 5, ex.tags[0].id)
    with pytest.raises(ArticleInUseError, match="add the new text as a new article"):
        window.authoring.authoring.replace_text(ex.articles[0].id, "Silently changed")
    assert load_exercise(ctx.db, ex.id).articles[0].text == ex.articles[0].text
