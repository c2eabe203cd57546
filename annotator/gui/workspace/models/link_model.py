"""The current student's links between passages as a table, and a search proxy.

A link's two ends are annotations; their quotes come from the annotation model through a
lookup function, so the table always shows the passages as they are now.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import cache
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from annotator.gui import plain
from annotator.gui.i18n import QT_TRANSLATE_NOOP, arg
from annotator.gui.workspace.models.annotation_model import excerpt
from annotator.gui.workspace.models.noted_rows import (
    ID_ROLE,
    SEARCH_ROLE,
    SORT_ROLE,
    Index,
    NotedRowsModel,
    WordSearchProxy,
    refilter,
)
from annotator.services.events import Event
from annotator.services.views import AnnotationView, LinkView
from annotator.storage.models import LinkKind

KIND, SOURCE, TARGET, NOTE = range(4)
HEADERS = (QT_TRANSLATE_NOOP("LinkTableModel", "Link"),
           QT_TRANSLATE_NOOP("LinkTableModel", "From"),
           QT_TRANSLATE_NOOP("LinkTableModel", "To"),
           QT_TRANSLATE_NOOP("LinkTableModel", "Note"))
KIND_ROLE = Qt.ItemDataRole.UserRole + 10  # the LinkKind value (str)

KIND_WORDS = {
    LinkKind.SUPPORTS: QT_TRANSLATE_NOOP("LinkTableModel", "supports"),
    LinkKind.CONTRADICTS: QT_TRANSLATE_NOOP("LinkTableModel", "contradicts"),
    LinkKind.SAME_CLAIM: QT_TRANSLATE_NOOP("LinkTableModel", "same claim"),
}
KIND_GLYPHS = {LinkKind.SUPPORTS: "✓", LinkKind.CONTRADICTS: "✗", LinkKind.SAME_CLAIM: "="}
# Okabe-Ito bluish green, vermillion and blue: distinct for colour-blind readers too,
# and each kind also has its own glyph and word.
KIND_COLOURS = {
    LinkKind.SUPPORTS: "#009E73",
    LinkKind.CONTRADICTS: "#D55E00",
    LinkKind.SAME_CLAIM: "#0072B2",
}

Lookup = Callable[[uuid.UUID], AnnotationView | None]


@cache
def kind_icon(kind: LinkKind, size: int = 32) -> QIcon:
    """A round badge in the kind's colour with its glyph in white."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ring = size / 16  # a light ring keeps the badge visible on a selected (blue) row
    painter.setPen(QPen(QColor("#ffffff"), ring))
    painter.setBrush(QColor(KIND_COLOURS[kind]))
    painter.drawEllipse(QRectF(ring, ring, size - 2 * ring, size - 2 * ring))
    font = QFont()
    font.setPixelSize(int(size * 0.62))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, KIND_GLYPHS[kind])
    painter.end()
    return QIcon(pixmap)


class LinkTableModel(NotedRowsModel):
    """Links oldest first; updated incrementally from hub events."""

    headers = HEADERS
    note_column = NOTE

    def __init__(self, lookup: Lookup, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lookup = lookup
        self._rows: list[LinkView] = []

    def load(self, links: list[LinkView]) -> None:
        self.beginResetModel()
        self._rows = [link for link in links if self._belongs(link)]
        self.endResetModel()

    def _belongs(self, link: LinkView) -> bool:
        return self._lookup(link.source_id) is not None

    def on_added(self, event: Event) -> None:
        link: LinkView = event.payload
        if not self._belongs(link) or self.row_of(link.id) is not None:
            return
        row = len(self._rows)
        while row > 0 and self._rows[row - 1].created > link.created:
            row -= 1  # a restored link goes back where it was
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, link)
        self.endInsertRows()

    def on_changed(self, event: Event) -> None:
        link: LinkView = event.payload
        row = self.row_of(link.id)
        if row is None:
            self.on_added(event)
            return
        self._replace_row(row, link)

    def on_annotation_changed(self, event: Event) -> None:
        """An end's quote may have moved: repaint the links that touch it."""
        changed: AnnotationView = event.payload
        for row, link in enumerate(self._rows):
            if changed.id in (link.source_id, link.target_id):
                self.dataChanged.emit(self.index(row, SOURCE), self.index(row, TARGET))

    def row_of(self, link_id: uuid.UUID) -> int | None:
        for row, link in enumerate(self._rows):
            if link.id == link_id:
                return row
        return None

    def link_at(self, row: int) -> LinkView:
        return self._rows[row]

    def link(self, link_id: uuid.UUID) -> LinkView | None:
        row = self.row_of(link_id)
        return None if row is None else self._rows[row]

    # -- the model interface ---------------------------------------------------------------

    def _quote(self, annotation_id: uuid.UUID) -> str:
        end = self._lookup(annotation_id)
        return self.tr("(passage removed)") if end is None else end.exact

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        link, column = self._rows[index.row()], index.column()
        kind = LinkKind(link.kind)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == KIND:
                return self.tr(KIND_WORDS[kind])  # the icon shows the glyph
            if column in (SOURCE, TARGET):
                return excerpt(self._quote(link.source_id if column == SOURCE else link.target_id),
                               60)
            return excerpt(link.note)
        if role == Qt.ItemDataRole.EditRole:
            return link.note if column == NOTE else self.data(index)
        if role == Qt.ItemDataRole.DecorationRole and column == KIND:
            return kind_icon(kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == KIND:
                return plain.tooltip(arg(self.tr("The first passage %1 the second"),
                                         self.tr(KIND_WORDS[kind])))
            if column in (SOURCE, TARGET):
                return plain.tooltip(
                    self._quote(link.source_id if column == SOURCE else link.target_id))
            return plain.tooltip(link.note)
        if role == ID_ROLE:
            return link.id
        if role == KIND_ROLE:
            return kind.value
        if role == SORT_ROLE:
            if column == KIND:
                return list(LinkKind).index(kind)
            if column in (SOURCE, TARGET):
                quote = self._quote(link.source_id if column == SOURCE else link.target_id)
                return " ".join(quote.split()).casefold()
            return link.note.casefold()
        if role == SEARCH_ROLE:
            return "\n".join(
                (self._quote(link.source_id), self._quote(link.target_id), link.note)
            ).casefold()
        return None


class LinkFilterProxy(WordSearchProxy):
    """Filters links by kind and by a case-insensitive search in both quotes and the note."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind: str | None = None

    def set_kind(self, kind: LinkKind | None) -> None:
        refilter(self, lambda: setattr(self, "_kind", None if kind is None else kind.value))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._kind is not None and model.data(index, KIND_ROLE) != self._kind:
            return False
        return self._has_words(model, index)
