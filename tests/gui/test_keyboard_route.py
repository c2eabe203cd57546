"""The student's keyboard route through the reading panes: walking passages, linking."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextCursor
from ws_helpers import answer_prompts, mine, point_of, select_phrase, show_active

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.sample import SAMPLE_EXERCISE_ID
from annotator.storage.models import LinkKind

ALT = Qt.KeyboardModifier.AltModifier
LEFT_FIRST, LEFT_SECOND = "thankfully we have a president", "black-market factory"
RIGHT_FIRST, RIGHT_SECOND = "Vladimir Putin", "technical help"


@pytest.fixture
def window(qtbot: object, ctx: object) -> Iterator[MainWindow]:
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    show_active(qtbot, win, 1366, 740)
    answer_prompts(win)
    for pane, phrases in ((win.panes[0], (LEFT_FIRST, LEFT_SECOND)),
                          (win.panes[1], (RIGHT_FIRST, RIGHT_SECOND))):
        for phrase in phrases:
            select_phrase(pane, phrase)
            qtbot.keyClick(pane.view, Qt.Key.Key_1)  # type: ignore[attr-defined]
    yield win
    win.close()


def _rows(win: MainWindow) -> dict[str, object]:
    return {r.exact: r for r in mine(win)}


def _caret_to_start(qtbot: object, pane: object) -> None:
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton,  # type: ignore
                     pos=QPoint(4, 4))
    cursor = pane.view.textCursor()  # type: ignore[attr-defined]
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    pane.view.setTextCursor(cursor)  # type: ignore[attr-defined]


def test_alt_down_walks_the_pane_with_the_caret_and_escape_clears(
    window: MainWindow, qtbot: object
) -> None:
    left, right = window.panes
    rows = _rows(window)
    # the last passage tagged (and selected) is in the right article...
    assert right.layer.selected == rows[RIGHT_SECOND].id
    # ...but the caret is now in the left one: Alt+Down walks the left article
    _caret_to_start(qtbot, left)
    qtbot.keyClick(left.view, Qt.Key.Key_Down, ALT)  # type: ignore[attr-defined]
    assert left.layer.selected == rows[LEFT_FIRST].id and right.layer.selected is None
    qtbot.keyClick(left.view, Qt.Key.Key_Down, ALT)  # type: ignore[attr-defined]
    assert left.layer.selected == rows[LEFT_SECOND].id
    qtbot.keyClick(left.view, Qt.Key.Key_Up, ALT)  # type: ignore[attr-defined]
    assert left.layer.selected == rows[LEFT_FIRST].id
    qtbot.keyClick(left.view, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    assert left.layer.selected is None and window.actions_pane.selected is None


def test_a_link_made_with_the_keyboard_only(window: MainWindow, qtbot: object) -> None:
    left, right = window.panes
    rows = _rows(window)
    asked: list[tuple[str, QPoint | None]] = []
    window.prompts.choose = lambda _p, title, _options, at: asked.append((title, at)) or 1
    _caret_to_start(qtbot, left)
    qtbot.keyClick(left.view, Qt.Key.Key_Down, ALT)  # type: ignore[attr-defined]
    qtbot.keyClick(left.view, Qt.Key.Key_L)  # type: ignore[attr-defined]
    banner = window.link_flow.banner
    assert banner.isVisible() and banner.text().startswith("Linking from “thankfully")
    # in link mode Alt+Down walks the other article, from the left pane's keyboard focus
    qtbot.keyClick(left.view, Qt.Key.Key_Down, ALT)  # type: ignore[attr-defined]
    assert right.layer.selected == rows[RIGHT_FIRST].id
    assert left.layer.emphasised == {rows[LEFT_FIRST].id}
    assert banner.isVisible()  # the passing "Claim: …" message does not hide it
    assert asked == []
    qtbot.keyClick(right.view, Qt.Key.Key_L)  # type: ignore[attr-defined]
    [(title, at)] = asked
    assert "How does this passage relate to" in title
    # the chooser opens just below the passage, not wherever the mouse pointer is
    target = right.layer.rects(*right.layer.index.span(rows[RIGHT_FIRST].id))[-1]
    below = right.view.viewport().mapToGlobal(target.bottomLeft().toPoint())
    assert at is not None and abs(at.x() - below.x()) <= 1 and 0 < at.y() - below.y() <= 12
    [link] = window.ctx.annotations.links(window.exercise.id, window.annotator_id)
    assert (link.source_id, link.target_id, link.kind) == (
        rows[LEFT_FIRST].id, rows[RIGHT_FIRST].id, LinkKind.CONTRADICTS)
    assert not banner.isVisible()


def test_a_link_within_one_article_is_refused_with_a_message(
    window: MainWindow, qtbot: object
) -> None:
    left = window.panes[0]
    rows = _rows(window)
    asked: list[str] = []
    window.prompts.choose = lambda _p, title, _options, _at: asked.append(title) or 0
    window.actions_pane.select(rows[LEFT_FIRST].id)
    qtbot.keyClick(left.view, Qt.Key.Key_L)  # type: ignore[attr-defined]
    qtbot.mouseClick(left.view.viewport(), Qt.MouseButton.LeftButton,  # type: ignore
                     pos=point_of(left, rows[LEFT_SECOND].start + 2))
    assert asked == []
    assert "two different articles" in window.statusBar().currentMessage()
    qtbot.keyClick(left.view, Qt.Key.Key_L)  # type: ignore[attr-defined]
    assert asked == [] and window.ctx.annotations.links(window.exercise.id,
                                                        window.annotator_id) == []
    assert window.link_flow.source == rows[LEFT_FIRST].id  # still waiting for the other end
    assert window.link_flow.banner.isVisible()
    assert QRect(window.link_flow.banner.geometry()).width() > 0
