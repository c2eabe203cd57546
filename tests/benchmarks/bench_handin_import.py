"""Benchmark: importing a class of 40 hand-ins with 300 annotations each.

Run as ``.venv/bin/python tests/benchmarks/bench_handin_import.py``. Prints the median
wall-clock time of :func:`import_handins` over fresh databases and its ratio to a floor
measured in the same run: reading and ``json.loads``-ing the same 40 files, which any importer
has to do.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from handin_fixtures import (
    TEXT_A,
    add_student,
    annotate,
    fixed_ids,
    new_db,
    seed_exercise,
)

from annotator.exchange.handin import content_checksum
from annotator.services.handins import export_handin, import_handins

FILES, ANNOTATIONS, ROUNDS = 40, 300, 5


def make_files(folder: Path) -> list[Path]:
    ids = fixed_ids()
    db = new_db(folder, "template.sqlite")
    seed_exercise(db, ids)
    sid = add_student(db, "Template")
    annotate(db, ids, sid, 0, "plan")
    template_path = folder / "template.json"
    export_handin(db, ids.exercise, sid, template_path)
    db.close()
    template = json.loads(template_path.read_text("utf-8"))
    base = template["annotations"][0]
    room = len(TEXT_A) - 20
    files = []
    for n in range(FILES):
        document = json.loads(json.dumps(template))
        document["annotator"]["id"] = str(uuid.uuid4())
        document["annotations"] = []
        for k in range(ANNOTATIONS):
            s, e = k % room, k % room + 4 + k % 13
            document["annotations"].append(
                {
                    **base,
                    "id": str(uuid.uuid4()),
                    "start": s,
                    "end": e,
                    "exact": TEXT_A[s:e],
                    "prefix": TEXT_A[max(0, s - 32) : s],
                    "suffix": TEXT_A[e : e + 32],
                }
            )
        document["links"] = []
        document["checksum"] = content_checksum(document)
        path = folder / f"student-{n}.json"
        path.write_text(json.dumps(document, ensure_ascii=False, indent=2), "utf-8")
        files.append(path)
    return files


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        files = make_files(folder)
        floors, runs = [], []
        for round_ in range(ROUNDS):
            began = time.perf_counter()
            for path in files:
                json.loads(path.read_bytes())
            floors.append(time.perf_counter() - began)
            db = new_db(folder, f"class-{round_}.sqlite")
            seed_exercise(db, fixed_ids())
            began = time.perf_counter()
            results = import_handins(db, files)
            runs.append(time.perf_counter() - began)
            db.close()
            assert all(r.imported == ANNOTATIONS for r in results)
        floor, median = statistics.median(floors), statistics.median(runs)
        print(f"import {FILES} hand-ins x {ANNOTATIONS} annotations: median {median:.3f} s")
        print(f"floor (read + json.loads the same files): median {floor:.3f} s")
        print(f"ratio import / floor: {median / floor:.1f}")


if __name__ == "__main__":
    main()
