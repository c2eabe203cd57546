"""What the class review is made of: the options, the students as listed, one article's
class as plain data, and the constants the review and its callers share."""

from __future__ import annotations

from dataclasses import dataclass

from annotator.core.i18n import Texts
from annotator.core.spans import Span

__all__ = ["NOTHING_MARKED", "PAIRWISE_LIMIT", "PARTS", "ArticleClass", "ReviewOptions",
           "ReviewText", "StudentInfo"]


class ReviewText(Texts):
    """The translation context of the review's problems (its figures and their readings are
    data and stay English)."""

PARTS = ("scores", "agreement", "contested", "overlay")
PAIRWISE_LIMIT = 200
NOTHING_MARKED = "handed in, nothing marked"


@dataclass(frozen=True)
class ReviewOptions:
    """What to compute: ``parts`` (of ``PARTS``); the pairwise matrices for everyone
    (``pairwise=True``), nobody (False) or, by default (None), everyone up to
    ``PAIRWISE_LIMIT`` students; or for the students ``pairwise_students`` (ids) only."""

    parts: frozenset[str] = frozenset(PARTS)
    pairwise: bool | None = None
    pairwise_students: tuple[str, ...] | None = None
    contested_limit: int = 10

    def __post_init__(self) -> None:
        unknown = set(self.parts) - set(PARTS)
        if unknown:
            raise ValueError(f"unknown review part {sorted(unknown)[0]!r} "
                             f"(one of {', '.join(PARTS)})")


@dataclass(frozen=True)
class StudentInfo:
    """A student of the exercise as the review lists them."""

    id: str
    name: str  # as shown: the display name, told apart from a namesake when needed
    display_name: str
    handin_file: str  # the file name of their last imported hand-in, or ""
    marked: bool  # made at least one annotation in the exercise

    def as_dict(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "display_name": self.display_name,
                "handin_file": self.handin_file,
                "status": "marked" if self.marked else NOTHING_MARKED}


@dataclass(frozen=True)
class ArticleClass:
    """Everything the review measures need about one article, as plain data."""

    article_id: str
    title: str
    text: str
    tags: tuple[str, ...]  # tag keys in tag-set order
    tag_info: dict[str, dict[str, str]]  # key -> {"label", "colour"}
    students: tuple[str, ...]  # annotator ids (str) with at least one annotation here
    names: dict[str, str]  # annotator id -> shown name (namesakes told apart)
    student_spans: tuple[Span, ...]
    key_id: str | None
    key_spans: tuple[Span, ...]
    not_marked: tuple[str, ...] = ()  # students of the exercise with no annotation here
