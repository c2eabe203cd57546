"""Starting the desktop app: QApplication, appearance, database, first window."""

from __future__ import annotations

import functools
import gc
import os
import sys
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator import APP_ID, APP_NAME, ORG_NAME
from annotator.gui import i18n, plain, theme
from annotator.gui import settings as opt
from annotator.gui.crash import install_excepthook
from annotator.gui.first_paint import PreviewWindow, show_preview
from annotator.gui.icons import app_icon
from annotator.gui.settings import Settings
from annotator.paths import log_dir

if TYPE_CHECKING:  # imported in run_gui after the first paint (gui/first_paint.py)
    from annotator.gui.main_window import MainWindow
    from annotator.gui.single_instance import FileHandoff
    from annotator.services.context import AppContext


class AnnotatorApplication(QApplication):
    """The app's QApplication. macOS hands a document double-clicked in the Finder to the
    running app as a FileOpen event on the application object itself: it is handled here,
    not by an application-wide event filter, which would run Python for every event of
    every object (and can crash PySide: see ``first_paint.AfterPaint``)."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.file_opens: FileOpens | None = None

    def event(self, event: QEvent) -> bool:
        if (self.file_opens is not None and event.type() == QEvent.Type.FileOpen
                and isinstance(event, QFileOpenEvent)):
            self.file_opens.receive(event.file())
            return True
        return super().event(event)


def make_application(argv: list[str] | None = None, with_version: bool = True) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = AnnotatorApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    if with_version:  # run_gui sets it after the first paint: importlib.metadata is slow
        _set_version(app)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    if not i18n.installed():  # English with its plural forms; run_gui installs the chosen one
        i18n.install(app, i18n.SOURCE_LANGUAGE)
    return app


def _set_version(app: QApplication) -> None:
    from annotator import __version__

    app.setApplicationVersion(__version__)


def apply_appearance(app: QApplication, appearance: str = "system") -> None:
    """Fusion with a calm light or dark palette; "system" follows the desktop setting."""
    from annotator.gui.style import install_style

    install_style(app)
    dark = theme.is_dark() if appearance == "system" else appearance == "dark"
    app.setPalette(theme.dark_palette() if dark else theme.light_palette())


def initial_exercise(ctx: AppContext, settings: Settings, wanted: str | None) -> uuid.UUID:
    """The exercise to open: asked for, else the last one, else the sample."""
    from annotator.services.exercises import ExerciseNotFoundError, list_exercises
    from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise
    from annotator.storage.errors import WriteError

    if ctx.db.is_server:  # a school server holds what the teachers set, no sample
        summaries = list_exercises(ctx.db)
        if not summaries:
            raise ExerciseNotFoundError(QCoreApplication.translate(
                "Application",
                "no exercise has been set for your classes on the school server yet"))
        sample = summaries[0].id
    else:
        try:
            sample = ensure_sample_exercise(ctx.db, i18n.current_language())
        except WriteError:  # opened read-only (a full disk, a read-only file): what is there
            sample = SAMPLE_EXERCISE_ID
    known = {summary.id for summary in list_exercises(ctx.db)}
    if sample not in known and known:
        sample = next(iter(known))
    for candidate in (wanted, settings.get(opt.LAST_EXERCISE)):
        try:
            chosen = uuid.UUID(str(candidate))
        except ValueError:
            continue
        if chosen in known:
            return chosen
    return sample


class FileOpens:
    """Documents macOS hands to the running app (``AnnotatorApplication.event``); those
    that come before the window is built are kept and handed to it then."""

    def __init__(self) -> None:
        self.window: MainWindow | None = None
        self.pending: list[str] = []

    def deliver_to(self, window: MainWindow) -> None:
        self.window = window
        if self.pending:
            paths, self.pending = self.pending, []
            QTimer.singleShot(0, lambda: window.open_paths(paths))

    def receive(self, path: str) -> None:
        if self.window is None:
            self.pending.append(path)
        else:
            self.window.open_paths([path])


def run_gui(
    db: str | None = None, exercise: str | None = None, open_paths: Sequence[str] = ()
) -> int:
    app = make_application(with_version=False)
    crash_handler = install_excepthook(log_dir())  # log + dialog, never a bare traceback
    settings = Settings()
    i18n.install(app, str(settings.get(opt.LANGUAGE)))  # before any window is built
    apply_appearance(app, str(settings.get(opt.DARK)))
    probe = None
    if os.environ.get("ANNOTATOR_EXIT_AFTER_PAINT") == "1":  # benchmarks, docs/performance.md
        from annotator.gui.paint_probe import FirstPaintProbe

        probe = FirstPaintProbe(app)
    files = FileOpens()
    if isinstance(app, AnnotatorApplication):  # (not an application a test made)
        app.file_opens = files
    if _hand_to_running_window(db, open_paths):  # the app already has this database open
        crash_handler.uninstall()
        return 0
    # The texts on screen first; then everything else (gui/first_paint.py). Where the file
    # can be written at once, the preview takes tag keys already (gui/preview_keys.py).
    try:
        preview = show_preview(settings, db, exercise,
                               probe.keys_ready if probe is not None else None,
                               probe.first_paint if probe is not None else None)
    except Exception:  # a nicety only: whatever goes wrong, start without it (and log it)
        crash_handler.logger.exception("the first-paint preview failed; starting without it")
        preview = None
    if preview is not None and not preview.isVisible():
        crash_handler.uninstall()
        return 0  # closed before the app had finished starting
    _set_version(app)
    # Lock (one instance per database), check after an unclean shutdown, recover a damaged
    # file from its newest good backup, back up, warn about network and synced folders.
    # File > Connect to School Server (and back) closes the window and opens the next one.
    code = 0
    while True:
        db = _ask_password_if_needed(db, settings)
        if db is _CANCELLED:
            _close(preview)
            crash_handler.uninstall()
            return 2
        window, session = _open_window(db, settings, exercise, preview)
        if preview is not None and not preview.isVisible():  # closed while loading
            if session is not None:
                session.close()
            crash_handler.uninstall()
            return 0
        if window is None or session is None:
            _close(preview)
            crash_handler.uninstall()
            return 2
        crash_handler.parent = window
        handoff = _listen_for_files(db, window)
        if probe is not None:
            probe.ready_when_painted(window)
        _take_place_of(window, preview, settings)
        preview = None
        files.deliver_to(window)
        from annotator.gui.background_check import BackgroundCheck

        full_check = BackgroundCheck(session.ctx.db, functools.partial(
            _warn, window), window)
        QTimer.singleShot(2000, full_check.start)  # after the first paint, off the GUI thread
        if open_paths:
            QTimer.singleShot(0, functools.partial(window.open_paths, list(open_paths)))
            open_paths = ()
        QTimer.singleShot(0, gc.enable)  # paused by cli.main for start-up
        try:
            code = int(app.exec())
        finally:
            if handoff is not None:
                handoff.close()
            session.close()
        if window.restart_requested:  # View > Language > Restart Now: same database,
            i18n.install(app, str(settings.get(opt.LANGUAGE)))  # same exercise, new language
            exercise = str(window.exercise.id) if window.exercise is not None else exercise
            continue
        switch_to = window.server.switch_to
        if switch_to is None:
            break
        db, exercise = switch_to or None, None
    crash_handler.uninstall()
    return code


_CANCELLED = "\0cancelled"


def _ask_password_if_needed(db: str | None, settings: Settings) -> str | None:
    """``--db postgresql://ada@host/school`` has no password: ask for it (the dialog checks
    the login). A URL with a password, or a PGPASSWORD in the environment, is used as is."""
    from annotator.storage.engine import is_postgresql

    if db is None or not is_postgresql(db) or os.environ.get("PGPASSWORD"):
        return db
    from annotator.gui.server_connect import ask_server_login, remembered_form

    form = remembered_form(db)
    if form.password:
        return db
    login = ask_server_login(None, form)
    if login is None:
        return _CANCELLED
    settings.set(opt.SERVER_URL, login.url(with_password=False))
    return login.url()


# While the preview takes keys, what has no Qt in it loads on a thread (the preview stays
# responsive), then the window's modules in steps with the student's input handled between.
_BACKGROUND = ("sqlalchemy.orm", "annotator.storage.models", "annotator.services.annotations",
               "annotator.services.context", "annotator.services.maintenance",
               "annotator.services.exercises", "annotator.services.sample")
_STEPS = ("annotator.gui.workspace.highlights", "annotator.gui.workspace.panels",
          "annotator.gui.authoring.actions", "annotator.gui.main_window")
_PUMP_S = 0.005


def _load_while_taking_keys(preview: PreviewWindow) -> None:
    import importlib
    import threading

    done = threading.Event()
    failed: list[BaseException] = []

    def load() -> None:
        try:
            for name in _BACKGROUND:
                importlib.import_module(name)
        except BaseException as error:  # raised again below, on the GUI thread
            failed.append(error)
        finally:
            done.set()

    threading.Thread(target=load, name="start-up imports", daemon=True).start()
    while not done.wait(_PUMP_S):
        preview.pump()
    if failed:
        raise failed[0]
    for name in _STEPS:
        importlib.import_module(name)
        preview.pump()


def _open_window(db: str | None, settings: Settings, exercise: str | None,
                 preview: PreviewWindow | None = None) -> tuple[MainWindow | None, Any]:
    if preview is not None and preview.takes_keys:
        _load_while_taking_keys(preview)
    from annotator.gui.main_window import MainWindow
    from annotator.gui.session import open_session
    from annotator.services.exercises import ExerciseNotFoundError

    lock = preview.hand_over() if preview is not None else None
    if preview is not None and not preview.isVisible():
        return None, None  # closed while loading: hand_over let go of the file
    session = open_session(db, lock=lock)
    if session is None:
        return None, None
    ctx = session.ctx
    try:
        window = MainWindow(ctx, settings, initial_exercise(ctx, settings, exercise))
    except ExerciseNotFoundError as error:
        plain.message_box(None, QMessageBox.Icon.Critical, APP_NAME, str(error)).exec()
        session.close()
        return None, None
    if preview is not None:
        from annotator.gui.preview_handover import take_over

        take_over(preview, window)
    return window, session


def _warn(window: MainWindow, text: str) -> None:
    plain.message_box(window, QMessageBox.Icon.Warning, APP_NAME, text).exec()


def _database_file(db: str | None) -> Path | None:
    from annotator.paths import default_database_url
    from annotator.storage.peek import sqlite_path

    return sqlite_path(default_database_url(db))


def _hand_to_running_window(db: str | None, paths: Sequence[str]) -> bool:
    """Give the files to the window that has the database open (gui/single_instance.py)."""
    from annotator.storage.lock import held_elsewhere

    path = _database_file(db)
    if path is None or not held_elsewhere(path):
        return False
    from annotator.gui.single_instance import hand_over, server_name

    return hand_over(server_name(path), list(paths))


def _listen_for_files(db: str | None, window: MainWindow) -> FileHandoff | None:
    path = _database_file(db)
    if path is None:
        return None
    from annotator.gui.single_instance import FileHandoff, server_name

    return FileHandoff(server_name(path), window.receive_paths, window)


def _take_place_of(window: MainWindow, preview: PreviewWindow | None,
                   settings: Settings) -> None:
    """Show the main window where the preview is, with the keyboard focus it had."""
    if preview is not None and not settings.get(opt.GEOMETRY):
        window.move(preview.pos())  # a first start: the window manager placed the preview
    active = preview is not None and preview.isActiveWindow()
    window.show()
    if active:
        window.activateWindow()
    if preview is not None:
        from annotator.gui.preview_handover import after_show

        preview.pump()  # keys that still reach the preview go to the window now
        after_show(preview, window)
    _close(preview)


def _close(preview: PreviewWindow | None) -> None:
    """The main window (or an error) takes the preview's place."""
    if preview is not None:
        preview.close()
        preview.deleteLater()
