"""Linking to a passage the student has not tagged yet: tag it, and the link is offered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from ws_helpers import answer_prompts, mine, select_phrase, show_active

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.sample import SAMPLE_EXERCISE_ID
from annotator.storage.models import LinkKind

CLAIM = "North Korea’s rapid missile-program improvements can be traced to Russia"
OTHER = "The Russians may have given North Korea technical help"


@pytest.fixture
def window(qtbot: object, ctx: object) -> Iterator[MainWindow]:
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    show_active(qtbot, win, 1366, 740)
    yield win
    win.close()


def test_tagging_the_other_end_while_linking_offers_the_link(
    window: MainWindow, qtbot: object
) -> None:
    asked = answer_prompts(window, choose=2)  # "It makes the same claim"
    left, right = window.panes
    select_phrase(left, CLAIM)
    qtbot.keyClick(left.view, Qt.Key.Key_1)  # type: ignore[attr-defined]
    qtbot.keyClick(left.view, Qt.Key.Key_L)  # type: ignore[attr-defined]
    message = window.link_flow.banner.text()
    assert message.startswith("Linking from") and "Esc cancels" in message
    assert window.link_flow.banner.isVisible()
    # the whole hint fits a 1366-pixel-wide status bar next to the counts
    hint_width = window.statusBar().fontMetrics().horizontalAdvance(message)
    assert hint_width + window.status_counts.sizeHint().width() < 1366
    select_phrase(right, OTHER)
    qtbot.keyClick(right.view, Qt.Key.Key_1)  # type: ignore[attr-defined]
    assert "How does this passage relate to" in asked["choose"][-1][0]
    [link] = window.ctx.annotations.links(window.exercise.id, window.annotator_id)
    ends = {r.id: r.exact for r in mine(window)}
    assert (ends[link.source_id], ends[link.target_id]) == (CLAIM, OTHER)
    assert link.kind == LinkKind.SAME_CLAIM
    assert window.link_flow.source is None


def test_tagging_without_linking_asks_nothing(window: MainWindow, qtbot: object) -> None:
    asked = answer_prompts(window)
    select_phrase(window.panes[1], OTHER)
    qtbot.keyClick(window.panes[1].view, Qt.Key.Key_2)  # type: ignore[attr-defined]
    assert asked["choose"] == [] and len(mine(window)) == 1


def test_tagging_in_the_same_article_while_linking_does_not_ask(
    window: MainWindow, qtbot: object
) -> None:
    asked = answer_prompts(window)
    left = window.panes[0]
    select_phrase(left, CLAIM)
    qtbot.keyClick(left.view, Qt.Key.Key_1)  # type: ignore[attr-defined]
    qtbot.keyClick(left.view, Qt.Key.Key_L)  # type: ignore[attr-defined]
    select_phrase(left, "black-market factory")
    qtbot.keyClick(left.view, Qt.Key.Key_2)  # type: ignore[attr-defined]
    assert asked["choose"] == [] and len(mine(window)) == 2
    assert window.link_flow.source is not None  # still waiting for the other article
