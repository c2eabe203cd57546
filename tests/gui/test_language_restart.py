"""View > Language > Restart Now: the window closes as on a quit and opens again on the same
database and exercise, in the chosen language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from annotator.core import i18n as messages
from annotator.gui import application, i18n, session
from annotator.gui import settings as opt
from annotator.gui.main_window import MainWindow


def test_restart_now_reopens_the_same_exercise_in_the_chosen_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any, screenshot: Any,
) -> None:
    monkeypatch.setattr(session, "_show", lambda icon, text, parent=None: None)
    opened: list[MainWindow] = []
    open_window = application._open_window

    def spy(*args: Any) -> Any:
        window, started = open_window(*args)
        opened.append(window)
        return window, started

    monkeypatch.setattr(application, "_open_window", spy)
    seen: list[dict[str, Any]] = []

    def fake_exec() -> int:
        window = opened[-1]
        seen.append({"exercise": window.exercise.id, "db": window.ctx.db.url,
                     "file_menu": window.menu_file.title(),
                     "language": messages.current_language()})
        if len(seen) == 1:
            window.resize(900, 640)
            window.splitter.setSizes([500, 400])
            german = window.menu_language.actions_by_code["de"]
            german.trigger()  # the person chooses Deutsch in View > Language
            box = window.restart_offer.box
            assert box is not None and box.isVisible()
            screenshot(box, "language-restart-offer")
            assert "Deutsch" in box.text()
            window.restart_offer.restart_button.click()  # Restart Now
            assert not window.isVisible()
        else:
            window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    try:
        assert application.run_gui(str(tmp_path / "class.sqlite3")) == 0
        assert opt.Settings().get(opt.LANGUAGE) == "de"
        # the closing window saved its state as on a normal quit
        assert bytes(opt.Settings().get(opt.SPLITTER))
    finally:
        i18n.install(qapp, "en")
        opt.Settings().set(opt.LANGUAGE, "")
    assert len(seen) == 2
    assert seen[0]["exercise"] == seen[1]["exercise"] and seen[0]["db"] == seen[1]["db"]
    assert seen[0]["file_menu"] == "&File" and seen[1]["file_menu"] == "&Datei"
    assert seen[1]["language"] == "de"  # the services' messages follow the new language
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_later_keeps_the_window_open(qapp: Any, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(session, "_show", lambda icon, text, parent=None: None)
    window, started = application._open_window(str(tmp_path / "class.sqlite3"),
                                                opt.Settings(), None)
    assert window is not None and started is not None
    try:
        window.show()
        window.menu_language.actions_by_code["fr"].trigger()
        box = window.restart_offer.box
        assert box is not None and "Français" in box.text()
        later = next(b for b in box.buttons() if b is not window.restart_offer.restart_button)
        later.click()
        assert window.isVisible() and not window.restart_requested
        assert opt.Settings().get(opt.LANGUAGE) == "fr"  # remembered for the next start
    finally:
        opt.Settings().set(opt.LANGUAGE, "")
        window.close()
        started.close()
