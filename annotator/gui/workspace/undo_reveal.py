"""Undo and redo say what they changed, and show the panel where it happened.

An answer in the evaluation sheet or a link in the links list may be undone while that panel
is closed or tabbed behind another: the panel is shown and raised, and the status bar says
what was undone ("Undone: Answer question").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDockWidget

from annotator.gui.workspace import undo

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

LINK_COMMANDS = (undo.AddLink, undo.RemoveLink, undo.UpdateLink)


class UndoReveal(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        window.act_undo.triggered.connect(lambda: self._after(undone=True))
        window.act_redo.triggered.connect(lambda: self._after(undone=False))

    def panel_for(self, command: QUndoCommand) -> QDockWidget | None:
        inner = getattr(command, "inner", command)  # commands pushed already done
        panels = self.w.panels
        if isinstance(inner, undo.SetAnswer):
            return panels.evaluation
        if isinstance(inner, LINK_COMMANDS):
            return panels.links
        source = getattr(inner, "source", None)
        return source if isinstance(source, QDockWidget) else None

    def _after(self, undone: bool) -> None:
        stack = self.w.undo_stack
        command = stack.command(stack.index() if undone else stack.index() - 1)
        if command is None:
            return
        panel = self.panel_for(command)
        where = ""
        if panel is not None:
            panel.show()
            panel.raise_()
            where = self.tr(" (in the {panel} panel)").format(panel=panel.windowTitle())
        text = self.tr("Undone: {change}") if undone else self.tr("Redone: {change}")
        self.w.statusBar().showMessage(text.format(change=command.text()) + where, 8000)
