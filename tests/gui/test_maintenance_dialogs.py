"""Help > Check Database and the "your change was not saved" dialog, driven as a user would."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from annotator.gui.check_dialog import show_check_dialog
from annotator.gui.write_failure import Choice, WriteFailureDialog, run_or_offer_retry
from annotator.storage.database import open_database
from annotator.storage.errors import DiskFullError, WriteError


def test_check_dialog_on_a_sound_database(qtbot: Any, ctx: Any) -> None:
    dialog = show_check_dialog(None, ctx.db)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert "passed the full check" in dialog.summary.text()
    assert dialog.summary.textFormat() == Qt.TextFormat.PlainText
    assert "Result: ok" in dialog.details.toPlainText()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.result_report().details


def test_check_dialog_names_broken_references(qtbot: Any, ctx: Any) -> None:
    from annotator.services.annotators import create_annotator
    from annotator.services.exercises import load_exercise
    from annotator.services.sample import SAMPLE_EXERCISE_ID

    exercise = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    student = create_annotator(ctx.db, "Ada")
    ctx.annotations.add(exercise.articles[0].id, student.id, 0, 4, exercise.tags[0].id)
    path: Path = ctx.db.path
    ctx.db.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("DELETE FROM annotator")
    con.commit()
    con.close()
    db = open_database(f"sqlite:///{path}")
    dialog = show_check_dialog(None, db)
    qtbot.addWidget(dialog)
    db.close()
    assert "1 record pointing to something missing (in annotation)" in dialog.summary.text()
    assert "Export your work now" in dialog.summary.text()


def test_write_failure_dialog_shows_the_error_plainly_and_offers_three_ways(qtbot: Any) -> None:
    error = DiskFullError("/data/annotator.sqlite3: the disk is full; your change was not saved")
    dialog = WriteFailureDialog(error, "your highlight “<b>Putin</b>”")
    qtbot.addWidget(dialog)
    assert dialog.text() == "Your highlight “<b>Putin</b>” could not be saved."
    assert dialog.textFormat() == Qt.TextFormat.PlainText
    assert "disk is full" in dialog.informativeText()
    names = [b.text() for b in dialog.buttons()]
    assert {"Try Again", "Save a Copy…", "Keep Unsaved"} <= set(names)
    dialog.show()
    dialog.export_button.click()
    assert dialog.choice() is Choice.EXPORT


def test_retry_until_the_write_succeeds(qtbot: Any) -> None:
    attempts: list[int] = []

    def action() -> str:
        attempts.append(1)
        if len(attempts) < 3:
            raise DiskFullError("db: the disk is full; your change was not saved")
        return "saved"

    asked: list[str] = []

    def ask(error: WriteError, change: str, parent: Any) -> Choice:
        asked.append(str(error))
        return Choice.RETRY

    assert run_or_offer_retry(None, action, "your note", "{}", ask=ask) == "saved"
    assert len(attempts) == 3 and len(asked) == 2


def test_export_writes_the_change_and_keep_unsaved_returns_none(
    qtbot: Any, tmp_path: Path
) -> None:
    choices = iter([Choice.EXPORT, Choice.KEEP_UNSAVED])
    target = tmp_path / "unsaved-change.json"

    def action() -> str:
        raise WriteError("db: the disk reported an error while writing; not saved")

    result = run_or_offer_retry(
        None, action, "your note", '{"note": "keep me"}',
        ask=lambda *_: next(choices), choose_file=lambda _: target,
    )
    assert result is None
    assert target.read_text(encoding="utf-8") == '{"note": "keep me"}'


def test_message_box_helper_is_plain(qtbot: Any) -> None:
    from annotator.gui import plain

    box = plain.message_box(None, QMessageBox.Icon.Warning, "<i>t</i>", "<b>x</b>", "<a href=x>")
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText and box.text() == "<b>x</b>"
