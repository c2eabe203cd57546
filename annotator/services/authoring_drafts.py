"""What the exercise editor hands back: a plain draft of the whole exercise.

Existing articles and questions keep their ids; new ones have ``id=None`` (a new article
carries its text). Comparing a draft with the stored exercise gives the edits to apply.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace

from annotator.exchange.articles import ImportedArticle
from annotator.services.views import ArticleView, ExerciseView
from annotator.storage import models as m

PROVENANCE_FIELDS = ("title", "outlet", "author", "published", "url", "language")


@dataclass(frozen=True)
class ArticleDraft:
    id: uuid.UUID | None = None
    title: str = ""
    outlet: str = ""
    author: str = ""
    published: str = ""
    url: str = ""
    language: str = ""
    text: str = ""  # only for a new article: existing texts are never edited here
    source_name: str = ""

    @classmethod
    def of(cls, view: ArticleView) -> ArticleDraft:
        return cls(view.id, **{k: getattr(view, k) for k in PROVENANCE_FIELDS})

    @classmethod
    def imported(cls, article: ImportedArticle) -> ArticleDraft:
        return cls(None, text=article.text, source_name=article.source_name,
                   **{k: getattr(article, k) for k in PROVENANCE_FIELDS})

    def provenance(self) -> dict[str, str]:
        return {k: getattr(self, k) for k in PROVENANCE_FIELDS}

    def with_provenance(self, **fields: str) -> ArticleDraft:
        return replace(self, **fields)  # type: ignore[arg-type]

    def as_imported(self) -> ImportedArticle:
        return ImportedArticle(text=self.text, source_name=self.source_name,
                               **self.provenance())


@dataclass(frozen=True)
class QuestionDraft:
    id: uuid.UUID | None = None
    text: str = ""
    kind: m.QuestionKind = m.QuestionKind.TEXT


@dataclass(frozen=True)
class ExerciseDraft:
    title: str = ""
    instructions: str = ""
    tag_set_id: uuid.UUID | None = None  # None for a new exercise: a copy of the default set
    articles: tuple[ArticleDraft, ...] = ()
    questions: tuple[QuestionDraft, ...] = field(default=())

    @classmethod
    def of(cls, view: ExerciseView) -> ExerciseDraft:
        return cls(
            view.title, view.instructions, view.tag_set_id,
            tuple(ArticleDraft.of(a) for a in view.articles),
            tuple(QuestionDraft(q.id, q.text, q.kind) for q in view.questions),
        )
