"""The review window's Exchange button: a REFI-QDA project out and back in, student IDs for
Moodle typed once in their dialog, and the gradebook file."""

from __future__ import annotations

import csv
import io
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QTableView,
    QToolBar,
)
from review_class import NAMES, build_class

from annotator.gui.review.gradebook_ids_dialog import GradebookIdsDialog
from annotator.gui.review.window import ReviewWindow
from annotator.services.context import open_context
from annotator.services.gradebook import identifiers
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise


@pytest.fixture
def window(qtbot: Any, ctx: Any) -> Iterator[ReviewWindow]:
    build_class(ctx.db)
    win = ReviewWindow(ctx, SAMPLE_EXERCISE_ID)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_the_exchange_button_offers_every_exchange(window: ReviewWindow,
                                                  screenshot: Any) -> None:
    button = window.exchange.button
    screenshot(window.findChild(QToolBar, "reviewToolbar"), "review-exchange-toolbar")
    assert button.isVisible() and button.text() == "Exchange"
    texts = [a.text() for a in button.menu().actions() if not a.isSeparator()]
    assert texts == ["Export REFI-QDA Project (.qdpx)…", "Import REFI-QDA Project (.qdpx)…",
                     "Export Gradebook for Moodle (CSV)…", "Export Gradebook for Canvas (CSV)…",
                     "Student IDs for Moodle…", "Student IDs for Canvas…"]


def test_project_export_and_import_into_another_database(window: ReviewWindow,
                                                          tmp_path: Path) -> None:
    out = window.exchange.export_project(tmp_path / "class.qdpx")
    assert out is not None and "project.qde" in zipfile.ZipFile(out).namelist()
    assert str(out) in window.statusBar().currentMessage()

    other = open_context(str(tmp_path / "other.sqlite3"))
    ensure_sample_exercise(other.db)
    second = ReviewWindow(other, SAMPLE_EXERCISE_ID)
    assert second.students.rowCount() == 0
    result = second.exchange.import_project(out)
    assert result is not None and result.ok and result.users == len(NAMES) + 1
    assert second.students.rowCount() == len(NAMES)  # the class is shown at once
    assert "selections from 9 coders imported" in second.statusBar().currentMessage()
    second.close()
    other.close()


def _type_ids_when_the_dialog_opens(qtbot: Any, values: dict[str, str]) -> list[Any]:
    seen: list[Any] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, GradebookIdsDialog):
            QTimer.singleShot(50, fill)
            return
        seen.append(dialog)
        try:
            table = dialog.findChild(QTableView)
            model = table.model()
            table.setFocus()
            for row in range(model.rowCount()):
                name = model.index(row, 0).data()
                if name in values:
                    table.setCurrentIndex(model.index(row, 1))
                    QTest.keyClick(table, Qt.Key.Key_F2)  # edit the cell, as a person would
                    editor = dialog.focusWidget()  # the cell's editor has the focus
                    assert isinstance(editor, QLineEdit)
                    editor.selectAll()
                    QTest.keyClicks(editor, values[name])
                    if name != "Ben":  # Ben's is typed and saved without Enter
                        QTest.keyClick(editor, Qt.Key.Key_Return)
                        QApplication.processEvents()
            save = dialog.findChild(QDialogButtonBox).button(
                QDialogButtonBox.StandardButton.Save)
            qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():  # never leave a modal dialog open when a step fails
                dialog.reject()

    QTimer.singleShot(0, fill)
    return seen


def test_student_ids_typed_once_are_remembered_and_used(window: ReviewWindow, qtbot: Any,
                                                        tmp_path: Path, screenshot: Any,
                                                        ctx: Any) -> None:
    seen = _type_ids_when_the_dialog_opens(qtbot, {"Ada": "ada@school.org", "Ben": "1002"})
    assert window.exchange.edit_ids("moodle") is True
    dialog = seen[0]
    assert dialog.windowTitle() == "Student IDs for Moodle"
    stored = identifiers(ctx.db, "moodle")
    names = {v: k for k, v in build_names(dialog).items()}
    assert {names[i]: v for i, v in stored.items()} == {"Ada": "ada@school.org", "Ben": "1002"}
    path = screenshot(dialog, "review-gradebook-ids")
    assert path.exists()

    out = window.exchange.export_gradebook("moodle", tmp_path / "grades.csv")
    assert out is not None
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"), newline="")))
    by_name = {r["Full name"]: r for r in rows}
    assert by_name["Ada"]["Email address"] == "ada@school.org"
    assert by_name["Ben"]["ID number"] == "1002"
    assert by_name["'=Gus"]["ID number"] == ""  # escaped, and not mapped yet
    assert all(0 <= float(r[window.state.exercise.title]) <= 100 for r in rows)
    assert "6 students without an identifier" in window.statusBar().currentMessage()


def build_names(dialog: GradebookIdsDialog) -> dict[str, uuid.UUID]:
    return {s.name: s.annotator_id for s in dialog.model.students}


def test_a_gradebook_without_a_key_says_why(window: ReviewWindow, tmp_path: Path,
                                            monkeypatch: Any, ctx: Any) -> None:
    errors: list[str] = []
    monkeypatch.setattr(window.exchange, "_error", lambda title, message: errors.append(message))
    from annotator.storage import models as m

    with ctx.db.session() as s:
        s.query(m.Annotation).filter(m.Annotation.annotator_id.in_(
            s.query(m.Annotator.id).filter(m.Annotator.role == m.Role.KEY))).delete(
                synchronize_session=False)
    assert window.exchange.export_gradebook("canvas", tmp_path / "c.csv") is None
    assert errors and "no answer key" in errors[0]
    assert not (tmp_path / "c.csv").exists()


def test_a_bad_project_file_is_refused_with_its_name(window: ReviewWindow, tmp_path: Path,
                                                     monkeypatch: Any, ctx: Any) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(window.exchange, "_error", lambda t, m: shown.append((t, m)))
    bad = tmp_path / "from-maxqda.qdpx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    before = window.students.rowCount()
    result = window.exchange.import_project(bad)
    assert result is not None and not result.ok
    assert shown == [("Could not import the project", result.problem)]
    assert result.problem.startswith("from-maxqda.qdpx: ")
    assert window.students.rowCount() == before


def test_the_exchange_menu_looks_right(window: ReviewWindow, qtbot: Any,
                                       screenshot: Any) -> None:
    menu = window.exchange.menu
    menu.popup(window.exchange.button.mapToGlobal(window.exchange.button.rect().bottomLeft()))
    qtbot.waitExposed(menu)
    path = screenshot(menu, "review-exchange-menu")
    menu.close()
    assert path.exists()
