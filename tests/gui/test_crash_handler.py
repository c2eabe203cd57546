"""An exception inside the GUI is logged, explained calmly, and the app keeps running."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from annotator.gui.crash import LOG_FILE, CrashHandler, install_excepthook


@pytest.fixture
def hook(tmp_path: Path) -> Iterator[CrashHandler]:
    handler = install_excepthook(tmp_path / "log")
    yield handler
    for dialog in handler.dialogs:
        dialog.close()
    handler.uninstall()


def _assert_calm(handler: CrashHandler, words: str) -> None:
    assert handler.dialogs, "no dialog was shown"
    dialog = handler.dialogs[-1]
    text = dialog.message.text()
    assert "saved is safe" in text and words in text
    assert "Traceback" not in text and 'File "' not in text and "line " not in text
    assert dialog.message.textFormat() == Qt.TextFormat.PlainText
    assert dialog.isVisible() and not dialog.details_view.isVisible()


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_is_logged_shown_and_the_app_keeps_running(
    qtbot: object, hook: CrashHandler
) -> None:
    button = QPushButton("Go")
    qtbot.addWidget(button)  # type: ignore[attr-defined]

    def broken_slot() -> None:
        raise ValueError("<b>bad</b> span in slot")

    button.clicked.connect(broken_slot)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    assert sys.excepthook is hook
    _assert_calm(hook, "ValueError: <b>bad</b> span in slot")
    log = hook.log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log and "broken_slot" in log
    assert "ValueError: <b>bad</b> span in slot" in log
    dialog = hook.dialogs[-1]
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.details
    assert "broken_slot" in dialog.details
    dialog.toggle_button.click()
    assert dialog.details_view.isVisible()

    ran: list[int] = []  # the event loop still runs after the failure
    QTimer.singleShot(0, lambda: ran.append(1))
    qtbot.waitUntil(lambda: ran == [1])  # type: ignore[attr-defined]
    assert button.isEnabled()


class BrokenKeys(QWidget):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        raise RuntimeError("virtual method failed")


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_virtual_method_is_handled_too(qtbot: object, hook: CrashHandler) -> None:
    widget = BrokenKeys()
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.show()
    # Posted, so the event loop delivers it as it would a real key press. (A synchronous
    # QTest.keyClick raises the error back into the calling Python code instead.)
    QApplication.postEvent(
        widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    )
    qtbot.waitUntil(lambda: bool(hook.dialogs))  # type: ignore[attr-defined]
    _assert_calm(hook, "virtual method failed")
    assert "keyPressEvent" in hook.log_file.read_text(encoding="utf-8")


def test_log_rotates(qtbot: object, hook: CrashHandler) -> None:
    hook.handler.maxBytes = 200
    for i in range(4):
        try:
            raise KeyError(f"number {i}")
        except KeyError:
            hook(*sys.exc_info())  # type: ignore[arg-type]
    files = sorted(p.name for p in hook.log_file.parent.iterdir())
    assert files[:3] == [LOG_FILE, f"{LOG_FILE}.1", f"{LOG_FILE}.2"]
    assert "number 3" in hook.log_file.read_text(encoding="utf-8")
    assert len(hook.dialogs) == 4


def test_importing_sets_nothing_up(tmp_path: Path) -> None:
    import importlib

    import annotator.gui.crash as crash

    importlib.reload(crash)
    assert logging.getLogger("annotator.crash").handlers == []
    assert not isinstance(sys.excepthook, crash.CrashHandler)
