"""The links dock: every "supports / contradicts / same claim" link between two passages.

Selecting a link shows both ends in their panes (``hub.focusLink``); Delete removes it and
the context menu changes its kind, both as undoable commands on the window's stack.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt
from PySide6.QtGui import QActionGroup, QUndoCommand
from PySide6.QtWidgets import (
    QHeaderView,
    QMenu,
    QWidget,
)

from annotator.gui.i18n import QT_TRANSLATE_NOOP
from annotator.gui.workspace import undo
from annotator.gui.workspace.models.annotation_model import ID_ROLE
from annotator.gui.workspace.models.link_model import (
    KIND,
    KIND_WORDS,
    NOTE,
    SOURCE,
    TARGET,
    LinkFilterProxy,
    LinkTableModel,
    kind_icon,
)
from annotator.gui.workspace.panels.common import TablePanel, show_refusal
from annotator.services.annotations import AnnotationError
from annotator.storage.models import LinkKind

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

EMPTY = QT_TRANSLATE_NOOP(
    "LinksPanel",
    "No links yet.\nLink a claim in one article to a passage in another that supports "
    "it, contradicts it or makes the same claim.")
NO_MATCH = QT_TRANSLATE_NOOP("LinksPanel", "No links match the search.")


class LinksPanel(TablePanel):
    def __init__(self, window: MainWindow, model: LinkTableModel) -> None:
        super().__init__(self.tr("Links"), window, "linksDock")
        self.model = model
        self.model.note_editor = self.edit_note
        self.proxy = LinkFilterProxy(self)
        self.proxy.setSourceModel(model)
        self._syncing = False
        self._build_table(self.proxy, search_hint=self.tr("Search linked passages and notes"),
                          delete_text=self.tr("&Remove Link"), empty_text=self.tr(EMPTY))
        self.search.textChanged.connect(self.proxy.set_search)

        self.table.setIconSize(QSize(16, 16))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TARGET, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NOTE, 90)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # oldest first until asked
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self._finish()

    # -- selection and focus ---------------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing:
            self._on_activated(current)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.window_.hub.focusLink.emit(index.data(ID_ROLE))

    def select_link(self, link_id: uuid.UUID) -> None:
        """Select the row of ``link_id`` (when a pane asked to show it), without echoing."""
        index = self._proxy_index(link_id)
        if index is None or not index.isValid():
            return
        self._syncing = True
        try:
            self._show_row(index)
        finally:
            self._syncing = False

    # -- changes ---------------------------------------------------------------------------

    def delete_selected(self) -> None:
        link_id = self.selected_id()
        if link_id is None:
            return
        row = self.table.currentIndex().row()
        self._push(undo.RemoveLink(self.window_.ctx.annotations, link_id, source=self),
                   self.tr("Cannot remove link"))
        if self.proxy.rowCount() > 0:
            self._syncing = True
            self.table.selectRow(min(row, self.proxy.rowCount() - 1))
            self._syncing = False

    remove_selected = delete_selected

    def set_kind(self, link_id: uuid.UUID, kind: LinkKind) -> bool:
        link = self.model.link(link_id)
        if link is None or link.kind == kind:
            return False
        return self._push(undo.UpdateLink(self.window_.ctx.annotations, link_id, kind=kind,
                                          source=self), self.tr("Cannot change the link"))

    def edit_note(self, link_id: uuid.UUID, note: str) -> bool:
        return self._push(undo.UpdateLink(self.window_.ctx.annotations, link_id, note=note,
                                          source=self), self.tr("Cannot change the note"))

    def _push(self, command: QUndoCommand, title: str) -> bool:
        try:
            return undo.push(self.window_.undo_stack, command)
        except AnnotationError as error:
            show_refusal(self, title, error)
            return False

    def kind_menu(self, link_id: uuid.UUID, parent: QWidget | None = None) -> QMenu:
        """A menu offering the three kinds, the current one checked."""
        link = self.model.link(link_id)
        menu = QMenu(self.tr("Change &Kind"), parent or self)
        group = QActionGroup(menu)
        for kind in LinkKind:
            action = menu.addAction(kind_icon(kind), KIND_WORDS[kind].capitalize())
            action.setCheckable(True)
            action.setChecked(link is not None and link.kind == kind)
            action.setData(kind.value)
            group.addAction(action)
            action.triggered.connect(lambda _=False, k=kind: self.set_kind(link_id, k))
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        link_id = index.siblingAtColumn(0).data(ID_ROLE)
        menu = QMenu(self)
        menu.addMenu(self.kind_menu(link_id, menu))
        menu.addAction(self.tr("Edit Note"), lambda: self.table.edit(index.siblingAtColumn(NOTE)))
        menu.addSeparator()
        menu.addAction(self.act_delete)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _update_state(self, *_args: object) -> None:
        self._show_counts(self.tr(EMPTY), self.tr(NO_MATCH), links=True)
