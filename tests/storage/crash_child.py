"""The processes the crash tests kill: they write through the app's own code and report each
step only after that step has returned (so after the commit).

    python crash_child.py annotate OUT DB ANNOTATOR_ID SEED   # add annotations until killed
    python crash_child.py migrate OUT DB BACKUPS              # open (and so upgrade) DB
    python crash_child.py backup OUT DB BACKUPS               # back DB up again and again
    python crash_child.py handin OUT DB HANDIN                # import one hand-in into DB
    python crash_child.py write OUT FILE SIZE                 # atomic_writer FILE repeatedly
    python crash_child.py zygote                              # see below

Each step is reported as one line written with a single ``write`` to OUT (``-`` for stdout)
after the call returned. SIGKILL cannot interrupt a ``write`` halfway, so every complete line
was acknowledged by the app before the kill.

``zygote`` imports the app once, then reads the commands above from stdin, one per line,
forks a fresh process for each (like multiprocessing's forkserver) and prints its pid. The
tests kill those processes; forking from a warm parent saves the second that importing
SQLAlchemy and Alembic takes, so the kill tests stay fast. The zygote never opens a
database, so a forked child starts with no SQLite state.

Not a test module (no ``test_`` prefix); tests/storage/test_crash_kill.py runs it.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import traceback
import uuid
from collections.abc import Callable
from pathlib import Path

Say = Callable[[str], None]


def annotate(say: Say, db: str, annotator: str, seed: str) -> None:
    from annotator.services.context import open_context
    from annotator.services.exercises import load_exercise
    from annotator.services.sample import SAMPLE_EXERCISE_ID

    rng = random.Random(int(seed))
    ctx = open_context(db)
    exercise = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    who = uuid.UUID(annotator)
    say("ready")
    while True:
        article = rng.choice(exercise.articles)
        start = rng.randrange(0, len(article.text) - 40)
        end = start + rng.randrange(1, 40)
        tag = rng.choice(exercise.tags)
        note = "x" * rng.randrange(0, 2000)
        view = ctx.annotations.add(article.id, who, start, end, tag.id, note)
        say(str(view.id))


def migrate(say: Say, db: str, backups: str) -> None:
    from annotator.storage.database import open_database

    say("ready")
    database = open_database(f"sqlite:///{db}", backup_folder=Path(backups))
    database.close()
    say("done")


def backup(say: Say, db: str, backups: str) -> None:
    from annotator.storage.backup import backup_sqlite_file

    say("ready")
    while True:
        target = backup_sqlite_file(Path(db), Path(backups), reason="kill", keep=10_000)
        say(target.name)


def handin(say: Say, db: str, file: str) -> None:
    from annotator.services.handins import ImportStatus, import_handins
    from annotator.storage.database import open_database

    database = open_database(f"sqlite:///{db}")
    say("ready")
    (result,) = import_handins(database, [Path(file)])
    if result.status not in (ImportStatus.IMPORTED, ImportStatus.REPLACED):
        raise RuntimeError(result.problem)
    say("done")
    database.close()


def write(say: Say, target: str, size: str) -> None:
    """Replace ``target`` again and again with ``size`` bytes of one repeated digit."""
    from annotator.exchange.atomic import atomic_writer

    say("ready")
    n = 0
    while True:
        n += 1
        chunk = str(n % 10).encode() * 65536
        with atomic_writer(Path(target), "wb") as f:
            for _ in range(int(size) // len(chunk)):
                f.write(chunk)
        say(str(n % 10))


MODES: dict[str, Callable[..., None]] = {
    "annotate": annotate, "migrate": migrate, "backup": backup, "write": write,
    "handin": handin,
}


def run(mode: str, out: str, *args: str) -> None:
    fd = 1 if out == "-" else os.open(out, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def say(line: str) -> None:
        os.write(fd, (line + "\n").encode())

    try:
        MODES[mode](say, *args)
    except BaseException:
        say("!error " + traceback.format_exc().replace("\n", " | "))
        raise


def zygote() -> None:
    import annotator.exchange.atomic
    import annotator.services.context
    import annotator.services.exercises
    import annotator.services.handins
    import annotator.services.sample
    import annotator.storage.backup
    import annotator.storage.database  # noqa: F401

    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps killed children
    print("zygote", flush=True)
    for line in sys.stdin:
        command = line.split()
        if not command:
            continue
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            code = 0
            try:
                run(*command)
            except BaseException:
                code = 1
            os._exit(code)
        print(pid, flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "zygote":
        zygote()
    else:
        run(*sys.argv[1:])
