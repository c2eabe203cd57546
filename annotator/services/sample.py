"""The sample exercise shipped in ``resources/sample`` and the default tag set.

Seeding is idempotent: the sample has fixed UUIDs, so starting the app again finds it and
adds nothing.
"""

from __future__ import annotations

import json
import uuid
from importlib import resources
from typing import Any

from sqlalchemy.orm import Session

from annotator.core.text import fingerprint, normalise_text
from annotator.storage import models as m
from annotator.storage.database import Database

SAMPLE_PACKAGE = "annotator.resources.sample"
SAMPLE_EXERCISE_ID = uuid.UUID("7e0e2d23-8c34-4c02-8bb7-9a0052b7f4b0")
DEFAULT_TAG_SET_ID = uuid.UUID("39a2ddc0-ae7c-4556-b0f9-42dc59d7cbb2")


def sample_definition() -> dict[str, Any]:
    """The parsed ``exercise.json`` of the sample, with each article's text read in."""
    folder = resources.files(SAMPLE_PACKAGE)
    data: dict[str, Any] = json.loads((folder / "exercise.json").read_text(encoding="utf-8"))
    for article in data["articles"]:
        article["text"] = normalise_text((folder / article["file"]).read_text(encoding="utf-8"))
    return data


def _ensure_tag_set(session: Session, spec: dict[str, Any]) -> m.TagSet:
    tag_set = session.get(m.TagSet, uuid.UUID(spec["id"]))
    if tag_set is not None:
        return tag_set
    tag_set = m.TagSet(id=uuid.UUID(spec["id"]), name=spec["name"])
    for position, tag in enumerate(spec["tags"]):
        tag_set.tags.append(
            m.Tag(
                id=uuid.UUID(tag["id"]),
                key=tag["key"],
                label=tag["label"],
                colour=tag["colour"],
                shortcut=tag["shortcut"],
                definition=tag["definition"],
                position=position,
            )
        )
    session.add(tag_set)
    return tag_set


def ensure_default_tag_set(db: Database) -> uuid.UUID:
    """Create the default claim/evidence/speculation/opinion tag set unless it exists."""
    spec = sample_definition()["tag_set"]
    with db.session() as session:
        return _ensure_tag_set(session, spec).id


def ensure_sample_exercise(db: Database) -> uuid.UUID:
    """Seed the sample exercise unless it is already there; return its id."""
    with db.session() as session:
        if session.get(m.Exercise, SAMPLE_EXERCISE_ID) is not None:
            return SAMPLE_EXERCISE_ID
        data = sample_definition()
        tag_set = _ensure_tag_set(session, data["tag_set"])
        spec = data["exercise"]
        exercise = m.Exercise(
            id=uuid.UUID(spec["id"]),
            title=spec["title"],
            instructions=spec["instructions"],
            revision=spec["revision"],
            tag_set=tag_set,
        )
        for position, article in enumerate(data["articles"]):
            exercise.articles.append(
                m.Article(
                    id=uuid.UUID(article["id"]),
                    position=position,
                    text=article["text"],
                    sha256=fingerprint(article["text"]),
                    **{key: article[key] for key in _PROVENANCE},
                )
            )
        for position, question in enumerate(data["questions"]):
            exercise.questions.append(
                m.Question(
                    id=uuid.UUID(question["id"]),
                    position=position,
                    text=question["text"],
                    kind=m.QuestionKind(question["kind"]),
                )
            )
        session.add(exercise)
        return exercise.id


_PROVENANCE = ("title", "outlet", "author", "published", "url", "retrieved", "language")
