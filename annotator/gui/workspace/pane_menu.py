"""The right-click menu of a reading pane: tag the selected text, or act on an annotation."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from annotator.gui.workspace.article_pane import ArticlePane
from annotator.services.views import AnnotationView

if TYPE_CHECKING:
    from annotator.gui.workspace.pane_actions import PaneActions


def build_context_menu(actions: PaneActions, pane: ArticlePane, point: QPoint) -> QMenu:
    """Selected text: the tags. On an annotation: change tag, note, link, delete, and
    the other annotations under the pointer. Always: copy and select all."""
    actions.current_pane = pane
    menu = QMenu(pane.view)
    menu.setAccessibleName(QCoreApplication.translate("PaneMenu", "Passage menu"))
    if pane.view.textCursor().hasSelection():
        section = menu.addAction(QCoreApplication.translate("PaneMenu", "Tag the selection as"))
        section.setEnabled(False)
        for action in actions.tag_actions.values():
            menu.addAction(action)
    else:
        hits = pane.layer.at(point)
        current = actions.selected_annotation()
        if hits and (current is None or current.id not in {a.id for a in hits}):
            actions.select(hits[-1].id)
        if actions.selected is not None:
            _annotation_menu(actions, menu, hits)
    menu.addSeparator()
    copy = menu.addAction(QCoreApplication.translate("PaneMenu", "&Copy"), pane.view.copy)
    copy.setShortcut(QKeySequence.StandardKey.Copy)
    copy.setEnabled(pane.view.textCursor().hasSelection())
    menu.addAction(QCoreApplication.translate("PaneMenu", "Select &All"), pane.view.selectAll)
    return menu


def _annotation_menu(actions: PaneActions, menu: QMenu, hits: list[AnnotationView]) -> None:
    a = actions.selected_annotation()
    if a is None:
        return
    header = menu.addAction(actions.describe(a))
    header.setEnabled(False)
    retag = menu.addMenu(QCoreApplication.translate("PaneMenu", "Change &Tag"))
    for action in actions.tag_actions.values():
        retag.addAction(action)
    menu.addAction(actions.act_note)
    for extra in actions.w.link_flow.menu_actions():
        menu.addAction(extra)
    menu.addAction(actions.act_delete)
    others = [h for h in hits if h.id != a.id]
    if others:
        pick = menu.addMenu(QCoreApplication.translate("PaneMenu", "Select &Another Here"))
        for other in others:
            pick.addAction(actions.describe(other), partial(actions.select, other.id))
