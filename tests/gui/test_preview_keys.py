"""The start-up preview takes tag keys and stores them at once (gui/preview_keys.py,
storage/early_annotate.py); the main window then shows them and can undo them."""

from __future__ import annotations

import re
import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication

from annotator.gui import application, session
from annotator.gui.first_paint import PreviewWindow, show_preview
from annotator.gui.main_window import MainWindow
from annotator.gui.preview_handover import top_position
from annotator.gui.settings import Settings
from annotator.paths import data_dir
from annotator.services import identity
from annotator.services.annotators import create_annotator
from annotator.services.context import open_context
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise
from annotator.storage.run_marker import marker_path

DB = "annotator.sqlite3"


@pytest.fixture
def known_student() -> Path:
    """A second start: the sample exercise and a student who owns the database."""
    ctx = open_context()
    ensure_sample_exercise(ctx.db, "en")
    ada = create_annotator(ctx.db, "Ada")
    identity.set_owner(ctx.db, ada.id)
    ctx.close()
    return data_dir() / DB


def _rows(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as c:
        return c.execute('SELECT id, article_id, annotator_id, start, "end", exact, prefix, '
                         "suffix, tag_id, note, created, modified FROM annotation "
                         "ORDER BY created").fetchall()


def _select_two_words(qtbot: object, preview: PreviewWindow) -> None:
    """As a person: into the first text, to its start, Ctrl+Shift+Right twice."""
    view = preview.panes[0].view
    view.setFocus()
    for key, mods in ((Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier),
                      (Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)):
        qtbot.keyClick(view, key, mods)  # type: ignore[attr-defined]
    assert view.textCursor().hasSelection()


def _first_words(preview: PreviewWindow) -> str:
    return " ".join(preview.panes[0].article.text.split()[:2]).rstrip(".,;:")


def test_a_tag_key_at_first_paint_is_stored_and_shown(
    known_student: Path, qtbot: object, screenshot: object
) -> None:
    preview = show_preview(Settings(), None, None)
    assert preview is not None and preview.takes_keys
    qtbot.addWidget(preview)  # type: ignore[attr-defined]
    preview.activateWindow()
    qtbot.waitActive(preview)  # type: ignore[attr-defined]
    _select_two_words(qtbot, preview)
    qtbot.keyClick(preview.panes[0].view, Qt.Key.Key_1)  # type: ignore[attr-defined]
    [row] = _rows(known_student)  # committed at once: another connection sees it
    assert row[5] == _first_words(preview) and row[4] > row[3] == 0
    view = preview.panes[0].view
    assert not view.textCursor().hasSelection() and len(view.extraSelections()) == 1
    assert "saved" in preview.statusBar().currentMessage()
    screenshot(preview, "preview-tagged")  # type: ignore[operator]
    # a key the preview cannot act on is answered, never dropped in silence
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    assert preview.statusBar().currentMessage().startswith("Still opening")
    assert len(_rows(known_student)) == 1
    # the file stays locked and marked as in use until handed over
    assert marker_path(known_student).exists()
    lock = preview.hand_over()
    assert lock is not None and lock.held and not marker_path(known_student).exists()
    lock.release()
    preview.close()


def test_the_preview_writes_exactly_the_row_the_service_writes(known_student: Path,
                                                                qtbot: object) -> None:
    preview = show_preview(Settings(), None, None)
    assert preview is not None and preview.desk is not None
    qtbot.addWidget(preview)  # type: ignore[attr-defined]
    desk = preview.desk
    article = preview.panes[0].article
    tag = desk.tags[0]
    made = desk.add(article.id, 5, 40, tag.id)
    preview.hand_over().release()  # type: ignore[union-attr]
    preview.close()
    ctx = open_context()
    orm = ctx.annotations.add(article.id, desk.annotator_id, 5, 40, tag.id)
    ctx.close()
    mine, theirs = sorted(_rows(known_student), key=lambda r: r[0] != made.id.hex)
    assert mine[0] == made.id.hex and theirs[0] == orm.id.hex
    assert mine[1:10] == theirs[1:10]  # ids, span, quote, prefix, suffix, tag, note
    stamp = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$")
    assert all(stamp.match(str(v)) for v in (*mine[10:], *theirs[10:]))
    assert all(type(a) is type(b) for a, b in zip(mine, theirs, strict=True))


def test_the_window_takes_over_with_the_annotations_and_can_undo_them(
    known_student: Path, qtbot: object, qapp: object, monkeypatch: pytest.MonkeyPatch,
    screenshot: object
) -> None:
    """Through run_gui: a key at first paint, and one pressed while the app is loading."""
    real_show = application.show_preview
    seen: dict[str, object] = {}
    made: list[MainWindow] = []  # the window run_gui opens, not one an earlier test left
    real_init = MainWindow.__init__

    def recording_init(self: MainWindow, *args: object, **kwargs: object) -> None:
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]
        made.append(self)

    monkeypatch.setattr(MainWindow, "__init__", recording_init)

    def show_and_tag(*args: object) -> PreviewWindow | None:
        preview = real_show(*args)  # type: ignore[arg-type]
        assert preview is not None and preview.takes_keys
        preview.activateWindow()
        qtbot.waitActive(preview)  # type: ignore[attr-defined]
        _select_two_words(qtbot, preview)
        qtbot.keyClick(preview.panes[0].view, Qt.Key.Key_1)  # type: ignore[attr-defined]
        view = preview.panes[1].view

        def while_loading() -> None:  # handled at the first pause between the imports
            view.setFocus()
            qtbot.keyClick(view, Qt.Key.Key_End,  # type: ignore[attr-defined]
                           Qt.KeyboardModifier.ControlModifier)
            for _ in range(2):
                qtbot.keyClick(view, Qt.Key.Key_Left,  # type: ignore[attr-defined]
                               Qt.KeyboardModifier.ControlModifier
                               | Qt.KeyboardModifier.ShiftModifier)
            qtbot.keyClick(view, Qt.Key.Key_2)  # type: ignore[attr-defined]
            view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
            seen["top"] = top_position(view)

        QTimer.singleShot(0, while_loading)
        return preview

    def inspect() -> int:
        assert len(made) == 1 and made[0].isVisible()
        window = made[0]
        seen["window"] = window
        QApplication.processEvents()
        seen["shown"] = sum(len(p.layer.annotations) for p in window.panes)
        seen["undo"] = window.undo_stack.count()
        seen["scrolled"] = window.panes[1].view.verticalScrollBar().value()
        shown = window.panes[1].view
        line = shown.cursorForPosition(QPoint(30, 1)).block().layout().lineForTextPosition(
            shown.cursorForPosition(QPoint(30, 1)).positionInBlock())
        top = shown.cursorForPosition(QPoint(30, 1)).position()
        was = int(seen["top"])  # type: ignore[call-overload]
        seen["same_line"] = top - 1 <= was < top + line.textLength() + 1  # the line at the top
        seen["selected"] = window.actions_pane.selected_annotation()
        screenshot(window, "preview-handed-over")  # type: ignore[operator]
        window.activateWindow()
        qtbot.waitActive(window)  # type: ignore[attr-defined]
        qtbot.keyClick(window.panes[1].view, Qt.Key.Key_Z,  # type: ignore[attr-defined]
                       Qt.KeyboardModifier.ControlModifier)  # the last one goes
        seen["after_undo"] = len(_rows(known_student))
        seen["shown_after_undo"] = sum(len(p.layer.annotations) for p in window.panes)
        window.close()
        return 0

    monkeypatch.setattr(application, "show_preview", show_and_tag)
    monkeypatch.setattr(qapp, "exec", inspect)  # type: ignore[arg-type]
    monkeypatch.setattr(session, "_show", lambda *a, **k: None)
    assert application.run_gui() == 0
    assert seen["shown"] == 2 and seen["undo"] == 2
    assert seen["selected"] is not None and seen["scrolled"] != 0 and seen["same_line"]
    assert seen["after_undo"] == 1 and seen["shown_after_undo"] == 1
    [(exact,)] = sqlite3.connect(known_student).execute("SELECT exact FROM annotation")
    assert exact and not marker_path(known_student).exists()


def test_without_a_known_student_the_preview_only_reads(qtbot: object) -> None:
    ctx = open_context()  # a database, but nobody has told their name yet
    ensure_sample_exercise(ctx.db, "en")
    ctx.close()
    preview = show_preview(Settings(), None, None)
    assert preview is not None and not preview.takes_keys
    qtbot.addWidget(preview)  # type: ignore[attr-defined]
    _select_two_words(qtbot, preview)
    qtbot.keyClick(preview.panes[0].view, Qt.Key.Key_1)  # type: ignore[attr-defined]
    assert preview.statusBar().currentMessage().startswith("Still opening")
    assert _rows(data_dir() / DB) == []
    assert not marker_path(data_dir() / DB).exists()  # nothing written, nothing locked
    assert preview.hand_over() is None
    preview.close()
    assert preview.exercise.id == SAMPLE_EXERCISE_ID


def test_keys_are_stored_while_the_app_loads_on_its_thread(
    known_student: Path, qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLAlchemy and the services load on a thread; the preview stores a key meanwhile."""
    (tmp_path / "slow_start_module.py").write_text(
        "import time\ntime.sleep(1.5)\nFINISHED = time.monotonic()\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(application, "_BACKGROUND", ("slow_start_module",))
    preview = show_preview(Settings(), None, None)
    assert preview is not None and preview.takes_keys
    qtbot.addWidget(preview)  # type: ignore[attr-defined]
    preview.activateWindow()
    qtbot.waitActive(preview)  # type: ignore[attr-defined]
    stored: list[float] = []

    def press() -> None:
        _select_two_words(qtbot, preview)
        qtbot.keyClick(preview.panes[0].view, Qt.Key.Key_1)  # type: ignore[attr-defined]
        if _rows(known_student):
            stored.append(time.monotonic())

    QTimer.singleShot(100, press)
    application._load_while_taking_keys(preview)
    import slow_start_module  # type: ignore[import-not-found]

    assert stored and stored[0] < slow_start_module.FINISHED  # stored while it loaded
    preview.hand_over().release()  # type: ignore[union-attr]
    preview.close()
