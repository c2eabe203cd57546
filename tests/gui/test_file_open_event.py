"""A document double-clicked in the macOS Finder reaches the running app as a FileOpen
event on the application object: kept until the window is built, then opened in it. No
application-wide event filter is involved (gui/application.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from annotator.gui.application import AnnotatorApplication, FileOpens


class _Window:
    def __init__(self) -> None:
        self.opened: list[list[str]] = []

    def open_paths(self, paths: list[str]) -> None:
        self.opened.append(list(paths))


def test_file_open_events_wait_for_the_window_then_go_to_it(qapp: Any, tmp_path: Path
                                                            ) -> None:
    assert isinstance(qapp, AnnotatorApplication)
    first, second = str(tmp_path / "a.annotator.json"), str(tmp_path / "b.qdpx")
    files = FileOpens()
    qapp.file_opens = files
    try:
        assert QApplication.sendEvent(qapp, QFileOpenEvent(first))  # taken, not passed on
        assert files.pending == [first]
        window = _Window()
        files.deliver_to(window)  # type: ignore[arg-type]
        qapp.processEvents()
        assert window.opened == [[first]] and files.pending == []
        QApplication.sendEvent(qapp, QFileOpenEvent(second))
        assert window.opened == [[first], [second]]
    finally:
        qapp.file_opens = None
