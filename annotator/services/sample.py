"""The sample exercise shipped in ``resources/sample`` and the default tag set.

Seeding is idempotent: the sample has fixed UUIDs, so starting the app again finds it and
adds nothing.

Languages: ``resources/sample/translations.json`` holds the exercise's title, instructions
and questions and the default tag set's name, labels and definitions in each language the
app ships. They are data, so they are seeded once, in the language asked for (the GUI
passes the language it shows); later they belong to the teacher, who may edit them, and a
change of the app's language does not rewrite them. The article texts are never translated.
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


def sample_definition(language: str = "en") -> dict[str, Any]:
    """The parsed ``exercise.json`` of the sample, with each article's text read in, and its
    instructions, questions and tags in ``language`` when the app ships it (else English)."""
    folder = resources.files(SAMPLE_PACKAGE)
    data: dict[str, Any] = json.loads((folder / "exercise.json").read_text(encoding="utf-8"))
    for article in data["articles"]:
        article["text"] = normalise_text((folder / article["file"]).read_text(encoding="utf-8"))
    _translate(data, language)
    return data


def sample_languages() -> list[str]:
    """The languages the sample's instructions, questions and tags come in."""
    return ["en", *sorted(_translations())]


def _translations() -> dict[str, Any]:
    text = (resources.files(SAMPLE_PACKAGE) / "translations.json").read_text(encoding="utf-8")
    languages: dict[str, Any] = json.loads(text)["languages"]
    return languages


def _translate(data: dict[str, Any], language: str) -> None:
    """Overlay ``language``'s texts on the English ``data`` (the articles stay as they are)."""
    if language == "en":
        return
    words = _translations().get(language)
    if words is None:
        return
    data["exercise"].update(words["exercise"])
    data["tag_set"]["name"] = words["tag_set"]["name"]
    for tag in data["tag_set"]["tags"]:
        tag.update(words["tag_set"]["tags"].get(tag["key"], {}))
    for question in data["questions"]:
        question["text"] = words["questions"].get(question["id"], question["text"])


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


def ensure_default_tag_set(db: Database, language: str = "en") -> uuid.UUID:
    """Create the default claim/evidence/speculation/opinion tag set unless it exists (in
    ``language``)."""
    spec = sample_definition(language)["tag_set"]
    with db.session() as session:
        return _ensure_tag_set(session, spec).id


def ensure_sample_exercise(db: Database, language: str = "en") -> uuid.UUID:
    """Seed the sample exercise unless it is already there (its instructions, questions and
    tags in ``language``); return its id."""
    with db.session() as session:
        if session.get(m.Exercise, SAMPLE_EXERCISE_ID) is not None:
            return SAMPLE_EXERCISE_ID
        data = sample_definition(language)
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
