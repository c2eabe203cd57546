"""The student's window when the school server goes away and comes back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select
from ws_helpers import answer_prompts, select_phrase, show_active

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.context import open_context
from annotator.services.sample import ensure_sample_exercise
from annotator.storage import models as m
from annotator.storage.database import open_database

FIRST = "North Korea’s rapid missile-program improvements"
SECOND = "according to a new report"


def _notes(url: str) -> list[str]:
    db = open_database(url)
    try:
        with db.session() as s:
            return sorted(s.scalars(select(m.Annotation.exact)).all())
    finally:
        db.close()


def test_tagging_goes_on_offline_and_is_sent_when_the_server_is_back(
    qtbot: Any, outage_server: Any, screenshot: Any,
) -> None:
    url = outage_server.url(outage_server.create_database("window"))
    ctx = open_context(url)
    exercise_id = ensure_sample_exercise(ctx.db)
    window = MainWindow(ctx, Settings(), exercise_id)
    qtbot.addWidget(window)
    answer_prompts(window)
    show_active(qtbot, window)
    where = window.server.where
    assert where.text().startswith("School server: postgres@localhost/window_")
    pane = window.panes[0]
    select_phrase(pane, FIRST)
    qtbot.keyClick(pane.view, Qt.Key.Key_1)
    assert _notes(url) == [FIRST]

    outage_server.kill()
    select_phrase(pane, SECOND)
    qtbot.keyClick(pane.view, Qt.Key.Key_2)
    assert where.text() == "Offline, 1 change waiting"
    assert len(pane.layer.shown()) == 2  # the student sees the highlight at once
    assert window.status_counts.saved_label.text() == "✓ Kept offline"
    screenshot(window, "server-offline-waiting")
    window.server.send_waiting()  # still down: it keeps waiting
    assert where.text() == "Offline, 1 change waiting"

    outage_server.restart()
    window.server.send_waiting()
    assert where.text().startswith("School server: ")
    assert _notes(url) == sorted([FIRST, SECOND])
    assert window.server.conflicts_told == []
    window.close()
    ctx.close()
