"""SIGKILL at random moments: while annotating, while migrating, while backing up.

Each test starts tests/storage/crash_child.py as a real process, which writes through the
app's own code and prints a line only after each step has returned. The test kills it with
SIGKILL at a random moment, reopens the database and checks that SQLite finds it sound and
that every step the child acknowledged is there.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command

from annotator.services.annotators import create_annotator
from annotator.services.context import open_context
from annotator.services.exercises import load_exercise
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise
from annotator.storage.backup import backup_sqlite_file, list_backups
from annotator.storage.checks import check_file
from annotator.storage.database import alembic_config, head_revision, open_database
from annotator.storage.engine import create_db_engine

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")

CHILD = Path(__file__).with_name("crash_child.py")
ANNOTATE_KILLS = 24
MIGRATE_KILLS = 12
BACKUP_KILLS = 10
WRITE_KILLS = 15
HANDIN_KILLS = 12


class Zygote:
    """crash_child.py in zygote mode: forks a warm, separate process per command."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), "zygote"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )
        assert self.read() == "zygote"

    def read(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def start(self, mode: str, out: Path, *args: object) -> int:
        assert self.proc.stdin is not None
        self.proc.stdin.write(" ".join([mode, str(out), *map(str, args)]) + "\n")
        self.proc.stdin.flush()
        return int(self.read())

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


@pytest.fixture(scope="module")
def zygote() -> Iterator[Zygote]:
    z = Zygote()
    yield z
    z.close()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _lines(out: Path) -> list[str]:
    if not out.exists():
        return []
    lines = out.read_text(encoding="utf-8").split("\n")[:-1]  # a line needs its newline
    errors = [line for line in lines if line.startswith("!error")]
    if errors:
        pytest.fail(f"the child failed: {errors[0]}")
    return lines


def _wait_for(pid: int, out: Path, word: str) -> None:
    deadline = time.monotonic() + 30
    while word not in _lines(out):
        if not _alive(pid) or time.monotonic() > deadline:
            pytest.fail(f"the child stopped before {word!r}: {_lines(out)}")
        time.sleep(0.005)


def _kill(pid: int, out: Path) -> list[str]:
    """SIGKILL ``pid``, wait until it is gone, return every complete line it wrote."""
    if not _alive(pid):
        pytest.fail(f"the child ended on its own: {_lines(out)[-3:]}")
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while _alive(pid):
        assert time.monotonic() < deadline, "the killed child did not go away"
        time.sleep(0.002)
    return _lines(out)


def _integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def test_killing_the_writer_never_loses_an_acknowledged_annotation(
    tmp_path: Path, zygote: Zygote
) -> None:
    rng = random.Random(7)
    path = tmp_path / "work.sqlite3"
    ctx = open_context(str(path))
    ensure_sample_exercise(ctx.db)
    student = create_annotator(ctx.db, "Killed Student")
    ctx.close()
    acknowledged: set[str] = set()
    mid_write = 0
    for round_ in range(ANNOTATE_KILLS):
        out = tmp_path / f"out{round_}.txt"
        pid = zygote.start("annotate", out, path, student.id, round_)
        if round_ % 6 == 5:
            time.sleep(rng.uniform(0.0, 0.3))  # anywhere, opening the database included
        else:
            _wait_for(pid, out, "ready")
            time.sleep(rng.uniform(0.0, 0.25))
        printed = [line for line in _kill(pid, out) if line != "ready"]
        mid_write += bool(printed)
        acknowledged.update(printed)

        assert _integrity(path) == "ok", f"kill {round_ + 1}"
        ctx = open_context(str(path))
        stored = {str(a.id) for a in ctx.annotations.list(SAMPLE_EXERCISE_ID, student.id)}
        ctx.close()
        missing = acknowledged - stored
        assert not missing, f"kill {round_ + 1}: {len(missing)} acknowledged annotations lost"
    print(f"{ANNOTATE_KILLS} kills, {mid_write} while writing, {len(acknowledged)} acknowledged")
    assert mid_write >= ANNOTATE_KILLS // 2  # most kills landed while annotations were written
    assert len(acknowledged) > ANNOTATE_KILLS


def _database_at_0001(path: Path, annotations: int) -> None:
    engine = create_db_engine(f"sqlite:///{path}", foreign_keys=False)
    with engine.connect() as conn, conn.begin():
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    engine.dispose()
    con = sqlite3.connect(path)
    stamp = "2026-01-01 00:00:00"
    text = "Some text here, long enough for many spans. " * 20
    con.executescript(
        f"""
        INSERT INTO tag_set (id, name, created) VALUES ('ts', 'T', '{stamp}');
        INSERT INTO tag (id, tag_set_id, key, label, colour, shortcut, definition, position)
            VALUES ('t1', 'ts', 'claim', 'Claim', '#000000', '1', '', 0);
        INSERT INTO exercise (id, title, instructions, revision, tag_set_id, created, modified)
            VALUES ('e1', 'E', '', 1, 'ts', '{stamp}', '{stamp}');
        INSERT INTO article (id, exercise_id, position, title, outlet, author, published, url,
            retrieved, language, text, sha256)
            VALUES ('ar', 'e1', 0, '', '', '', '', '', '', '', '{text}', 'x');
        INSERT INTO annotator (id, display_name, role, created)
            VALUES ('s1', 'Ada', 'student', '{stamp}');
        """
    )
    con.executemany(
        'INSERT INTO annotation (id, article_id, annotator_id, start, "end", exact, prefix, '
        "suffix, tag_id, note, created, modified) VALUES (?, 'ar', 's1', ?, ?, 'x', 'p', 's', "
        "'t1', ?, ?, ?)",
        [(f"a{i}", i % 500, i % 500 + 5, "note " * 20, stamp, stamp) for i in range(annotations)],
    )
    con.executemany(
        "INSERT INTO link (id, source_id, target_id, kind, note, created) "
        "VALUES (?, ?, ?, 'supports', '', ?)",
        [(f"l{i}", f"a{i}", f"a{i + 1}", stamp) for i in range(0, annotations - 1, 2)],
    )
    con.commit()
    con.close()


def _state(path: Path) -> tuple[str, int, int]:
    con = sqlite3.connect(path)
    try:
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        annotations = con.execute("SELECT count(*) FROM annotation").fetchone()[0]
        links = con.execute("SELECT count(*) FROM link").fetchone()[0]
    finally:
        con.close()
    return revision, annotations, links


def test_killing_a_migration_leaves_the_old_or_the_new_schema(
    tmp_path: Path, zygote: Zygote
) -> None:
    rng = random.Random(11)
    template = tmp_path / "template.sqlite3"
    rows = 12_000
    _database_at_0001(template, rows)
    links = rows // 2
    # One uninterrupted run measures how long opening and upgrading takes here.
    path = tmp_path / "old.sqlite3"
    path.write_bytes(template.read_bytes())
    out = tmp_path / "calibrate.txt"
    pid = zygote.start("migrate", out, path, tmp_path / "backups")
    _wait_for(pid, out, "ready")
    began = time.monotonic()
    _wait_for(pid, out, "done")
    duration = time.monotonic() - began
    assert _state(path) == (head_revision(), rows, links)

    outcomes = {"0001": 0, head_revision(): 0}
    round_ = 0
    while sum(outcomes.values()) < MIGRATE_KILLS:
        round_ += 1
        assert round_ < MIGRATE_KILLS * 3, "the upgrade finishes before almost every kill"
        for leftover in tmp_path.glob("old.sqlite3*"):
            leftover.unlink()
        path.write_bytes(template.read_bytes())
        backups = tmp_path / f"backups{round_}"
        out = tmp_path / f"out{round_}.txt"
        pid = zygote.start("migrate", out, path, backups)
        _wait_for(pid, out, "ready")
        time.sleep(rng.uniform(0.0, duration * 1.1))
        if "done" in _lines(out):
            continue  # finished before the kill; nothing to test this round
        _kill(pid, out)

        assert _integrity(path) == "ok", f"kill {round_}"
        revision, annotations, kept_links = _state(path)
        assert revision in outcomes, f"kill {round_}: revision {revision}"
        assert (annotations, kept_links) == (rows, links), f"kill {round_}: rows lost"
        outcomes[revision] += 1
        for backup in list_backups(backups, path.stem):  # a final name means complete
            assert check_file(backup).ok, backup.name
        db = open_database(f"sqlite:///{path}", backup_folder=backups)
        db.close()
        assert _state(path) == (head_revision(), rows, links)
    print(f"{MIGRATE_KILLS} kills during migration: {outcomes} (upgrade took {duration:.2f}s)")
    assert outcomes["0001"] >= 1  # some kills interrupted the upgrade itself


def test_killing_a_backup_never_leaves_a_half_written_backup(
    tmp_path: Path, zygote: Zygote
) -> None:
    rng = random.Random(13)
    path = tmp_path / "work.sqlite3"
    _database_at_0001(path, 40_000)
    backups = tmp_path / "backups"
    interrupted = 0
    finished: set[str] = set()
    for round_ in range(BACKUP_KILLS):
        out = tmp_path / f"out{round_}.txt"
        pid = zygote.start("backup", out, path, backups)
        _wait_for(pid, out, "ready")
        time.sleep(rng.uniform(0.05, 0.4))
        finished.update(line for line in _kill(pid, out) if line != "ready")
        interrupted += any(p.name.endswith(".partial") for p in backups.iterdir())
        for backup in list_backups(backups, path.stem):
            assert check_file(backup).ok, f"kill {round_ + 1}: {backup.name} is not sound"
        assert finished <= {p.name for p in list_backups(backups, path.stem)}
    print(f"{BACKUP_KILLS} kills during backups, {interrupted} left a .partial file, "
          f"{len(finished)} backups finished")
    assert interrupted >= 1
    backup_sqlite_file(path, backups, reason="next", keep=10_000)
    assert not [p.name for p in backups.iterdir() if ".partial" in p.name]


def test_killing_a_file_writer_never_leaves_a_half_written_file(
    tmp_path: Path, zygote: Zygote
) -> None:
    """annotator.exchange.atomic.atomic_writer, which hand-ins, packages and exports use."""
    rng = random.Random(17)
    target = tmp_path / "handin.sahandin"
    size = 8 * 65536
    interrupted = 0
    for round_ in range(WRITE_KILLS):
        out = tmp_path / f"out{round_}.txt"
        pid = zygote.start("write", out, target, size)
        _wait_for(pid, out, "ready")
        time.sleep(rng.uniform(0.0, 0.15))
        _kill(pid, out)
        if target.exists():
            data = target.read_bytes()
            assert len(data) == size and data == data[:1] * size, f"kill {round_ + 1}"
        leftovers = list(tmp_path.glob(f".{target.name}.*.tmp"))  # killed mid-write
        interrupted += bool(leftovers)
        for leftover in leftovers:
            leftover.unlink()
    print(f"{WRITE_KILLS} kills while writing files, {interrupted} mid-write")
    assert interrupted >= 1


def _handin_counts(path: Path) -> tuple[int, int, int]:
    con = sqlite3.connect(path)
    try:
        return tuple(  # type: ignore[return-value]
            con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("handin", "annotation", "link")
        )
    finally:
        con.close()


def test_killing_a_handin_import_leaves_all_of_it_or_none(
    tmp_path: Path, zygote: Zygote
) -> None:
    from annotator.services.handins import export_handin, import_handins
    from annotator.services.sample import SAMPLE_EXERCISE_ID
    from annotator.storage import models as m

    rng = random.Random(19)
    student_db = tmp_path / "student.sqlite3"
    ctx = open_context(str(student_db))
    ensure_sample_exercise(ctx.db)
    student = create_annotator(ctx.db, "Ada")
    exercise = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    rows = 1500
    with ctx.db.session() as session:  # many annotations, so that importing takes a while
        for i in range(rows):
            article = exercise.articles[i % 2]
            start = (i * 7) % (len(article.text) - 30)
            session.add(m.Annotation(
                article_id=article.id, annotator_id=student.id, start=start, end=start + 12,
                exact=article.text[start:start + 12], prefix="", suffix="",
                tag_id=exercise.tags[i % 4].id, note=f"note {i}",
            ))
    handin = tmp_path / "ada.sahandin"
    export_handin(ctx.db, SAMPLE_EXERCISE_ID, student.id, handin)
    ctx.close()

    template = tmp_path / "class-template.sqlite3"
    ctx = open_context(str(template))
    ensure_sample_exercise(ctx.db)
    ctx.close()
    instructor = tmp_path / "class.sqlite3"

    def fresh() -> None:
        for leftover in tmp_path.glob("class.sqlite3*"):
            leftover.unlink()
        instructor.write_bytes(template.read_bytes())

    # Uninterrupted runs measure how long importing takes here: the quickest of three, as
    # the first one pays for cold caches and the kills would then mostly come too late.
    durations = []
    for calibration in range(3):
        fresh()
        out = tmp_path / f"calibrate{calibration}.txt"
        pid = zygote.start("handin", out, instructor, handin)
        _wait_for(pid, out, "ready")
        began = time.monotonic()
        _wait_for(pid, out, "done")
        durations.append(time.monotonic() - began)
        full = _handin_counts(instructor)
        assert full[0] == 1 and full[1] == rows
    duration = min(durations)

    outcomes = {"none": 0, "all": 0}
    round_ = 0
    while sum(outcomes.values()) < HANDIN_KILLS:
        round_ += 1
        assert round_ < HANDIN_KILLS * 5, "the import finishes before almost every kill"
        fresh()
        out = tmp_path / f"handin{round_}.txt"
        pid = zygote.start("handin", out, instructor, handin)
        _wait_for(pid, out, "ready")
        time.sleep(rng.uniform(0.0, duration * 1.1))
        if "done" in _lines(out):
            continue
        _kill(pid, out)
        assert _integrity(instructor) == "ok", f"kill {round_}"
        counts = _handin_counts(instructor)
        assert counts in ((0, 0, 0), full), f"kill {round_}: half an import {counts}"
        outcomes["all" if counts == full else "none"] += 1
        db = open_database(f"sqlite:///{instructor}")  # importing again completes it
        (result,) = import_handins(db, [handin])
        db.close()
        assert result.ok and _handin_counts(instructor) == full
    print(f"{HANDIN_KILLS} kills during a hand-in import of {rows} annotations: {outcomes} "
          f"(import took {duration:.2f}s; {round_} runs)")
    assert outcomes["none"] >= 1
