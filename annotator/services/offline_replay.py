"""Sending the changes made offline to the school server, each exactly once, in order.

Used by :meth:`annotator.services.offline.OfflineAnnotations.send_waiting`. Every entry of
the queue carries the ids made for it offline, so replaying an entry the server already
committed (the commit went through, the answer was lost) changes nothing:

* ``add`` (an annotation, also one put back by undo) and ``link``: skipped when the server
  already has the id;
* ``update``, ``answer`` and ``link_update`` write the whole new state: twice is once;
* ``delete`` and ``link_delete`` of something already gone do nothing.

What the server's data no longer fits is reported as a :class:`Conflict`: an article whose
text changed is re-anchored (or the quote kept as an orphaned annotation); a change to, or a
link to, an annotation deleted meanwhile is moved to the queue file's ``kept`` table, never
dropped.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from annotator.core.anchoring import reanchor
from annotator.core.i18n import Texts
from annotator.core.text import quote_context
from annotator.services.annotations import AnnotationService
from annotator.services.offline_queue import OfflineQueue, Pending
from annotator.storage import models as m

__all__ = ["Conflict", "ReplayReport", "replay"]


class OfflineText(Texts):
    """The translation context of what working offline tells the person (the reasons kept
    in the queue file stay English: they are data)."""


@dataclass(frozen=True)
class Conflict:
    """A waiting change the server's data no longer fitted exactly."""

    exact: str
    what: str  # "re-anchored", "orphaned", "missing", "already linked"
    message: str


@dataclass
class ReplayReport:
    sent: int = 0
    skipped_duplicates: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    waiting: int = 0


def replay(service: AnnotationService, queue: OfflineQueue, entry: Pending,
           report: ReplayReport) -> None:
    """Send one waiting change in its own transaction (raises ServerUnavailableError)."""
    p = entry.payload
    if entry.op == "answer":
        # the last answer written wins, as online; replaying it twice changes nothing
        AnnotationService.set_answer(
            service, uuid.UUID(p["question_id"]), uuid.UUID(p["annotator_id"]),
            uuid.UUID(p["article_id"]), p["value"], p["rating"], source=service)
        report.sent += 1
        return
    with service.db.session() as session:
        if entry.op.startswith("link"):
            _replay_link(session, queue, entry, report)
        else:
            _replay_annotation(session, queue, entry, report)


def _keep(queue: OfflineQueue, entry: Pending, report: ReplayReport, reason: str,
          conflict: Conflict) -> None:
    queue.keep(entry, reason)
    report.conflicts.append(conflict)


def _replay_link(session: Session, queue: OfflineQueue, entry: Pending,
                 report: ReplayReport) -> None:
    p = entry.payload
    link_id = uuid.UUID(p["id"])
    row = session.get(m.Link, link_id)
    if entry.op == "link_delete":
        if row is not None:
            session.delete(row)
        report.sent += 1
        return
    if entry.op == "link_update":
        if row is None:
            _keep(queue, entry, report, "the link is no longer on the server", Conflict(
                p["exact"], "missing", OfflineText.tr(
                "the link from “{quote}” was removed meanwhile (with one of its passages); "
                "your change to it is kept aside").format(quote=p["exact"])))
            return
        row.kind, row.note = m.LinkKind(p["kind"]), p["note"]
        report.sent += 1
        return
    if row is not None:
        report.skipped_duplicates += 1  # stored before the answer was lost
        return
    source_id, target_id = uuid.UUID(p["source_id"]), uuid.UUID(p["target_id"])
    kind = m.LinkKind(p["kind"])
    if any(session.get(m.Annotation, i) is None for i in (source_id, target_id)):
        _keep(queue, entry, report, "a linked passage is no longer on the server", Conflict(
            p["exact"], "missing", OfflineText.tr(
            "a passage of your link from “{quote}” was deleted or could not be placed "
            "meanwhile; the link is kept aside").format(quote=p["exact"])))
        return
    twin = session.scalars(select(m.Link.id).where(
        m.Link.source_id == source_id, m.Link.target_id == target_id, m.Link.kind == kind,
    )).first()
    if twin is not None:
        _keep(queue, entry, report, "the server already has this link", Conflict(
            p["exact"], "already linked", OfflineText.tr(
            "“{quote}” was already linked that way (from another computer); your link and "
            "its note are kept aside").format(quote=p["exact"])))
        return
    session.add(m.Link(id=link_id, source_id=source_id, target_id=target_id, kind=kind,
                       note=p["note"], created=datetime.fromisoformat(p["created"])))
    report.sent += 1


def _replay_annotation(session: Session, queue: OfflineQueue, entry: Pending,
                       report: ReplayReport) -> None:
    p = entry.payload
    annotation_id = uuid.UUID(p["id"])
    row = session.get(m.Annotation, annotation_id)
    if entry.op == "delete":
        if row is not None:
            session.delete(row)  # its links go with it (ON DELETE CASCADE), as online
        report.sent += 1
        return
    if entry.op == "add" and row is not None:
        report.skipped_duplicates += 1  # stored before the answer was lost
        return
    if entry.op == "update" and row is None:
        _keep(queue, entry, report, "the annotation is no longer on the server", Conflict(
            p["exact"], "missing", OfflineText.tr(
            "“{quote}” was deleted meanwhile; your change to it is kept aside").format(
                quote=p["exact"])))
        return
    article = session.get(m.Article, uuid.UUID(p["article_id"]))
    if article is None:
        _keep(queue, entry, report, "the article is no longer on the server", Conflict(
            p["exact"], "missing", OfflineText.tr(
            "the article of “{quote}” was removed meanwhile; your highlight is kept "
            "aside").format(quote=p["exact"])))
        return
    start, end = int(p["start"]), int(p["end"])
    if article.sha256 != p["sha256"]:
        anchor = reanchor(article.text, p["exact"], p["prefix"], p["suffix"], start, end)
        if anchor is None:
            _orphan(session, p, row)
            report.conflicts.append(Conflict(
                p["exact"], "orphaned", OfflineText.tr(
                "“{quote}” is no longer in the changed article; kept with your work as an "
                "unplaced highlight").format(quote=p["exact"])))
            report.sent += 1
            return
        start, end = anchor.start, anchor.end
        report.conflicts.append(Conflict(
            p["exact"], "re-anchored",
            OfflineText.tr("the article changed meanwhile; “{quote}” was placed "
                           "again").format(quote=p["exact"])))
    prefix, exact, suffix = quote_context(article.text, start, end)
    values = {"start": start, "end": end, "exact": exact, "prefix": prefix, "suffix": suffix,
              "tag_id": uuid.UUID(p["tag_id"]), "note": p["note"],
              "modified": datetime.fromisoformat(p["modified"])}
    if row is None:
        session.add(m.Annotation(
            id=annotation_id, article_id=article.id, annotator_id=uuid.UUID(p["annotator_id"]),
            created=datetime.fromisoformat(p["created"]), **values))
    else:
        for key, value in values.items():
            setattr(row, key, value)
    report.sent += 1


def _orphan(session: Session, p: dict[str, Any], row: m.Annotation | None) -> None:
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
