"""The review window on a 1366x768 laptop: it fits, and Ctrl+Tab switches its tabs from
anywhere in it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from review_class import build_class

from annotator.gui.review.window import ReviewWindow
from annotator.services.sample import SAMPLE_EXERCISE_ID

CTRL = Qt.KeyboardModifier.ControlModifier


def test_review_fits_a_small_laptop_and_ctrl_tab_works_everywhere(
    qtbot: Any, ctx: Any, screenshot: Any
) -> None:
    build_class(ctx.db)
    win = ReviewWindow(ctx, SAMPLE_EXERCISE_ID)
    qtbot.addWidget(win)
    room = QApplication.primaryScreen().availableGeometry()
    assert win.width() <= room.width() and win.height() <= room.height() - 40
    least = win.minimumSizeHint()
    assert least.width() <= 1366 and least.height() <= 768 - 40 - 30  # title and task bars
    win.resize(1366, 698)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    assert (win.width(), win.height()) == (1366, 698)  # nothing forces it larger
    screenshot(win, "review-1366x768")
    # focus in the students list, outside the tabs: Ctrl+Tab still switches
    win.students_view.setFocus()
    qtbot.waitUntil(win.students_view.hasFocus)
    assert win.tabs.currentIndex() == 0
    qtbot.keyClick(win.students_view, Qt.Key.Key_Tab, CTRL)
    assert win.tabs.currentIndex() == 1
    qtbot.keyClick(win.article_box, Qt.Key.Key_Tab, CTRL)
    assert win.tabs.currentIndex() == 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab,
                   CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert win.tabs.currentIndex() == 1
    for _ in range(win.tabs.count() - 1):
        qtbot.keyClick(win.students_view, Qt.Key.Key_Tab, CTRL)
    assert win.tabs.currentIndex() == 0  # wraps around
    win.close()
