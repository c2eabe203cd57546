"""Linking passages while the school server is away, as a student does in the window, and
what the server holds once it is back: every change once, in order; a link whose passage
was deleted on the server meanwhile is reported and kept aside, never dropped."""

from __future__ import annotations

import uuid
from typing import Any

from panel_helpers import shown_column
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from sqlalchemy import delete, select, text
from ws_helpers import answer_prompts, mine, select_phrase, show_active

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.gui.workspace.models.link_model import KIND
from annotator.services.context import open_context
from annotator.services.offline import OfflineAnnotations
from annotator.services.sample import ensure_sample_exercise
from annotator.storage import models as m
from annotator.storage.database import open_database

ALT = Qt.KeyboardModifier.AltModifier
CLAIM = "North Korea’s rapid missile-program improvements"  # left article
PUTIN, HELP = "Vladimir Putin", "technical help"  # right article, in this order
SAME_CLAIM, CONTRADICTS, SUPPORTS = 2, 1, 0  # the chooser's rows


def _sql(url: str, query: str) -> list[tuple[Any, ...]]:
    db = open_database(url)
    try:
        with db.session() as s:
            return [tuple(row) for row in s.execute(text(query))]
    finally:
        db.close()


def _server_links(url: str) -> list[tuple[str, str, str, str]]:
    return sorted(_sql(url, "SELECT s.exact, t.exact, l.kind, l.note FROM link l "
                            "JOIN annotation s ON s.id = l.source_id "
                            "JOIN annotation t ON t.id = l.target_id"))  # type: ignore[arg-type]


def _link_ids(url: str) -> list[uuid.UUID]:
    db = open_database(url)
    try:
        with db.session() as s:
            return list(s.scalars(select(m.Link.id)))
    finally:
        db.close()


def _open(qtbot: Any, url: str) -> MainWindow:
    ctx = open_context(url)
    window = MainWindow(ctx, Settings(), ensure_sample_exercise(ctx.db))
    qtbot.addWidget(window)
    answer_prompts(window)
    show_active(qtbot, window)
    return window


def _tag(qtbot: Any, window: MainWindow, pane: int, phrase: str, key: Qt.Key) -> uuid.UUID:
    select_phrase(window.panes[pane], phrase)
    qtbot.keyClick(window.panes[pane].view, key)
    return next(a.id for a in mine(window) if a.exact == phrase)


def _link_by_keyboard(qtbot: Any, window: MainWindow, steps: int, choose: int) -> None:
    """From the left article's first passage to the right one's ``steps``-th: L, Alt+Down…, L."""
    left, right = window.panes
    window.prompts.choose = lambda *_args: choose
    qtbot.mouseClick(left.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    cursor = left.view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    left.view.setTextCursor(cursor)
    qtbot.keyClick(left.view, Qt.Key.Key_Down, ALT)
    qtbot.keyClick(left.view, Qt.Key.Key_L)
    assert window.link_flow.banner.text().startswith("Linking from “North Korea")
    for _ in range(steps):
        qtbot.keyClick(left.view, Qt.Key.Key_Down, ALT)
    qtbot.keyClick(right.view, Qt.Key.Key_L)
    assert not window.link_flow.banner.isVisible()


def test_links_made_changed_and_undone_offline_reach_the_server_once_in_order(
    qtbot: Any, outage_server: Any, screenshot: Any,
) -> None:
    url = outage_server.url(outage_server.create_database("links"))
    window = _open(qtbot, url)
    where, links_table = window.server.where, window.panels.links.table
    claim = _tag(qtbot, window, 0, CLAIM, Qt.Key.Key_1)
    putin = _tag(qtbot, window, 1, PUTIN, Qt.Key.Key_1)
    _link_by_keyboard(qtbot, window, 1, SAME_CLAIM)  # online: straight to the server
    assert _server_links(url) == [(CLAIM, PUTIN, "same_claim", "")]

    outage_server.kill()
    help_id = _tag(qtbot, window, 1, HELP, Qt.Key.Key_2)  # made offline, not on the server
    _link_by_keyboard(qtbot, window, 2, CONTRADICTS)  # to the passage made offline
    assert where.text() == "Offline, 2 changes waiting"
    assert shown_column(links_table, KIND) == ["same claim", "contradicts"]
    qtbot.wait(50)  # the status bar lays out its new text, as it does for the student
    screenshot(window, "server-offline-links-waiting")
    service = window.ctx.annotations
    assert isinstance(service, OfflineAnnotations)
    link_ids = {(li.source_id, li.target_id): li.id
                for li in service.links(window.exercise.id, window.annotator_id)}
    online_link, offline_link = link_ids[(claim, putin)], link_ids[(claim, help_id)]

    # the kind of the link made online, from the links panel's menu
    menu = window.panels.links.kind_menu(online_link)
    next(a for a in menu.actions() if a.text() == "Supports").trigger()
    # remove the link made offline, then take that back (Ctrl+Z)
    links_table.setFocus()
    links_table.selectRow(1)
    qtbot.keyClick(links_table, Qt.Key.Key_Delete)
    assert shown_column(links_table, KIND) == ["supports"]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(shown_column(links_table, KIND)) == ["contradicts", "supports"]
    # delete "Vladimir Putin" (its link goes with it), undo, redo, undo: both come back
    window.panels.annotations.select_annotation(putin)
    window.panels.annotations.delete_selected()
    assert shown_column(links_table, KIND) == ["contradicts"]
    window.undo_stack.undo()
    window.undo_stack.redo()
    window.undo_stack.undo()
    assert sorted(shown_column(links_table, KIND)) == ["contradicts", "supports"]
    assert where.text() == f"Offline, {service.unsent()} changes waiting"
    assert service.unsent() == 11
    window.server.send_waiting()  # still down: all of it keeps waiting
    assert service.unsent() == 11

    outage_server.restart()
    window.server.send_waiting()
    assert where.text().startswith("School server: ")
    assert window.server.conflicts_told == []
    assert _server_links(url) == sorted([(CLAIM, PUTIN, "supports", ""),
                                         (CLAIM, HELP, "contradicts", "")])
    assert sorted(_link_ids(url)) == sorted([online_link, offline_link])  # each id once
    assert sorted(_sql(url, "SELECT exact FROM annotation")) == [(CLAIM,), (PUTIN,), (HELP,)]
    assert sorted(shown_column(links_table, KIND)) == ["contradicts", "supports"]
    window.close()
    window.ctx.close()


def test_a_lost_reply_stores_nothing_twice_and_a_link_to_a_deleted_passage_is_kept(
    qtbot: Any, outage_server: Any, screenshot: Any,
) -> None:
    url = outage_server.url(outage_server.create_database("linkconflict"))
    window = _open(qtbot, url)
    service = window.ctx.annotations
    assert isinstance(service, OfflineAnnotations)
    _tag(qtbot, window, 0, CLAIM, Qt.Key.Key_1)
    putin = _tag(qtbot, window, 1, PUTIN, Qt.Key.Key_1)

    outage_server.kill()
    _tag(qtbot, window, 1, HELP, Qt.Key.Key_2)
    _link_by_keyboard(qtbot, window, 1, SUPPORTS)  # to "Vladimir Putin"
    _link_by_keyboard(qtbot, window, 2, CONTRADICTS)  # to "technical help", made offline
    [to_putin, _] = sorted(service.links(window.exercise.id, window.annotator_id),
                           key=lambda li: li.target_id != putin)
    window.panels.links.kind_menu(to_putin.id)  # the menu opens offline too
    sent_before = service.queue.pending()
    assert [e.op for e in sent_before] == ["add", "link", "link"]

    outage_server.restart()
    # meanwhile, on the server, "Vladimir Putin" was deleted (from another computer)
    db = open_database(url)
    try:
        with db.session() as s:
            s.execute(delete(m.Annotation).where(m.Annotation.id == putin))
    finally:
        db.close()
    window.server.send_waiting()
    [conflicts] = window.server.conflicts_told
    assert [(c.exact, c.what) for c in conflicts] == [(CLAIM, "missing")]
    assert window.server.conflict_box is not None
    assert "kept aside" in window.server.conflict_box.text()
    # kept in the queue file, counted in the status bar, never dropped
    [(kept, reason)] = service.queue.kept()
    assert kept.op == "link" and kept.payload["id"] == str(to_putin.id)
    assert reason == "a linked passage is no longer on the server"
    assert service.waiting() == 1 and service.unsent() == 0
    assert window.server.where.text().endswith(", 1 change kept aside")
    window.server.conflict_box.close()
    qtbot.wait(50)
    screenshot(window, "server-link-kept-aside")
    assert _server_links(url) == [(CLAIM, HELP, "contradicts", "")]

    # The server committed all of it but the queue file never learnt (the answer was lost,
    # or the app stopped before it could note it): replaying the same entries again stores
    # nothing twice and keeps the conflict once.
    for entry in sent_before:
        service.queue.push(entry.op, entry.payload)
    again = service.send_waiting()
    assert (again.sent, again.skipped_duplicates, again.waiting) == (0, 2, 0)
    assert _server_links(url) == [(CLAIM, HELP, "contradicts", "")]
    assert len(_sql(url, "SELECT id FROM annotation")) == 2
    assert len(service.queue.kept()) == 1 and service.waiting() == 1
    window.close()
    window.ctx.close()


def test_every_other_workspace_change_and_its_undo_works_offline(
    qtbot: Any, outage_server: Any,
) -> None:
    url = outage_server.url(outage_server.create_database("offlineedit"))
    window = _open(qtbot, url)
    answer_prompts(window, note="Named source? No.")
    left, phrase = window.panes[0], "black-market factory"
    view = left.view
    _tag(qtbot, window, 0, CLAIM, Qt.Key.Key_1)  # read from and written to the server

    outage_server.kill()
    _tag(qtbot, window, 0, phrase, Qt.Key.Key_1)
    qtbot.keyClick(view, Qt.Key.Key_2)  # retag as evidence
    qtbot.keyClick(view, Qt.Key.Key_N)  # note
    qtbot.keyClick(view, Qt.Key.Key_Right, ALT | Qt.KeyboardModifier.ShiftModifier)
    assert [a.exact for a in mine(window)] == [CLAIM, "black-market factory that"]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [a.exact for a in mine(window)] == [CLAIM]
    stack = window.undo_stack
    while stack.canUndo():
        window.act_undo.trigger()
    assert mine(window) == []  # even the highlight made online, taken back offline
    while stack.canRedo():
        window.act_redo.trigger()
    window.act_undo.trigger()  # the delete, once more
    sheet = window.panels.evaluation
    sheet.raise_()
    first = sheet.questions[0]
    first.editor.setFocus()
    qtbot.keyClicks(first.editor, "No author named")
    qtbot.keyClick(first.editor, Qt.Key.Key_Tab)  # leaving the field saves at once
    assert [a.value for a in window.ctx.annotations.answers(
        window.exercise.id, window.annotator_id)] == ["No author named"]
    assert window.server.where.text().startswith("Offline, ")
    kinds = {t.id: t.label for t in window.exercise.tags}
    shown = [(a.exact, kinds[a.tag_id], a.note) for a in mine(window)]
    assert shown == [(CLAIM, "Claim", ""), ("black-market factory that", "Evidence",
                                            "Named source? No.")]

    outage_server.restart()
    window.server.send_waiting()
    assert window.server.where.text().startswith("School server: ")
    assert window.server.conflicts_told == []
    stored = _sql(url, "SELECT a.exact, t.label, a.note FROM annotation a "
                       "JOIN tag t ON t.id = a.tag_id ORDER BY a.start")
    assert stored == shown
    assert _sql(url, "SELECT value FROM answer") == [("No author named",)]
    window.close()
    window.ctx.close()
