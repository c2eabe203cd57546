"""Mutation fuzz of ``annotator import``, the whole command (issue 18's closing evidence).

    .venv/bin/python tests/fuzz_handin_import.py [HANDINS] [SEED]     # default 5000, 1

Makes a class database (the sample exercise, the answer key, an instructor and a student
made on this computer, each with work of their own) and real hand-ins exported by the app;
then writes HANDINS mutated hand-ins (tests/services/handin_mutations.py) in batches of 100
and imports each batch with ``python -m annotator --db DB import BATCH --json`` in a separate
process. The process is the real command; a small wrapper only times each file through the
importer's progress callback. Counted: tracebacks (on stderr, or an exit code other than 0
or 1), files that took over 10 s, changes to the protected people, and the database's checks
after every batch. Not a test module (no ``test_`` prefix): run it by hand.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "services"))

from handin_mutations import class_setup, mutate, protected_state  # noqa: E402

from annotator.storage.checks import check_database  # noqa: E402
from annotator.storage.database import open_database  # noqa: E402

BATCH = 100
HANG_S = 10.0
WRAPPER = """
import json, sys, time
from annotator.services import handin_import
from annotator import cli
slowest = [0.0, ""]
real = handin_import.import_handins
def timed(db, files, progress=None, cancelled=lambda: False, **kw):
    mark = [time.perf_counter(), None]
    def step(done, total, file):
        now = time.perf_counter()
        if mark[1] is not None and now - mark[0] > slowest[0]:
            slowest[:] = [now - mark[0], str(mark[1])]
        mark[:] = [now, file]
    return real(db, files, step, cancelled, reading=step, **kw)
handin_import.import_handins = timed
import annotator.services.handins as handins
handins.import_handins = timed
code = cli.main(sys.argv[1:])
sys.stderr.write("SLOWEST " + json.dumps(slowest) + "\\n")
sys.exit(code)
"""


def main() -> int:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    folder = Path(tempfile.mkdtemp(prefix="fuzz-import-"))
    setup = class_setup(folder / "setup", students=4)
    env = {**os.environ, "ANNOTATOR_DATA_DIR": str(folder / "data"),
           "ANNOTATOR_CONFIG_DIR": str(folder / "config"), "ANNOTATOR_LOG_DIR": str(folder / "log")}
    db = open_database(f"sqlite:///{setup.db_path}")
    protected = protected_state(db, setup.protected)
    db.close()
    counts = {"handins": 0, "imported": 0, "refused": 0, "tracebacks": 0, "hangs": 0,
              "protected_changes": 0, "failed_checks": 0, "bad_exit": 0}
    slowest = 0.0
    began = time.perf_counter()
    batch_no = 0
    while counts["handins"] < total:
        batch = folder / f"batch-{batch_no}"
        batch.mkdir()
        size = min(BATCH, total - counts["handins"])
        for n in range(size):
            original = rng.choice(setup.handins)
            data = original if rng.random() < 0.05 else mutate(original, rng, setup.protected)
            (batch / f"{n:03d}.json").write_bytes(data)
        done = subprocess.run(
            [sys.executable, "-c", WRAPPER, "--db", str(setup.db_path), "import", str(batch),
             "--json"], env=env, capture_output=True, text=True, timeout=size * HANG_S,
            check=False)
        counts["handins"] += size
        if "Traceback" in done.stderr:
            counts["tracebacks"] += 1
            print(done.stderr[-3000:], file=sys.stderr)
        if done.returncode not in (0, 1):
            counts["bad_exit"] += 1
            print(f"batch {batch_no}: exit {done.returncode}: {done.stderr[-500:]}",
                  file=sys.stderr)
        else:
            rows = json.loads(done.stdout)
            counts["imported"] += sum(1 for r in rows if r["ok"])
            counts["refused"] += sum(1 for r in rows if not r["ok"])
        for line in done.stderr.splitlines():
            if line.startswith("SLOWEST "):
                seconds, _file = json.loads(line.removeprefix("SLOWEST "))
                slowest = max(slowest, seconds)
                counts["hangs"] += seconds > HANG_S
        db = open_database(f"sqlite:///{setup.db_path}")
        try:
            if protected_state(db, setup.protected) != protected:
                counts["protected_changes"] += 1
            if not check_database(db).ok:
                counts["failed_checks"] += 1
        finally:
            db.close()
        batch_no += 1
    counts_line = ", ".join(f"{k}: {v}" for k, v in counts.items())
    print(f"{counts_line}; slowest file {slowest:.2f} s; "
          f"{time.perf_counter() - began:.0f} s in all")
    bad = ("tracebacks", "hangs", "protected_changes", "failed_checks", "bad_exit")
    return 1 if any(counts[k] for k in bad) else 0


if __name__ == "__main__":
    raise SystemExit(main())
