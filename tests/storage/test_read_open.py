"""``annotator review`` opens an SQLite file with plain ``sqlite3`` (storage/read_open.py)
only when the full opening would do nothing to it, and gives every other case to the full
opening before writing anything; the command then imports neither SQLAlchemy nor the
models (docs/performance.md)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.cli import main as cli_main
from annotator.cli_common import SAMPLE_EXERCISE_HEX
from annotator.services.context import open_context
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise
from annotator.storage import models as m
from annotator.storage.errors import ReadOnlyError
from annotator.storage.lock import acquire_instance_lock
from annotator.storage.read_open import open_for_reading
from annotator.storage.run_marker import marker_path
from annotator.storage.sql_reader import ROLE_KEY, ROLE_STUDENT

EXERCISE = str(SAMPLE_EXERCISE_ID)


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "class.sqlite3"
    ctx = open_context(str(path))
    ensure_sample_exercise(ctx.db)
    ctx.close()
    return path


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()
            and not p.name.endswith(".lock")}


def test_the_constants_agree_with_the_models() -> None:
    assert SAMPLE_EXERCISE_ID.hex == SAMPLE_EXERCISE_HEX
    assert (m.Role.STUDENT.value, m.Role.KEY.value) == (ROLE_STUDENT, ROLE_KEY)


def test_a_sound_current_file_is_opened_locked_marked_and_closed_cleanly(db_file: Path) -> None:
    opened = open_for_reading(db_file, SAMPLE_EXERCISE_HEX)
    assert opened is not None and opened.lock is not None
    assert marker_path(db_file).exists()
    assert acquire_instance_lock(db_file) is None, "the command holds the lock"
    with opened.reader() as r:
        assert r.rows("SELECT count(*) FROM exercise WHERE id = ?",
                      (r.id_param(SAMPLE_EXERCISE_ID),)) == [(1,)]
        assert r.id_text(SAMPLE_EXERCISE_HEX) == EXERCISE
    opened.close()
    assert not marker_path(db_file).exists()
    lock = acquire_instance_lock(db_file)
    assert lock is not None
    lock.release()


@pytest.mark.parametrize("case", ["unclean exit", "log with content", "older schema",
                                  "no sample", "empty file", "damaged header", "missing"])
def test_anything_unusual_goes_to_the_full_opening_with_nothing_written(
        db_file: Path, case: str) -> None:
    if case == "unclean exit":
        marker_path(db_file).write_text("{}", "utf-8")
    elif case == "log with content":
        db_file.with_name(db_file.name + "-wal").write_bytes(b"x" * 100)
    elif case in ("older schema", "no sample"):
        con = sqlite3.connect(db_file)
        if case == "older schema":
            con.execute("UPDATE alembic_version SET version_num = '0001'")
        else:
            con.execute("PRAGMA foreign_keys = OFF")
            con.execute("DELETE FROM exercise")
        con.commit()
        con.close()
    elif case == "empty file":
        db_file.write_bytes(b"")
    elif case == "damaged header":
        data = bytearray(db_file.read_bytes())
        data[:16] = b"garbage garbage!"
        db_file.write_bytes(bytes(data))
    else:
        db_file.unlink()
    before = _files(db_file.parent)

    assert open_for_reading(db_file, SAMPLE_EXERCISE_HEX) is None

    assert _files(db_file.parent) == before
    lock = acquire_instance_lock(db_file)
    assert lock is not None, "the lock was released"
    lock.release()


def test_while_the_app_has_the_file_open_it_is_read_read_only(db_file: Path) -> None:
    app = open_context(str(db_file))  # the app: holds the lock, writes through its log
    lock = acquire_instance_lock(db_file)
    assert lock is not None
    try:
        opened = open_for_reading(db_file, SAMPLE_EXERCISE_HEX)
        assert opened is not None and opened.read_only and opened.lock is None
        assert not marker_path(db_file).exists()
        with opened.reader() as r, pytest.raises(ReadOnlyError):
            r.rows("DELETE FROM exercise")
        opened.close()
    finally:
        lock.release()
        app.close()


def test_a_foreign_log_is_still_set_aside_by_the_review_command(
        db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.sqlite3"
    shutil.copyfile(db_file, other)
    con = sqlite3.connect(other)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("DELETE FROM exercise WHERE id = ?", (SAMPLE_EXERCISE_HEX,))
    con.commit()
    shutil.copyfile(other.with_name(other.name + "-wal"),
                    db_file.with_name(db_file.name + "-wal"))
    con.close()

    assert cli_main(["--db", str(db_file), "review", "--exercise", EXERCISE[:8],
                     "--json"]) == 0

    out, err = capsys.readouterr()
    assert "write-ahead log" in err
    assert json.loads(out)["exercise"]["id"] == EXERCISE
    assert list(tmp_path.glob("class.sqlite3-wal.foreign-*"))


def test_the_review_command_imports_neither_sqlalchemy_nor_the_models(db_file: Path) -> None:
    probe = ("import json, sys\n"
             "from annotator.cli import main\n"
             "code = main(sys.argv[1:])\n"
             "sys.stderr.write(json.dumps([code, sorted(m for m in sys.modules if "
             "m.startswith(('sqlalchemy', 'annotator.storage.models', 'alembic')))]))\n")
    env = {**os.environ, "ANNOTATOR_DATA_DIR": str(db_file.parent / "data")}
    done = subprocess.run(
        [sys.executable, "-c", probe, "--db", str(db_file), "review", "--exercise", EXERCISE,
         "--json"], capture_output=True, text=True, timeout=120, check=False, env=env)
    code, loaded = json.loads(done.stderr.strip().splitlines()[-1])
    assert code == 0, done.stderr
    assert loaded == []
    figures = json.loads(done.stdout)
    assert [a["article"]["title"] for a in figures["articles"]]
    assert not marker_path(db_file).exists()
