"""A class on one long article for the Class Overview benchmark (issue 19): ``students``
students with ``per_student`` highlights each on one article of ``words`` words, plus an
answer key, written straight through the models (``classdata.populate``) and kept under
``build/bench/overview-long-W-S-P/`` so a bench can reuse it.

``python overview_long_data.py WORDS STUDENTS PER_STUDENT`` builds it (if needed) and prints
one JSON line: the database URL, the exercise and the article.
"""

from __future__ import annotations

import json
import random
import sys
import uuid

from classdata import populate, random_span
from harness import BENCH_DIR

from annotator.core.text import quote_context
from annotator.storage import models as m
from annotator.storage.database import head_revision, open_database

GENERATOR = 1


def build(words: int, students: int, per_student: int) -> dict[str, str]:
    folder = BENCH_DIR / f"overview-long-{words}-{students}-{per_student}"
    stamp = folder / "class.json"
    wanted = {"schema": head_revision(), "generator": GENERATOR}
    if stamp.exists():
        info = json.loads(stamp.read_text("utf-8"))
        if info.get("stamp") == wanted:
            return dict(info["class"])
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "class.sqlite"
    path.unlink(missing_ok=True)
    db = open_database(f"sqlite:///{path}")
    made = populate(db, students=students, articles=1, per_article=per_student, words=words)
    rng = random.Random(99)
    text = made.texts[0]
    with db.session() as session:
        key = m.Annotator(display_name="Answer key", role=m.Role.KEY)
        session.add(key)
        session.flush()
        rows = []
        for k in range(60):
            start, end = random_span(rng, len(text))
            prefix, exact, suffix = quote_context(text, start, end)
            rows.append({"id": uuid.uuid4(), "article_id": made.article_ids[0],
                         "annotator_id": key.id, "start": start, "end": end, "exact": exact,
                         "prefix": prefix, "suffix": suffix,
                         "tag_id": made.tag_ids[k % len(made.tag_ids)], "note": ""})
        session.execute(m.Annotation.__table__.insert(), rows)
    db.close()
    info = {"db": f"sqlite:///{path}", "exercise": str(made.exercise_id),
            "article": str(made.article_ids[0]), "n_chars": str(len(text))}
    stamp.write_text(json.dumps({"stamp": wanted, "class": info}), "utf-8")
    return info


if __name__ == "__main__":
    print(json.dumps(build(int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))))
