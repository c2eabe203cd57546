"""The tag set editor: add, rename, recolour, reorder and delete tags, all undoable.

Every edit goes through a command on the dialog's own undo stack (Ctrl+Z / Ctrl+Shift+Z
inside the dialog), and is stored at once. Deleting a tag that annotations use asks which
tag to merge them into. Shared shortcuts and colours too alike are warned about below the
table. :meth:`TagSetEditor.result_tags` returns the tag set as it now is.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.colours import TagLook, tag_warnings
from annotator.gui import authoring_undo as au
from annotator.gui import plain
from annotator.gui.authoring.tag_table import COLOUR, DEFINITION, LABEL, TagTableModel
from annotator.gui.i18n import arg
from annotator.services.tag_sets import TagSetError, TagSetService, TagSetView, slug
from annotator.services.views import TagView

MergeAsker = Callable[[TagView, int, list[TagView]], "uuid.UUID | None"]


def swatch(colour: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class MergeDialog(QDialog):
    """Asks where the annotations of a tag about to be deleted should go."""

    def __init__(self, tag: TagView, uses: int, others: list[TagView],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete tag"))
        self.setMinimumWidth(380)
        label = QLabel(arg(self.tr("%n annotation(s) tagged %1. Deleting the tag moves "
                                   "them to another tag (undo moves them back). Merge them into:",
                                   "", uses), tag.label))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        self.target = QComboBox()
        for other in others:
            self.target.addItem(swatch(other.colour), other.label, str(other.id))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Merge and delete"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.target)
        layout.addWidget(buttons)

    def chosen(self) -> uuid.UUID:
        return uuid.UUID(self.target.currentData())


def _ask_merge(parent: QWidget) -> MergeAsker:
    def ask(tag: TagView, uses: int, others: list[TagView]) -> uuid.UUID | None:
        dialog = MergeDialog(tag, uses, others, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    return ask


class TagSetEditor(QDialog):
    def __init__(self, service: TagSetService, tag_set_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.tag_set_id = service, tag_set_id
        self.setWindowTitle(self.tr("Edit tags"))
        self.undo_stack = QUndoStack(self)
        # Questions to the instructor; tests replace these to answer without a modal loop.
        self.pick_colour: Callable[[str], str | None] = self._pick_colour
        self.ask_merge: MergeAsker = _ask_merge(self)
        self.confirm: Callable[[str], bool] = self._confirm
        self.show_error: Callable[[str], None] = self._show_error

        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.editingFinished.connect(self._rename)
        self.model = TagTableModel(self._request_edit, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Tags"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DEFINITION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLOUR, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COLOUR, 96)
        self.table.setWordWrap(False)
        self.warnings = QLabel()
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setStyleSheet("color: #B34700;")

        self.add_button = QPushButton(self.tr("&Add tag"))
        self.remove_button = QPushButton(self.tr("&Delete…"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.redo_button = QPushButton(self.tr("Redo"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button,
                       self.undo_button, self.redo_button):
            button.setAutoDefault(False)  # Return finishes a cell or the name, nothing more
        self.add_button.clicked.connect(self.add_tag)
        self.remove_button.clicked.connect(self.delete_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_stack.indexChanged.connect(lambda _i: self.reload())
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        for text, keys, slot in ((self.tr("Undo"), ["Ctrl+Z"], self.undo_stack.undo),
                                 (self.tr("Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"],
                                  self.undo_stack.redo)):
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        form = QFormLayout()
        form.addRow(self.tr("Tag set &name:"), self.name)
        row = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.undo_button)
        row.addWidget(self.redo_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        hint = QLabel(self.tr(
            "Double-click a cell to edit it. Keys are saved in exports; shortcuts "
                      "are the keys students press to tag a selection."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.shared = QLabel()
        self.shared.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.shared)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warnings)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(760, 420)
        self.reload()

    # -- reading -------------------------------------------------------------------------

    def result_tags(self) -> TagSetView:
        """The tag set as stored now (the dialog stores every edit at once)."""
        return self.service.get(self.tag_set_id)

    def reload(self) -> None:
        current = self.current_tag()
        view = self.service.get(self.tag_set_id)
        self.name.setText(view.name)
        self.model.reset(view.tags, {t.id: self.service.usage(t.id) for t in view.tags})
        for row, tag in enumerate(view.tags):
            button = QToolButton()
            button.setIcon(swatch(tag.colour))
            button.setText(tag.colour)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setToolTip(plain.tooltip(arg(self.tr("Change the colour of %1"), tag.label)))
            button.setAccessibleName(arg(self.tr("Colour of %1: %2"), tag.label, tag.colour))
            button.setAutoRaise(True)
            button.clicked.connect(lambda _c=False, i=tag.id: self.choose_colour(i))
            self.table.setIndexWidget(self.model.index(row, COLOUR), button)
            header = self.table.horizontalHeader()  # room for the swatch and "#DDDDDD" whole
            header.resizeSection(COLOUR, max(header.sectionSize(COLOUR),
                                             button.sizeHint().width() + 2))
        if current is not None and (row := self.model.row_of(current.id)) >= 0:
            self.table.selectRow(row)
        uses = next((s.exercise_count for s in self.service.list_sets()
                     if s.id == self.tag_set_id), 0)
        self.shared.setText(self.tr("%n exercise(s) use this tag set: changes apply to all "
                                    "of them.", "", uses) if uses > 1 else "")
        self.shared.setVisible(uses > 1)
        self.warnings.setText("\n".join(tag_warnings(
            [TagLook(t.label, t.colour, t.shortcut) for t in view.tags])))
        self.warnings.setVisible(bool(self.warnings.text()))

    def current_tag(self) -> TagView | None:
        index = self.table.currentIndex()
        return self.model.tag(index.row()) if index.isValid() else None

    def select_tag(self, tag_id: uuid.UUID) -> None:
        self.table.selectRow(self.model.row_of(tag_id))

    # -- editing -------------------------------------------------------------------------

    def _push(self, command: object) -> bool:
        try:
            au.push(self.undo_stack, command)  # type: ignore[arg-type]
        except TagSetError as exc:
            self.show_error(str(exc))
            self.reload()
            return False
        return True

    def _request_edit(self, tag_id: uuid.UUID, field: str, value: str) -> bool:
        changes = {field: value}
        if field == "label":
            changes.update(self._key_following_label(tag_id, value))
        words = {"label": self.tr("Change label"), "key": self.tr("Change key"),
                 "shortcut": self.tr("Change shortcut"),
                 "definition": self.tr("Change definition")}
        return self._push(au.UpdateTag(self.service, tag_id, words.get(field, ""), **changes))

    def _key_following_label(self, tag_id: uuid.UUID, label: str) -> dict[str, str]:
        """A key the app made from the old label ("new-tag" for "New tag") follows a new
        label while no annotation uses the tag, so exports say "source", not "new-tag"."""
        tag = self.model.tag(self.model.row_of(tag_id))
        key = slug(label)
        taken = {t.key for t in self.model.tags() if t.id != tag_id}
        if tag.key != slug(tag.label) or key == tag.key or key in taken:
            return {}
        return {} if self.service.usage(tag_id) else {"key": key}

    def _rename(self) -> None:
        name = self.name.text()
        if name.strip() and name != self.service.get(self.tag_set_id).name:
            self._push(au.RenameTagSet(self.service, self.tag_set_id, name))

    def add_tag(self) -> None:
        taken = {t.label for t in self.model.tags()}
        label, n = self.tr("New tag"), 2
        while label in taken:
            label, n = arg(self.tr("New tag %1"), n), n + 1
        command = au.AddTag(self.service, self.tag_set_id, label)
        if self._push(command) and command.created is not None:
            row = self.model.row_of(command.created.id)
            self.table.selectRow(row)
            self.table.edit(self.model.index(row, LABEL))

    def choose_colour(self, tag_id: uuid.UUID) -> None:
        tag = self.model.tag(self.model.row_of(tag_id))
        colour = self.pick_colour(tag.colour)
        if colour and colour.upper() != tag.colour.upper():
            self._push(au.UpdateTag(self.service, tag_id, self.tr("Change colour"),
                                           colour=colour))

    def move_current(self, step: int) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        target = tag.position + step
        if 0 <= target < self.model.rowCount():
            self._push(au.MoveTag(self.service, tag.id, target))
            self.select_tag(tag.id)

    def delete_current(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        uses = self.service.usage(tag.id)
        merge_into = None
        if uses:
            others = [t for t in self.model.tags() if t.id != tag.id]
            if not others:
                self.show_error(arg(self.tr("%1 is used by %n annotation(s) and is the only "
                                            "tag; add another tag to merge them into first",
                                            "", uses), tag.label))
                return
            merge_into = self.ask_merge(tag, uses, others)
            if merge_into is None:
                return
        elif not self.confirm(arg(self.tr("Delete the tag %1? No annotation uses it."),
                                  tag.label)):
            return
        self._push(au.DeleteTag(self.service, tag.id, merge_into, tag.label))

    # -- default questions (replaced in tests) -------------------------------------------

    def _pick_colour(self, initial: str) -> str | None:
        colour = QColorDialog.getColor(QColor(initial), self, self.tr("Tag colour"))
        return colour.name().upper() if colour.isValid() else None

    def _confirm(self, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete tag"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _show_error(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Edit tags"), text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
