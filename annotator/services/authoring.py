"""Authoring exercises: create one, edit its details, articles and questions.

Each call is one transaction and publishes ``EXERCISE_CHANGED`` with the exercise id, and
bumps the exercise's revision so that a newly exported package updates students' copies.
Removing an article or question that students worked on is refused unless confirmed; the
refusal carries what would be lost, and the removal returns a snapshot that restores the
very same rows (undo). An article's text is never edited here: see :meth:`replace_text`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from annotator.core.text import fingerprint, normalise_text
from annotator.exchange.articles import ImportedArticle
from annotator.services import events as ev
from annotator.services.authoring_work import (
    Loss,
    RemovedArticle,
    RemovedQuestion,
    WorkWouldBeLostError,
    answer_view,
    article_work,
    loss_of,
    move_row,
    reorder_rows,
    restore_work,
)
from annotator.services.events import EventBus
from annotator.services.exercises_io import (
    ExerciseEditError,
    ExerciseText,
    UnknownExerciseError,
    import_article_into_exercise,
    update_article_text,
)
from annotator.services.not_found import NotFoundText
from annotator.services.sample import DEFAULT_TAG_SET_ID, ensure_default_tag_set, sample_definition
from annotator.services.tag_sets import new_tag_set
from annotator.services.views import AnnotationView, ArticleView, LinkView, QuestionView
from annotator.storage import models as m
from annotator.storage.database import Database

__all__ = [
    "PROVENANCE",
    "AuthoringService",
    "ExerciseDetails",
    "Loss",
    "RemovedArticle",
    "RemovedQuestion",
    "WorkWouldBeLostError",
    "default_questions",
]

PROVENANCE = ("title", "outlet", "author", "published", "url", "language")


def default_questions(language: str = "en") -> list[tuple[str, m.QuestionKind]]:
    """The source-evaluation questions a new exercise starts with (those of the sample, in
    ``language``)."""
    return [(q["text"], m.QuestionKind(q["kind"]))
            for q in sample_definition(language)["questions"]]


@dataclass(frozen=True)
class ExerciseDetails:
    title: str
    instructions: str
    tag_set_id: uuid.UUID


class AuthoringService:
    def __init__(self, db: Database, bus: EventBus, language: str = "en") -> None:
        self.db = db
        self.bus = bus
        self.language = language  # of the default tags and questions a new exercise gets

    # -- exercises -----------------------------------------------------------------------

    def create_exercise(
        self, title: str, instructions: str = "", *, tag_set_id: uuid.UUID | None = None,
        articles: Sequence[ImportedArticle] = (),
        questions: Sequence[tuple[str, m.QuestionKind]] | None = None,
    ) -> uuid.UUID:
        """A new exercise, in one transaction; its tag set is ``tag_set_id`` (shared) or a
        fresh copy of the default tag set. ``questions=None`` means the default questions."""
        title = _required(title, ExerciseText.tr("an exercise needs a title"))
        if tag_set_id is None:
            ensure_default_tag_set(self.db, self.language)
        seen: set[str] = set()
        with self.db.session() as session:
            if tag_set_id is None:
                default = session.get(m.TagSet, DEFAULT_TAG_SET_ID)
                name = ExerciseText.tr("Tags for {title}").format(title=title)
                tag_set_id = new_tag_set(session, name[:200], default).id
            elif session.get(m.TagSet, tag_set_id) is None:
                raise ExerciseEditError(
                    NotFoundText.tr("no tag set with id {id}").format(id=tag_set_id))
            exercise = m.Exercise(title=title, instructions=instructions.strip(),
                                  tag_set_id=tag_set_id)
            for imported in articles:
                text = normalise_text(imported.text)
                sha = fingerprint(text)
                name = imported.source_name or imported.title or ExerciseText.tr("article")
                if not text.strip():
                    raise ExerciseEditError(f"{name}: " + ExerciseText.tr(
                        "there is no article text to add"))
                if sha in seen:
                    raise ExerciseEditError(f"{name}: " + ExerciseText.tr(
                        "the same text is already in this exercise"))
                seen.add(sha)
                exercise.articles.append(m.Article(
                    position=len(exercise.articles), text=text, sha256=sha,
                    **{k: getattr(imported, k) for k in PROVENANCE}))
            for position, (text, kind) in enumerate(
                    default_questions(self.language) if questions is None else questions):
                exercise.questions.append(m.Question(position=position, text=text, kind=kind))
            session.add(exercise)
            session.flush()
            exercise_id = exercise.id
        self._changed(exercise_id)
        return exercise_id

    def set_details(
        self, exercise_id: uuid.UUID, *, title: str | None = None,
        instructions: str | None = None, tag_set_id: uuid.UUID | None = None,
    ) -> ExerciseDetails:
        """Change title, instructions and/or tag set; return the details before."""
        with self.db.session() as session:
            exercise = _exercise(session, exercise_id)
            before = ExerciseDetails(exercise.title, exercise.instructions, exercise.tag_set_id)
            if title is not None:
                exercise.title = _required(title, ExerciseText.tr("an exercise needs a title"))
            if instructions is not None:
                exercise.instructions = instructions.strip()
            if tag_set_id is not None and tag_set_id != exercise.tag_set_id:
                self._check_tag_set_switch(session, exercise, tag_set_id)
                exercise.tag_set_id = tag_set_id
            _touch(exercise)
        self._changed(exercise_id)
        return before

    # -- articles ------------------------------------------------------------------------

    def add_article(self, exercise_id: uuid.UUID, imported: ImportedArticle) -> ArticleView:
        """Append an imported article (refused if the exercise already has the same text)."""
        article_id = import_article_into_exercise(self.db, exercise_id, imported)
        with self.db.session() as session:
            _touch(_exercise(session, exercise_id))
            view = ArticleView.of(_article(session, article_id))
        self._changed(exercise_id)
        return view

    def removal_loss(self, article_id: uuid.UUID) -> Loss:
        with self.db.session() as session:
            return loss_of(session, *article_work(session, article_id))

    def remove_article(self, article_id: uuid.UUID, *, confirm: bool = False) -> RemovedArticle:
        """Remove an article; with annotations or answers on it only when ``confirm``."""
        with self.db.session() as session:
            article = _article(session, article_id)
            annotations, links, answers = article_work(session, article_id)
            loss = loss_of(session, annotations, links, answers)
            if loss and not confirm:
                raise WorkWouldBeLostError(article.title or ExerciseText.tr("this article"), loss)
            exercise = article.exercise
            removed = RemovedArticle(
                exercise.id, ArticleView.of(article),
                tuple(AnnotationView.of(a) for a in annotations),
                tuple(LinkView.of(li) for li in links), tuple(answer_view(a) for a in answers))
            for row in (*links, *answers, *annotations):
                session.delete(row)
            session.flush()
            reorder_rows(exercise.articles, [a for a in exercise.articles if a.id != article_id])
            _touch(exercise)
        self._changed(removed.exercise_id)
        return removed

    def restore_article(self, removed: RemovedArticle) -> ArticleView:
        """Undo a removal: the article and the work on it come back with their ids."""
        a = removed.article
        with self.db.session() as session:
            exercise = _exercise(session, removed.exercise_id)
            row = m.Article(id=a.id, text=a.text, sha256=a.sha256, retrieved=a.retrieved,
                            **{k: getattr(a, k) for k in PROVENANCE})
            articles = list(exercise.articles)
            articles.insert(min(a.position, len(articles)), row)
            reorder_rows(exercise.articles, articles)
            session.flush()
            restore_work(session, removed.annotations, removed.links, removed.answers)
            _touch(exercise)
        self._changed(removed.exercise_id)
        return a

    def move_article(self, article_id: uuid.UUID, position: int) -> int:
        """Move an article to ``position`` (clamped); return its old position."""
        with self.db.session() as session:
            article = _article(session, article_id)
            exercise = article.exercise
            old = move_row(exercise.articles, article, position)
            _touch(exercise)
            exercise_id = exercise.id
        self._changed(exercise_id)
        return old

    def set_article_order(
        self, exercise_id: uuid.UUID, ids: Sequence[uuid.UUID]
    ) -> list[uuid.UUID]:
        """Put the articles in the order of ``ids`` (unlisted ones follow); return the old."""
        with self.db.session() as session:
            exercise = _exercise(session, exercise_id)
            old = _set_order(exercise.articles, ids)
            _touch(exercise)
        self._changed(exercise_id)
        return old

    def set_provenance(self, article_id: uuid.UUID, **fields: str) -> ArticleView:
        """Change title, outlet, author, published, url or language; return the view before.

        The text cannot be changed here (see :meth:`replace_text`)."""
        unknown = set(fields) - set(PROVENANCE)
        if unknown:
            raise ExerciseEditError(ExerciseText.tr(
                "these article fields cannot be edited: {fields}").format(
                fields=", ".join(sorted(unknown))))
        with self.db.session() as session:
            article = _article(session, article_id)
            before = ArticleView.of(article)
            for key, value in fields.items():
                setattr(article, key, " ".join(value.split()))
            _touch(article.exercise)
            exercise_id = article.exercise_id
        self._changed(exercise_id)
        return before

    def replace_text(self, article_id: uuid.UUID, text: str) -> None:
        """Replace an article's text; refused (ArticleInUseError) once anyone worked on it.

        Offer "import as a new version" (:meth:`add_article`) instead of this then."""
        update_article_text(self.db, article_id, text)
        with self.db.session() as session:
            article = _article(session, article_id)
            _touch(article.exercise)
            exercise_id = article.exercise_id
        self._changed(exercise_id)

    # -- questions -----------------------------------------------------------------------

    def add_question(
        self, exercise_id: uuid.UUID, text: str, kind: m.QuestionKind = m.QuestionKind.TEXT,
        position: int | None = None, *, question_id: uuid.UUID | None = None,
    ) -> QuestionView:
        with self.db.session() as session:
            exercise = _exercise(session, exercise_id)
            row = m.Question(text=_required(text, ExerciseText.tr("a question needs text")),
                             kind=kind)
            if question_id is not None:
                row.id = question_id
            questions = list(exercise.questions)
            questions.insert(len(questions) if position is None else max(0, position), row)
            reorder_rows(exercise.questions, questions)
            _touch(exercise)
            session.flush()
            view = _question(row)
        self._changed(exercise_id)
        return view

    def update_question(
        self, question_id: uuid.UUID, *, text: str | None = None,
        kind: m.QuestionKind | None = None,
    ) -> QuestionView:
        """Change a question's text and/or kind; return it before."""
        with self.db.session() as session:
            row = _get(session, m.Question, question_id)
            before = _question(row)
            if text is not None:
                row.text = _required(text, ExerciseText.tr("a question needs text"))
            if kind is not None:
                row.kind = kind
            _touch(row.exercise)
            exercise_id = row.exercise_id
        self._changed(exercise_id)
        return before

    def move_question(self, question_id: uuid.UUID, position: int) -> int:
        with self.db.session() as session:
            row = _get(session, m.Question, question_id)
            old = move_row(row.exercise.questions, row, position)
            _touch(row.exercise)
            exercise_id = row.exercise_id
        self._changed(exercise_id)
        return old

    def set_question_order(
        self, exercise_id: uuid.UUID, ids: Sequence[uuid.UUID]
    ) -> list[uuid.UUID]:
        with self.db.session() as session:
            exercise = _exercise(session, exercise_id)
            old = _set_order(exercise.questions, ids)
            _touch(exercise)
        self._changed(exercise_id)
        return old

    def question_loss(self, question_id: uuid.UUID) -> Loss:
        with self.db.session() as session:
            answers = session.scalars(select(m.Answer).where(m.Answer.question_id == question_id))
            return loss_of(session, [], [], answers)

    def remove_question(self, question_id: uuid.UUID, *, confirm: bool = False) -> RemovedQuestion:
        with self.db.session() as session:
            row = _get(session, m.Question, question_id)
            answers = list(session.scalars(select(m.Answer).where(
                m.Answer.question_id == question_id)))
            loss = loss_of(session, [], [], answers)
            if loss and not confirm:
                raise WorkWouldBeLostError(ExerciseText.tr("this question"), loss)
            exercise = row.exercise
            removed = RemovedQuestion(exercise.id, _question(row),
                                      tuple(answer_view(a) for a in answers))
            for answer in answers:
                session.delete(answer)
            session.flush()
            reorder_rows(exercise.questions, [q for q in exercise.questions if q.id != question_id])
            _touch(exercise)
        self._changed(removed.exercise_id)
        return removed

    def restore_question(self, removed: RemovedQuestion) -> QuestionView:
        q = removed.question
        self.add_question(removed.exercise_id, q.text, q.kind, q.position, question_id=q.id)
        with self.db.session() as session:
            restore_work(session, (), (), removed.answers)
        return q

    # -- helpers -------------------------------------------------------------------------

    def _changed(self, exercise_id: uuid.UUID) -> None:
        self.bus.publish(ev.EXERCISE_CHANGED, exercise_id)

    @staticmethod
    def _check_tag_set_switch(
        session: Session, exercise: m.Exercise, tag_set_id: uuid.UUID
    ) -> None:
        if session.get(m.TagSet, tag_set_id) is None:
            raise ExerciseEditError(
                NotFoundText.tr("no tag set with id {id}").format(id=tag_set_id))
        used = session.scalar(
            select(m.Annotation.id).join(m.Article).join(m.Tag, m.Tag.id == m.Annotation.tag_id)
            .where(m.Article.exercise_id == exercise.id, m.Tag.tag_set_id != tag_set_id).limit(1))
        if used is not None:
            raise ExerciseEditError(ExerciseText.tr(
                "the tag set cannot be switched: annotations use tags of the current set; "
                "edit the current tag set instead"))


def _required(text: str, message: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise ExerciseEditError(message)
    return cleaned


def _touch(exercise: m.Exercise) -> None:
    exercise.revision += 1


def _get(session: Session, model: type[Any], row_id: uuid.UUID) -> Any:
    row = session.get(model, row_id)
    if row is None:
        message = (NotFoundText.tr("no question with id {id}") if model is m.Question
                   else NotFoundText.tr("no article with id {id}"))
        raise ExerciseEditError(message.format(id=row_id))
    return row


def _exercise(session: Session, exercise_id: uuid.UUID) -> m.Exercise:
    row = session.get(m.Exercise, exercise_id)
    if row is None:
        raise UnknownExerciseError(exercise_id)
    return row


def _article(session: Session, article_id: uuid.UUID) -> m.Article:
    return _get(session, m.Article, article_id)  # type: ignore[no-any-return]


def _question(row: m.Question) -> QuestionView:
    return QuestionView(row.id, row.position, row.text, m.QuestionKind(row.kind))


def _set_order(rows: list[Any], ids: Sequence[uuid.UUID]) -> list[uuid.UUID]:
    old = [row.id for row in rows]
    rank = {row_id: i for i, row_id in enumerate(ids)}
    reorder_rows(rows, sorted(rows, key=lambda r: (rank.get(r.id, len(rank)), r.position)))
    return old
