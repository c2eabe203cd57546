"""The content of a feedback file, as plain dataclasses.

Ids are UUIDs, timestamps aware UTC datetimes, offsets Unicode code points into the
normalised article text (start inclusive, end exclusive). :mod:`annotator.exchange.feedback`
turns a :class:`FeedbackRecord` into JSON and back. Scores reuse
:class:`annotator.core.scoring.Prf`, so a reader computes precision, recall and F1 exactly as
the instructor's review does.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from annotator.core.scoring import Prf

__all__ = [
    "INCLUDE_PARTS",
    "ClassCounts",
    "FeedbackArticle",
    "FeedbackComments",
    "FeedbackRecord",
    "FeedbackTag",
    "KeyPassage",
    "OwnAnnotation",
    "ScoreSheet",
]

INCLUDE_PARTS = ("key", "class", "scores", "comments")


@dataclass(frozen=True)
class FeedbackTag:
    key: str
    label: str
    colour: str


@dataclass(frozen=True)
class OwnAnnotation:
    """One of the student's own annotations, as handed in."""

    id: uuid.UUID
    start: int
    end: int
    exact: str
    tag_key: str
    note: str = ""


@dataclass(frozen=True)
class KeyPassage:
    """A passage of the answer key with the instructor's explanation (may be empty)."""

    start: int
    end: int
    exact: str
    tag_key: str
    explanation: str = ""


@dataclass(frozen=True)
class ClassCounts:
    """The anonymised class overlay of one article: per tag, runs ``(start, end, count)``
    where ``count`` students (at least one) marked every character of ``[start, end)``
    with the tag. Characters nobody marked with a tag have no run."""

    n_students: int
    runs: dict[str, tuple[tuple[int, int, int], ...]]


@dataclass(frozen=True)
class ScoreSheet:
    """The student's scores against the key for one article (per tag and ``"all"``)."""

    exact: dict[str, Prf]
    overlap: dict[str, Prf]
    chars: dict[str, Prf]
    confusion_labels: tuple[str, ...]  # rows: the student's tag; columns: the key's
    confusion_counts: tuple[tuple[int, ...], ...]


@dataclass(frozen=True)
class FeedbackArticle:
    id: uuid.UUID
    sha256: str
    title: str
    n_chars: int
    yours: tuple[OwnAnnotation, ...]
    key: tuple[KeyPassage, ...] | None = None
    class_counts: ClassCounts | None = None
    scores: ScoreSheet | None = None


@dataclass(frozen=True)
class FeedbackComments:
    overall: str = ""
    annotations: tuple[tuple[uuid.UUID, str], ...] = ()  # (own annotation id, comment)

    def on(self, annotation_id: uuid.UUID) -> str:
        return next((text for key, text in self.annotations if key == annotation_id), "")


@dataclass(frozen=True)
class FeedbackRecord:
    exercise_id: uuid.UUID
    exercise_revision: int
    exercise_title: str
    student_id: uuid.UUID
    student_name: str
    handed_in: datetime  # the hand-in this feedback is about
    created: datetime
    app_version: str
    includes: tuple[str, ...]
    tags: tuple[FeedbackTag, ...]
    articles: tuple[FeedbackArticle, ...]
    comments: FeedbackComments | None = None

    def tag(self, key: str) -> FeedbackTag:
        return next((t for t in self.tags if t.key == key), FeedbackTag(key, key, "#888888"))
