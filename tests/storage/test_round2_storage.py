"""Issue 18: a foreign -wal, damage after a clean exit, a zero-byte file, a full disk and a
read-only file at start. Each test reproduces what an independent attack found."""

from __future__ import annotations

import errno
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from annotator.cli import main as cli_main
from annotator.services import maintenance
from annotator.services.annotators import create_annotator
from annotator.services.context import AppContext, open_context
from annotator.services.exercises import load_exercise
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise
from annotator.storage.backup import backup_sqlite_file
from annotator.storage.checks import check_file
from annotator.storage.errors import ReadOnlyError
from annotator.storage.recovery import move_aside


def _annotate(ctx: AppContext, name: str, count: int) -> None:
    ensure_sample_exercise(ctx.db)
    exercise = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    student = create_annotator(ctx.db, name)
    for i in range(count):
        ctx.annotations.add(exercise.articles[0].id, student.id, i, i + 5, exercise.tags[0].id,
                            f"{name} {i}")


def _notes(path: Path) -> list[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(r[0] for r in con.execute("SELECT note FROM annotation"))
    finally:
        con.close()


def _students(path: Path, count: int, name: str = "Ada") -> None:
    ctx = open_context(str(path))
    _annotate(ctx, name, count)
    ctx.close()


def _foreign_wal(folder: Path, base: Path) -> Path:
    """A -wal with another student's 30 annotations, written on a copy of ``base``."""
    other = folder / "other.sqlite3"
    shutil.copyfile(base, other)
    ctx = open_context(str(other))
    _annotate(ctx, "Zed", 30)
    wal = other.with_name(other.name + "-wal")
    assert wal.stat().st_size > 0
    kept = folder / "other-wal-copy"
    shutil.copyfile(wal, kept)
    ctx.close()
    return kept


# -- item 1: a foreign -wal never replaces the student's data ------------------------------


def test_a_foreign_wal_beside_a_cleanly_closed_database_is_set_aside(tmp_path: Path) -> None:
    base = tmp_path / "base.sqlite3"
    ctx = open_context(str(base))
    ensure_sample_exercise(ctx.db)
    ctx.close()
    student = tmp_path / "annotator.sqlite3"
    shutil.copyfile(base, student)
    _students(student, 13)
    foreign = _foreign_wal(tmp_path, base)
    before = student.read_bytes()
    shutil.copyfile(foreign, student.with_name(student.name + "-wal"))

    started = maintenance.start_database(str(student), tmp_path / "backups")
    notes = _notes(student)
    started.db.close()

    assert notes == sorted(f"Ada {i}" for i in range(13))
    assert any("write-ahead log" in n and "set aside" in n for n in started.notices())
    kept = list(tmp_path.glob("annotator.sqlite3-wal.foreign-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == foreign.read_bytes()
    # The database file itself was not changed before being opened.
    assert check_file(student).ok
    assert before  # (the original bytes were read before the start)


def test_a_foreign_wal_is_set_aside_by_a_cli_command_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = tmp_path / "base.sqlite3"
    ctx = open_context(str(base))
    ensure_sample_exercise(ctx.db)
    ctx.close()
    student = tmp_path / "annotator.sqlite3"
    shutil.copyfile(base, student)
    _students(student, 13)
    shutil.copyfile(_foreign_wal(tmp_path, base), student.with_name(student.name + "-wal"))

    assert cli_main(["--db", str(student), "exercises"]) == 0

    assert _notes(student) == sorted(f"Ada {i}" for i in range(13))
    assert "write-ahead log" in capsys.readouterr().err


def test_the_student_s_own_wal_after_a_crash_is_replayed_and_a_copy_kept(
    tmp_path: Path,
) -> None:
    student = tmp_path / "annotator.sqlite3"
    _students(student, 5)
    ctx = open_context(str(student))
    _annotate(ctx, "Ben", 4)  # these sit in the -wal while the app runs
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        shutil.copyfile(student.with_name(student.name + suffix),
                        crashed / f"annotator.sqlite3{suffix}")
    ctx.close()
    victim = crashed / "annotator.sqlite3"

    started = maintenance.start_database(str(victim), tmp_path / "backups")
    started.db.close()

    assert len(_notes(victim)) == 9
    copies = list(crashed.glob("annotator.sqlite3.before-wal-*"))
    assert copies, "a copy of the file as it was is kept before the log is replayed"


# -- item 2: damage inside the file after a clean exit ------------------------------------


def _damage_table(path: Path, table: str) -> None:
    con = sqlite3.connect(path)
    try:
        (root,) = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                              (table,)).fetchone()
        (size,) = con.execute("PRAGMA page_size").fetchone()
    finally:
        con.close()
    rng = random.Random(7)
    with path.open("r+b") as f:
        f.seek((root - 1) * size + 8)
        f.write(bytes(rng.randrange(256) for _ in range(size - 8)))


@pytest.mark.parametrize("table", ["annotation", "ix_annotation_article_annotator"])
def test_damage_after_a_clean_exit_is_found_at_start_and_a_backup_restored(
    tmp_path: Path, table: str
) -> None:
    path = tmp_path / "annotator.sqlite3"
    _students(path, 300)
    backups = tmp_path / "backups"
    backup_sqlite_file(path, backups, reason="start")
    maintenance.finish_database(maintenance.start_database(str(path), backups).db)
    _damage_table(path, table)

    started = maintenance.start_database(str(path), backups)
    started.db.close()

    assert started.recovery.recovered
    assert len(_notes(path)) == 300
    assert list(tmp_path.glob("annotator.sqlite3.damaged-*"))


# -- item 3: a zero-byte file where a database with backups used to be ---------------------


def test_a_zero_byte_database_with_backups_is_not_recreated_by_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "annotator.sqlite3"
    _students(path, 7)
    from annotator.paths import backup_dir

    backup_sqlite_file(path, backup_dir(), reason="start")
    path.write_bytes(b"")

    assert cli_main(["--db", str(path), "exercises"]) == 2

    err = capsys.readouterr().err
    assert "damaged" in err and "restore the newest good backup" in err
    assert err.count("\n") == 1
    assert path.stat().st_size == 0  # left as it was for the app to recover
    started = maintenance.start_database(str(path))  # the app then restores the backup
    started.db.close()
    assert started.recovery.restored_from is not None
    assert len(_notes(path)) == 7


def test_a_zero_byte_file_without_backups_is_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    path.write_bytes(b"")

    assert cli_main(["--db", str(path), "exercises"]) == 0
    assert path.stat().st_size > 0


# -- item 7: a full disk at start ---------------------------------------------------------


def test_a_full_disk_at_start_opens_read_only_with_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "annotator.sqlite3"
    _students(path, 3)

    def full(_path: Path) -> bool:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(maintenance, "mark_running", full)

    started = maintenance.start_database(str(path), tmp_path / "backups")

    assert started.read_only
    assert any("disk is full" in n and "read-only" in n for n in started.notices())
    ctx = AppContext(started.db)
    exercise = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)  # reading works
    assert exercise.articles
    with pytest.raises(ReadOnlyError):
        create_annotator(ctx.db, "Cy")
    ctx.close()
    assert len(_notes(path)) == 3


# -- item 8: a read-only database file at start ---------------------------------------------


def test_a_read_only_database_file_is_detected_at_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "annotator.sqlite3"
    _students(path, 2)
    from annotator.storage import writable

    monkeypatch.setattr(writable, "_access", lambda p, mode: Path(p) != path)

    started = maintenance.start_database(str(path), tmp_path / "backups")

    assert started.read_only
    assert any("cannot be written" in n for n in started.notices())
    with pytest.raises(ReadOnlyError):
        create_annotator(started.db, "Dee")
    started.db.close()


# -- item 9: side files go with a moved damaged copy -----------------------------------------


def test_wal_and_shm_move_first_so_a_failure_never_leaves_them_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "annotator.sqlite3"
    for suffix, data in (("", b"main"), ("-wal", b"wal"), ("-shm", b"shm")):
        path.with_name(path.name + suffix).write_bytes(data)
    import os

    real = os.replace

    def failing(source: object, target: object) -> None:
        if str(source).endswith("-shm"):
            raise PermissionError(errno.EACCES, "in use")
        real(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr("annotator.storage.recovery.os.replace", failing)

    with pytest.raises(PermissionError, match="in use"):
        move_aside(path)

    # Nothing was half-moved: the database and its log are still together.
    assert {p.name for p in tmp_path.iterdir()} == {
        "annotator.sqlite3", "annotator.sqlite3-wal", "annotator.sqlite3-shm"}


# -- item 9: the command line honours the instance lock; a read-only folder ----------------


def test_a_writing_command_refuses_while_the_app_has_the_database_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from annotator.storage.lock import acquire_instance_lock

    path = tmp_path / "annotator.sqlite3"
    _students(path, 2)
    handin = tmp_path / "x.json"
    handin.write_text("{}", "utf-8")
    lock = acquire_instance_lock(path)
    assert lock is not None
    try:
        assert cli_main(["--db", str(path), "import", str(handin)]) == 2
        assert "already open" in capsys.readouterr().err
        assert cli_main(["--db", str(path), "exercises"]) == 0  # reading is fine
        assert str(SAMPLE_EXERCISE_ID) in capsys.readouterr().out
    finally:
        lock.release()
    assert len(_notes(path)) == 2


def test_exercises_in_a_read_only_folder_lists_and_never_says_not_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from annotator.storage import lock as lock_module
    from annotator.storage import writable

    path = tmp_path / "annotator.sqlite3"
    ctx = open_context(str(path))  # a database without the sample exercise
    create_annotator(ctx.db, "Ada")
    ctx.close()

    def no_lock_file(database: Path) -> None:
        raise lock_module.ReadOnlyError(f"{database}: cannot create the lock file")

    monkeypatch.setattr("annotator.services.maintenance.acquire_instance_lock", no_lock_file)
    monkeypatch.setattr(writable, "_access", lambda p, mode: Path(p) not in (path, tmp_path))

    assert cli_main(["--db", str(path), "exercises"]) == 0

    captured = capsys.readouterr()
    assert "not saved" not in captured.err
    assert "cannot create the lock file" not in captured.out


def test_a_log_that_would_damage_a_sound_database_is_set_aside(tmp_path: Path) -> None:
    original = tmp_path / "original.sqlite3"
    _students(original, 6)
    ctx = open_context(str(original))
    _annotate(ctx, "Ben", 40)  # in the -wal while the app runs
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    student = crashed / "annotator.sqlite3"
    shutil.copyfile(original, student)
    data = bytearray(original.with_name(original.name + "-wal").read_bytes())
    ctx.close()
    wal = student.with_name(student.name + "-wal")
    # A log whose frames are intact but whose pages are garbage: SQLite would replay it.
    import struct

    page = struct.unpack(">I", data[8:12])[0]
    rng = random.Random(3)
    for frame in range(len(data[32:]) // (page + 24)):
        start = 32 + frame * (page + 24) + 24
        data[start + 200 : start + page] = bytes(rng.randrange(256)
                                                 for _ in range(page - 200))
    # Recompute the frames' checksums so that SQLite accepts them.
    _rechecksum(data, page)
    wal.write_bytes(bytes(data))

    started = maintenance.start_database(str(student), tmp_path / "backups")
    notes = _notes(student)
    started.db.close()

    assert notes == sorted(f"Ada {i}" for i in range(6))
    assert any("would damage" in n for n in started.notices())


def _rechecksum(data: bytearray, page: int) -> None:
    """SQLite's WAL checksums (https://sqlite.org/fileformat.html#checksum_algorithm)."""
    import struct

    magic = struct.unpack(">I", data[:4])[0]
    fmt = "<" if magic & 1 == 0 else ">"

    def checksum(chunk: bytes, s0: int, s1: int) -> tuple[int, int]:
        words = struct.unpack(f"{fmt}{len(chunk) // 4}I", chunk)
        for i in range(0, len(words), 2):
            s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
            s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
        return s0, s1

    s0, s1 = checksum(bytes(data[:24]), 0, 0)
    data[24:32] = struct.pack(">II", s0, s1)
    offset = 32
    while offset + 24 + page <= len(data):
        s0, s1 = checksum(bytes(data[offset : offset + 8]), s0, s1)
        s0, s1 = checksum(bytes(data[offset + 24 : offset + 24 + page]), s0, s1)
        data[offset + 16 : offset + 24] = struct.pack(">II", s0, s1)
        offset += 24 + page


def test_the_read_only_url_opens_any_path_and_refuses_writes(tmp_path: Path) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    from annotator.storage.writable import read_only_engine

    folder = tmp_path / "we%ird ?#näme"
    folder.mkdir()
    path = folder / "a%20b?.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.execute("INSERT INTO t VALUES (1)")
    con.commit()
    con.close()
    engine = read_only_engine(path)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("SELECT x FROM t")).all() == [(1,)]
            with pytest.raises(OperationalError, match="readonly"):
                connection.execute(text("INSERT INTO t VALUES (2)"))
    finally:
        engine.dispose()
