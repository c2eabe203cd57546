"""Starting the desktop app: QApplication, appearance, database, first window."""

from __future__ import annotations

import gc
import os
import sys
import uuid
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator import APP_ID, APP_NAME, ORG_NAME, __version__
from annotator.gui import plain, theme
from annotator.gui import settings as opt
from annotator.gui.crash import install_excepthook
from annotator.gui.icons import app_icon
from annotator.gui.main_window import MainWindow
from annotator.gui.session import open_session
from annotator.gui.settings import Settings
from annotator.paths import log_dir
from annotator.services.context import AppContext
from annotator.services.exercises import ExerciseNotFoundError, list_exercises
from annotator.services.sample import ensure_sample_exercise


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def apply_appearance(app: QApplication, appearance: str = "system") -> None:
    """Fusion with a calm light or dark palette; "system" follows the desktop setting."""
    app.setStyle("Fusion")
    dark = theme.is_dark() if appearance == "system" else appearance == "dark"
    app.setPalette(theme.dark_palette() if dark else theme.light_palette())


def initial_exercise(ctx: AppContext, settings: Settings, wanted: str | None) -> uuid.UUID:
    """The exercise to open: asked for, else the last one, else the sample."""
    sample = ensure_sample_exercise(ctx.db)
    known = {summary.id for summary in list_exercises(ctx.db)}
    for candidate in (wanted, settings.get(opt.LAST_EXERCISE)):
        try:
            chosen = uuid.UUID(str(candidate))
        except ValueError:
            continue
        if chosen in known:
            return chosen
    return sample


class _FileOpenFilter(QObject):
    """macOS hands a double-clicked document to the running app as a FileOpen event."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self.window.open_paths([event.file()])
            return True
        return super().eventFilter(watched, event)


def run_gui(
    db: str | None = None, exercise: str | None = None, open_paths: Sequence[str] = ()
) -> int:
    app = make_application()
    crash_handler = install_excepthook(log_dir())  # log + dialog, never a bare traceback
    settings = Settings()
    apply_appearance(app, str(settings.get(opt.DARK)))
    # Lock (one instance per database), check after an unclean shutdown, recover a damaged
    # file from its newest good backup, back up, warn about network and synced folders.
    session = open_session(db)
    if session is None:
        crash_handler.uninstall()
        return 2
    ctx = session.ctx
    try:
        window = MainWindow(ctx, settings, initial_exercise(ctx, settings, exercise))
    except ExerciseNotFoundError as error:
        plain.message_box(None, QMessageBox.Icon.Critical, APP_NAME, str(error)).exec()
        session.close()
        crash_handler.uninstall()
        return 2
    crash_handler.parent = window
    if os.environ.get("ANNOTATOR_EXIT_AFTER_PAINT") == "1":  # benchmarks, docs/performance.md
        from annotator.gui.paint_probe import quit_after_first_paint

        quit_after_first_paint(app)
    window.show()
    app.installEventFilter(_FileOpenFilter(window))
    if open_paths:
        QTimer.singleShot(0, lambda: window.open_paths(list(open_paths)))
    QTimer.singleShot(0, gc.enable)  # paused by cli.main for start-up
    try:
        code = app.exec()
    finally:
        session.close()
        crash_handler.uninstall()
    return int(code)
