"""The annotations dock: search, tag and article filters, and a sortable table.

Click a row or press Enter to show the passage in its pane (``hub.focusAnnotation``);
Delete removes the selected annotation and F2 (or a double click) edits its note, both as
undoable commands on the window's stack.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
)

from annotator.gui.i18n import QT_TRANSLATE_NOOP, arg
from annotator.gui.workspace import undo
from annotator.gui.workspace.models.annotation_model import (
    ARTICLE,
    ID_ROLE,
    NOTE,
    QUOTE,
    TAG,
    AnnotationFilterProxy,
    AnnotationTableModel,
)
from annotator.gui.workspace.panels.common import TablePanel, show_refusal
from annotator.services.annotations import AnnotationError
from annotator.services.views import ExerciseView

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

FIND_SHORTCUT = "Ctrl+Shift+F"
EMPTY = QT_TRANSLATE_NOOP(
    "AnnotationsPanel",
    "No annotations yet.\nSelect a passage in an article and press a tag key (1–4).")
NO_MATCH = QT_TRANSLATE_NOOP("AnnotationsPanel", "No annotations match the search and filters.")
NO_STUDENT = QT_TRANSLATE_NOOP(
    "AnnotationsPanel",
    "No annotations yet.\nSelect a passage in an article and press a tag key (1–4);"
    " the first time, the app asks for your name.")


class AnnotationsPanel(TablePanel):
    def __init__(self, window: MainWindow, model: AnnotationTableModel) -> None:
        super().__init__(self.tr("Annotations"), window, "annotationsDock")
        self.model = model
        self.model.note_editor = self.edit_note
        self.proxy = AnnotationFilterProxy(self)
        # a row taken out and put back keeps the selection: noted before the proxy (and so
        # the table) lets go of the row, selected again once the proxy shows it again
        self._leaving: uuid.UUID | None = None
        model.rowsAboutToBeRemoved.connect(self._remember_selected)
        self.proxy.setSourceModel(model)
        model.rowsInserted.connect(self._reselect)
        self._build_table(self.proxy, search_hint=arg(self.tr("Search quotes and notes  (%1)"),
                                          QKeySequence(FIND_SHORTCUT).toString(
                                              QKeySequence.SequenceFormat.NativeText)),
                          delete_text=self.tr("&Delete Annotation"), empty_text=self.tr(EMPTY))
        self.search.textChanged.connect(self.proxy.set_search)
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Show tag"))
        self.tag_filter.currentIndexChanged.connect(self._on_tag_filter)
        self.article_filter = QComboBox()
        self.article_filter.setAccessibleName(self.tr("Show article"))
        self.article_filter.currentIndexChanged.connect(self._on_article_filter)
        for combo in (self.tag_filter, self.article_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)

        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ARTICLE, QHeaderView.ResizeMode.Interactive)
        # narrow side columns: the quote is what a student scans for (a 410-pixel dock at 1366)
        header.resizeSection(ARTICLE, 80)
        header.setSectionResizeMode(TAG, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TAG, 96)
        header.setSectionResizeMode(QUOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NOTE, 80)
        self.table.sortByColumn(ARTICLE, Qt.SortOrder.AscendingOrder)
        self.count_label.setObjectName("panelCount")

        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.article_filter, 1)
        self._finish(filters)

    # -- filters ---------------------------------------------------------------------------

    def rebuild_filters(self, exercise: ExerciseView | None) -> None:
        """Fill the tag and article combos from the open exercise (and clear the filters)."""
        self.search.clear()
        for combo in (self.tag_filter, self.article_filter):
            combo.blockSignals(True)
            combo.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        self.article_filter.addItem(self.tr("All articles"), None)
        if exercise is not None:
            for tag in exercise.tags:
                self.tag_filter.addItem(tag.label, tag.id)
            for article in exercise.articles:
                self.article_filter.addItem(self.model.article_title(article.id), article.id)
        self._fit_tag_column(exercise)
        for combo in (self.tag_filter, self.article_filter):
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.proxy.set_tag(None)
        self.proxy.set_article(None)
        self._update_state()

    def _fit_tag_column(self, exercise: ExerciseView | None) -> None:
        """Wide enough for the longest tag label and its colour swatch, no wider."""
        labels = [tag.label for tag in exercise.tags] if exercise else []
        metrics = self.table.fontMetrics()
        widest = max([metrics.horizontalAdvance(label) for label in labels] + [
            metrics.horizontalAdvance(self.model.headerData(
                TAG, Qt.Orientation.Horizontal))])
        self.table.horizontalHeader().resizeSection(
            TAG, widest + self.table.iconSize().width() + 40)

    def _on_tag_filter(self, _index: int) -> None:
        self.proxy.set_tag(self.tag_filter.currentData())
        self._update_state()

    def _on_article_filter(self, _index: int) -> None:
        self.proxy.set_article(self.article_filter.currentData())
        self._update_state()

    def focus_search(self) -> None:
        self.show()
        self.raise_()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- rows ------------------------------------------------------------------------------

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.window_.hub.focusAnnotation.emit(index.data(ID_ROLE))

    def _remember_selected(self, _parent: QModelIndex, first: int, last: int) -> None:
        """A row about to go: if it is the selected one, remember it, as the model takes a
        row out and puts it back when its place in the order changes."""
        selected = self.selected_id()
        row = None if selected is None else self.model.row_of(selected)
        self._leaving = selected if row is not None and first <= row <= last else None

    def _reselect(self, _parent: QModelIndex, first: int, last: int) -> None:
        leaving, self._leaving = self._leaving, None
        row = None if leaving is None else self.model.row_of(leaving)
        if leaving is not None and row is not None and first <= row <= last:
            self.select_annotation(leaving)

    def select_annotation(self, annotation_id: uuid.UUID) -> None:
        """Select (without re-emitting focus) the row of ``annotation_id`` if it is shown."""
        index = self._proxy_index(annotation_id)
        if index is None:
            return
        if not index.isValid():
            self.table.clearSelection()
            return
        self._show_row(index)

    def delete_selected(self) -> None:
        annotation_id = self.selected_id()
        if annotation_id is None:
            return
        row = self.table.currentIndex().row()
        try:
            undo.push(self.window_.undo_stack, undo.DeleteAnnotation(
                self.window_.ctx.annotations, annotation_id, source=self))
        except AnnotationError as error:
            show_refusal(self, self.tr("Cannot delete annotation"), error)
            return
        if self.proxy.rowCount() > 0:  # keep the keyboard user's place in the list
            self.table.selectRow(min(row, self.proxy.rowCount() - 1))

    def edit_note(self, annotation_id: uuid.UUID, note: str) -> bool:
        try:
            return undo.push(self.window_.undo_stack, undo.UpdateAnnotation(
                self.window_.ctx.annotations, annotation_id, note=note, text=self.tr("Edit note"),
                source=self))
        except AnnotationError as error:
            show_refusal(self, self.tr("Cannot change the note"), error)
            return False

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("Show in Article"), lambda: self._on_activated(index))
        menu.addAction(self.tr("Edit Note"), lambda: self.table.edit(index.siblingAtColumn(NOTE)))
        menu.addSeparator()
        menu.addAction(self.act_delete)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _update_state(self, *_args: object) -> None:
        empty = NO_STUDENT if self.window_.annotator_id is None else EMPTY
        no_match = NO_STUDENT if self.window_.annotator_id is None else NO_MATCH
        self._show_counts(self.tr(empty), self.tr(no_match))
