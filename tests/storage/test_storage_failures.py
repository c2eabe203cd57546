"""Read-only places, a full disk and failing writes: a clear StorageError, nothing dropped
silently, the database left sound and the change possible again once the cause is gone."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from annotator.services import events as ev
from annotator.services.annotators import create_annotator
from annotator.services.context import AppContext, open_context
from annotator.services.exercises import load_exercise
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise
from annotator.storage.database import Database, OpenReport, open_database
from annotator.storage.engine import create_db_engine
from annotator.storage.errors import (
    DiskFullError,
    ReadOnlyError,
    StorageError,
    WriteError,
)


@pytest.fixture
def work(tmp_path: Path) -> tuple[AppContext, Any, Any]:
    ctx = open_context(str(tmp_path / "annotator.sqlite3"))
    ensure_sample_exercise(ctx.db)
    exercise = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    student = create_annotator(ctx.db, "Ada")
    return ctx, exercise, student


def _add(ctx: AppContext, exercise: Any, student: Any, i: int, note: str = "") -> Any:
    article = exercise.articles[0]
    return ctx.annotations.add(article.id, student.id, i, i + 4, exercise.tags[0].id, note)


def _one_line(error: BaseException) -> str:
    message = str(error)
    assert message and "\n" not in message and "Traceback" not in message
    return message


def _integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def test_full_disk_raises_a_clear_error_and_keeps_everything_saved_before(
    work: tuple[AppContext, Any, Any],
) -> None:
    ctx, exercise, student = work
    limit = {"pages": 0}

    @event.listens_for(ctx.db.engine, "connect")
    def _cap(dbapi_connection: Any, _record: Any) -> None:
        if limit["pages"]:
            dbapi_connection.execute(f"PRAGMA max_page_count = {limit['pages']}")

    with ctx.db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    limit["pages"] = int(pages) + 3
    ctx.db.engine.dispose()
    published: list[ev.Event] = []
    ctx.bus.subscribe(ev.ANNOTATION_ADDED, published.append)
    saved = []
    with pytest.raises(DiskFullError) as caught:
        for i in range(200):
            saved.append(_add(ctx, exercise, student, i, note="n" * 3000))
    assert "disk is full" in _one_line(caught.value) and "not saved" in str(caught.value)
    assert isinstance(caught.value, WriteError)
    assert len(published) == len(saved) >= 1  # the failed change was not announced as saved
    stored = {a.id for a in ctx.annotations.list(exercise.id)}
    assert stored == {a.id for a in saved}
    limit["pages"] = 0  # space freed: the same change now goes through (retry)
    ctx.db.engine.dispose()
    retried = _add(ctx, exercise, student, 199, note="n" * 3000)
    assert retried.id in {a.id for a in ctx.annotations.list(exercise.id)}
    ctx.close()
    assert _integrity(ctx.db.path) == "ok"


def test_failing_write_raises_write_error_and_stores_nothing(
    work: tuple[AppContext, Any, Any],
) -> None:
    ctx, exercise, student = work
    failing = {"on": True}

    @event.listens_for(ctx.db.engine, "before_cursor_execute")
    def _fail(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if failing["on"] and statement.lstrip().upper().startswith("INSERT"):
            raise sqlite3.OperationalError("disk I/O error")

    published: list[ev.Event] = []
    ctx.bus.subscribe(ev.ANNOTATION_ADDED, published.append)
    with pytest.raises(WriteError) as caught:
        _add(ctx, exercise, student, 0)
    assert "disk reported an error" in _one_line(caught.value)
    assert published == [] and ctx.annotations.list(exercise.id) == []
    failing["on"] = False
    assert _add(ctx, exercise, student, 0).id == ctx.annotations.list(exercise.id)[0].id
    ctx.close()


def test_read_only_database_file_raises_read_only_error(tmp_path: Path) -> None:
    path = tmp_path / "annotator.sqlite3"
    ctx = open_context(str(path))
    ensure_sample_exercise(ctx.db)
    exercise = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    student = create_annotator(ctx.db, "Ada")
    ctx.close()
    url = f"sqlite:///file:{path}?mode=ro&uri=true"  # SQLite opens the file read-only
    ro = AppContext(Database(url, create_db_engine(url), OpenReport()))
    with pytest.raises(ReadOnlyError) as caught:
        _add(ro, exercise, student, 0)
    assert "cannot be written" in _one_line(caught.value)
    ro.close()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_file_and_folder_by_permissions(tmp_path: Path) -> None:
    path = tmp_path / "annotator.sqlite3"
    ctx = open_context(str(path))
    ensure_sample_exercise(ctx.db)
    exercise = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    student = create_annotator(ctx.db, "Ada")
    ctx.close()
    path.chmod(stat.S_IRUSR)
    tmp_path.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        ro = AppContext(open_database(f"sqlite:///{path}"))
        with pytest.raises(StorageError):
            _add(ro, exercise, student, 0)
        ro.close()
    finally:
        tmp_path.chmod(stat.S_IRWXU)
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_read_only_folder_for_a_new_database_is_a_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(StorageError) as caught:
        open_database(f"sqlite:///{blocker / 'annotator.sqlite3'}")
    _one_line(caught.value)
