"""Annotating on a school server that may go away: work goes on, changes wait, then are sent.

:class:`OfflineAnnotations` is the :class:`AnnotationService` of a server session. When a
change cannot reach the server (:class:`ServerUnavailableError`), it is computed locally
from the texts read while online, written to the :class:`OfflineQueue`, and published on
the bus exactly as a stored change, so the student sees it at once. Once anything waits,
later changes queue behind it, so that order is kept.

:meth:`OfflineAnnotations.send_waiting` replays the queue in order, each change in its own
transaction, and stops at the first one the server cannot take yet:

* an annotation added offline carries the id made for it offline: if the server already
  has that id (the commit went through but the answer was lost), it is not added again;
* if the article's text changed meanwhile (its fingerprint differs from the one the change
  was made against), the quote is re-anchored in the new text; a quote that cannot be found
  is kept as an orphaned annotation, as an imported hand-in's would be. Both are reported;
* deletions and edits of something no longer there are reported, and kept in the queue
  file's ``kept`` table, never dropped silently.

Answers to the evaluation questions are queued too (the last one written wins, as online).
Links are not queued: while offline they are refused with the usual "not saved" message (the
annotations they join are safe).
"""

from __future__ import annotations

import builtins
import contextlib
import time
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select

from annotator.core.anchoring import reanchor
from annotator.core.text import quote_context, without_nul
from annotator.services import events as ev
from annotator.services.annotations import AnnotationError, AnnotationService, Removed
from annotator.services.events import EventBus
from annotator.services.exercises import load_exercise
from annotator.services.offline_queue import OfflineQueue, Pending
from annotator.services.views import AnnotationView, AnswerView
from annotator.storage import models as m
from annotator.storage.database import Database
from annotator.storage.errors import ServerUnavailableError
from annotator.storage.types import new_id, utcnow

__all__ = ["RETRY_S", "Conflict", "OfflineAnnotations", "ReplayReport"]

RETRY_S = 10.0  # while offline, how often a change tries the server again before queueing


@dataclass(frozen=True)
class Conflict:
    """A waiting change the server's data no longer fitted exactly."""

    exact: str
    what: str  # "re-anchored", "orphaned", "missing"
    message: str


@dataclass
class ReplayReport:
    sent: int = 0
    skipped_duplicates: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    waiting: int = 0


@dataclass(frozen=True)
class _Article:
    text: str
    sha256: str
    tags: frozenset[uuid.UUID]


def _iso(value: datetime) -> str:
    return value.isoformat()


def _view_payload(view: AnnotationView) -> dict[str, Any]:
    return {
        "id": str(view.id), "article_id": str(view.article_id),
        "annotator_id": str(view.annotator_id), "start": view.start, "end": view.end,
        "exact": view.exact, "prefix": view.prefix, "suffix": view.suffix,
        "tag_id": str(view.tag_id), "note": view.note, "created": _iso(view.created),
        "modified": _iso(view.modified),
    }


class OfflineAnnotations(AnnotationService):
    def __init__(self, db: Database, bus: EventBus, queue: OfflineQueue) -> None:
        super().__init__(db, bus)
        self.queue = queue
        self._articles: dict[uuid.UUID, _Article] = {}
        self._known: dict[uuid.UUID, AnnotationView] = {}
        self._answers: dict[tuple[uuid.UUID, uuid.UUID], AnswerView] = {}
        self._next_try = 0.0

    # -- what the offline work is computed from -------------------------------------------
    def remember_exercise(self, exercise_id: uuid.UUID) -> None:
        """Keep the exercise's texts and tags, to annotate it offline later."""
        exercise = load_exercise(self.db, exercise_id)
        tags = frozenset(t.id for t in exercise.tags)
        for article in exercise.articles:
            self._articles[article.id] = _Article(article.text, article.sha256, tags)

    def list(self, exercise_id: uuid.UUID,
             annotator_id: uuid.UUID | None = None) -> builtins.list[AnnotationView]:
        found = super().list(exercise_id, annotator_id)
        self._known.update((a.id, a) for a in found)
        with contextlib.suppress(ServerUnavailableError):  # else what was read before stays
            self.remember_exercise(exercise_id)
        return found

    def waiting(self) -> int:
        return len(self.queue)

    # -- changes ------------------------------------------------------------------------------
    def add(self, article_id: uuid.UUID, annotator_id: uuid.UUID, start: int, end: int,
            tag_id: uuid.UUID, note: str = "", *, source: object | None = None
            ) -> AnnotationView:
        if not self._behind():
            try:
                view = super().add(article_id, annotator_id, start, end, tag_id, note,
                                   source=source)
                self._known[view.id] = view
                return view
            except ServerUnavailableError:
                if article_id not in self._articles:
                    raise
                self._next_try = time.monotonic() + RETRY_S
        article = self._articles.get(article_id)
        if article is None:
            raise ServerUnavailableError("the school server cannot be reached and this "
                                         "article was not read before; not saved")
        if not 0 <= start < end <= len(article.text):
            raise AnnotationError(f"span {start}-{end} lies outside the article "
                                  f"({len(article.text)} characters)")
        if tag_id not in article.tags:
            raise AnnotationError("the tag does not belong to this exercise's tag set")
        prefix, exact, suffix = quote_context(article.text, start, end)
        now = utcnow()
        view = AnnotationView(new_id(), article_id, annotator_id, start, end, exact, prefix,
                              suffix, tag_id, note, now, now)
        self.queue.push("add", {**_view_payload(view), "sha256": article.sha256})
        self._known[view.id] = view
        self.bus.publish(ev.ANNOTATION_ADDED, view, source)
        return view

    def update(self, annotation_id: uuid.UUID, *, tag_id: uuid.UUID | None = None,
               note: str | None = None, start: int | None = None, end: int | None = None,
               source: object | None = None) -> tuple[AnnotationView, AnnotationView]:
        if not self._behind():
            try:
                before, after = super().update(annotation_id, tag_id=tag_id, note=note,
                                               start=start, end=end, source=source)
                self._known[after.id] = after
                return before, after
            except ServerUnavailableError:
                if annotation_id not in self._known:
                    raise
                self._next_try = time.monotonic() + RETRY_S
        before = self._known[annotation_id]
        article = self._articles[before.article_id]
        after = replace(before, modified=utcnow())
        if tag_id is not None:
            after = replace(after, tag_id=tag_id)
        if note is not None:
            after = replace(after, note=note)
        if start is not None or end is not None:
            s = before.start if start is None else start
            e = before.end if end is None else end
            if not 0 <= s < e <= len(article.text):
                raise AnnotationError(f"span {s}-{e} lies outside the article")
            prefix, exact, suffix = quote_context(article.text, s, e)
            after = replace(after, start=s, end=e, prefix=prefix, exact=exact, suffix=suffix)
        self.queue.push("update", {**_view_payload(after), "sha256": article.sha256})
        self._known[after.id] = after
        self.bus.publish(ev.ANNOTATION_CHANGED, after, source)
        return before, after

    def delete(self, annotation_id: uuid.UUID, *, source: object | None = None) -> Removed:
        if not self._behind():
            try:
                removed = super().delete(annotation_id, source=source)
                self._known.pop(annotation_id, None)
                return removed
            except ServerUnavailableError:
                if annotation_id not in self._known:
                    raise
                self._next_try = time.monotonic() + RETRY_S
        view = self._known.pop(annotation_id)
        self.queue.push("delete", {"id": str(annotation_id), "exact": view.exact})
        self.bus.publish(ev.ANNOTATION_REMOVED, view, source)
        return Removed(view, ())

    def set_answer(self, question_id: uuid.UUID, annotator_id: uuid.UUID,
                   article_id: uuid.UUID, value: str, rating: int | None = None, *,
                   source: object | None = None) -> tuple[AnswerView | None, AnswerView]:
        if not self._behind():
            try:
                before, after = super().set_answer(question_id, annotator_id, article_id,
                                                   value, rating, source=source)
                self._answers[(question_id, article_id)] = after
                return before, after
            except ServerUnavailableError:
                if article_id not in self._articles:
                    raise
                self._next_try = time.monotonic() + RETRY_S
        if rating is not None and not 1 <= rating <= 5:
            raise AnnotationError("a rating runs from 1 to 5")
        before_answer = self._answers.get((question_id, article_id))
        after_answer = AnswerView(question_id, annotator_id, article_id,
                                  without_nul(value), rating)
        self.queue.push("answer", {
            "question_id": str(question_id), "annotator_id": str(annotator_id),
            "article_id": str(article_id), "value": after_answer.value, "rating": rating,
            "exact": after_answer.value[:40]})
        self._answers[(question_id, article_id)] = after_answer
        self.bus.publish(ev.ANSWER_CHANGED, after_answer, source)
        return before_answer, after_answer

    def _behind(self) -> bool:
        """True while changes wait (after trying to send them, at most every RETRY_S
        seconds, so that offline work does not wait for the network each time)."""
        if not len(self.queue):
            return False
        if time.monotonic() < self._next_try:
            return True
        return self.send_waiting().waiting > 0

    # -- replay -------------------------------------------------------------------------------
    def send_waiting(self) -> ReplayReport:
        """Send the waiting changes in order; stop at the first the server cannot take."""
        report = ReplayReport()
        for entry in self.queue.pending():
            try:
                self._replay(entry, report)
            except ServerUnavailableError:
                break
            self.queue.done(entry.seq)
        report.waiting = len(self.queue)
        self._next_try = 0.0 if not report.waiting else time.monotonic() + RETRY_S
        return report

    def _replay(self, entry: Pending, report: ReplayReport) -> None:
        p = entry.payload
        if entry.op == "answer":
            # the last answer written wins, as online; replaying it twice changes nothing
            super().set_answer(uuid.UUID(p["question_id"]), uuid.UUID(p["annotator_id"]),
                               uuid.UUID(p["article_id"]), p["value"], p["rating"],
                               source=self)
            report.sent += 1
            return
        annotation_id = uuid.UUID(p["id"])
        with self.db.session() as session:
            row = session.get(m.Annotation, annotation_id)
            if entry.op == "delete":
                if row is not None:
                    session.delete(row)
                report.sent += 1
                return
            if entry.op == "add" and row is not None:
                report.skipped_duplicates += 1  # stored before the answer was lost
                return
            if entry.op == "update" and row is None:
                self.queue.keep(entry, "the annotation is no longer on the server")
                report.conflicts.append(Conflict(p["exact"], "missing",
                                                 f"“{p['exact']}” was deleted meanwhile; "
                                                 "your change to it is kept aside"))
                return
            article = session.get(m.Article, uuid.UUID(p["article_id"]))
            if article is None:
                self.queue.keep(entry, "the article is no longer on the server")
                report.conflicts.append(Conflict(p["exact"], "missing",
                                                 f"the article of “{p['exact']}” was removed "
                                                 "meanwhile; your highlight is kept aside"))
                return
            start, end = int(p["start"]), int(p["end"])
            if article.sha256 != p["sha256"]:
                anchor = reanchor(article.text, p["exact"], p["prefix"], p["suffix"], start,
                                  end)
                if anchor is None:
                    self._orphan(session, p, row)
                    report.conflicts.append(Conflict(
                        p["exact"], "orphaned", f"“{p['exact']}” is no longer in the "
                        "changed article; kept with your work as an unplaced highlight"))
                    report.sent += 1
                    return
                start, end = anchor.start, anchor.end
                report.conflicts.append(Conflict(
                    p["exact"], "re-anchored",
                    f"the article changed meanwhile; “{p['exact']}” was placed again"))
            prefix, exact, suffix = quote_context(article.text, start, end)
            values = {"start": start, "end": end, "exact": exact, "prefix": prefix,
                      "suffix": suffix, "tag_id": uuid.UUID(p["tag_id"]), "note": p["note"],
                      "modified": datetime.fromisoformat(p["modified"])}
            if row is None:
                session.add(m.Annotation(
                    id=annotation_id, article_id=article.id,
                    annotator_id=uuid.UUID(p["annotator_id"]),
                    created=datetime.fromisoformat(p["created"]), **values))
            else:
                for key, value in values.items():
                    setattr(row, key, value)
            report.sent += 1

    @staticmethod
    def _orphan(session: Any, p: dict[str, Any], row: m.Annotation | None) -> None:
        if row is not None:
            session.delete(row)
        exists = session.scalars(select(m.OrphanAnnotation.id).where(
            m.OrphanAnnotation.annotator_id == uuid.UUID(p["annotator_id"]),
            m.OrphanAnnotation.exact == p["exact"],
            m.OrphanAnnotation.original_start == int(p["start"]),
        )).first()
        if exists is None:
            session.add(m.OrphanAnnotation(
                article_id=uuid.UUID(p["article_id"]), annotator_id=uuid.UUID(p["annotator_id"]),
                exact=p["exact"], prefix=p["prefix"], suffix=p["suffix"],
                tag_id=uuid.UUID(p["tag_id"]), note=p["note"], original_start=int(p["start"]),
                original_end=int(p["end"])))
