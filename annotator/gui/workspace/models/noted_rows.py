"""What the annotation and link tables share: the item roles, a table of rows whose note
column is edited through an undoable editor, and a proxy that searches by words."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from annotator.services.events import Event

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # uuid.UUID of the row's annotation or link
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # int or casefolded str
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 5  # casefolded text the search looks in

Index = QModelIndex | QPersistentModelIndex
NoteEditor = Callable[[uuid.UUID, str], bool]


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Apply ``change`` to a proxy's filter settings and re-filter its rows (Qt 6.10 spells
    this begin/endFilterChange; older versions invalidate afterwards)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:
        change()
        proxy.invalidateRowsFilter()


class NotedRowsModel(QAbstractTableModel):
    """Rows (each with an ``id`` and a ``note``) under fixed ``headers``; the note column is
    editable once the panel sets :attr:`note_editor`, and the row follows from the hub event
    the edit causes, not from :meth:`setData`.

    Subclasses say where an id's row is (:meth:`row_of`) and how a row looks (``data``).
    """

    headers: tuple[str, ...] = ()
    note_column = -1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self.note_editor: NoteEditor | None = None  # set by the panel: edits go through undo

    def row_of(self, row_id: uuid.UUID) -> int | None:
        raise NotImplementedError

    def _replace_row(self, row: int, view: Any) -> None:
        self._rows[row] = view
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))

    def _forget_row(self, row: int, view: Any) -> None:
        del self._rows[row]

    def on_removed(self, event: Event) -> None:
        view = event.payload
        row = self.row_of(view.id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            self._forget_row(row, view)
            self.endRemoveRows()

    # -- the model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.headers):
            return self.tr(self.headers[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.note_column and self.note_editor is not None:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Editing the note asks the panel's editor (an undoable change)."""
        if (
            role != Qt.ItemDataRole.EditRole or not index.isValid()
            or index.column() != self.note_column or self.note_editor is None
        ):
            return False
        row = self._rows[index.row()]
        text = str(value)
        if text == row.note:
            return False
        return self.note_editor(row.id, text)


class WordSearchProxy(QSortFilterProxyModel):
    """A proxy whose search keeps the rows containing every word typed (any case) in
    their :data:`SEARCH_ROLE` text; subclasses add their own filters."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        """Every word of ``text`` must appear in the row's searchable text."""
        words = text.casefold().split()
        if words != self._words:
            refilter(self, lambda: setattr(self, "_words", words))

    def _has_words(self, model: QAbstractItemModel, index: QModelIndex) -> bool:
        if not self._words:
            return True
        haystack = model.data(index, SEARCH_ROLE) or ""
        return all(word in haystack for word in self._words)
