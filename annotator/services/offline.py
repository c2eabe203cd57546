"""Annotating on a school server that may go away: work goes on, changes wait, then are sent.

:class:`OfflineAnnotations` is the :class:`AnnotationService` of a server session. When a
change cannot reach the server (:class:`ServerUnavailableError`), it is computed locally
from the texts, annotations, links and answers read while online, written to the
:class:`OfflineQueue`, and published on the bus exactly as a stored change, so the student
sees it at once. Once anything waits, later changes queue behind it, so that order is kept,
and the window's lists (:meth:`list`, :meth:`links`, :meth:`answers`) are answered from
what is known here, with the waiting changes in it.

Nothing a student does in the workspace is refused because the server is away: adding,
retagging, moving, noting and deleting an annotation; linking two passages (also one made
offline and not yet sent), changing a link's kind or note, removing a link; answering the
evaluation questions; and the undo and redo of each (undoing a delete puts back the
annotation and its links with their ids, as online). A change can only be refused offline
when it concerns something this window never read from the server.

Every change made offline carries its own id, chosen before the server is tried, so a
commit whose answer was lost is never stored twice. :meth:`OfflineAnnotations.send_waiting`
replays the queue in order, each change in its own transaction, and stops at the first one
the server cannot take yet (:mod:`annotator.services.offline_replay`): an article that
changed meanwhile has the quote re-anchored or kept as an orphaned annotation; a change to,
or a link to, an annotation deleted meanwhile is reported and kept in the queue file's
``kept`` table, never dropped. :meth:`OfflineAnnotations.waiting` counts both what waits and
what was kept aside.
"""

from __future__ import annotations

import builtins
import contextlib
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace

from annotator.core.text import quote_context, without_nul
from annotator.services import events as ev
from annotator.services.annotations import AnnotationError, AnnotationService, Removed
from annotator.services.events import EventBus
from annotator.services.exercises import load_exercise
from annotator.services.offline_queue import OfflineQueue, annotation_payload, link_payload
from annotator.services.offline_replay import Conflict, OfflineText, ReplayReport, replay
from annotator.services.views import AnnotationView, AnswerView, LinkView
from annotator.storage import models as m
from annotator.storage.database import Database
from annotator.storage.errors import ServerUnavailableError
from annotator.storage.types import new_id, utcnow

__all__ = ["RETRY_S", "Conflict", "OfflineAnnotations", "ReplayReport"]

_view_payload = annotation_payload  # the name the tests knew

RETRY_S = 10.0  # while offline, how often a change tries the server again before queueing


def _not_read() -> str:
    return OfflineText.tr("the school server cannot be reached and this was not read from it "
                          "before; not saved")


@dataclass(frozen=True)
class _Article:
    exercise_id: uuid.UUID
    position: int
    text: str
    sha256: str
    tags: frozenset[uuid.UUID]


class OfflineAnnotations(AnnotationService):
    def __init__(self, db: Database, bus: EventBus, queue: OfflineQueue) -> None:
        super().__init__(db, bus)
        self.queue = queue
        self._articles: dict[uuid.UUID, _Article] = {}
        self._known: dict[uuid.UUID, AnnotationView] = {}
        self._links: dict[uuid.UUID, LinkView] = {}
        self._answers: dict[tuple[uuid.UUID, uuid.UUID], AnswerView] = {}
        self._next_try = 0.0
        self._untold: builtins.list[Conflict] = []  # conflicts of replays no window asked for

    # -- what the offline work is computed from -------------------------------------------
    def remember_exercise(self, exercise_id: uuid.UUID) -> None:
        """Keep the exercise's texts and tags, to annotate it offline later."""
        exercise = load_exercise(self.db, exercise_id)
        tags = frozenset(t.id for t in exercise.tags)
        for position, article in enumerate(exercise.articles):
            self._articles[article.id] = _Article(exercise_id, position, article.text,
                                                  article.sha256, tags)

    def _in(self, exercise_id: uuid.UUID, annotation: AnnotationView,
            annotator_id: uuid.UUID | None) -> bool:
        article = self._articles.get(annotation.article_id)
        return (article is not None and article.exercise_id == exercise_id
                and annotator_id in (None, annotation.annotator_id))

    def _read_before(self, exercise_id: uuid.UUID) -> bool:
        return any(a.exercise_id == exercise_id for a in self._articles.values())

    def list(self, exercise_id: uuid.UUID,
             annotator_id: uuid.UUID | None = None) -> builtins.list[AnnotationView]:
        if not self._behind():
            try:
                found = super().list(exercise_id, annotator_id)
            except ServerUnavailableError:
                if not self._read_before(exercise_id):
                    raise
            else:
                with contextlib.suppress(ServerUnavailableError):  # else the texts read before
                    self.remember_exercise(exercise_id)
                for key in [k for k, a in self._known.items()
                            if self._in(exercise_id, a, annotator_id)]:
                    del self._known[key]  # what the server holds now replaces what was known
                self._known.update((a.id, a) for a in found)
                return found
        mine = [a for a in self._known.values() if self._in(exercise_id, a, annotator_id)]
        return sorted(mine, key=lambda a: (self._articles[a.article_id].position, a.start,
                                           a.end))

    def links(self, exercise_id: uuid.UUID,
              annotator_id: uuid.UUID | None = None) -> builtins.list[LinkView]:
        def ours(link: LinkView) -> bool:
            first = self._known.get(link.source_id)
            return first is not None and self._in(exercise_id, first, annotator_id)

        if not self._behind():
            try:
                found = super().links(exercise_id, annotator_id)
            except ServerUnavailableError:
                if not self._read_before(exercise_id):
                    raise
            else:
                for key in [k for k, li in self._links.items() if ours(li)]:
                    del self._links[key]
                self._links.update((li.id, li) for li in found)
                return found
        return sorted((li for li in self._links.values() if ours(li)), key=lambda li: li.created)

    def answers(self, exercise_id: uuid.UUID,
                annotator_id: uuid.UUID) -> builtins.list[AnswerView]:
        if not self._behind():
            try:
                found = super().answers(exercise_id, annotator_id)
            except ServerUnavailableError:
                if not self._read_before(exercise_id):
                    raise
            else:
                self._answers.update(((a.question_id, a.article_id), a) for a in found)
                return found
        return [a for a in self._answers.values() if a.annotator_id == annotator_id
                and a.article_id in self._articles
                and self._articles[a.article_id].exercise_id == exercise_id]

    def waiting(self) -> int:
        """Changes not on the server: those waiting to be sent and those kept aside."""
        return len(self.queue) + self.queue.kept_count()

    def unsent(self) -> int:
        """Changes waiting to be sent (not those kept aside)."""
        return len(self.queue)

    def _offline(self, can: bool) -> bool:
        """After the server failed: whether the change can be made offline instead."""
        if can:
            self._next_try = time.monotonic() + RETRY_S
        return can

    # -- annotations --------------------------------------------------------------------------
    def add(self, article_id: uuid.UUID, annotator_id: uuid.UUID, start: int, end: int,
            tag_id: uuid.UUID, note: str = "", *, annotation_id: uuid.UUID | None = None,
            source: object | None = None) -> AnnotationView:
        annotation_id = annotation_id or new_id()  # the same id online and in the queue
        if not self._behind():
            try:
                view = super().add(article_id, annotator_id, start, end, tag_id, note,
                                   annotation_id=annotation_id, source=source)
                self._known[view.id] = view
                return view
            except ServerUnavailableError:
                if not self._offline(article_id in self._articles):
                    raise
        article = self._articles.get(article_id)
        if article is None:
            raise ServerUnavailableError(_not_read())
        if not 0 <= start < end <= len(article.text):
            raise AnnotationError(OfflineText.tr(
                "span {start}-{end} lies outside the article (%n character(s))", "",
                len(article.text)).format(start=start, end=end))
        if tag_id not in article.tags:
            raise AnnotationError(OfflineText.tr(
                "the tag does not belong to this exercise's tag set"))
        prefix, exact, suffix = quote_context(article.text, start, end)
        now = utcnow()
        view = AnnotationView(annotation_id, article_id, annotator_id, start, end, exact,
                              prefix, suffix, tag_id, without_nul(note), now, now)
        self.queue.push("add", {**annotation_payload(view), "sha256": article.sha256})
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
                if not self._offline(annotation_id in self._known):
                    raise
        if annotation_id not in self._known:
            raise AnnotationError(OfflineText.tr("no annotation with id {id}").format(
                id=annotation_id))
        before = self._known[annotation_id]
        article = self._articles[before.article_id]
        after = replace(before, modified=utcnow())
        if tag_id is not None:
            if tag_id not in article.tags:
                raise AnnotationError(OfflineText.tr(
                "the tag does not belong to this exercise's tag set"))
            after = replace(after, tag_id=tag_id)
        if note is not None:
            after = replace(after, note=without_nul(note))
        if start is not None or end is not None:
            s = before.start if start is None else start
            e = before.end if end is None else end
            if not 0 <= s < e <= len(article.text):
                raise AnnotationError(OfflineText.tr(
                    "span {start}-{end} lies outside the article").format(start=s, end=e))
            prefix, exact, suffix = quote_context(article.text, s, e)
            after = replace(after, start=s, end=e, prefix=prefix, exact=exact, suffix=suffix)
        self.queue.push("update", {**annotation_payload(after), "sha256": article.sha256})
        self._known[after.id] = after
        self.bus.publish(ev.ANNOTATION_CHANGED, after, source)
        return before, after

    def delete(self, annotation_id: uuid.UUID, *, source: object | None = None) -> Removed:
        if not self._behind():
            try:
                removed = super().delete(annotation_id, source=source)
                self._known.pop(annotation_id, None)
                for link in removed.links:
                    self._links.pop(link.id, None)
                return removed
            except ServerUnavailableError:
                if not self._offline(annotation_id in self._known):
                    raise
        gone = self._known.pop(annotation_id, None)
        if gone is None:
            raise AnnotationError(OfflineText.tr("no annotation with id {id}").format(
                id=annotation_id))
        links = tuple(li for li in self._links.values() if annotation_id in
                      (li.source_id, li.target_id))
        self.queue.push("delete", {"id": str(annotation_id), "exact": gone.exact})
        for link in links:  # on the server they go with it (ON DELETE CASCADE)
            del self._links[link.id]
            self.bus.publish(ev.LINK_REMOVED, link, source)
        self.bus.publish(ev.ANNOTATION_REMOVED, gone, source)
        return Removed(gone, links)

    def restore(self, removed: Removed, *, source: object | None = None) -> AnnotationView:
        a = removed.annotation
        if not self._behind():
            try:
                super().restore(removed, source=source)
                self._known[a.id] = a
                self._links.update((li.id, li) for li in removed.links)
                return a
            except ServerUnavailableError:
                if not self._offline(a.article_id in self._articles):
                    raise
        article = self._articles.get(a.article_id)
        if article is None:
            raise ServerUnavailableError(_not_read())
        self.queue.push("add", {**annotation_payload(a), "sha256": article.sha256})
        self._known[a.id] = a
        self.bus.publish(ev.ANNOTATION_ADDED, a, source)
        self._queue_links(removed.links, source)
        return a

    # -- links --------------------------------------------------------------------------------
    def add_link(self, source_id: uuid.UUID, target_id: uuid.UUID, kind: m.LinkKind,
                 note: str = "", *, link_id: uuid.UUID | None = None,
                 source: object | None = None) -> LinkView:
        link_id = link_id or new_id()  # the same id online and in the queue
        if not self._behind():
            try:
                view = super().add_link(source_id, target_id, kind, note, link_id=link_id,
                                        source=source)
                self._links[view.id] = view
                return view
            except ServerUnavailableError:
                if not self._offline(source_id in self._known and target_id in self._known):
                    raise
        if source_id == target_id:
            raise AnnotationError(OfflineText.tr("an annotation cannot be linked to itself"))
        first, second = self._known.get(source_id), self._known.get(target_id)
        if first is None or second is None:
            raise ServerUnavailableError(_not_read())
        if first.annotator_id != second.annotator_id:
            raise AnnotationError(OfflineText.tr(
                "a link joins two annotations by the same person"))
        if any((li.source_id, li.target_id, li.kind) == (source_id, target_id, kind)
               for li in self._links.values()):
            raise AnnotationError(OfflineText.tr(
                "these two passages are already linked that way"))
        link = LinkView(link_id, source_id, target_id, kind, without_nul(note), utcnow())
        self._queue_links([link], source)
        return link

    def _queue_links(self, links: Iterable[LinkView], source: object | None) -> None:
        for link in links:
            first = self._known.get(link.source_id)
            self.queue.push("link", link_payload(link, first.exact if first else ""))
            self._links[link.id] = link
            self.bus.publish(ev.LINK_ADDED, link, source)

    def update_link(self, link_id: uuid.UUID, *, kind: m.LinkKind | None = None,
                    note: str | None = None, source: object | None = None,
                    ) -> tuple[LinkView, LinkView]:
        if not self._behind():
            try:
                before, after = super().update_link(link_id, kind=kind, note=note,
                                                    source=source)
                self._links[link_id] = after
                return before, after
            except ServerUnavailableError:
                if not self._offline(link_id in self._links):
                    raise
        old = self._links.get(link_id)
        if old is None:
            raise AnnotationError(OfflineText.tr("no link with id {id}").format(id=link_id))
        after = replace(old, kind=kind or old.kind,
                        note=old.note if note is None else without_nul(note))
        first = self._known.get(after.source_id)
        self.queue.push("link_update", link_payload(after, first.exact if first else ""))
        self._links[link_id] = after
        self.bus.publish(ev.LINK_CHANGED, after, source)
        return old, after

    def remove_link(self, link_id: uuid.UUID, *, source: object | None = None) -> LinkView:
        if not self._behind():
            try:
                view = super().remove_link(link_id, source=source)
                self._links.pop(link_id, None)
                return view
            except ServerUnavailableError:
                if not self._offline(link_id in self._links):
                    raise
        gone = self._links.pop(link_id, None)
        if gone is None:
            raise AnnotationError(OfflineText.tr("no link with id {id}").format(id=link_id))
        first = self._known.get(gone.source_id)
        self.queue.push("link_delete", link_payload(gone, first.exact if first else ""))
        self.bus.publish(ev.LINK_REMOVED, gone, source)
        return gone

    # -- answers ------------------------------------------------------------------------------
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
                if not self._offline(article_id in self._articles):
                    raise
        if rating is not None and not 1 <= rating <= 5:
            raise AnnotationError(OfflineText.tr("a rating runs from 1 to 5"))
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
                replay(self, self.queue, entry, report)
            except ServerUnavailableError:
                break
            self.queue.done(entry.seq)
        report.waiting = len(self.queue)
        self._next_try = 0.0 if not report.waiting else time.monotonic() + RETRY_S
        self._untold.extend(report.conflicts)
        return report

    def take_conflicts(self) -> builtins.list[Conflict]:
        """The conflicts of every replay since the last call (also those replayed on the
        way, when a change found the server back), to report them once."""
        told, self._untold = self._untold, []
        return told
