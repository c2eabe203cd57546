"""What the dock panels share: table look, empty-state label, refusal message, and the
:class:`TablePanel` scaffolding of the annotations and links docks."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPoint, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.i18n import arg
from annotator.gui.workspace.models.noted_rows import ID_ROLE, NotedRowsModel

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


def configure_table(table: QTableView) -> None:
    """A calm, list-like table: whole-row selection, no grid, sortable, one line per row."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setSortingEnabled(True)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    table.verticalHeader().hide()
    rows = table.verticalHeader()
    rows.setDefaultSectionSize(table.fontMetrics().height() + 12)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(False)


def placeholder_label(text: str) -> QLabel:
    """The friendly message shown in place of an empty list."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setEnabled(False)  # drawn in the palette's quieter, disabled text colour
    label.setMargin(16)
    return label


def show_refusal(parent: QWidget, title: str, error: Exception) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, str(error), parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()


class _CountWords(QObject):
    """The count line under a panel's table. Its own class: a plural ``self.tr()`` in a base
    class is not found from a subclass (PySide's lookup stops once %n is replaced)."""

    def line(self, links: bool, shown: int, total: int) -> str:
        if shown == total:
            return (self.tr("%n link(s)", "", total) if links
                    else self.tr("%n annotation(s)", "", total))
        return arg(self.tr("%1 of %n link(s) shown", "", total) if links
                   else self.tr("%1 of %n annotation(s) shown", "", total), shown)


class TablePanel(QDockWidget):
    """A dock with a search field, a sortable table of rows whose note is editable, a
    Delete action, a friendly message in place of an empty list and a row count.

    Subclasses make their proxy, call :meth:`_build_table`, set up their own columns and
    extra controls, then call :meth:`_finish` with any layout that goes under the search.
    """

    def __init__(self, title: str, window: MainWindow, object_name: str) -> None:
        super().__init__(title, window)
        self.window_ = window
        self.setObjectName(object_name)
        self.setAccessibleName(arg(self.tr("%1 panel"), title))

    def _build_table(
        self, proxy: QSortFilterProxyModel, *, search_hint: str, delete_text: str,
        empty_text: str,
    ) -> None:
        title = self.windowTitle()
        self._rows_proxy = proxy
        self.search = QLineEdit()
        self.search.setPlaceholderText(search_hint)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(arg(self.tr("Search %1"), title))

        self.table = QTableView()
        self.table.setAccessibleName(title)
        self.table.setModel(proxy)
        configure_table(self.table)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.clicked.connect(self._on_activated)
        self.table.activated.connect(self._on_activated)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.act_delete = QAction(delete_text, self.table)
        self.act_delete.setShortcuts([QKeySequence(Qt.Key.Key_Delete),
                                      QKeySequence(Qt.Key.Key_Backspace)])
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_delete.triggered.connect(self.delete_selected)
        self.table.addAction(self.act_delete)

        self.placeholder = placeholder_label(empty_text)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.placeholder)
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

    def _finish(self, extra: QLayout | None = None) -> None:
        """Lay the parts out and keep the empty message and the count up to date."""
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        if extra is not None:
            layout.addLayout(extra)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)
        self.setWidget(body)
        self.setMinimumWidth(300)
        proxy = self._rows_proxy
        for signal in (proxy.rowsInserted, proxy.rowsRemoved, proxy.modelReset,
                       proxy.layoutChanged, proxy.sourceModel().rowsRemoved):
            signal.connect(self._update_state)
        self._update_state()

    def selected_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return index.siblingAtColumn(0).data(ID_ROLE)

    def _proxy_index(self, row_id: uuid.UUID) -> QModelIndex | None:
        """The table's index for ``row_id``: None if no row has it, invalid if filtered out."""
        model = self._rows_proxy.sourceModel()
        assert isinstance(model, NotedRowsModel)
        row = model.row_of(row_id)
        return None if row is None else self._rows_proxy.mapFromSource(model.index(row, 0))

    def _show_row(self, index: QModelIndex) -> None:
        self.table.setCurrentIndex(index)
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def _show_counts(self, empty: str, no_match: str, links: bool = False) -> None:
        """The placeholder's message and the count line, from the source and proxy rows."""
        proxy = self._rows_proxy
        total, shown = proxy.sourceModel().rowCount(), proxy.rowCount()
        self.placeholder.setText(empty if total == 0 else no_match)
        self.stack.setCurrentWidget(self.table if shown else self.placeholder)
        self.count_label.setText(_CountWords().line(links, shown, total))

    # -- what each panel does with its rows --------------------------------------------------

    def _on_activated(self, index: QModelIndex) -> None:
        raise NotImplementedError

    def _context_menu(self, pos: QPoint) -> None:
        raise NotImplementedError

    def delete_selected(self) -> None:
        raise NotImplementedError

    def _update_state(self, *_args: object) -> None:
        raise NotImplementedError
