"""Plain records of an exercise as it travels between machines.

Ids are UUID strings so that an exercise, its articles, tags and questions keep their
identity from the instructor's database to every student's. There is deliberately no record
for annotations, answers or answer keys: an exercise package cannot carry them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["ArticleRecord", "ExerciseRecord", "QuestionRecord", "TagRecord", "TagSetRecord"]


@dataclass(frozen=True)
class TagRecord:
    id: str
    key: str
    label: str
    colour: str  # "#rrggbb"
    shortcut: str = ""
    definition: str = ""


@dataclass(frozen=True)
class TagSetRecord:
    id: str
    name: str
    tags: tuple[TagRecord, ...] = ()


@dataclass(frozen=True)
class ArticleRecord:
    """One article; ``text`` is normalised and ``sha256`` is its fingerprint."""

    id: str
    text: str
    sha256: str
    title: str = ""
    outlet: str = ""
    author: str = ""
    published: str = ""
    url: str = ""
    retrieved: str = ""
    language: str = ""


@dataclass(frozen=True)
class QuestionRecord:
    id: str
    text: str
    kind: str = "text"  # "text" or "rating"


@dataclass(frozen=True)
class ExerciseRecord:
    """An exercise in order: its articles and questions are listed as students see them."""

    id: str
    title: str
    tag_set: TagSetRecord
    instructions: str = ""
    revision: int = 1
    articles: tuple[ArticleRecord, ...] = ()
    questions: tuple[QuestionRecord, ...] = field(default=())
