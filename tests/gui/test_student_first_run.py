"""A student's first minutes on a small laptop: the window fits, the app says what to do."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.sample import SAMPLE_EXERCISE_ID


def test_first_start_window_fits_a_small_screen(qtbot: object, ctx: object) -> None:
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    room = QApplication.primaryScreen().availableGeometry()  # 800x800 offscreen
    assert room.width() < 1280
    assert win.width() <= room.width() and win.height() < room.height()
    win.close()
