"""F6 and the panel shortcuts move the keyboard focus; Tab never lands where nobody can see."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from annotator.gui.main_window import MainWindow

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
SHIFT, CTRL_SHIFT = Qt.KeyboardModifier.ShiftModifier, (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


@pytest.fixture
def window(qtbot: object, ctx: object) -> Iterator[MainWindow]:
    from panel_helpers import open_window, tag_phrase

    win = open_window(qtbot, ctx)
    win.resize(1366, 740)
    tag_phrase(win, 0, "black-market factory", "claim")
    win.panes[0].view.setFocus()
    qtbot.waitUntil(lambda: win.panes[0].view.hasFocus())  # type: ignore[attr-defined]
    yield win
    win.close()


def press(qtbot: object, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER
          ) -> QWidget:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)  # type: ignore[attr-defined]
    focus = QApplication.focusWidget()
    assert focus is not None
    return focus


def shown(widget: QWidget) -> bool:
    """On screen: a panel tabbed behind another is "visible" to Qt but moved off-screen."""
    window = widget.window()
    box = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return widget.isVisible() and window.rect().intersects(box)


def part_of(win: MainWindow, widget: QWidget) -> str:
    panels = win.panels
    named = [("left", win.panes[0]), ("right", win.panes[1]), ("tags", win.tag_bar),
             ("annotations", panels.annotations), ("links", panels.links),
             ("evaluation", panels.evaluation), ("instructions", panels.instructions)]
    return next(name for name, part in named if part is widget or part.isAncestorOf(widget))


def test_f6_cycles_through_the_parts_and_shift_f6_goes_back(
    window: MainWindow, qtbot: object
) -> None:
    order = []
    for _ in range(7):
        focus = press(qtbot, Qt.Key.Key_F6)
        assert focus.isVisible()
        order.append(part_of(window, focus))
    assert order == ["right", "tags", "annotations", "links", "evaluation", "instructions",
                     "left"]
    back = [part_of(window, press(qtbot, Qt.Key.Key_F6, SHIFT)) for _ in range(3)]
    assert back == ["instructions", "evaluation", "links"]
    assert shown(window.panels.evaluation)  # the tab behind was raised to show it


def test_panel_shortcuts_show_raise_focus_and_return_to_the_text(
    window: MainWindow, qtbot: object
) -> None:
    panels = window.panels
    panels.links.close()
    assert not panels.links.isVisible()
    focus = press(qtbot, Qt.Key.Key_L, CTRL_SHIFT)
    assert shown(panels.links) and part_of(window, focus) == "links"
    assert panels.toggles["linksDock"].isChecked()
    focus = press(qtbot, Qt.Key.Key_L, CTRL_SHIFT)  # a second press: back to the text
    assert focus is window.panes[0].view
    assert panels.links.isVisible()  # still shown
    # the evaluation sheet is tabbed behind the annotations: raised and focused
    assert not shown(panels.evaluation)
    focus = press(qtbot, Qt.Key.Key_E, CTRL_SHIFT)
    assert shown(panels.evaluation) and part_of(window, focus) == "evaluation"
    focus = press(qtbot, Qt.Key.Key_A, CTRL_SHIFT)
    assert shown(panels.annotations) and focus is panels.annotations.table
    assert not shown(panels.evaluation)
    assert press(qtbot, Qt.Key.Key_A, CTRL_SHIFT) is window.panes[0].view


def test_tab_never_lands_in_a_hidden_tab(window: MainWindow, qtbot: object) -> None:
    assert not shown(window.panels.evaluation)  # behind the annotations tab
    seen = set()
    for _ in range(60):
        focus = press(qtbot, Qt.Key.Key_Tab)
        assert shown(focus), focus
        assert not window.panels.evaluation.isAncestorOf(focus)
        seen.add(part_of(window, focus) if any(
            p is focus or p.isAncestorOf(focus) for p in
            [*window.panes, window.tag_bar, *window.panels.docks]) else "other")
    assert {"annotations", "links"} <= seen
