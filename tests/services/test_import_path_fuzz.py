"""Property-based: valid hand-ins, then mutated ones, through the whole import path
(:func:`import_handins`: reading, checks, storing), issue 18. Never an exception, one line
per refused file naming it, nothing changed for people no hand-in may touch, and the database
still passes its checks. The long run (5,000+ hand-ins through ``annotator import``) is
tests/fuzz_handin_import.py."""

from __future__ import annotations

import random
import shutil
import tempfile
from functools import cache
from pathlib import Path

from handin_mutations import ClassSetup, class_setup, mutate, protected_state
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.services.handins import ImportStatus, import_handins
from annotator.storage.checks import check_database
from annotator.storage.database import open_database


@cache
def _setup() -> ClassSetup:
    return class_setup(Path(tempfile.mkdtemp(prefix="handin-fuzz-")))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), valid=st.booleans())
def test_any_batch_of_mutated_handins_is_imported_or_refused_file_by_file(
    seed: int, valid: bool
) -> None:
    setup = _setup()
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for n, original in enumerate(setup.handins):
            data = original if valid and n == 0 else mutate(original, rng, setup.protected)
            path = Path(folder) / f"{n}.json"
            path.write_bytes(data)
            files.append(path)
        # Each example starts from the same class: a mutated hand-in imported by an earlier
        # example (say, Student 0's annotations under a new person id) would otherwise make
        # the genuine hand-in a copy of it, and the result would depend on example order.
        class_db = Path(folder) / "class.sqlite3"
        shutil.copyfile(setup.db_path, class_db)
        db = open_database(f"sqlite:///{class_db}")
        try:
            before = protected_state(db, setup.protected)
            results = import_handins(db, files)
            assert [r.file for r in results] == files
            for result in results:
                if not result.ok:
                    assert result.status in (ImportStatus.REJECTED, ImportStatus.OLDER,
                                             ImportStatus.DUPLICATE)
                    assert result.problem.startswith(str(result.file)), result.problem
                    assert "\n" not in result.problem
                    assert "Traceback" not in result.problem
            if valid:
                assert results[0].ok, results[0].problem
            assert protected_state(db, setup.protected) == before
            assert check_database(db).ok
        finally:
            db.close()
