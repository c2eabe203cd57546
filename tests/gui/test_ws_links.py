"""Linking a claim in one article to a passage in the other, and showing links on request."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from ws_helpers import answer_prompts, mine, point_of, select_phrase, show_active

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.gui.workspace import highlights
from annotator.services.sample import SAMPLE_EXERCISE_ID
from annotator.storage.models import LinkKind

CLAIM = "North Korea’s rapid missile-program improvements can be traced to Russia"
OTHER = "The Russians may have given North Korea technical help"


@pytest.fixture
def window(qtbot: object, ctx: object) -> Iterator[MainWindow]:
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    show_active(qtbot, win)
    yield win
    win.close()


def tag(window: MainWindow, qtbot: object, pane_index: int, phrase: str, key: Qt.Key) -> None:
    pane = window.panes[pane_index]
    select_phrase(pane, phrase)
    qtbot.keyClick(pane.view, key)  # type: ignore[attr-defined]


def test_link_from_here_then_click_the_other_passage(
    window: MainWindow, qtbot: object, screenshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(highlights, "FLASH_MS", 300)
    asked = answer_prompts(window, choose=1)  # "It contradicts the first passage"
    left, right = window.panes
    tag(window, qtbot, 0, CLAIM, Qt.Key.Key_1)
    tag(window, qtbot, 1, OTHER, Qt.Key.Key_3)
    rows = {r.exact: r for r in mine(window)}
    claim, other = rows[CLAIM], rows[OTHER]
    # select the claim by clicking it, then L (Link from Here)
    qtbot.mouseClick(left.view.viewport(), Qt.MouseButton.LeftButton,  # type: ignore
                     pos=point_of(left, claim.start + 3))
    assert left.layer.selected == claim.id
    qtbot.keyClick(left.view, Qt.Key.Key_L)  # type: ignore[attr-defined]
    assert window.link_flow.source == claim.id and left.layer.emphasised == {claim.id}
    assert window.link_flow.banner.isVisible() and "Linking from" in window.link_flow.banner.text()
    # click the passage in the other article: the kind is asked for, the link stored
    qtbot.mouseClick(right.view.viewport(), Qt.MouseButton.LeftButton,  # type: ignore
                     pos=point_of(right, other.start + 3))
    title, options = asked["choose"][-1]
    assert "How does this passage relate to" in title
    assert options == ["It supports the first passage", "It contradicts the first passage",
                       "It makes the same claim"]
    [link] = window.ctx.annotations.links(window.exercise.id, window.annotator_id)
    assert (link.source_id, link.target_id, link.kind) == (claim.id, other.id,
                                                           LinkKind.CONTRADICTS)
    assert "1 link" in window.status_counts.counts_label.text()
    # the new link is shown: both ends outlined and flashing
    assert left.layer.emphasised == {claim.id} and right.layer.emphasised == {other.id}
    assert claim.id in left.layer.flashing and other.id in right.layer.flashing
    qtbot.waitUntil(lambda: not right.layer.flashing, timeout=3000)  # type: ignore
    screenshot(window, "workspace-link-selected")
    window.act_undo.trigger()
    assert window.ctx.annotations.links(window.exercise.id, window.annotator_id) == []
    assert "0 links" in window.status_counts.counts_label.text()


def test_link_by_keyboard_through_the_edit_menu(window: MainWindow, qtbot: object) -> None:
    asked = answer_prompts(window, choose=None)  # Esc on the pop-up offered after tagging
    left, right = window.panes
    tag(window, qtbot, 0, CLAIM, Qt.Key.Key_1)
    claim_id = left.layer.selected
    qtbot.keyClick(left.view, Qt.Key.Key_L)  # type: ignore[attr-defined]
    assert not window.link_flow.kind_actions[LinkKind.SAME_CLAIM].isEnabled()
    tag(window, qtbot, 1, OTHER, Qt.Key.Key_1)  # tagging selects the new passage
    assert len(asked["choose"]) == 1  # and offers the link; dismissed, the menu still can
    assert window.link_flow.kind_actions[LinkKind.SAME_CLAIM].isEnabled()
    window.link_flow.kind_actions[LinkKind.SAME_CLAIM].trigger()
    [link] = window.ctx.annotations.links(window.exercise.id, window.annotator_id)
    assert link.source_id == claim_id and link.kind == LinkKind.SAME_CLAIM
    # Escape cancels a pending link
    qtbot.keyClick(right.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # type: ignore
    assert right.layer.selected is not None
    qtbot.keyClick(right.view, Qt.Key.Key_L)  # type: ignore[attr-defined]
    assert window.link_flow.source is not None
    qtbot.keyClick(right.view, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    assert window.link_flow.source is None and right.layer.emphasised == set()


def test_focus_signals_scroll_select_and_flash(window: MainWindow, qtbot: object) -> None:
    answer_prompts(window)
    left, right = window.panes
    text = right.article.text
    late = text[text.rindex(" ", 0, len(text) - 40) + 1:].split()[0]
    select_phrase(right, late, text.count(late) - 1)
    qtbot.keyClick(right.view, Qt.Key.Key_2)  # type: ignore[attr-defined]
    tag(window, qtbot, 0, CLAIM, Qt.Key.Key_1)
    rows = mine(window)
    far = next(r for r in rows if r.article_id == right.article.id)
    near = next(r for r in rows if r.article_id == left.article.id)
    right.view.verticalScrollBar().setValue(0)
    window.hub.focusAnnotation.emit(far.id)
    assert right.view.verticalScrollBar().value() > 0
    assert right.layer.selected == far.id and far.id in right.layer.flashing
    assert any(s.annotation_id == far.id for s in right.layer.shown())  # now on screen
    qtbot.waitUntil(lambda: far.id not in right.layer.flashing, timeout=3000)  # type: ignore
    link = window.ctx.annotations.add_link(near.id, far.id, LinkKind.SUPPORTS)
    right.view.verticalScrollBar().setValue(0)
    window.hub.focusLink.emit(link.id)
    assert right.layer.emphasised == {far.id} and left.layer.emphasised == {near.id}
    assert right.view.verticalScrollBar().value() > 0
    assert far.id in right.layer.flashing and near.id in left.layer.flashing


def test_deleting_the_start_of_a_pending_link_cancels_it(
    window: MainWindow, qtbot: object
) -> None:
    answer_prompts(window)
    left = window.panes[0]
    tag(window, qtbot, 0, CLAIM, Qt.Key.Key_1)
    qtbot.keyClick(left.view, Qt.Key.Key_L)  # type: ignore[attr-defined]
    assert window.link_flow.source is not None
    qtbot.keyClick(left.view, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    assert window.link_flow.source is None and mine(window) == []
    assert not window.link_flow.act_cancel.isEnabled()
