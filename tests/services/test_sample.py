from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from annotator.core.text import fingerprint
from annotator.services.exercises import list_exercises, load_exercise
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise
from annotator.storage import models as m
from annotator.storage.database import open_database

SEEDS = Path(__file__).resolve().parents[2] / "resources" / "sample"


def test_sample_is_seeded_once(db_url: str) -> None:
    db = open_database(db_url)
    assert ensure_sample_exercise(db) == SAMPLE_EXERCISE_ID
    db.close()
    db = open_database(db_url)  # a second start
    assert ensure_sample_exercise(db) == SAMPLE_EXERCISE_ID
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(m.Exercise)) == 1
        assert s.scalar(select(func.count()).select_from(m.Article)) == 2
        assert s.scalar(select(func.count()).select_from(m.Tag)) == 4
    db.close()


def test_sample_shows_only_provenance_the_texts_carry(db: object) -> None:
    ensure_sample_exercise(db)  # type: ignore[arg-type]
    exercise = load_exercise(db, SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    first, second = exercise.articles
    assert first.title == "Russia Is Behind North Korea’s Missile Success: Report"
    assert second.title.startswith("The Real Culprit Behind North Korea’s Missile Threat")
    for article in exercise.articles:
        assert (article.outlet, article.author, article.published, article.url) == ("", "", "", "")
        assert article.sha256 == fingerprint(article.text)
    shipped = (SEEDS / "article-1.txt").read_text(encoding="utf-8")
    assert first.text == shipped.rstrip()
    assert first.text.endswith("[image via Twitter]")


def test_default_tags_have_keys_definitions_and_distinct_colours(db: object) -> None:
    ensure_sample_exercise(db)  # type: ignore[arg-type]
    exercise = load_exercise(db, SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    assert [(t.key, t.shortcut) for t in exercise.tags] == [
        ("claim", "1"), ("evidence", "2"), ("speculation", "3"), ("opinion", "4"),
    ]
    assert all(len(t.definition.split()) >= 8 for t in exercise.tags)
    assert len({t.colour.lower() for t in exercise.tags}) == 4
    assert [q.kind for q in exercise.questions][-1] is m.QuestionKind.RATING
    assert list_exercises(db)[0].article_count == 2  # type: ignore[arg-type]
