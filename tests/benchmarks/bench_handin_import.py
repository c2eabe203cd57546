"""Benchmark: importing a class of 40 hand-ins, each with 150 annotations on each of the
exercise's 2 articles (aim: under 2 s in all).

Run as ``.venv/bin/python tests/benchmarks/bench_handin_import.py``. Prints the median
wall-clock time of :func:`import_handins` over fresh databases and its ratio to a floor
measured in the same run: reading and ``json.loads``-ing the same 40 files, which any importer
has to do. ``BENCH_REPEAT`` sets the number of runs (default 5).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

from harness import Stats, limit_row, report

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from handin_fixtures import (
    TEXT_A,
    TEXT_B,
    add_student,
    annotate,
    fixed_ids,
    new_db,
    seed_exercise,
)

from annotator.exchange.handin import content_checksum
from annotator.services.handins import export_handin, import_handins

FILES, PER_ARTICLE = 40, 150
ANNOTATIONS = 2 * PER_ARTICLE
LIMIT_S = 2.0


def make_files(folder: Path) -> list[Path]:
    ids = fixed_ids()
    db = new_db(folder, "template.sqlite")
    seed_exercise(db, ids)
    sid = add_student(db, "Template")
    annotate(db, ids, sid, 0, "plan")
    annotate(db, ids, sid, 1, "gamble")
    template_path = folder / "template.json"
    export_handin(db, ids.exercise, sid, template_path)
    db.close()
    template = json.loads(template_path.read_text("utf-8"))
    bases = [(template["annotations"][0], TEXT_A), (template["annotations"][1], TEXT_B)]
    files = []
    for n in range(FILES):
        document = json.loads(json.dumps(template))
        document["annotator"]["id"] = str(uuid.uuid4())
        document["annotations"] = []
        for base, text in bases:
            room = len(text) - 20
            for k in range(PER_ARTICLE):
                s, e = (k + n) % room, (k + n) % room + 4 + k % 13
                document["annotations"].append(
                    {
                        **base,
                        "id": str(uuid.uuid4()),
                        "start": s,
                        "end": e,
                        "exact": text[s:e],
                        "prefix": text[max(0, s - 32) : s],
                        "suffix": text[e : e + 32],
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
        for round_ in range(max(1, int(os.environ.get("BENCH_REPEAT", "5")))):
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
    report([limit_row(f"import {FILES} hand-ins (2 articles × {PER_ARTICLE} annotations)",
                      Stats.of(runs), LIMIT_S, floor=Stats.of(floors),
                      note="floor: reading and json.loads of the same files")], "handin_import")


if __name__ == "__main__":
    main()
