"""The tag set editor's table: one row per tag, edits go out as requests, never stored here."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from annotator.gui import plain
from annotator.gui.i18n import QT_TRANSLATE_NOOP
from annotator.services.views import TagView

_Index = QModelIndex | QPersistentModelIndex

COLUMNS = (QT_TRANSLATE_NOOP("TagTableModel", "Colour"),
           QT_TRANSLATE_NOOP("TagTableModel", "Label"),
           QT_TRANSLATE_NOOP("TagTableModel", "Key"),
           QT_TRANSLATE_NOOP("TagTableModel", "Shortcut"),
           QT_TRANSLATE_NOOP("TagTableModel", "Definition"),
           QT_TRANSLATE_NOOP("TagTableModel", "Used"))
FIELDS = (None, "label", "key", "shortcut", "definition", None)
COLOUR, LABEL, KEY, SHORTCUT, DEFINITION, USED = range(6)

EditRequest = Callable[[uuid.UUID, str, str], bool]


class TagTableModel(QAbstractTableModel):
    """Tags of one set with their annotation counts; ``request_edit(tag_id, field, value)``
    performs an edit (through an undo command) and returns whether it was accepted."""

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, request_edit: EditRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags: list[TagView] = []
        self._uses: dict[uuid.UUID, int] = {}
        self._request_edit = request_edit

    def reset(self, tags: tuple[TagView, ...], uses: dict[uuid.UUID, int]) -> None:
        self.beginResetModel()
        self._tags, self._uses = list(tags), dict(uses)
        self.endResetModel()

    def tag(self, row: int) -> TagView:
        return self._tags[row]

    def tags(self) -> list[TagView]:
        return list(self._tags)

    def uses(self, tag_id: uuid.UUID) -> int:
        return self._uses.get(tag_id, 0)

    def row_of(self, tag_id: uuid.UUID) -> int:
        return next((i for i, t in enumerate(self._tags) if t.id == tag_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tags)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and FIELDS[index.column()] is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._tags):
            return None
        tag, column = self._tags[index.row()], index.column()
        if role == self.IdRole:
            return str(tag.id)
        if column == COLOUR:  # shown by the editor's swatch button; the model carries the value
            return tag.colour if role == Qt.ItemDataRole.UserRole else None
        if column == USED:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(self._uses.get(tag.id, 0))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        value = getattr(tag, FIELDS[column])  # type: ignore[arg-type]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value
        if role == Qt.ItemDataRole.ToolTipRole and column == DEFINITION:
            return plain.tooltip(value)
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = FIELDS[index.column()] if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or field is None:
            return False
        tag = self._tags[index.row()]
        if str(value) == getattr(tag, field):
            return False
        return self._request_edit(tag.id, field, str(value))
