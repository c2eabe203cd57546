"""Moving the keyboard focus between the parts of the workspace without a mouse.

* ``F6`` / ``Shift+F6`` cycle: each article pane, the tag bar, annotations, links,
  evaluation, instructions (closed panels are skipped; a panel tabbed behind another is
  raised first).
* The panel shortcuts (``Ctrl+Shift+A/L/E/I``) show, raise and focus their panel; pressed
  again while the panel has the focus, they return to the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

REASON = Qt.FocusReason.ShortcutFocusReason


def first_focusable(container: QWidget) -> QWidget | None:
    """The first widget inside ``container`` that Tab would reach (visible and enabled)."""
    widget = container.nextInFocusChain()
    seen = 0
    while widget is not None and widget is not container and seen < 2000:
        seen += 1
        if (container.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return widget
        widget = widget.nextInFocusChain()
    return None


class FocusCycle(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.act_next = QAction(self.tr("Next Part of the Window"), window)
        self.act_next.setShortcut(QKeySequence(Qt.Key.Key_F6))
        self.act_next.triggered.connect(lambda: self.cycle(+1))
        self.act_previous = QAction(self.tr("Previous Part of the Window"), window)
        self.act_previous.setShortcut(QKeySequence("Shift+F6"))
        self.act_previous.triggered.connect(lambda: self.cycle(-1))
        window.addActions([self.act_next, self.act_previous])
        # one row for both keys in the F1 list (not added to a widget: never triggered)
        self.act_listed = QAction(self.tr("Next / Previous Part of the Window"), self)
        self.act_listed.setShortcuts([QKeySequence(Qt.Key.Key_F6), QKeySequence("Shift+F6")])
        self.act_listed.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    # -- the parts -----------------------------------------------------------------------

    def parts(self) -> list[QWidget]:
        """The parts in F6 order, as the widgets that contain them."""
        panels = self.w.panels
        docks: list[QDockWidget] = [panels.annotations, panels.links, panels.evaluation,
                                panels.instructions]
        return [*self.w.panes, self.w.tag_bar,
                *(d for d in docks if not d.isHidden() or _tabbed_behind(d))]

    def current(self) -> int | None:
        focus = QApplication.focusWidget()
        if focus is None:
            return None
        for i, part in enumerate(self.parts()):
            if part is focus or part.isAncestorOf(focus):
                return i
        return None

    def cycle(self, direction: int) -> None:
        parts = self.parts()
        here = self.current()
        start = (here if here is not None else -1 if direction > 0 else 0)
        for step in range(1, len(parts) + 1):
            part = parts[(start + direction * step) % len(parts)]
            if self.enter(part):
                return

    def enter(self, part: QWidget) -> bool:
        """Focus ``part``: a pane's text, the first tag button, a panel's first control."""
        if part in self.w.panes:
            part.view.setFocus(REASON)  # type: ignore[attr-defined]
            return True
        if isinstance(part, QDockWidget):
            part.show()
            part.raise_()
        target = first_focusable(part)
        if target is None:
            return False
        target.setFocus(REASON)
        return True

    # -- panel shortcuts -----------------------------------------------------------------

    def go_to_panel(self, dock: QDockWidget) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and dock.isVisible() and dock.isAncestorOf(focus):
            self.back_to_text()
            return
        dock.show()
        dock.raise_()
        focus_panel(dock)

    def back_to_text(self) -> None:
        pane = self.w.actions_pane.current_pane or (self.w.panes[0] if self.w.panes else None)
        if pane is not None:
            pane.view.setFocus(REASON)


def focus_panel(dock: QDockWidget) -> None:
    """The panel's own focus target if it has one (the list of a list panel)."""
    table = getattr(dock, "table", None)
    if isinstance(table, QWidget) and table.isVisible():
        table.setFocus(REASON)
        return
    target = first_focusable(dock)
    if target is not None:
        target.setFocus(REASON)
    else:
        dock.setFocus(REASON)


def _tabbed_behind(dock: QDockWidget) -> bool:
    """A panel that is open but hidden behind another panel's tab."""
    return dock.toggleViewAction().isChecked()
