"""File > Connect to School Server: the login dialog, and the window reopening on the server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from school_fixtures import School

from annotator.gui import application, server_menu, session
from annotator.gui import settings as opt
from annotator.gui.main_window import MainWindow
from annotator.gui.server_connect import ConnectDialog, ServerLogin


def _type_login(qtbot: Any, dialog: ConnectDialog, school: School, password: str) -> None:
    qtbot.keyClicks(dialog.host, str(school.server.socket_dir))
    dialog.port.setValue(school.server.port)
    qtbot.keyClicks(dialog.database, school.database)
    qtbot.keyClicks(dialog.login_field, school.ada.login)
    qtbot.keyClicks(dialog.password, password)


def test_the_dialog_says_why_a_login_fails_and_lets_the_student_try_again(
    qtbot: Any, school: School, screenshot: Any,
) -> None:
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    connect = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not connect.isEnabled()  # nothing typed yet
    _type_login(qtbot, dialog, school, "wrong-password")
    assert connect.isEnabled()
    qtbot.mouseClick(connect, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.problem.text().startswith("The server refused the login")
    assert "wrong-password" not in dialog.problem.text()
    screenshot(dialog, "server-connect-refused")
    qtbot.keyClicks(dialog.password, school.ada.password)  # the wrong one is selected
    qtbot.mouseClick(connect, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == ConnectDialog.DialogCode.Accepted
    assert dialog.person is not None and dialog.person.display_name == "Ada Lovelace"


def test_connecting_reopens_the_window_on_the_server_as_the_student(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any, school: School,
) -> None:
    login = ServerLogin(str(school.server.socket_dir), school.server.port, school.database,
                        school.ada.login, school.ada.password)
    monkeypatch.setattr(server_menu, "ask_server_login", lambda parent, remembered: login)
    monkeypatch.setattr(session, "_show", lambda icon, text, parent=None: None)
    seen: list[dict[str, Any]] = []
    opened: list[MainWindow] = []  # the windows run_gui opens (not another test's leftovers)
    open_window = application._open_window

    def spy(*args: Any) -> Any:
        window, started = open_window(*args)
        opened.append(window)
        return window, started

    monkeypatch.setattr(application, "_open_window", spy)

    def fake_exec() -> int:
        window = opened[-1]
        seen.append({"server": window.ctx.db.is_server, "exercise": window.exercise.id,
                     "who": window.annotator_id,
                     "instructor": window.instructor_mode.action.isChecked(),
                     "status": window.server.where.text()})
        if len(seen) == 1:
            window.server.act_connect.trigger()  # closes the window; run_gui reopens
        else:
            article = window.exercise.articles[0]
            window.ctx.annotations.add(article.id, window.annotator_id, 0, 6,
                                       window.exercise.tags[0].id)
            window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    assert application.run_gui(str(tmp_path / "local.sqlite3")) == 0
    assert len(seen) == 2
    assert seen[0]["server"] is False and seen[0]["status"] == ""
    assert seen[1]["server"] is True and seen[1]["exercise"] == school.exercise_id
    # the login says who this is (no "which of these are you?"), and a student's login
    # shows the student's menus
    assert seen[1]["who"] is not None and seen[1]["instructor"] is False
    assert seen[1]["status"] == f"School server: {school.ada.login}@localhost/{school.database}"
    assert school.ada.password not in seen[1]["status"]
    stored = school.server.execute(
        "SELECT a.display_name FROM annotation n JOIN annotator a ON a.id = n.annotator_id "
        "WHERE a.login IS NOT NULL", database=school.database)
    assert stored == [("Ada Lovelace",)]
    remembered = str(opt.Settings().get(opt.SERVER_URL))
    assert school.ada.login in remembered and school.ada.password not in remembered
