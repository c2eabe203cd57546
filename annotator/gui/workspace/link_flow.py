"""Linking passages across articles, and showing a link when the list asks for it.

The student selects a passage (usually a claim) and chooses *Link from Here* (``L``); the
passage gets a dashed outline. They then click a passage in another article and pick how
it relates: it supports the first passage, contradicts it, or makes the same claim. The
link is stored with the first passage as its source and the second as its target.
The same three choices are in Edit > Link Selected Passage As, for keyboard use
(``Alt+Down``/``Alt+Up`` select the target passage).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from annotator.gui.i18n import QT_TRANSLATE_NOOP, arg
from annotator.gui.workspace import undo
from annotator.gui.workspace.pane_actions import excerpt
from annotator.services.annotations import AnnotationError
from annotator.services.views import LinkView
from annotator.storage.models import LinkKind

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

KIND_CHOICES: tuple[tuple[LinkKind, str], ...] = (
    (LinkKind.SUPPORTS, QT_TRANSLATE_NOOP("LinkFlow", "It &supports the first passage")),
    (LinkKind.CONTRADICTS, QT_TRANSLATE_NOOP("LinkFlow", "It &contradicts the first passage")),
    (LinkKind.SAME_CLAIM, QT_TRANSLATE_NOOP("LinkFlow", "It makes the sa&me claim")),
)


class LinkFlow(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.source: uuid.UUID | None = None
        self.links: dict[uuid.UUID, LinkView] = {}
        self.shown_link: uuid.UUID | None = None
        self.act_link_from = QAction(self.tr("&Link from Here"), window)
        self.act_link_from.setShortcut(QKeySequence("L"))
        self.act_link_from.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_link_from.triggered.connect(self.start)
        window.splitter.addAction(self.act_link_from)
        self.act_cancel = QAction(self.tr("Cancel Lin&king"), window)
        self.act_cancel.triggered.connect(self.cancel)
        self.kind_actions: dict[LinkKind, QAction] = {}
        self.menu_kinds = QMenu(self.tr("Link Selected Passage &As"))
        for kind, text in KIND_CHOICES:
            action = self.menu_kinds.addAction(self.tr(text))
            action.triggered.connect(lambda _=False, k=kind: self.finish(k))
            self.kind_actions[kind] = action
        window.actions_pane.listeners.append(self.update_enabled)
        self.update_enabled()

    def fill_edit_menu(self, menu: QMenu) -> None:
        menu.addAction(self.act_link_from)
        menu.addMenu(self.menu_kinds)
        menu.addAction(self.act_cancel)

    def menu_actions(self) -> list[QAction]:
        if self.can_finish():
            return list(self.kind_actions.values())
        return [self.act_link_from]

    # -- state -------------------------------------------------------------------------

    def load(self, links: list[LinkView]) -> None:
        self.links = {link.id: link for link in links}
        self.source = None
        self.shown_link = None

    def added(self, link: LinkView) -> None:
        self.links[link.id] = link

    def removed(self, link: LinkView) -> None:
        self.links.pop(link.id, None)
        if self.shown_link == link.id:
            self.shown_link = None
            self._emphasise(set())

    def _target(self) -> uuid.UUID | None:
        selected = self.w.actions_pane.selected_annotation()
        if selected is None or self.source is None or selected.id == self.source:
            return None
        return selected.id

    def can_finish(self) -> bool:
        return self._target() is not None

    def update_enabled(self) -> None:
        has_selection = self.w.actions_pane.selected_annotation() is not None
        self.act_link_from.setEnabled(has_selection)
        self.act_cancel.setEnabled(self.source is not None)
        ready = self.can_finish()
        self.menu_kinds.setEnabled(ready)
        for action in self.kind_actions.values():
            action.setEnabled(ready)

    def _emphasise(self, keys: set[uuid.UUID]) -> None:
        for pane in self.w.panes:
            pane.layer.emphasise(keys & pane.layer.annotations.keys())

    # -- making a link -------------------------------------------------------------------

    def start(self) -> None:
        selected = self.w.actions_pane.selected_annotation()
        if selected is None:
            return
        self.source = selected.id
        self.shown_link = None
        self._emphasise({selected.id})
        self.w.statusBar().showMessage(
            arg(self.tr("Linking from “%1”: click or tag the passage in the "
                        "other article it relates to (Esc cancels)."), excerpt(selected.exact, 30)),
        )
        self.update_enabled()

    def cancel(self) -> None:
        if self.source is None and self.shown_link is None:
            return
        self.source = None
        self.shown_link = None
        self._emphasise(set())
        self.w.statusBar().clearMessage()
        self.update_enabled()

    def offer(self) -> None:
        """After a click selected a target: ask how it relates to the first passage."""
        if not self.can_finish() or self.source is None:
            return
        first = self.w.actions_pane.annotation(self.source)
        title = arg(self.tr("How does this passage relate to “%1”?"),
                    excerpt(first.exact if first else ""))
        options = [self.tr(text).replace("&", "") for _, text in KIND_CHOICES]
        index = self.w.prompts.choose(self.w, title.replace("&", "&&"), options, None)
        if index is not None:
            self.finish(KIND_CHOICES[index][0])

    def finish(self, kind: LinkKind) -> None:
        target = self._target()
        if target is None or self.source is None:
            return
        command = undo.AddLink(self.w.ctx.annotations, self.source, target, kind)
        try:
            undo.push(self.w.undo_stack, command)
        except AnnotationError as error:
            self.w.show_error(self.tr("Cannot link these passages"), str(error))
            return
        self.source = None
        self.w.actions_pane.select(None)
        if command.created is not None:
            self.show(command.created.id)
        self.w.statusBar().showMessage(self.tr("Linked."), 3000)
        self.update_enabled()

    # -- showing a link ------------------------------------------------------------------

    def show(self, link_id: uuid.UUID) -> None:
        """Scroll both panes to the link's ends, outline them and flash them."""
        link = self.links.get(link_id)
        if link is None:
            return
        self.shown_link = link_id
        ends = {link.source_id, link.target_id}
        self._emphasise(ends)
        for key in (link.source_id, link.target_id):
            pane = self.w.actions_pane.pane_of(key)
            if pane is not None:
                pane.layer.scroll_to(key)
                pane.layer.flash(key)
