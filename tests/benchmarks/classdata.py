"""Generated classroom data for the benchmarks, written straight through the models in one
transaction (fast, and independent of the importers being measured elsewhere).

Deterministic: the same seed gives the same texts and spans.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass

from annotator.core.text import fingerprint, normalise_text, quote_context
from annotator.services.sample import ensure_sample_exercise, sample_definition
from annotator.storage import models as m
from annotator.storage.database import Database


@dataclass(frozen=True)
class Generated:
    exercise_id: uuid.UUID
    article_ids: tuple[uuid.UUID, ...]
    annotator_ids: tuple[uuid.UUID, ...]
    tag_ids: tuple[uuid.UUID, ...]
    texts: tuple[str, ...]


def long_text(words: int, seed: int = 1) -> str:
    """About ``words`` words of news-like prose in paragraphs, built from the sample."""
    rng = random.Random(seed)
    vocabulary = [
        w for a in sample_definition()["articles"] for w in a["text"].split() if w.isprintable()
    ]
    paragraphs, count = [], 0
    while count < words:
        n = rng.randint(40, 160)
        paragraphs.append(" ".join(rng.choice(vocabulary) for _ in range(n)))
        count += n
    return normalise_text("\n\n".join(paragraphs))


def random_span(rng: random.Random, length: int) -> tuple[int, int]:
    start = rng.randrange(0, length - 400)
    return start, start + rng.randint(15, 300)


def populate(
    db: Database,
    *,
    students: int,
    articles: int,
    per_article: int,
    words: int | None = None,
    seed: int = 1,
) -> Generated:
    """An exercise with ``articles`` articles (the sample's, or generated ones of ``words``
    words) and ``students`` students, each with ``per_article`` annotations on every
    article, overlapping at random."""
    ensure_sample_exercise(db)
    rng = random.Random(seed)
    spec = sample_definition()
    with db.session() as session:
        tag_set = session.get(m.TagSet, uuid.UUID(spec["tag_set"]["id"]))
        assert tag_set is not None
        tag_ids = tuple(t.id for t in tag_set.tags)
        exercise = m.Exercise(title=f"Benchmark class of {students}", tag_set=tag_set)
        texts = []
        for position in range(articles):
            if words is None:
                text = spec["articles"][position % len(spec["articles"])]["text"]
                text = f"{text}\n\n(copy {position})"
            else:
                text = long_text(words, seed + position)
            texts.append(text)
            exercise.articles.append(
                m.Article(position=position, title=f"Article {position + 1}", text=text,
                          sha256=fingerprint(text))
            )
        people = [m.Annotator(display_name=f"Student {i + 1:02d}") for i in range(students)]
        session.add(exercise)
        session.add_all(people)
        session.flush()
        rows = []
        for person in people:
            for article, text in zip(exercise.articles, texts, strict=True):
                for _ in range(per_article):
                    start, end = random_span(rng, len(text))
                    prefix, exact, suffix = quote_context(text, start, end)
                    rows.append({
                        "id": uuid.uuid4(), "article_id": article.id, "annotator_id": person.id,
                        "start": start, "end": end, "exact": exact, "prefix": prefix,
                        "suffix": suffix, "tag_id": rng.choice(tag_ids), "note": "",
                    })
        session.execute(m.Annotation.__table__.insert(), rows)
        return Generated(
            exercise_id=exercise.id,
            article_ids=tuple(a.id for a in exercise.articles),
            annotator_ids=tuple(p.id for p in people),
            tag_ids=tag_ids,
            texts=tuple(texts),
        )
