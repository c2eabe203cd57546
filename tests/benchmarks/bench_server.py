"""A class of 40 on a school server: each student adds an annotation every 2 s, while the
instructor's Class Overview refreshes; the same work on one shared SQLite file as the floor.

On SQLite the 40 writers share one file and queue for it (one writer at a time).

Figures (issue 14): the p95 commit latency of a student's add (through AnnotationService, as
a key press does, logged in as that student with row-level security on), and the time the
overview takes to notice and re-read the class (change stamp, reload, the figures of the
first article), each against the same on SQLite. The server runs with PostgreSQL's default,
durable settings (fsync on), on a unix socket of this machine: a school's network adds its
round trips on top.

``BENCH_SECONDS`` sets how long each backend is loaded (default 6: about 20 s in all).
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from harness import ROOT, Row, Stats, limit_row, report

sys.path.insert(0, str(ROOT / "tests"))

from pgtest import TestServer

from annotator.gui.review.state import ReviewState
from annotator.services.annotations import AnnotationService
from annotator.services.annotators import create_annotator
from annotator.services.events import EventBus
from annotator.services.exercises import load_exercise
from annotator.services.live import change_stamp
from annotator.services.sample import ensure_sample_exercise
from annotator.services.school import (
    add_class,
    add_person,
    init_server,
    server_identity,
    set_exercise_for_class,
)
from annotator.storage.database import Database, open_database
from annotator.storage.models import Role

STUDENTS = 40
EVERY_S = 2.0
COMMIT_LIMIT_S = 0.25
REFRESH_LIMIT_S = 1.0


def _load(student_urls: list[str], teacher_url: str, exercise_id: Any, seconds: float,
          identify: bool, one_writer: threading.Lock | None = None
          ) -> tuple[Stats, Stats, int]:
    commits: list[float] = []
    refreshes: list[float] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds
    exercise = load_exercise(open_database(teacher_url), exercise_id)
    errors: list[BaseException] = []

    def student(index: int, url: str) -> None:
        try:
            db = open_database(url)
            try:
                me = server_identity(db) if identify else None
                annotator = me.id if me is not None else _ids[index]
                service = AnnotationService(db, EventBus())
                rng = random.Random(index)
                article = exercise.articles[index % len(exercise.articles)]
                time.sleep(rng.uniform(0, EVERY_S))  # students do not press keys in step
                while time.monotonic() < stop:
                    start = rng.randrange(0, len(article.text) - 20)
                    tag = exercise.tags[rng.randrange(len(exercise.tags))].id
                    began = time.perf_counter()
                    if one_writer is None:
                        service.add(article.id, annotator, start, start + 5, tag)
                    else:
                        with one_writer:
                            service.add(article.id, annotator, start, start + 5, tag)
                    took = time.perf_counter() - began
                    with lock:
                        commits.append(took)
                    time.sleep(max(0.0, EVERY_S - took))
            finally:
                db.close()
        except BaseException as exc:
            errors.append(exc)

    def teacher() -> None:
        db = open_database(teacher_url)
        try:
            state = ReviewState(db, exercise_id)
            last = None
            while time.monotonic() < stop:
                began = time.perf_counter()
                stamp = change_stamp(db, exercise_id)
                if stamp != last:
                    state.reload()
                    state.article(exercise.articles[0].id)
                    last = stamp
                refreshes.append(time.perf_counter() - began)
                time.sleep(EVERY_S)
        finally:
            db.close()

    threads = [threading.Thread(target=student, args=(i, u)) for i, u in enumerate(student_urls)]
    threads.append(threading.Thread(target=teacher))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return Stats.of(commits), Stats.of(refreshes), len(commits)


_ids: list[Any] = []


def _sqlite(folder: Path, seconds: float) -> tuple[Stats, Stats, int]:
    url = f"sqlite:///{folder / 'class.sqlite3'}"
    db = open_database(url)
    exercise_id = ensure_sample_exercise(db)
    _ids[:] = [create_annotator(db, f"Student {n}").id for n in range(STUDENTS)]
    db.close()
    # SQLite takes one writer at a time; 40 threads upgrading read transactions at once get
    # SQLITE_BUSY rather than wait, so the writers queue on a lock (counted in the latency).
    return _load([url] * STUDENTS, url, exercise_id, seconds, identify=False,
                 one_writer=threading.Lock())


def _server(folder: Path, seconds: float) -> tuple[Stats, Stats, int]:
    server = TestServer(folder / "server", durable=True, tuned=False)
    try:
        database = server.create_database("bench")
        admin_url = server.url(database)
        init_server(admin_url)
        db: Database = open_database(admin_url)
        exercise_id = ensure_sample_exercise(db)
        add_class(db, "bench")
        set_exercise_for_class(db, "bench", exercise_id)
        urls = []
        for n in range(STUDENTS):
            account = add_person(db, f"Student {n}", class_name="bench",
                                 login=f"{database}_s{n}".replace("_", ""))
            urls.append(server.url(database, account.login, account.password))
        teacher = add_person(db, "Teacher", login=f"{database}t".replace("_", ""),
                             role=Role.INSTRUCTOR)
        db.close()
        return _load(urls, server.url(database, teacher.login, teacher.password),
                     exercise_id, seconds, identify=True)
    finally:
        server.stop()


def run(seconds: float) -> list[Row]:
    folder = Path(tempfile.mkdtemp(prefix="bench-server-"))
    try:
        lite_commit, lite_refresh, lite_n = _sqlite(folder, seconds)
        pg_commit, pg_refresh, _ = _server(folder, seconds)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    note = f"{STUDENTS} students, one add every {EVERY_S:g} s each, {seconds:g} s"
    return [
        Row(name="server floor: the same class on one shared SQLite file (commit)",
            value=lite_commit.median * 1e3, unit="ms", p95=lite_commit.p95 * 1e3,
            runs=lite_n, note=note),
        limit_row("server: a student's add committed (PostgreSQL, p95)", pg_commit,
                  COMMIT_LIMIT_S, floor=lite_commit, on="p95", note=note),
        Row(name="server floor: Class Overview refresh on SQLite", value=lite_refresh.median
            * 1e3, unit="ms", p95=lite_refresh.p95 * 1e3, runs=lite_refresh.runs),
        limit_row("server: Class Overview refresh (PostgreSQL, p95)", pg_refresh,
                  REFRESH_LIMIT_S, floor=lite_refresh, on="p95",
                  note="change stamp + reload + first article's figures"),
    ]


def main() -> int:
    seconds = max(2.0, float(os.environ.get("BENCH_SECONDS", "6")))
    report(run(seconds), "server")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
