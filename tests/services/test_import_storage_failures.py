"""A full disk while importing a hand-in or an exercise package: a one-line message naming
the file, nothing half-imported, and the same import works once there is room."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from annotator.exchange.package import PackageError
from annotator.services.annotators import create_annotator
from annotator.services.context import open_context
from annotator.services.exercises import load_exercise
from annotator.services.exercises_io import export_exercise, import_exercise_package
from annotator.services.handins import ImportStatus, export_handin, import_handins
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise
from annotator.storage.database import Database, open_database


def _cap(db: Database) -> dict[str, int]:
    """Limit ``db`` to its current size plus one page (while ``limit["pages"]`` is set)."""
    limit = {"pages": 0}

    @event.listens_for(db.engine, "connect")
    def _limit(dbapi_connection: Any, _record: Any) -> None:
        if limit["pages"]:
            dbapi_connection.execute(f"PRAGMA max_page_count = {limit['pages']}")

    with db.engine.connect() as conn:
        limit["pages"] = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0) + 1
    db.engine.dispose()
    return limit


def _counts(path: Path) -> tuple[int, ...]:
    con = sqlite3.connect(path)
    try:
        return tuple(
            con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("exercise", "article", "annotator", "annotation", "handin")
        )
    finally:
        con.close()


@pytest.fixture
def handin(tmp_path: Path) -> Path:
    ctx = open_context(str(tmp_path / "student.sqlite3"))
    ensure_sample_exercise(ctx.db)
    exercise = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    student = create_annotator(ctx.db, "Ada")
    for i in range(40):
        ctx.annotations.add(exercise.articles[0].id, student.id, i, i + 9, exercise.tags[0].id,
                            "a long note " * 40)
    path = tmp_path / "ada.sahandin"
    export_handin(ctx.db, SAMPLE_EXERCISE_ID, student.id, path)
    ctx.close()
    return path


def test_full_disk_during_a_handin_import_rejects_that_file_cleanly(
    tmp_path: Path, handin: Path
) -> None:
    path = tmp_path / "class.sqlite3"
    db = open_database(f"sqlite:///{path}")
    ensure_sample_exercise(db)
    limit = _cap(db)
    before = _counts(path)
    (result,) = import_handins(db, [handin])
    assert result.status is ImportStatus.REJECTED
    assert "disk is full" in result.problem and str(handin) in result.problem
    assert "\n" not in result.problem
    assert _counts(path) == before
    limit["pages"] = 0
    db.engine.dispose()
    (again,) = import_handins(db, [handin])
    db.close()
    assert again.status is ImportStatus.IMPORTED and again.imported == 40


def test_full_disk_during_a_package_import_raises_one_line_and_changes_nothing(
    tmp_path: Path,
) -> None:
    teacher = open_database(f"sqlite:///{tmp_path / 'teacher.sqlite3'}")
    ensure_sample_exercise(teacher)
    package = tmp_path / "sample.saexercise"
    export_exercise(teacher, SAMPLE_EXERCISE_ID, package)
    teacher.close()
    path = tmp_path / "student.sqlite3"
    db = open_database(f"sqlite:///{path}")
    limit = _cap(db)
    before = _counts(path)
    with pytest.raises(PackageError) as caught:
        import_exercise_package(db, package)
    message = str(caught.value)
    assert "sample.saexercise" in message and "disk is full" in message and "\n" not in message
    assert _counts(path) == before
    limit["pages"] = 0
    db.engine.dispose()
    import_exercise_package(db, package)
    db.close()
    assert _counts(path)[:2] == (1, 2)


def test_every_import_is_preceded_by_a_checked_backup(tmp_path: Path, handin: Path) -> None:
    from annotator.paths import backup_dir
    from annotator.storage.backup import list_backups
    from annotator.storage.checks import check_file

    path = tmp_path / "class.sqlite3"
    db = open_database(f"sqlite:///{path}")
    ensure_sample_exercise(db)
    import_handins(db, [handin])
    made = list_backups(backup_dir(), path.stem)
    assert len(made) == 1 and "before-import" in made[0].name and check_file(made[0]).ok
    package = tmp_path / "sample.saexercise"
    export_exercise(db, SAMPLE_EXERCISE_ID, package)
    import_exercise_package(db, package)
    db.close()
    assert len(list_backups(backup_dir(), path.stem)) == 2


def test_no_backup_means_no_import(tmp_path: Path, handin: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(blocker))  # backups cannot be written
    path = tmp_path / "class.sqlite3"
    db = open_database(f"sqlite:///{path}")
    ensure_sample_exercise(db)
    before = _counts(path)
    (result,) = import_handins(db, [handin])
    db.close()
    assert result.status is ImportStatus.REJECTED and "no backup could be made" in result.problem
    assert "\n" not in result.problem and _counts(path) == before
