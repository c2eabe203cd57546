"""Plain, immutable snapshots of stored rows that services hand to views and the CLI.

Views never hold SQLAlchemy objects, so no widget can reach a session by accident.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from annotator.storage import models as m


@dataclass(frozen=True)
class TagView:
    id: uuid.UUID
    key: str
    label: str
    colour: str
    shortcut: str
    definition: str
    position: int

    @classmethod
    def of(cls, row: m.Tag) -> TagView:
        return cls(row.id, row.key, row.label, row.colour, row.shortcut, row.definition,
                   row.position)


@dataclass(frozen=True)
class ArticleView:
    id: uuid.UUID
    position: int
    title: str
    outlet: str
    author: str
    published: str
    url: str
    retrieved: str
    language: str
    text: str
    sha256: str

    @classmethod
    def of(cls, row: m.Article) -> ArticleView:
        return cls(row.id, row.position, row.title, row.outlet, row.author, row.published,
                   row.url, row.retrieved, row.language, row.text, row.sha256)

    @property
    def byline(self) -> str:
        """Outlet, author and date, whichever are known, for the pane header."""
        return " · ".join(part for part in (self.outlet, self.author, self.published) if part)


@dataclass(frozen=True)
class QuestionView:
    id: uuid.UUID
    position: int
    text: str
    kind: m.QuestionKind


@dataclass(frozen=True)
class ExerciseView:
    id: uuid.UUID
    title: str
    instructions: str
    revision: int
    tag_set_id: uuid.UUID
    tag_set_name: str
    articles: tuple[ArticleView, ...]
    tags: tuple[TagView, ...]
    questions: tuple[QuestionView, ...]

    @classmethod
    def of(cls, row: m.Exercise) -> ExerciseView:
        return cls(
            id=row.id,
            title=row.title,
            instructions=row.instructions,
            revision=row.revision,
            tag_set_id=row.tag_set_id,
            tag_set_name=row.tag_set.name,
            articles=tuple(ArticleView.of(a) for a in row.articles),
            tags=tuple(TagView.of(t) for t in row.tag_set.tags),
            questions=tuple(QuestionView(q.id, q.position, q.text, q.kind) for q in row.questions),
        )

    def article(self, article_id: uuid.UUID) -> ArticleView:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)

    def tag(self, tag_id: uuid.UUID) -> TagView:
        for tag in self.tags:
            if tag.id == tag_id:
                return tag
        raise KeyError(tag_id)


@dataclass(frozen=True)
class ExerciseSummary:
    id: uuid.UUID
    title: str
    revision: int
    article_count: int
    modified: datetime


@dataclass(frozen=True)
class AnnotatorView:
    id: uuid.UUID
    display_name: str
    role: m.Role


@dataclass(frozen=True)
class AnnotationView:
    id: uuid.UUID
    article_id: uuid.UUID
    annotator_id: uuid.UUID
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    tag_id: uuid.UUID
    note: str
    created: datetime
    modified: datetime

    @classmethod
    def of(cls, row: m.Annotation) -> AnnotationView:
        return cls(row.id, row.article_id, row.annotator_id, row.start, row.end, row.exact,
                   row.prefix, row.suffix, row.tag_id, row.note, row.created, row.modified)


@dataclass(frozen=True)
class LinkView:
    id: uuid.UUID
    source_id: uuid.UUID
    target_id: uuid.UUID
    kind: m.LinkKind
    note: str
    created: datetime

    @classmethod
    def of(cls, row: m.Link) -> LinkView:
        return cls(row.id, row.source_id, row.target_id, row.kind, row.note, row.created)


@dataclass(frozen=True)
class AnswerView:
    question_id: uuid.UUID
    annotator_id: uuid.UUID
    article_id: uuid.UUID
    value: str
    rating: int | None
