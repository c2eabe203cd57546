"""Pane order, synchronised scrolling, appearance, and restoring everything after reopening."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ws_helpers import answer_prompts, mine, select_phrase, show_active

from annotator.gui import settings as opt
from annotator.gui import theme
from annotator.gui.application import apply_appearance
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.sample import SAMPLE_EXERCISE_ID


@pytest.fixture
def window(qtbot: object, ctx: object) -> Iterator[MainWindow]:
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    show_active(qtbot, win)
    yield win
    win.close()


@pytest.fixture
def light_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    apply_appearance(qapp, "light")


def titles(window: MainWindow) -> list[str]:
    return [p.article.title[:10] for p in window.panes]


def test_reopening_restores_work_order_zoom_and_scroll(
    window: MainWindow, qtbot: object, ctx: object
) -> None:
    answer_prompts(window)
    left = window.panes[0]
    select_phrase(left, "black-market factory")
    qtbot.keyClick(left.view, Qt.Key.Key_2)  # type: ignore[attr-defined]
    before = titles(window)
    window.pane_layout.act_move_right.trigger()  # the left pane (current) moves right
    assert titles(window) == before[::-1]
    assert window.splitter.widget(0) is window.panes[0]
    window.act_zoom_in.trigger()
    right = window.panes[1]  # the first article, now on the right
    bar = right.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    first_visible = window.pane_layout.first_visible(right)
    assert first_visible > 0
    size = right.view.font().pointSize()
    student = window.annotator_id
    window.close()

    again = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    show_active(qtbot, again)
    assert again.annotator_id == student
    assert titles(again) == before[::-1]
    moved = again.panes[1]
    assert moved.view.font().pointSize() == size
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: abs(again.pane_layout.first_visible(moved) - first_visible) < 80)
    [row] = mine(again)
    assert row.exact == "black-market factory"
    assert row.id in moved.layer.annotations
    button = again.tag_bar.widgetForAction(again.actions_pane.tag_actions[row.tag_id])
    assert button.text() == "Evidence  1"
    again.close()


def test_sync_scrolling_keeps_panes_at_the_same_relative_position(window: MainWindow) -> None:
    left, right = window.panes
    assert not window.pane_layout.act_sync.isChecked()
    left.view.verticalScrollBar().setValue(left.view.verticalScrollBar().maximum())
    assert right.view.verticalScrollBar().value() == 0
    window.pane_layout.act_sync.trigger()
    bar_l, bar_r = left.view.verticalScrollBar(), right.view.verticalScrollBar()
    assert bar_r.value() == bar_r.maximum()
    bar_l.setValue(bar_l.maximum() // 2)
    assert abs(bar_r.value() / bar_r.maximum() - 0.5) < 0.02
    assert window.settings.get(opt.SYNC_SCROLL)


def test_dark_appearance_recolours_highlights(
    window: MainWindow, qtbot: object, screenshot, light_afterwards: None
) -> None:
    answer_prompts(window)
    left, right = window.panes
    for pane, phrase, key in (
        (left, "North Korea’s rapid missile-program improvements can be traced to Russia",
         Qt.Key.Key_1),
        (left, "according to a new report by The New York Times", Qt.Key.Key_2),
        (left, "It has long been believed", Qt.Key.Key_3),
        (left, "thankfully", Qt.Key.Key_4),
        (right, "The Russians may have given North Korea technical help", Qt.Key.Key_3),
        (right, "chilling message", Qt.Key.Key_4),
    ):
        select_phrase(pane, phrase)
        qtbot.keyClick(pane.view, key)  # type: ignore[attr-defined]
    window.actions_pane.select(None)
    light_fill = left.layer.shown()[0].fill
    dark_action = next(a for a in window.pane_layout.appearance_group.actions()
                       if a.data() == "dark")
    dark_action.trigger()
    qtbot.waitUntil(lambda: theme.is_dark(left.view.palette()))  # type: ignore[attr-defined]
    dark_fill = left.layer.shown()[0].fill
    # blended into the dark background: dark enough to read light text through
    assert dark_fill.lightness() < light_fill.lightness() and dark_fill.alpha() == 255
    assert dark_action.isChecked()
    screenshot(window, "workspace-dark")
    assert window.settings.get(opt.DARK) == "dark"


def test_dropping_a_pane_header_on_another_pane_moves_it(
    window: MainWindow, qtbot: object, screenshot
) -> None:
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    from annotator.gui.workspace.pane_header import PANE_MIME

    left, right = window.panes
    data = QMimeData()
    data.setData(PANE_MIME, str(right.article.id).encode())
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.MoveAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    left.dropEvent(drop)  # what Qt calls when the drag of the right header ends on the left
    assert window.panes == [right, left]
    assert window.splitter.indexOf(right) == 0
    # headers line up, so both texts start at the same height
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: left.header.height() == right.header.height())
    assert left.view.mapTo(window, left.view.rect().topLeft()).y() == right.view.mapTo(
        window, right.view.rect().topLeft()).y()
    screenshot(window, "workspace-panes-swapped")
