"""Issue 18 in the window: a read-only database, damage met while writing, and the crash
dialog never saying the work is safe when the database failed."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.gui import write_failure
from annotator.gui.crash import short_explanation
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.gui.workspace import undo
from annotator.services.annotators import create_annotator, list_annotators
from annotator.services.context import AppContext, open_context
from annotator.services.exercises import load_exercise
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise
from annotator.storage.database import Database, OpenReport
from annotator.storage.errors import DatabaseDamagedError
from annotator.storage.writable import read_only_engine, read_only_url


def _asking(monkeypatch: pytest.MonkeyPatch, answers: list[write_failure.Choice],
            asked: list[str]) -> None:
    def ask(error: object, change: str, parent: object) -> write_failure.Choice:
        asked.append(f"{change}: {error}")
        return answers.pop(0)

    monkeypatch.setattr(write_failure, "run_or_offer_retry",
                        functools.partial(write_failure.run_or_offer_retry, ask=ask))


def test_a_new_student_s_first_tag_on_a_read_only_database_offers_retry_not_a_crash(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ws_helpers import answer_prompts, select_phrase, show_active

    path = tmp_path / "annotator.sqlite3"
    ctx = open_context(str(path))
    ensure_sample_exercise(ctx.db)
    ctx.close()
    ro = AppContext(Database(read_only_url(path), read_only_engine(path), OpenReport(),
                             path=path, read_only=True))
    asked: list[str] = []
    _asking(monkeypatch, [write_failure.Choice.KEEP_UNSAVED], asked)
    win = MainWindow(ro, Settings(), SAMPLE_EXERCISE_ID)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    show_active(qtbot, win)
    answer_prompts(win)
    select_phrase(win.panes[0], "black-market factory")

    qtbot.keyClick(win.panes[0].view, Qt.Key.Key_1)  # type: ignore[attr-defined]

    assert len(asked) == 1
    assert "your name" in asked[0] and "cannot be written" in asked[0]
    assert win.annotator_id is None
    assert list_annotators(ro.db) == []
    win.close()
    ro.close()


def test_damage_met_while_writing_goes_to_the_retry_dialog(
    qapp: object, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QUndoStack

    ex = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    me = create_annotator(ctx.db, "Ada")

    def damaged(*_a: object, **_k: object) -> object:
        raise DatabaseDamagedError("annotator.sqlite3: the database file is damaged (malformed)")

    monkeypatch.setattr(ctx.annotations, "add", damaged)
    asked: list[str] = []
    _asking(monkeypatch, [write_failure.Choice.KEEP_UNSAVED], asked)
    stack = QUndoStack()

    assert not undo.push(stack, undo.AddAnnotation(ctx.annotations, ex.articles[0].id, me.id,
                                                   0, 6, ex.tags[0].id))
    assert len(asked) == 1 and "damaged" in asked[0]
    assert stack.count() == 0


def test_the_damaged_dialog_says_what_to_do(qapp: object, screenshot: object) -> None:
    dialog = write_failure.WriteFailureDialog(
        DatabaseDamagedError("annotator.sqlite3: the database file is damaged (malformed)"),
        "the change “Tag as Claim”")
    text = dialog.informativeText()
    assert "restart" in text and "backup" in text and "Save a copy" in text
    dialog.show()
    screenshot(dialog, "write-failure-damaged")  # type: ignore[operator]
    dialog.close()


def test_the_crash_dialog_never_says_safe_when_the_database_failed(tmp_path: Path) -> None:
    try:
        try:
            raise OSError("disk I/O error")
        except OSError as inner:
            raise DatabaseDamagedError("x: the database file is damaged") from inner
    except DatabaseDamagedError as exc:
        text = short_explanation(exc, tmp_path / "annotator.log")
    assert "safe" not in text
    assert "may not have been saved" in text
    other = short_explanation(ValueError("a bug"), tmp_path / "annotator.log")
    assert "saved is safe" in other


def test_the_import_runs_off_the_gui_thread_and_the_window_keeps_answering(
    qtbot: object, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    screenshot: object,
) -> None:
    import threading
    import time

    from handin_gui_helpers import Recorder, open_window, student_handin
    from PySide6.QtCore import QTimer

    from annotator.gui.handin import import_run

    files = [student_handin(tmp_path / "in", name)[0] for name in ("Ana", "Ben", "Cy")]
    real = import_run.import_handins
    seen: dict[str, object] = {}

    def slow_import(*args: object, **kwargs: object) -> object:
        seen["thread"] = threading.current_thread()
        time.sleep(0.3)  # a long file: the window must keep painting meanwhile
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(import_run, "import_handins", slow_import)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    with open_window(qtbot, ctx) as window:
        recorder = Recorder()
        recorder.install(window.handin)
        shots: list[Path] = []

        def watch(run: import_run.ImportRun) -> None:
            def shoot(done: int, _total: int, _name: str) -> None:
                if done == 1 and run.progress is not None:
                    shots.append(screenshot(run.progress, "handin-import-progress"))  # type: ignore[operator]
                    assert "Importing Ben" in run.progress.labelText()

            run.fileStarted.connect(shoot)

        window.handin.importStarted.connect(watch)
        window.handin.import_paths(files)
    timer.stop()
    assert shots

    assert seen["thread"] is not threading.main_thread()
    assert ticks, "the GUI thread's event loop ran while the import worked"
    assert [r.status for r in window.handin.last_results] == ["imported"] * 3


def test_the_summary_shows_two_identical_hand_ins_as_duplicates_of_each_other(
    qtbot: object, ctx: AppContext, tmp_path: Path, screenshot: object
) -> None:
    import json
    import uuid

    from handin_gui_helpers import Recorder, open_window, student_handin

    from annotator.exchange.handin import content_checksum
    from annotator.gui.handin.summary_dialog import ImportSummaryDialog

    original, _ = student_handin(tmp_path / "in", "Ana")
    document = json.loads(original.read_text("utf-8"))
    document["annotator"].update(id=str(uuid.uuid4()), display_name="Bo")
    document["checksum"] = content_checksum(document)
    copy = tmp_path / "in" / "Bo.handin.json"
    copy.write_text(json.dumps(document), "utf-8")
    with open_window(qtbot, ctx) as window:
        recorder = Recorder()
        recorder.install(window.handin)
        window.handin.import_paths([original, copy])
        dialog = recorder.dialogs[-1]
        assert isinstance(dialog, ImportSummaryDialog)
        statuses = [dialog.model.data(dialog.model.index(r, 5)) for r in range(2)]
        assert statuses == ["duplicate", "duplicate"]
        text = dialog.attention.text()
        assert "Ana: the same highlights as Bo.handin.json" in text
        assert "Bo: the same highlights as Ana.handin.json" in text
        dialog.resize(900, 420)
        dialog.show()
        screenshot(dialog, "handin-import-duplicates")  # type: ignore[operator]
        dialog.close()


def test_the_full_check_runs_in_the_background_and_tells_of_damage(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading
    import time

    from annotator.gui import background_check
    from annotator.services import maintenance
    from annotator.storage.checks import CheckReport
    from annotator.storage.run_marker import marker_path

    path = tmp_path / "annotator.sqlite3"
    started = maintenance.start_database(str(path), tmp_path / "backups")
    threads: list[object] = []

    def damaged(file: Path, *, quick: bool = False) -> CheckReport:
        threads.append(threading.current_thread())
        return CheckReport(str(file), integrity=("row 3 missing from index ix_x",))

    monkeypatch.setattr(background_check, "check_file", damaged)
    told: list[str] = []
    check = background_check.BackgroundCheck(started.db, told.append)

    assert check.start()
    check.wait(10)
    deadline = time.monotonic() + 5
    while not told and time.monotonic() < deadline:
        qapp.processEvents()  # type: ignore[attr-defined]

    assert threads and threads[0] is not threading.main_thread()
    assert told and "restart" in told[0] and "backup" in told[0]
    maintenance.finish_database(started.db)
    assert marker_path(path).exists(), "the next start runs the full check"


def test_closing_the_window_while_the_full_check_runs_is_safe(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window (and the check with it) goes while the worker still checks: the worker
    touches no Qt object, so its late report is dropped, never delivered to a deleted one."""
    import threading

    import shiboken6
    from PySide6.QtCore import QObject

    from annotator.gui import background_check
    from annotator.services import maintenance
    from annotator.storage.checks import CheckReport

    path = tmp_path / "annotator.sqlite3"
    started = maintenance.start_database(str(path), tmp_path / "backups")
    release = threading.Event()

    def slow(file: Path, *, quick: bool = False) -> CheckReport:
        release.wait(10)
        return CheckReport(str(file), integrity=("row 3 missing from index ix_x",))

    monkeypatch.setattr(background_check, "check_file", slow)
    told: list[str] = []
    window = QObject()
    check = background_check.BackgroundCheck(started.db, told.append, window)
    assert check.start()
    shiboken6.delete(window)  # the student closed the app at once
    assert not shiboken6.isValid(check)
    release.set()
    check.wait(10)
    for _ in range(3):
        qapp.processEvents()  # type: ignore[attr-defined]
    assert told == [] and not started.db.damage_seen
    maintenance.finish_database(started.db)


def test_a_session_on_a_read_only_file_says_so_and_opens_read_only(
    qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from annotator.gui.session import open_session
    from annotator.services.maintenance import database_path
    from annotator.storage import writable

    first = open_session(show=lambda icon, text: None)
    assert first is not None
    first.close()
    path = database_path()
    assert path is not None
    monkeypatch.setattr(writable, "_access", lambda p, mode: Path(p) != path)
    told: list[tuple[QMessageBox.Icon, str]] = []

    session = open_session(show=lambda icon, text: told.append((icon, text)))

    assert session is not None
    assert session.started.read_only and session.ctx.db.read_only
    assert any("cannot be written" in text and "read-only" in text for _icon, text in told)
    session.close()


def test_the_crash_dialog_for_a_database_failure_reads_calmly(
    qapp: object, tmp_path: Path, screenshot: object
) -> None:
    from annotator.gui.crash import CrashDialog

    error = DatabaseDamagedError("annotator.sqlite3: the database file is damaged (malformed)")
    dialog = CrashDialog(short_explanation(error, tmp_path / "annotator.log"), "Traceback …")
    dialog.show()
    text = dialog.message.text()
    assert "may not have been saved" in text and "Traceback" not in text
    screenshot(dialog, "crash-dialog-database-failure")  # type: ignore[operator]
    dialog.close()
