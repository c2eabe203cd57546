"""Starting the desktop app: QApplication, appearance, database, first window."""

from __future__ import annotations

import gc
import os
import sys
import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator import APP_ID, APP_NAME, ORG_NAME, __version__
from annotator.gui import settings as opt
from annotator.gui import theme
from annotator.gui.icons import app_icon
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.context import AppContext, open_context
from annotator.services.exercises import ExerciseNotFoundError, list_exercises
from annotator.services.sample import ensure_sample_exercise
from annotator.storage.errors import StorageError


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


def run_gui(db: str | None = None, exercise: str | None = None) -> int:
    app = make_application()
    settings = Settings()
    apply_appearance(app, str(settings.get(opt.DARK)))
    try:
        ctx = open_context(db)
    except StorageError as error:
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, str(error))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        return 2
    try:
        window = MainWindow(ctx, settings, initial_exercise(ctx, settings, exercise))
    except ExerciseNotFoundError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return 2
    if os.environ.get("ANNOTATOR_EXIT_AFTER_PAINT") == "1":  # benchmarks, docs/performance.md
        from annotator.gui.paint_probe import quit_after_first_paint

        quit_after_first_paint(app)
    window.show()
    QTimer.singleShot(0, gc.enable)  # paused by cli.main for start-up
    code = app.exec()
    ctx.close()
    return int(code)
