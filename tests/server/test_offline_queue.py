"""Working through a server outage: changes wait in the local queue and are sent in order,
once, when the server is back; a quote whose article changed meanwhile is re-anchored or kept
as an orphan, and reported."""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from pgtest import TestServer
from sqlalchemy import select

from annotator.core.text import fingerprint
from annotator.services import events as ev
from annotator.services.context import AppContext, open_context
from annotator.services.exercises import load_exercise
from annotator.services.offline import OfflineAnnotations
from annotator.services.offline_queue import OfflineQueue, Pending
from annotator.services.sample import ensure_sample_exercise
from annotator.storage import models as m
from annotator.storage.database import open_database
from annotator.storage.errors import ServerUnavailableError


def _stored(url: str) -> tuple[list[tuple[int, int, str, str]], list[str]]:
    db = open_database(url)
    try:
        with db.session() as s:
            rows = s.execute(select(m.Annotation.start, m.Annotation.end, m.Annotation.exact,
                                    m.Annotation.note).order_by(m.Annotation.start)).all()
            orphans = s.scalars(select(m.OrphanAnnotation.exact)).all()
        return [tuple(r) for r in rows], list(orphans)  # type: ignore[misc]
    finally:
        db.close()


def test_changes_made_offline_are_sent_in_order_once_and_conflicts_reported(
    outage_server: TestServer,
) -> None:
    url = outage_server.url(outage_server.create_database("offline"))
    ctx: AppContext = open_context(url)
    service = ctx.annotations
    assert isinstance(service, OfflineAnnotations)
    seen: list[str] = []
    for kind in (ev.ANNOTATION_ADDED, ev.ANNOTATION_CHANGED, ev.ANNOTATION_REMOVED):
        ctx.bus.subscribe(kind, lambda event: seen.append(event.topic))
    exercise = load_exercise(ctx.db, ensure_sample_exercise(ctx.db))
    with ctx.db.session() as s:
        me = m.Annotator(display_name="Ada")
        s.add(me)
    service.list(exercise.id, me.id)  # the window reads the student's work (and the texts)
    article, tags = exercise.articles[0], exercise.tags
    text = article.text
    online = service.add(article.id, me.id, 0, 6, tags[0].id, note="online")

    outage_server.kill()
    at = text.index("North Korea’s rapid")
    kept = service.add(article.id, me.id, at, at + 13, tags[1].id, note="offline 1")
    gone_at = text.index("according to a new report")
    gone = service.add(article.id, me.id, gone_at, gone_at + 25, tags[2].id, note="offline 2")
    service.update(online.id, note="edited offline")
    service.update(kept.id, note="offline 1, edited")
    temp = service.add(article.id, me.id, 20, 25, tags[0].id)
    service.delete(temp.id)
    question = exercise.questions[0].id
    service.set_answer(question, me.id, article.id, "first thought")
    service.set_answer(question, me.id, article.id, "second thought")
    assert service.waiting() == 8
    assert seen.count(ev.ANNOTATION_ADDED) == 4  # the window showed every change at once
    with pytest.raises(ServerUnavailableError):
        open_database(url)
    assert service.send_waiting().waiting == 8  # still down: nothing lost, nothing sent

    outage_server.restart()
    # Meanwhile a new revision of the exercise changed the article (as exercise_sync does
    # when a teacher imports one): a sentence in front, one phrase removed.
    new_text = "A new first sentence. " + text.replace("according to a new report", "")
    admin = open_database(url)
    try:
        with admin.session() as s:
            row = s.get(m.Article, article.id)
            assert row is not None
            row.text, row.sha256 = new_text, fingerprint(new_text)
    finally:
        admin.close()
    report = service.send_waiting()
    assert report.waiting == 0 and report.sent == 8 and report.skipped_duplicates == 0
    assert [a.value for a in service.answers(exercise.id, me.id)] == ["second thought"]
    # every change made against the old text is placed again in the new one, and said so
    assert {c.exact for c in report.conflicts if c.what == "re-anchored"} == {
        text[:6], "North Korea’s", text[20:25]}
    assert [c.exact for c in report.conflicts if c.what == "orphaned"] == [
        "according to a new report"]
    assert all(c.message for c in report.conflicts)
    rows, orphans = _stored(url)
    shift = len("A new first sentence. ")
    assert rows == [(shift + 0, shift + 6, text[:6], "edited offline"),
                    (shift + at, shift + at + 13, "North Korea’s", "offline 1, edited")]
    assert orphans == ["according to a new report"]
    assert gone.exact == "according to a new report"

    # Replaying again (the queue file kept an entry the server had already committed)
    # stores nothing twice.
    service.queue.push("add", {**_payload(kept), "sha256": "old"})
    again = service.send_waiting()
    assert again.skipped_duplicates == 1 and _stored(url) == (rows, orphans)
    after = service.add(article.id, me.id, 30, 35, tags[0].id)  # online again: straight in
    assert service.waiting() == 0 and after.exact == new_text[30:35]
    ctx.close()


def _payload(view: object) -> dict[str, object]:
    from annotator.services.offline import _view_payload

    return _view_payload(view)  # type: ignore[arg-type]


def test_the_queue_file_keeps_entries_across_restarts_and_in_order(tmp_path: Path) -> None:
    queue = OfflineQueue(tmp_path / "q.sqlite3")
    for n in range(5):
        queue.push("add", {"n": n})
    queue.done(1)
    queue.close()
    again = OfflineQueue(tmp_path / "q.sqlite3")
    assert [(p.op, p.payload["n"]) for p in again.pending()] == [
        ("add", 1), ("add", 2), ("add", 3), ("add", 4)]
    first = again.pending()[0]
    again.keep(Pending(first.seq, first.op, first.payload), "no longer there")
    assert len(again) == 3 and again.kept()[0][1] == "no longer there"
    again.close()


def test_links_waiting_offline_meet_what_changed_on_the_server(
    outage_server: TestServer,
) -> None:
    from annotator.services.annotations import AnnotationService
    from annotator.services.events import EventBus

    url = outage_server.url(outage_server.create_database("offlinelinks"))
    ctx: AppContext = open_context(url)
    service = ctx.annotations
    assert isinstance(service, OfflineAnnotations)
    exercise = load_exercise(ctx.db, ensure_sample_exercise(ctx.db))
    with ctx.db.session() as s:
        me = m.Annotator(display_name="Ada")
        s.add(me)
    service.list(exercise.id, me.id)
    service.links(exercise.id, me.id)
    first, second = exercise.articles
    tag = exercise.tags[0].id
    a = service.add(first.id, me.id, 0, 6, tag)
    b = service.add(second.id, me.id, 0, 6, tag)
    c = service.add(second.id, me.id, 10, 16, tag)
    changed = service.add_link(a.id, c.id, m.LinkKind.SUPPORTS)

    outage_server.kill()
    twin = service.add_link(a.id, b.id, m.LinkKind.SAME_CLAIM, "mine")
    service.update_link(changed.id, note="edited offline")
    service.remove_link(changed.id)  # gone here; the server removes it too
    removed = service.delete(b.id)  # takes the offline link with it, as online
    assert [li.id for li in removed.links] == [twin.id]
    assert service.links(exercise.id, me.id) == []
    service.restore(removed)  # undo: both come back, with their ids
    assert [li.id for li in service.links(exercise.id, me.id)] == [twin.id]
    to_c = service.add_link(b.id, c.id, m.LinkKind.CONTRADICTS)
    service.update_link(to_c.id, kind=m.LinkKind.SUPPORTS)
    assert service.unsent() == 8

    outage_server.restart()
    # meanwhile, from another computer: the same link as "twin", and "c" deleted
    other = AnnotationService(open_database(url), EventBus())
    try:
        other.restore_link(replace(twin, id=uuid.uuid4(), note="from the other laptop"))
        other.delete(c.id)
    finally:
        other.db.close()
    report = service.send_waiting()
    assert report.waiting == 0
    # "c" went with its links on the server: the change to one, the other link and its
    # change are kept aside, as is the link the server already had
    assert sorted(c.what for c in report.conflicts) == [
        "already linked", "missing", "missing", "missing"]
    assert [(p.op, reason) for p, reason in service.queue.kept()] == [
        ("link", "the server already has this link"),
        ("link_update", "the link is no longer on the server"),
        ("link", "a linked passage is no longer on the server"),
        ("link_update", "the link is no longer on the server")]
    assert service.waiting() == 4
    db = open_database(url)
    try:
        with db.session() as s:
            links = s.execute(select(m.Link.source_id, m.Link.target_id, m.Link.note)).all()
            # deleting "b" took the other laptop's link with it (as online); undoing the
            # delete put back the student's own, which the server could then take
            assert [tuple(li) for li in links] == [(a.id, b.id, "mine")]
            assert s.get(m.Annotation, b.id) is not None
    finally:
        db.close()
    ctx.close()
