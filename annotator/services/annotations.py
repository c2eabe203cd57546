"""Annotating: create, change and delete annotations and links, answer questions.

Each call is one short transaction, committed before it returns, so there is nothing to
save and nothing to lose. Every call publishes an event on the bus, carrying ``source``
so that the view that made the change can ignore its own echo. Deleting returns what was
removed (the annotation and its links) so that undo can put back the very same rows.
"""

from __future__ import annotations

import builtins
import functools
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any, cast

from sqlalchemy import (
    String,
    Table,
    bindparam,
    delete,
    insert,
    or_,
    select,
    type_coerce,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.sql import Delete, Insert, Select, Update

from annotator.core.annotation_texts import AnnotationText, no_article, outside, tag_mismatch
from annotator.core.text import without_nul
from annotator.services import events as ev
from annotator.services.events import EventBus
from annotator.services.span_facts import ArticleTexts, SpanFacts, span_facts
from annotator.services.views import AnnotationView, AnswerView, ArticleView, LinkView
from annotator.storage import models as m
from annotator.storage.database import Database
from annotator.storage.types import new_id, utcnow


class AnnotationError(ValueError):
    """A request that cannot be stored (span outside the text, unknown tag, ...)."""


@dataclass(frozen=True)
class Removed:
    """An annotation that was deleted, with the links that went with it."""

    annotation: AnnotationView
    links: tuple[LinkView, ...]


class AnnotationService:
    def __init__(self, db: Database, bus: EventBus) -> None:
        self.db = db
        self.bus = bus
        self._texts = ArticleTexts()  # read once per article, checked by its fingerprint

    def keep_texts(self, articles: Iterable[ArticleView]) -> None:
        """Keep the texts of articles just read (the window opening an exercise), so that
        the first key press on a long article does not read its text again. Each add
        still checks the stored fingerprint (services/span_facts.py)."""
        for article in articles:
            self._texts.put(article.id, article.sha256, article.text)

    # -- annotations -------------------------------------------------------------------

    def add(
        self,
        article_id: uuid.UUID,
        annotator_id: uuid.UUID,
        start: int,
        end: int,
        tag_id: uuid.UUID,
        note: str = "",
        *,
        annotation_id: uuid.UUID | None = None,
        source: object | None = None,
    ) -> AnnotationView:
        """Add an annotation (with ``annotation_id`` when the caller chose the id, as the
        offline service does so that a change is never stored twice)."""
        note = without_nul(note)
        with self.db.transaction() as session:
            # One small read (the article's fingerprint and whether the tag fits; its text
            # only the first time, services/span_facts.py), then one INSERT.
            length, prefix, exact, suffix, tag_fits = _facts(
                session, self._texts, article_id, start, end, tag_id
            )
            if not 0 <= start < end <= length:
                raise AnnotationError(outside(start, end, length))
            if not tag_fits:
                raise AnnotationError(tag_mismatch())
            now = utcnow()
            view = AnnotationView(annotation_id or new_id(), article_id, annotator_id, start, end,
                                  exact, prefix, suffix, tag_id, note, now, now)
            session.execute(_insert_annotation(), dict(
                id=view.id, article_id=article_id, annotator_id=annotator_id, start=start,
                end=end, exact=exact, prefix=prefix, suffix=suffix, tag_id=tag_id, note=note,
                created=now, modified=now,
            ))
        self.bus.publish(ev.ANNOTATION_ADDED, view, source)
        return view

    def update(
        self,
        annotation_id: uuid.UUID,
        *,
        tag_id: uuid.UUID | None = None,
        note: str | None = None,
        start: int | None = None,
        end: int | None = None,
        source: object | None = None,
    ) -> tuple[AnnotationView, AnnotationView]:
        """Change some fields; return the annotation before and after.

        One indexed read of the row, the span facts only when the tag or the span changes,
        then one ``UPDATE`` of the changed columns (statements built once, no ORM objects)."""
        with self.db.transaction() as session:
            before = _read(session, annotation_id)
            changes: dict[str, Any] = {}
            new_tag = tag_id is not None and tag_id != before.tag_id
            new_start = before.start if start is None else start
            new_end = before.end if end is None else end
            moved = (new_start, new_end) != (before.start, before.end)
            if new_tag or moved:  # the span's facts (services/span_facts.py)
                length, prefix, exact, suffix, tag_fits = _facts(
                    session, self._texts, before.article_id, new_start, new_end,
                    tag_id or before.tag_id
                )
                if new_tag and not tag_fits:
                    raise AnnotationError(tag_mismatch())
                if new_tag:
                    changes["tag_id"] = tag_id
                if moved:
                    if not 0 <= new_start < new_end <= length:
                        raise AnnotationError(outside(new_start, new_end, length))
                    changes.update(start=new_start, end=new_end, prefix=prefix, exact=exact,
                                   suffix=suffix)
            if note is not None and without_nul(note) != before.note:
                changes["note"] = without_nul(note)
            changes["modified"] = utcnow()
            session.execute(_update_annotation(), dict(changes, key=annotation_id))
            after = replace(before, **changes)
        self.bus.publish(ev.ANNOTATION_CHANGED, after, source)
        return before, after

    def delete(self, annotation_id: uuid.UUID, *, source: object | None = None) -> Removed:
        """Delete an annotation and its links: one indexed read each, one ``DELETE`` (the
        links' own only when there are any)."""
        with self.db.transaction() as session:
            annotation = _read(session, annotation_id)
            links = tuple(LinkView(*row) for row in session.execute(
                _links_of(), dict(key=annotation_id)))
            if links:
                session.execute(delete(m.Link).where(m.Link.id.in_([li.id for li in links])))
            session.execute(_delete_annotation(), dict(key=annotation_id))
            removed = Removed(annotation, links)
        for link in removed.links:
            self.bus.publish(ev.LINK_REMOVED, link, source)
        self.bus.publish(ev.ANNOTATION_REMOVED, removed.annotation, source)
        return removed

    def restore(self, removed: Removed, *, source: object | None = None) -> AnnotationView:
        """Put back a deleted annotation and its links with their original ids (undo)."""
        a = removed.annotation
        with self.db.session() as session:
            session.execute(_insert_annotation(), dict(
                id=a.id, article_id=a.article_id, annotator_id=a.annotator_id, start=a.start,
                end=a.end, exact=a.exact, prefix=a.prefix, suffix=a.suffix, tag_id=a.tag_id,
                note=a.note, created=a.created, modified=a.modified,
            ))
            for link in removed.links:
                session.add(
                    m.Link(id=link.id, source_id=link.source_id, target_id=link.target_id,
                           kind=link.kind, note=link.note, created=link.created)
                )
        self.bus.publish(ev.ANNOTATION_ADDED, a, source)
        for link in removed.links:
            self.bus.publish(ev.LINK_ADDED, link, source)
        return a

    def revert(self, before: AnnotationView, *, source: object | None = None) -> AnnotationView:
        """Set an annotation's tag, note and span back to ``before`` (undo of update)."""
        _, after = self.update(
            before.id, tag_id=before.tag_id, note=before.note, start=before.start,
            end=before.end, source=source,
        )
        return after

    def get(self, annotation_id: uuid.UUID) -> AnnotationView:
        with self.db.session() as session:
            return AnnotationView.of(self._get(session, annotation_id))

    def list(
        self, exercise_id: uuid.UUID, annotator_id: uuid.UUID | None = None
    ) -> builtins.list[AnnotationView]:
        """Annotations on the exercise's articles, in article and text order."""
        # Plain rows, not ORM objects: with 20,000 annotations, building (and tracking) the
        # mapped objects cost several times what reading the rows does.
        query = (
            select(*_VIEW_COLUMNS)
            .join(m.Article, m.Article.id == m.Annotation.article_id)
            .where(m.Article.exercise_id == exercise_id)
            .order_by(m.Article.position, m.Annotation.start, m.Annotation.end)
        )
        if annotator_id is not None:
            query = query.where(m.Annotation.annotator_id == annotator_id)
        ids: dict[object, uuid.UUID] = {}  # article, student and tag ids repeat: one each
        with self.db.session() as session:
            return [
                AnnotationView(i, _same(ids, a), _same(ids, p), s, e, x, pre, suf,
                               _same(ids, t), n, c, mod)
                for i, a, p, s, e, x, pre, suf, t, n, c, mod in session.connection().execute(query)
            ]

    # -- links -------------------------------------------------------------------------

    def add_link(
        self,
        source_id: uuid.UUID,
        target_id: uuid.UUID,
        kind: m.LinkKind,
        note: str = "",
        *,
        link_id: uuid.UUID | None = None,
        source: object | None = None,
    ) -> LinkView:
        if source_id == target_id:
            raise AnnotationError(AnnotationText.tr(
                "an annotation cannot be linked to itself"))
        with self.db.session() as session:
            ends = [self._get(session, i) for i in (source_id, target_id)]
            if ends[0].annotator_id != ends[1].annotator_id:
                raise AnnotationError(AnnotationText.tr(
                    "a link joins two annotations by the same person"))
            duplicate = session.scalars(
                select(m.Link).where(
                    m.Link.source_id == source_id, m.Link.target_id == target_id,
                    m.Link.kind == kind,
                )
            ).first()
            if duplicate is not None:
                raise AnnotationError(AnnotationText.tr(
                    "these two passages are already linked that way"))
            row = m.Link(source_id=source_id, target_id=target_id, kind=kind,
                         note=without_nul(note))
            if link_id is not None:
                row.id = link_id
            session.add(row)
            session.flush()
            view = LinkView.of(row)
        self.bus.publish(ev.LINK_ADDED, view, source)
        return view

    def update_link(
        self, link_id: uuid.UUID, *, kind: m.LinkKind | None = None, note: str | None = None,
        source: object | None = None,
    ) -> tuple[LinkView, LinkView]:
        with self.db.session() as session:
            row = session.get(m.Link, link_id)
            if row is None:
                raise AnnotationError(AnnotationText.tr(
                    "no link with id {id}").format(id=link_id))
            before = LinkView.of(row)
            if kind is not None:
                row.kind = kind
            if note is not None:
                row.note = without_nul(note)
            session.flush()
            after = LinkView.of(row)
        self.bus.publish(ev.LINK_CHANGED, after, source)
        return before, after

    def remove_link(self, link_id: uuid.UUID, *, source: object | None = None) -> LinkView:
        with self.db.session() as session:
            row = session.get(m.Link, link_id)
            if row is None:
                raise AnnotationError(AnnotationText.tr(
                    "no link with id {id}").format(id=link_id))
            view = LinkView.of(row)
            session.delete(row)
        self.bus.publish(ev.LINK_REMOVED, view, source)
        return view

    def restore_link(self, link: LinkView, *, source: object | None = None) -> LinkView:
        return self.add_link(
            link.source_id, link.target_id, link.kind, link.note, link_id=link.id, source=source
        )

    def links(
        self, exercise_id: uuid.UUID, annotator_id: uuid.UUID | None = None
    ) -> builtins.list[LinkView]:
        """Links whose source annotation lies in the exercise, oldest first."""
        query = (
            select(m.Link)
            .join(m.Annotation, m.Annotation.id == m.Link.source_id)
            .join(m.Article, m.Article.id == m.Annotation.article_id)
            .where(m.Article.exercise_id == exercise_id)
            .order_by(m.Link.created)
        )
        if annotator_id is not None:
            query = query.where(m.Annotation.annotator_id == annotator_id)
        with self.db.session() as session:
            return [LinkView.of(row) for row in session.scalars(query)]

    # -- answers -----------------------------------------------------------------------

    def set_answer(
        self,
        question_id: uuid.UUID,
        annotator_id: uuid.UUID,
        article_id: uuid.UUID,
        value: str,
        rating: int | None = None,
        *,
        source: object | None = None,
    ) -> tuple[AnswerView | None, AnswerView]:
        if rating is not None and not 1 <= rating <= 5:
            raise AnnotationError(AnnotationText.tr("a rating runs from 1 to 5"))
        with self.db.session() as session:
            row = session.scalars(
                select(m.Answer).where(
                    m.Answer.question_id == question_id,
                    m.Answer.annotator_id == annotator_id,
                    m.Answer.article_id == article_id,
                )
            ).one_or_none()
            before = None if row is None else _answer(row)
            if row is None:
                row = m.Answer(question_id=question_id, annotator_id=annotator_id,
                               article_id=article_id)
                session.add(row)
            row.value, row.rating = without_nul(value), rating
            session.flush()
            after = _answer(row)
        self.bus.publish(ev.ANSWER_CHANGED, after, source)
        return before, after

    def answers(self, exercise_id: uuid.UUID, annotator_id: uuid.UUID) -> builtins.list[AnswerView]:
        query = (
            select(m.Answer)
            .join(m.Article, m.Article.id == m.Answer.article_id)
            .where(m.Article.exercise_id == exercise_id, m.Answer.annotator_id == annotator_id)
        )
        with self.db.session() as session:
            return [_answer(row) for row in session.scalars(query)]

    # -- helpers -----------------------------------------------------------------------

    @staticmethod
    def _get(session: Session, annotation_id: uuid.UUID) -> m.Annotation:
        row = session.get(m.Annotation, annotation_id)
        if row is None:
            raise AnnotationError(AnnotationText.tr(
                "no annotation with id {id}").format(id=annotation_id))
        return row



# The columns of an AnnotationView, in its field order; the ids that repeat from row to row
# come as the driver gives them and are turned into UUIDs once each (_same).
_VIEW_COLUMNS = (
    m.Annotation.id, type_coerce(m.Annotation.article_id, String),
    type_coerce(m.Annotation.annotator_id, String), m.Annotation.start, m.Annotation.end,
    m.Annotation.exact, m.Annotation.prefix, m.Annotation.suffix,
    type_coerce(m.Annotation.tag_id, String), m.Annotation.note, m.Annotation.created,
    m.Annotation.modified,
)


def _same(seen: dict[object, uuid.UUID], raw: object) -> uuid.UUID:
    """The UUID of a stored id (hex text on SQLite, a UUID from PostgreSQL's driver)."""
    found = seen.get(raw)
    if found is None:
        found = seen[raw] = raw if isinstance(raw, uuid.UUID) else uuid.UUID(str(raw))
    return found


@functools.cache
def _insert_annotation() -> Insert:
    return insert(m.Annotation)


# An annotation's columns in the order of AnnotationView's fields.
_ROW_COLUMNS = ("id", "article_id", "annotator_id", "start", "end", "exact", "prefix", "suffix",
                "tag_id", "note", "created", "modified")


@functools.cache
def _read_annotation() -> Select[Any]:
    table = m.Annotation.__table__
    return select(*(table.c[name] for name in _ROW_COLUMNS)).where(
        table.c.id == bindparam("key"))


@functools.cache
def _update_annotation() -> Update:
    """``UPDATE`` of the columns named in the parameters (SQLAlchemy sets those)."""
    table = cast(Table, m.Annotation.__table__)
    return update(table).where(table.c.id == bindparam("key"))


@functools.cache
def _delete_annotation() -> Delete:
    table = cast(Table, m.Annotation.__table__)
    return delete(table).where(table.c.id == bindparam("key"))


@functools.cache
def _links_of() -> Select[Any]:
    table = m.Link.__table__
    return select(table.c.id, table.c.source_id, table.c.target_id, table.c.kind,
                  table.c.note, table.c.created).where(
        or_(table.c.source_id == bindparam("key"), table.c.target_id == bindparam("key")))


def _read(session: Session | Connection, annotation_id: uuid.UUID) -> AnnotationView:
    """One annotation as a view, read in one indexed ``SELECT`` (no ORM object)."""
    found = session.execute(_read_annotation(), dict(key=annotation_id)).one_or_none()
    if found is None:
        raise AnnotationError(AnnotationText.tr(
            "no annotation with id {id}").format(id=annotation_id))
    return AnnotationView(*found)


def _facts(session: Session | Connection, texts: ArticleTexts, article_id: uuid.UUID,
           start: int, end: int, tag_id: uuid.UUID) -> SpanFacts:
    """``(length, prefix, exact, suffix, tag fits)`` of a span (services/span_facts.py)."""
    found = span_facts(session, texts, article_id, start, end, tag_id)
    if found is None:
        raise AnnotationError(no_article(article_id))
    return found


def _answer(row: m.Answer) -> AnswerView:
    return AnswerView(row.question_id, row.annotator_id, row.article_id, row.value, row.rating)

