"""The content of a native hand-in, as plain dataclasses.

Ids are UUIDs, timestamps aware UTC datetimes, offsets Unicode code points into the
normalised article text (start inclusive, end exclusive). :mod:`annotator.exchange.handin`
turns a :class:`HandinRecord` into JSON and back.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

__all__ = [
    "HandinAnnotation",
    "HandinAnnotator",
    "HandinAnswer",
    "HandinArticle",
    "HandinLink",
    "HandinRecord",
    "HandinTag",
]


@dataclass(frozen=True, slots=True)
class HandinArticle:
    id: uuid.UUID
    sha256: str
    title: str = ""
    url: str = ""
    #: BCP 47 tag from the database, for the W3C export; not part of the hand-in file.
    language: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class HandinTag:
    id: uuid.UUID
    key: str
    label: str
    colour: str


@dataclass(frozen=True, slots=True)
class HandinAnnotator:
    id: uuid.UUID
    display_name: str
    role: str = "student"


@dataclass(frozen=True, slots=True)
class HandinAnnotation:
    id: uuid.UUID
    article_id: uuid.UUID
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    tag_id: uuid.UUID
    tag_key: str
    note: str
    created: datetime
    modified: datetime


@dataclass(frozen=True, slots=True)
class HandinLink:
    id: uuid.UUID
    source_id: uuid.UUID
    target_id: uuid.UUID
    kind: str
    note: str = ""
    #: When the link was made (from the database, for the W3C export); not in the hand-in file.
    created: datetime | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class HandinAnswer:
    question_id: uuid.UUID
    question_text: str
    article_id: uuid.UUID
    value: str
    rating: int | None = None


@dataclass(frozen=True, slots=True)
class HandinRecord:
    """One student's work on one exercise."""

    exercise_id: uuid.UUID
    exercise_revision: int
    exercise_title: str
    annotator: HandinAnnotator
    handed_in: datetime
    app_version: str
    tag_set_id: uuid.UUID
    tag_set_name: str
    articles: tuple[HandinArticle, ...] = ()
    tags: tuple[HandinTag, ...] = ()
    annotations: tuple[HandinAnnotation, ...] = ()
    links: tuple[HandinLink, ...] = ()
    answers: tuple[HandinAnswer, ...] = ()

    def tag(self, tag_id: uuid.UUID) -> HandinTag | None:
        return next((t for t in self.tags if t.id == tag_id), None)

    def article(self, article_id: uuid.UUID) -> HandinArticle | None:
        return next((a for a in self.articles if a.id == article_id), None)
