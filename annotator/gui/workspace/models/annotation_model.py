"""The current student's annotations of the open exercise as a table, and a filtering proxy.

The model is loaded once per exercise and student (:meth:`AnnotationTableModel.load`) and
then follows the hub's ``annotationAdded/Changed/Removed`` events row by row, so a long
list never flickers or loses its selection when one annotation changes.
"""

from __future__ import annotations

import bisect
import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QGuiApplication

from annotator.core.text import excerpt as text_excerpt
from annotator.gui import plain, theme
from annotator.gui.i18n import QT_TRANSLATE_NOOP, arg
from annotator.gui.workspace.models.noted_rows import (
    ID_ROLE,
    SEARCH_ROLE,
    SORT_ROLE,
    Index,
    NotedRowsModel,
    NoteEditor,
    WordSearchProxy,
    refilter,
)
from annotator.services.events import Event
from annotator.services.views import AnnotationView, ExerciseView

ARTICLE, TAG, QUOTE, NOTE = range(4)
HEADERS = (QT_TRANSLATE_NOOP("AnnotationTableModel", "Article"),
           QT_TRANSLATE_NOOP("AnnotationTableModel", "Tag"),
           QT_TRANSLATE_NOOP("AnnotationTableModel", "Quote"),
           QT_TRANSLATE_NOOP("AnnotationTableModel", "Note"))
EXCERPT_CHARS = 90

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 3  # str(uuid) of the article
TAG_ID_ROLE = Qt.ItemDataRole.UserRole + 4  # str(uuid) of the tag

_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.AccessibleTextRole, ID_ROLE, SORT_ROLE,
    ARTICLE_ID_ROLE, TAG_ID_ROLE, SEARCH_ROLE,
})
__all__ = [
    "ID_ROLE", "SEARCH_ROLE", "SORT_ROLE", "AnnotationFilterProxy", "AnnotationTableModel",
    "Index", "NoteEditor", "excerpt", "refilter",
]


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """One line of at most ``limit`` characters: whitespace collapsed, an ellipsis if cut."""
    return text_excerpt(text, limit)


class _Descending:
    """Wraps a sort key so that ``<`` runs the other way (list.sort and bisect use only ``<``)."""

    __slots__ = ("key",)

    def __init__(self, key: Any) -> None:
        self.key = key

    def __lt__(self, other: _Descending) -> bool:
        return bool(other.key < self.key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Descending) and other.key == self.key

    __hash__ = None  # type: ignore[assignment]


class AnnotationTableModel(NotedRowsModel):
    """Rows in article and text order, or sorted by a column; updated incrementally.

    The model sorts itself (:meth:`sort`) and keeps its rows sorted as events arrive, by
    binary search, so a list of thousands never pays for a comparison per row in Python.
    """

    headers = HEADERS
    note_column = NOTE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AnnotationView] = []
        # each row's sort key by annotation id: finding a row is a bisection, not a scan
        self._key_of: dict[uuid.UUID, Any] = {}
        self._keys: list[Any] = []
        self._sort_column, self._sort_order = -1, Qt.SortOrder.AscendingOrder
        self._exercise: ExerciseView | None = None
        self._annotator_id: uuid.UUID | None = None
        self._article_pos: dict[uuid.UUID, int] = {}

    # -- loading and following events -------------------------------------------------------

    def load(
        self, exercise: ExerciseView | None, annotator_id: uuid.UUID | None,
        annotations: list[AnnotationView],
    ) -> None:
        """Show ``annotations`` (already listed by the service) for a new exercise or student."""
        self.beginResetModel()
        self._exercise, self._annotator_id = exercise, annotator_id
        self._article_pos = {a.id: i for i, a in enumerate(exercise.articles)} if exercise else {}
        keyed = sorted(((self._key(a), a) for a in annotations if self._belongs(a)),
                       key=lambda pair: pair[0])
        self._keys = [key for key, _ in keyed]
        self._rows = [a for _, a in keyed]
        self._key_of = {a.id: key for key, a in keyed}
        self.endResetModel()

    def _belongs(self, a: AnnotationView) -> bool:
        return a.annotator_id == self._annotator_id and a.article_id in self._article_pos

    def _key(self, a: AnnotationView) -> Any:
        """Where ``a`` goes: the sorted column's value, then text order (article, span)."""
        text_order = (self._article_pos.get(a.article_id, 0), a.start, a.end, str(a.id))
        if self._sort_column < 0:
            return text_order
        key = (self._sort_value(a, self._sort_column), text_order)
        return _Descending(key) if self._sort_order == Qt.SortOrder.DescendingOrder else key

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (-1: text order), keeping selections on the same annotations."""
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._sort_order = column, order
        old = self.persistentIndexList()
        old_ids = [self._rows[index.row()].id for index in old]
        keyed = sorted(((self._key(a), a) for a in self._rows), key=lambda pair: pair[0])
        self._keys = [key for key, _ in keyed]
        self._rows = [a for _, a in keyed]
        self._key_of = {a.id: key for key, a in keyed}
        where = {a.id: row for row, a in enumerate(self._rows)}
        self.changePersistentIndexList(
            old, [self.index(where[i], index.column()) for i, index in zip(old_ids, old,
                                                                              strict=True)])
        self.layoutChanged.emit()

    def on_added(self, event: Event) -> None:
        view: AnnotationView = event.payload
        if not self._belongs(view) or self.row_of(view.id) is not None:
            return
        key = self._key(view)
        row = bisect.bisect_left(self._keys, key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, view)
        self._keys.insert(row, key)
        self._key_of[view.id] = key
        self.endInsertRows()

    def on_changed(self, event: Event) -> None:
        view: AnnotationView = event.payload
        row = self.row_of(view.id)
        if row is None:
            self.on_added(event)
            return
        key = self._key(view)
        if key != self._keys[row]:  # its place may have changed
            rest = self._keys[:row] + self._keys[row + 1:]
            target = bisect.bisect_left(rest, key)
            if target != row:
                # Taken out and put back rather than moved: a filter proxy answers a move
                # by filtering every row again (a layout change), a removal and an insertion
                # by looking at that one row. The panel keeps its selection on the row.
                self.beginRemoveRows(QModelIndex(), row, row)
                self._forget_row(row, self._rows[row])
                self.endRemoveRows()
                self.beginInsertRows(QModelIndex(), target, target)
                self._rows.insert(target, view)
                self._keys.insert(target, key)
                self._key_of[view.id] = key
                self.endInsertRows()
                return
            self._keys[row] = key
            self._key_of[view.id] = key
        self._replace_row(row, view)

    def _forget_row(self, row: int, view: AnnotationView) -> None:
        del self._rows[row], self._keys[row]
        del self._key_of[view.id]

    # -- lookups ---------------------------------------------------------------------------

    def row_of(self, annotation_id: uuid.UUID) -> int | None:
        key = self._key_of.get(annotation_id)
        if key is None:
            return None
        row = bisect.bisect_left(self._keys, key)  # keys are unique: they end with the id
        if row < len(self._rows) and self._rows[row].id == annotation_id:
            return row
        return next((r for r, a in enumerate(self._rows) if a.id == annotation_id), None)

    def annotation(self, annotation_id: uuid.UUID) -> AnnotationView | None:
        row = self.row_of(annotation_id)
        return None if row is None else self._rows[row]

    def annotation_at(self, row: int) -> AnnotationView:
        return self._rows[row]

    def article_title(self, article_id: uuid.UUID) -> str:
        if self._exercise is None:
            return ""
        position = self._article_pos.get(article_id, 0)
        article = self._exercise.articles[position]
        return article.outlet or article.title or arg(self.tr("Article %1"), position + 1)

    # -- the model interface ---------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """As Qt's, without its two extra calls back into Python to check the bounds."""
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < len(HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not 0 <= index.row() < len(self._rows):
            return None  # painting asks for many roles this model leaves to the style
        a, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(a, column)
        if role == Qt.ItemDataRole.EditRole:
            return a.note if column == NOTE else self._display(a, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(a, column)
        if role == Qt.ItemDataRole.DecorationRole and column == TAG:
            tag = self._tag(a)  # the swatch in the colour the text shows for the tag
            dark = theme.is_dark(QGuiApplication.palette())
            return theme.highlight_colour(tag.colour, dark) if tag else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(a, column) or self.tr("no note")
        if role == ID_ROLE:
            return a.id
        if role == SORT_ROLE:
            return self._sort_value(a, column)
        if role == ARTICLE_ID_ROLE:
            return str(a.article_id)
        if role == TAG_ID_ROLE:
            return str(a.tag_id)
        if role == SEARCH_ROLE:
            return f"{a.exact}\n{a.note}".casefold()
        return None

    # -- presentation ----------------------------------------------------------------------

    def _tag(self, a: AnnotationView) -> Any:
        if self._exercise is None:
            return None
        try:
            return self._exercise.tag(a.tag_id)
        except KeyError:
            return None

    def _display(self, a: AnnotationView, column: int) -> str:
        if column == ARTICLE:
            return self.article_title(a.article_id)
        if column == TAG:
            tag = self._tag(a)
            return tag.label if tag else "?"
        if column == QUOTE:
            return excerpt(a.exact)
        return excerpt(a.note)

    def _tooltip(self, a: AnnotationView, column: int) -> str:
        if column == ARTICLE and self._exercise is not None:
            position = self._article_pos.get(a.article_id, 0)
            return plain.tooltip(self._exercise.articles[position].title)
        if column == TAG:
            tag = self._tag(a)
            return plain.tooltip(f"{tag.label}: {tag.definition}") if tag else ""
        if column == QUOTE:
            return plain.tooltip(a.exact)
        return plain.tooltip(a.note)

    def _sort_value(self, a: AnnotationView, column: int) -> Any:
        if column == ARTICLE:
            return self._article_pos.get(a.article_id, 0) * 10_000_000 + a.start
        if column == TAG:
            tag = self._tag(a)
            return tag.position if tag else 1_000
        if column == QUOTE:
            return " ".join(a.exact.split()).casefold()
        return " ".join(a.note.split()).casefold()


class AnnotationFilterProxy(WordSearchProxy):
    """Filters by tag, by article and by a case-insensitive search in quote and note.

    Sorting is passed on to the source model, which sorts far faster than a proxy asking
    Python for two values per comparison; the proxy keeps the source's order.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tag: str | None = None
        self._article: str | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, AnnotationTableModel):
            source.sort(column, order)
        else:
            super().sort(column, order)

    def set_tag(self, tag_id: uuid.UUID | None) -> None:
        tag = None if tag_id is None else str(tag_id)
        if tag != self._tag:  # filtering 20,000 rows again is not free
            refilter(self, lambda: setattr(self, "_tag", tag))

    def set_article(self, article_id: uuid.UUID | None) -> None:
        article = None if article_id is None else str(article_id)
        if article != self._article:
            refilter(self, lambda: setattr(self, "_article", article))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._tag is None and self._article is None and not self._words:
            return True  # no filter: no call back into the model per row
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._tag is not None and model.data(index, TAG_ID_ROLE) != self._tag:
            return False
        if self._article is not None and model.data(index, ARTICLE_ID_ROLE) != self._article:
            return False
        return self._has_words(model, index)
