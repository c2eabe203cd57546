"""Feedback released on a school server: the instructor releases, each student sees only their
own in the app without a file; row-level security keeps the rows apart; releasing again
replaces, withdrawing removes."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import psycopg
import pytest
from school_fixtures import School, _annotate
from ws_helpers import answer_prompts, show_active

from annotator.cli import main
from annotator.exchange.feedback import loads_feedback
from annotator.gui.feedback.return_dialog import ReturnChoice, ReturnDialog
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.annotations import AnnotationService
from annotator.services.context import open_context
from annotator.services.events import EventBus
from annotator.services.exercises import load_exercise
from annotator.services.feedback import INCLUDE_PARTS
from annotator.services.feedback_comments import set_comment
from annotator.services.feedback_release import (
    release_feedback,
    release_state,
    released_feedback,
    withdraw_feedback,
)
from annotator.services.feedback_student import hand_in
from annotator.services.school import add_person, server_identity
from annotator.storage.database import Database, open_database
from annotator.storage.errors import StorageError

EXPLANATION = "The headline states it as a fact: a claim."


def _connect(school: School, who: Any) -> psycopg.Connection:
    return psycopg.connect(
        host=str(school.server.socket_dir), port=school.server.port,
        dbname=school.database, user=who.login, password=who.password, autocommit=True)


def _me(db: Database) -> uuid.UUID:
    me = server_identity(db)
    assert me is not None
    return me.id


def _hand_in(school: School, who: Any, folder: Path) -> uuid.UUID:
    db = open_database(school.url(who))
    try:
        me = _me(db)
        hand_in(db, school.exercise_id, me, folder / f"{who.login}.handin.json")
        return me
    finally:
        db.close()


def _class(school: School, tmp_path: Path) -> dict[str, uuid.UUID]:
    """The teacher explains a key passage; Ada, Ben and Cy annotate; Ada and Ben hand in."""
    teacher = open_database(school.url(school.teacher))
    try:
        exercise = load_exercise(teacher, school.exercise_id)
        AnnotationService(teacher, EventBus()).add(
            exercise.articles[0].id, school.key_id, 10, 20, exercise.tags[1].id,
            note=EXPLANATION)
    finally:
        teacher.close()
    admin = open_database(school.admin_url)
    try:
        cy = add_person(admin, "Cy Twombly", class_name="7b",
                        login=school.database.replace("_", "") + "cy")
    finally:
        admin.close()
    _annotate(school, school.ada)
    _annotate(school, school.ben, 30, 40)
    _annotate(school, cy, 50, 60)
    ids = {"ada": _hand_in(school, school.ada, tmp_path),
           "ben": _hand_in(school, school.ben, tmp_path)}
    return ids


def test_released_feedback_reaches_only_its_student_and_students_cannot_write_it(
    school: School, tmp_path: Path,
) -> None:
    ids = _class(school, tmp_path)
    db = open_database(school.url(school.teacher))
    try:
        results = release_feedback(db, school.exercise_id)
        assert [(r.student, r.ok, r.replaced) for r in results] == [
            ("Ada Lovelace", True, False), ("Ben Okri", True, False)]  # not Cy: no hand-in
        assert release_state(db, school.exercise_id).students == 2
    finally:
        db.close()

    with _connect(school, school.ada) as conn:
        rows = conn.execute("SELECT annotator_id, feedback FROM released_feedback").fetchall()
        assert [r[0] for r in rows] == [ids["ada"]]
        document = rows[0][1]
        record = loads_feedback(document.encode("utf-8"), "ada's row")  # checks itself
        assert record.student_id == ids["ada"]
        assert "Ben Okri" not in document and str(ids["ben"]) not in document
        assert EXPLANATION in document  # the key reaches her inside her own feedback
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE released_feedback SET feedback = '{}'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM released_feedback")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO released_feedback (id, annotator_id, exercise_id, handed_in, "
                "feedback, released) VALUES (gen_random_uuid(), %s, %s, now(), '{}', now())",
                (ids["ada"], school.exercise_id))
        # the key itself stays out of reach outside her feedback
        assert conn.execute("SELECT count(*) FROM annotation WHERE annotator_id = %s",
                            (school.key_id,)).fetchone()[0] == 0
    with _connect(school, school.ben) as conn:
        assert conn.execute("SELECT count(*) FROM released_feedback WHERE annotator_id = %s",
                            (ids["ada"],)).fetchone()[0] == 0
        assert [r[0] for r in conn.execute("SELECT annotator_id FROM released_feedback")] == [
            ids["ben"]]

    ada = open_database(school.url(school.ada))
    try:
        opened = released_feedback(ada, school.exercise_id, ids["ada"])
        assert opened is not None and opened.released is not None
        assert opened.record.student_name == "Ada Lovelace" and opened.attempt == 1
        assert released_feedback(ada, school.exercise_id, ids["ben"]) is None  # not hers
        with pytest.raises(StorageError):  # a student cannot release
            release_feedback(ada, school.exercise_id)
    finally:
        ada.close()


def test_feedback_is_about_the_work_as_handed_in(school: School, tmp_path: Path) -> None:
    from annotator.core.scoring import ALL

    ids = _class(school, tmp_path)
    later = _annotate(school, school.ada, 70, 80)  # after handing in, before the release
    db = open_database(school.url(school.teacher))
    try:
        assert all(r.ok for r in release_feedback(db, school.exercise_id))
    finally:
        db.close()
    ada = open_database(school.url(school.ada))
    try:
        opened = released_feedback(ada, school.exercise_id, ids["ada"])
    finally:
        ada.close()
    assert opened is not None
    article = opened.record.articles[0]
    assert [(y.start, y.end) for y in article.yours] == [(10, 20)]
    assert later not in {y.id for y in article.yours}
    assert article.scores is not None
    exact = article.scores.exact[ALL]
    assert (exact.tp, exact.predicted) == (1, 1)  # the key's passage, nothing more


def test_releasing_again_replaces_and_withdrawing_removes(school: School, tmp_path: Path) -> None:
    ids = _class(school, tmp_path)
    db = open_database(school.url(school.teacher))
    try:
        release_feedback(db, school.exercise_id, ("key", "scores"))
        set_comment(db, school.exercise_id, ids["ada"], "Look at the headline again.")
        again = release_feedback(db, school.exercise_id, INCLUDE_PARTS)
        assert all(r.ok and r.replaced for r in again)
    finally:
        db.close()
    with _connect(school, school.ada) as conn:
        (document,) = [r[0] for r in conn.execute("SELECT feedback FROM released_feedback")]
    record = loads_feedback(document.encode("utf-8"), "ada's row")
    assert record.comments is not None
    assert record.comments.overall == "Look at the headline again."

    db = open_database(school.url(school.teacher))
    try:
        assert withdraw_feedback(db, school.exercise_id) == 2
        assert release_state(db, school.exercise_id).students == 0
    finally:
        db.close()
    ada = open_database(school.url(school.ada))
    try:
        assert released_feedback(ada, school.exercise_id, ids["ada"]) is None
    finally:
        ada.close()


def test_the_feedback_command_releases_and_withdraws_on_the_server(
    school: School, tmp_path: Path, capsys: Any,
) -> None:
    _class(school, tmp_path)
    url = school.url(school.teacher)
    exercise = str(school.exercise_id)[:8]
    assert main(["--db", url, "feedback", "--exercise", exercise, "--release"]) == 0
    out = capsys.readouterr().out
    assert "Ada Lovelace\treleased\n" in out
    assert "feedback released to 2 of 2 students on the server" in out
    assert main(["--db", url, "feedback", "--exercise", exercise, "--release", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["replaced"] for r in rows] == [True, True]
    assert main(["--db", url, "feedback", "--exercise", exercise, "--withdraw"]) == 0
    assert "feedback withdrawn from 2 students" in capsys.readouterr().out


def _window(qtbot: Any, url: str, exercise_id: uuid.UUID) -> MainWindow:
    ctx = open_context(url)
    window = MainWindow(ctx, Settings(), exercise_id)
    qtbot.addWidget(window)
    answer_prompts(window)
    return window


def test_the_student_sees_released_feedback_without_a_file(
    qtbot: Any, school: School, tmp_path: Path, screenshot: Any,
) -> None:
    ids = _class(school, tmp_path)
    ada = _window(qtbot, school.url(school.ada), school.exercise_id)
    show_active(qtbot, ada, 1366, 768)
    feedback = ada.feedback
    told: list[str] = []
    feedback.server.ask_open_file_instead = lambda text: told.append(text) or False  # type: ignore[method-assign]
    assert feedback.open_feedback() is None  # before release: says why, no file asked
    assert "has not released feedback" in told[0]
    assert feedback.server.poll() is False

    teacher = _window(qtbot, school.url(school.teacher), school.exercise_id)
    assert teacher.feedback.server.act_withdraw in teacher.review.menu.actions()
    assert not ada.review.menu.menuAction().isVisible()  # a student has no Review menu
    dialog = ReturnDialog(teacher, server=True, released=teacher.feedback.server.released_line())
    qtbot.addWidget(dialog)
    assert dialog.to_server.isChecked() and not dialog.folder.isEnabled()
    assert dialog.write.text() == "Release Feedback"
    assert dialog.released.text() == "Nothing is released on this exercise yet."
    screenshot(dialog, "feedback-release-dialog")
    choice = dialog.choice()
    assert choice is not None and choice.release
    teacher.feedback.notify = lambda *_a, **_k: None  # type: ignore[method-assign]
    results = teacher.feedback.return_feedback(choice)
    assert [r.student for r in results if r.ok] == ["Ada Lovelace", "Ben Okri"]

    assert feedback.server.poll() is True  # released while her app runs
    dock = feedback.dock
    assert dock is not None and dock.isVisible()
    view = feedback.view
    assert view is not None and view.source.isVisible()
    assert view.source.text().startswith("Released by your teacher on the school server, ")
    assert ada.statusBar().currentMessage() == (
        "Feedback from your teacher is here: see the Feedback view beside the text.")
    passages = "\n".join(view.passage_texts())
    assert EXPLANATION in passages and "Ben" not in passages
    assert feedback.opened is not None and feedback.opened.record.student_id == ids["ada"]
    qtbot.wait(50)
    path = screenshot(ada, "feedback-released-student-1366x768")
    assert path.exists()

    set_comment(teacher.ctx.db, school.exercise_id, ids["ada"], "Well read, Ada.")
    teacher.feedback.return_feedback(ReturnChoice(None, INCLUDE_PARTS))
    assert feedback.server.poll() is True  # the newest release replaces what she sees
    assert view.comment.text() == "Well read, Ada." and view.comment_frame.isVisible()

    # a fresh start shows it at once, without a file
    again = _window(qtbot, school.url(school.ada), school.exercise_id)
    show_active(qtbot, again)
    qtbot.waitUntil(lambda: again.feedback.opened is not None)
    assert again.feedback.dock is not None and again.feedback.dock.isVisible()
    again.close()
    again.ctx.close()

    teacher.feedback.server.ask_withdraw = lambda _title, _n: True  # type: ignore[method-assign]
    assert teacher.feedback.server.withdraw() == 2
    assert feedback.server.poll() is True
    assert feedback.opened is None and not dock.isVisible()
    assert ada.statusBar().currentMessage() == (
        "Your teacher took back the feedback on this exercise for now.")
    for window in (ada, teacher):
        window.close()
        window.ctx.close()


def test_released_feedback_stays_shown_while_the_server_is_away(
    qtbot: Any, outage_server: Any, tmp_path: Path,
) -> None:
    from annotator.services.annotators import create_annotator
    from annotator.services.sample import ensure_sample_exercise

    url = outage_server.url(outage_server.create_database("released"))
    admin = open_database(url)
    try:
        exercise_id = ensure_sample_exercise(admin)
        students = [create_annotator(admin, name).id for name in ("Ann", "Bo", "Cai")]
        exercise = load_exercise(admin, exercise_id)
        for n, sid in enumerate(students):
            AnnotationService(admin, EventBus()).add(
                exercise.articles[0].id, sid, 10 * n, 10 * n + 6, exercise.tags[0].id)
            hand_in(admin, exercise_id, sid, tmp_path / f"{n}.handin.json")
        assert all(r.ok for r in release_feedback(admin, exercise_id))
    finally:
        admin.close()
    window = _window(qtbot, url, exercise_id)
    show_active(qtbot, window)
    window.annotator_id = students[0]  # the admin's window, looking as Ann
    window.feedback.show_stored()
    assert window.feedback.opened is not None and window.feedback.opened.released is not None
    outage_server.kill()
    assert window.feedback.server.poll() is False  # quiet: nothing changes
    window.feedback.show_stored()
    assert window.feedback.opened is not None
    assert window.feedback.dock is not None and window.feedback.dock.isVisible()
    assert window.feedback.open_feedback() is window.feedback.opened
    window.close()
    window.ctx.close()


def test_a_laptop_database_releases_nothing(tmp_path: Path) -> None:
    from annotator.exchange.feedback import FeedbackError
    from annotator.services.feedback_release import feedback_to_show
    from annotator.services.sample import ensure_sample_exercise

    db = open_database(f"sqlite:///{tmp_path / 'laptop.sqlite3'}")
    try:
        exercise_id = ensure_sample_exercise(db)
        with pytest.raises(FeedbackError, match="releasing feedback needs a school server"):
            release_feedback(db, exercise_id)
        assert feedback_to_show(db, exercise_id, uuid.uuid4()) is None
    finally:
        db.close()
