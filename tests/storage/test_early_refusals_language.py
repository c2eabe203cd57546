"""The start-up preview's refusals use the annotation service's words, translated."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from annotator.core import i18n
from annotator.services import identity
from annotator.services.annotations import AnnotationError
from annotator.services.annotators import create_annotator
from annotator.services.context import open_context
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise
from annotator.storage.early_annotate import SpanRefused, open_desk


def test_a_refused_span_is_explained_like_the_service_explains_it(tmp_path: Path) -> None:
    path = tmp_path / "annotator.sqlite3"
    ctx = open_context(f"sqlite:///{path}")
    ensure_sample_exercise(ctx.db, "en")
    ada = create_annotator(ctx.db, "Ada")
    identity.set_owner(ctx.db, ada.id)
    ctx.close()
    desk = open_desk(path, SAMPLE_EXERCISE_ID, SAMPLE_EXERCISE_ID, None)
    assert desk is not None
    try:
        article = desk.connection.execute(
            "SELECT id, length(text) FROM article ORDER BY position").fetchone()
        article_id, length = uuid.UUID(article[0]), int(article[1])
        tag = desk.tags[0].id
        i18n.set_language("de")
        with pytest.raises(SpanRefused) as outside:
            desk.add(article_id, 5, length + 3, tag)
        with pytest.raises(SpanRefused) as foreign:
            desk.add(article_id, 0, 4, uuid.uuid4())
        with pytest.raises(SpanRefused) as missing:
            desk.add(uuid.UUID(int=7), 0, 4, tag)
    finally:
        desk.hand_over().release()
    assert str(outside.value) == (
        f"der Abschnitt 5-{length + 3} liegt außerhalb des Artikels ({length} Zeichen)")
    assert "Kategorie" in str(foreign.value)
    assert str(missing.value).endswith(str(uuid.UUID(int=7)))

    ctx = open_context(f"sqlite:///{path}")
    try:  # the service's own refusal reads the same
        with pytest.raises(AnnotationError) as service:
            ctx.annotations.add(article_id, ada.id, 5, length + 3, tag)
    finally:
        ctx.close()
    assert str(service.value) == str(outside.value)
