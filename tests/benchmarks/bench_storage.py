"""Adding one annotation through ``AnnotationService.add`` to a 100,000-word article that
already carries 5,000 annotations: the committed row, as the GUI gets it on a key press.

Aim: p95 well under 16 ms (one frame), since the GUI repaints on top of this.
Floor, same run, same file: a raw ``sqlite3`` INSERT of an equivalent annotation row plus
COMMIT, with the app's pragmas (WAL, synchronous=FULL, foreign keys on). Both commit to
disk, so the fsync the machine needs is in both.

``BENCH_REPEAT`` sets the number of adds measured (default 200).
"""

from __future__ import annotations

import os
import random
import sqlite3
import tempfile
import uuid
from datetime import UTC, datetime
from pathlib import Path

from classdata import populate, random_span
from harness import Row, Stats, limit_row, measure, report

from annotator.core.text import quote_context
from annotator.services.context import open_context

EXISTING = 5_000
WORDS = 100_000
FRAME_S = 0.016


def run(repeat: int) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="bench-storage-") as tmp:
        path = Path(tmp) / "bench.sqlite3"
        ctx = open_context(f"sqlite:///{path}", backup_folder=Path(tmp) / "backups")
        data = populate(ctx.db, students=1, articles=1, per_article=EXISTING, words=WORDS)
        article_id, annotator_id = data.article_ids[0], data.annotator_ids[0]
        text = data.texts[0]
        rng = random.Random(7)

        def add() -> None:
            start, end = random_span(rng, len(text))
            ctx.annotations.add(article_id, annotator_id, start, end, rng.choice(data.tag_ids))

        service = measure(add, repeat=repeat, warmup=10)

        con = sqlite3.connect(path, isolation_level=None)
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = FULL")
        sql = (
            'INSERT INTO annotation (id, article_id, annotator_id, start, "end", exact, prefix, '
            "suffix, tag_id, note, created, modified) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
        )

        def raw_insert() -> None:
            start, end = random_span(rng, len(text))
            prefix, exact, suffix = quote_context(text, start, end)
            now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
            con.execute("BEGIN")
            con.execute(sql, (uuid.uuid4().hex, article_id.hex, annotator_id.hex, start, end,
                              exact, prefix, suffix, rng.choice(data.tag_ids).hex, "", now, now))
            con.execute("COMMIT")

        floor = measure(raw_insert, repeat=repeat, warmup=10)
        con.close()
        total = len(ctx.annotations.list(data.exercise_id))
        ctx.close()
    assert total == EXISTING + 2 * (repeat + 10), total
    return [
        _floor_row(floor),
        limit_row(f"add one annotation (article with {EXISTING:,} already)", service, FRAME_S,
                  floor=floor, on="p95"),
    ]


def _floor_row(floor: Stats) -> Row:
    return Row(name="storage floor: raw sqlite3 INSERT+COMMIT", value=floor.median * 1e3,
               unit="ms", p95=floor.p95 * 1e3, runs=floor.runs)


def main() -> int:
    repeat = max(5, int(os.environ.get("BENCH_REPEAT", "200")))
    report(run(repeat), "storage")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
