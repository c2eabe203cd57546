"""Panels are reachable from the keyboard, named for screen readers, and follow the window."""

from __future__ import annotations

from panel_helpers import open_window, shown_column, tag_phrase
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTableView,
)

from annotator.gui.workspace.models.annotation_model import QUOTE


def test_view_menu_offers_panels_and_search_with_shortcuts(qtbot: object, ctx: object) -> None:
    win = open_window(qtbot, ctx)
    texts = {a.text(): a for a in win.menu_view.actions()}
    assert texts["Fin&d in Annotations…"].shortcut().toString() == "Ctrl+Shift+F"
    panels_menu = texts["&Panels"].menu()
    shortcuts = {a.text(): a.shortcut().toString() for a in panels_menu.actions()}
    assert shortcuts == {"&Instructions": "Ctrl+Shift+I", "&Annotations": "Ctrl+Shift+A",
                         "&Evaluation": "Ctrl+Shift+E", "&Links": "Ctrl+Shift+L"}
    win.panels.evaluation.raise_()  # the search field is on a hidden tab now
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is win.panels.annotations.search
    assert win.panels.annotations.isVisible()
    win.close()


def test_every_control_has_an_accessible_name(qtbot: object, ctx: object) -> None:
    win = open_window(qtbot, ctx)
    controls = []
    for dock in win.panels.docks:
        for kind in (QLineEdit, QComboBox, QTableView, QPlainTextEdit, QRadioButton):
            controls += [w for w in dock.findChildren(kind)
                         if not isinstance(w.parentWidget(), QComboBox | QTableView)
                         and not isinstance(w.parentWidget().parentWidget(), QTableView)]
    assert len(controls) >= 15
    assert [w for w in controls if not w.accessibleName()] == []
    assert win.panels.instructions.toggle.accessibleName()
    win.close()


def test_tab_moves_from_search_through_filters_to_the_list(qtbot: object, ctx: object) -> None:
    win = open_window(qtbot, ctx)
    tag_phrase(win, 0, "black-market factory", "claim")  # an empty list shows a message instead
    panel = win.panels.annotations
    panel.focus_search()
    order = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [panel.tag_filter, panel.article_filter, panel.table]
    win.close()


def test_reopening_the_exercise_rebuilds_the_panels(qtbot: object, ctx: object) -> None:
    win = open_window(qtbot, ctx)
    tag_phrase(win, 0, "black-market factory", "claim")
    win.panels.annotations.search.setText("zzz")
    assert win.panels.annotations.proxy.rowCount() == 0
    win.open_exercise(win.exercise.id)  # as after File > Open or an edited exercise
    panel = win.panels.annotations
    assert shown_column(panel.table, QUOTE) == ["black-market factory"]
    assert panel.search.text() == ""  # a fresh start: no stale search hides rows
    assert len(win.panels.evaluation.questions) == len(win.exercise.questions)
    assert panel.tag_filter.count() == len(win.exercise.tags) + 1
    win.close()
