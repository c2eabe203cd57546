"""Benchmark: Review > Return Feedback for a class of 40 students, each with 25 annotations on
each of the sample exercise's 2 articles, and an answer key (aim: the whole class in under
5 s, and no more than 5 times the review itself).

Run as ``.venv/bin/python tests/benchmarks/bench_feedback.py``. Prints the median wall-clock
time of :func:`return_feedback` (40 files written) and its ratio to a floor measured in the
same run: :func:`review_figures` of the same exercise, the instructor's class review, which
computes every student's scores once. ``BENCH_REPEAT`` sets the number of runs (default 3).
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

from harness import Stats, limit_row, ratio_row, report

from annotator.services.exercises import load_exercise
from annotator.services.feedback import return_feedback
from annotator.services.review import review_figures
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise
from annotator.storage import models as m
from annotator.storage.database import Database, open_database
from annotator.storage.types import utcnow

STUDENTS, PER_ARTICLE = 40, 25
LIMIT_S = 5.0
MAX_RATIO = 5.0


def make_class(folder: Path) -> Database:
    db = open_database(f"sqlite:///{folder / 'class.sqlite'}")
    ensure_sample_exercise(db)
    exercise = load_exercise(db, SAMPLE_EXERCISE_ID)
    pick = random.Random(16)
    now = utcnow()
    with db.session() as s:
        people = [m.Annotator(display_name="Answer key", role=m.Role.KEY)] + [
            m.Annotator(display_name=f"Student {i}") for i in range(STUDENTS)]
        s.add_all(people)
        s.flush()
        for person in people:
            if person.role == m.Role.STUDENT:
                s.add(m.Handin(annotator_id=person.id, exercise_id=exercise.id, handed_in=now))
            for article in exercise.articles:
                for _ in range(PER_ARTICLE):
                    start = pick.randrange(0, len(article.text) - 60)
                    end = start + pick.randrange(5, 60)
                    s.add(m.Annotation(article_id=article.id, annotator_id=person.id,
                                       start=start, end=end, exact=article.text[start:end],
                                       tag_id=pick.choice(exercise.tags).id,
                                       note="Because." if person.role == m.Role.KEY else ""))
    return db


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db = make_class(folder)
        floors, runs = [], []
        for round_ in range(max(1, int(os.environ.get("BENCH_REPEAT", "3")))):
            began = time.perf_counter()
            review_figures(db, SAMPLE_EXERCISE_ID)
            floors.append(time.perf_counter() - began)
            began = time.perf_counter()
            results = return_feedback(db, SAMPLE_EXERCISE_ID, folder / f"out-{round_}")
            runs.append(time.perf_counter() - began)
            assert len(results) == STUDENTS and all(r.ok for r in results)
        db.close()
    stats, floor = Stats.of(runs), Stats.of(floors)
    label = f"return feedback to {STUDENTS} students (2 articles × {PER_ARTICLE} annotations)"
    report([
        limit_row(label, stats, LIMIT_S, floor=floor,
                  note="floor: the class review of the same exercise"),
        ratio_row(f"{label}, against the review", stats, floor, MAX_RATIO),
    ], "feedback")


if __name__ == "__main__":
    main()
