"""A generated class for the whole-command review benchmarks (issue 13): ``students`` students
with ``per_student`` highlights each on the sample's 6,344-character second article, plus an
answer key, written as hand-in files through the app's own export path and imported into a
fresh database through the app's own importer, as an instructor's database would be.

Markups cluster around shared passages with jittered ends and some tags changed, as real
classes do. Deterministic for a seed. ``build_class(folder, n)`` returns the database path and
the hand-in files; the database is kept under ``folder`` so a bench can reuse it.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from pathlib import Path

from annotator.core.text import quote_context
from annotator.services.handins import export_handin, import_handins
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise
from annotator.storage import models as m
from annotator.storage.database import Database, open_database

PER_STUDENT = 150
KEY_SPANS = 60


@dataclass(frozen=True)
class ClassFiles:
    db_path: Path
    files: tuple[Path, ...]
    exercise_id: uuid.UUID
    article_id: uuid.UUID
    n_chars: int


def _passages(rng: random.Random, n_chars: int, count: int = 300) -> list[tuple[int, int, int]]:
    found = []
    for _ in range(count):
        start = rng.randrange(0, n_chars - 220)
        found.append((start, start + rng.randint(20, 200), rng.randrange(4)))
    return found


def _marks(rng: random.Random, passages: list[tuple[int, int, int]], n_chars: int,
           count: int) -> list[tuple[int, int, int]]:
    out = []
    for start, end, tag in rng.sample(passages, count):
        start = max(0, start + rng.randint(-10, 10))
        end = min(n_chars, max(start + 1, end + rng.randint(-10, 10)))
        if rng.random() < 0.2:
            tag = rng.randrange(4)
        out.append((start, end, tag))
    return out


def _write(session: object, article: m.Article, who: m.Annotator, tags: list[m.Tag],
           marks: list[tuple[int, int, int]]) -> list[dict[str, object]]:
    rows = []
    for start, end, tag in marks:
        prefix, exact, suffix = quote_context(article.text, start, end)
        rows.append({"id": uuid.uuid4(), "article_id": article.id, "annotator_id": who.id,
                     "start": start, "end": end, "exact": exact, "prefix": prefix,
                     "suffix": suffix, "tag_id": tags[tag].id, "note": ""})
    return rows


def _source(db: Database, students: int, per_student: int, seed: int,
            empty: int) -> tuple[list[uuid.UUID], list[tuple[int, int, int]]]:
    """Students' work in a scratch database (the students' own machines, as it were)."""
    ensure_sample_exercise(db)
    rng = random.Random(seed)
    with db.session() as session:
        exercise = session.get(m.Exercise, SAMPLE_EXERCISE_ID)
        assert exercise is not None
        tags = list(exercise.tag_set.tags)
        article = exercise.articles[1]
        n = len(article.text)
        passages = _passages(rng, n)
        people = [m.Annotator(display_name=f"Student {i + 1:04d}") for i in range(students)]
        session.add_all(people)
        session.flush()
        rows = []
        for k, person in enumerate(people):
            if k < students - empty:
                rows += _write(session, article, person, tags,
                               _marks(rng, passages, n, per_student))
        if rows:
            session.execute(m.Annotation.__table__.insert(), rows)
        key_marks = _marks(rng, passages, n, KEY_SPANS)
        return [p.id for p in people], key_marks


def build_class(folder: Path, students: int, per_student: int = PER_STUDENT, seed: int = 7,
                empty: int = 0) -> ClassFiles:
    """Hand-ins of ``students`` students (the last ``empty`` of them marked nothing),
    exported to ``folder/handins`` and imported into ``folder/class.sqlite`` with a key."""
    folder.mkdir(parents=True, exist_ok=True)
    source = open_database(f"sqlite:///{folder / 'students.sqlite'}")
    people, key_marks = _source(source, students, per_student, seed, empty)
    handins = folder / "handins"
    handins.mkdir(exist_ok=True)
    files = []
    for k, person in enumerate(people):
        path = handins / f"student-{k + 1:04d}.handin.json"
        export_handin(source, SAMPLE_EXERCISE_ID, person, path)
        files.append(path)
    source.close()

    db = open_database(f"sqlite:///{folder / 'class.sqlite'}")
    ensure_sample_exercise(db)
    results = import_handins(db, files)
    bad = [r.message for r in results if r.status not in ("imported", "replaced")]
    if bad:
        raise RuntimeError(f"generated hand-ins were not imported: {bad[:3]}")
    with db.session() as session:
        exercise = session.get(m.Exercise, SAMPLE_EXERCISE_ID)
        assert exercise is not None
        article = exercise.articles[1]
        key = m.Annotator(display_name="Answer key", role=m.Role.KEY)
        session.add(key)
        session.flush()
        rows = _write(session, article, key, list(exercise.tag_set.tags), key_marks)
        session.execute(m.Annotation.__table__.insert(), rows)
        article_id, n_chars = article.id, len(article.text)
    db.close()
    return ClassFiles(folder / "class.sqlite", tuple(files), SAMPLE_EXERCISE_ID, article_id,
                      n_chars)
