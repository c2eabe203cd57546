"""The sample exercise and the default tags are seeded in the app's language; the article
texts never change."""

from __future__ import annotations

import pytest

from annotator.services.authoring import default_questions
from annotator.services.exercises import load_exercise
from annotator.services.sample import (
    SAMPLE_EXERCISE_ID,
    ensure_sample_exercise,
    sample_definition,
    sample_languages,
)

LABELS = {
    "en": ["Claim", "Evidence", "Speculation", "Opinion"],
    "de": ["Behauptung", "Beleg", "Spekulation", "Meinung"],
    "fr": ["Affirmation", "Preuve", "Spéculation", "Opinion"],
    "es": ["Afirmación", "Evidencia", "Especulación", "Opinión"],
}


def test_every_shipped_language_has_the_sample() -> None:
    assert sorted(sample_languages()) == sorted(LABELS)


@pytest.mark.parametrize("language", sorted(LABELS))
def test_sample_is_seeded_in_the_language_with_the_articles_untouched(
    db: object, language: str
) -> None:
    english = sample_definition("en")
    assert ensure_sample_exercise(db, language) == SAMPLE_EXERCISE_ID  # type: ignore[arg-type]
    exercise = load_exercise(db, SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    assert [t.label for t in exercise.tags] == LABELS[language]
    assert [t.key for t in exercise.tags] == ["claim", "evidence", "speculation", "opinion"]
    assert [t.shortcut for t in exercise.tags] == ["1", "2", "3", "4"]
    assert [a.text for a in exercise.articles] == [a["text"] for a in english["articles"]]
    assert [a.title for a in exercise.articles] == [a["title"] for a in english["articles"]]
    translated = language != "en"
    assert (exercise.instructions != english["exercise"]["instructions"]) == translated
    assert all(t.definition for t in exercise.tags)
    assert len(exercise.questions) == len(english["questions"])
    assert (exercise.questions[0].text != english["questions"][0]["text"]) == translated


def test_a_later_start_in_another_language_keeps_what_was_seeded(db: object) -> None:
    ensure_sample_exercise(db, "de")  # type: ignore[arg-type]
    ensure_sample_exercise(db, "fr")  # type: ignore[arg-type]
    exercise = load_exercise(db, SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    assert exercise.tags[0].label == "Behauptung"


def test_unknown_language_falls_back_to_english() -> None:
    assert sample_definition("ja") == sample_definition("en")
    assert default_questions("es")[0][0].startswith("¿Quién publicó")
