"""Help > Keyboard Shortcuts: every command with a key, read from the actions themselves."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)


def describe(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(command, keys) for each action that has a shortcut, in order."""
    rows = []
    for action in actions:
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        if keys:
            rows.append((action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                         .rstrip("…"), keys))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, sections: Sequence[tuple[str, Iterable[QAction]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self._rows: list[tuple[str, str, str]] = []
        for title, actions in sections:
            section = QStandardItem(title)
            section.setEditable(False)
            for command, keys in describe(actions):
                self._rows.append((title, command, keys))
                left, right = QStandardItem(command), QStandardItem(keys)
                left.setEditable(False)
                right.setEditable(False)
                section.appendRow([left, right])
            if section.hasChildren():
                blank = QStandardItem("")
                blank.setEditable(False)
                self.model.appendRow([section, blank])
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Commands and their keys"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        for row in range(self.model.rowCount()):  # section titles use the whole width
            self.view.setFirstColumnSpanned(row, self.view.rootIndex(), True)
        self.view.expandAll()
        self.view.header().setStretchLastSection(False)  # else the keys share the spare width
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        # tall enough for every row on a 1366x768 laptop (scrolls on anything smaller), and
        # wide enough for the longest command in the longer languages (not elided)
        screen = self.screen()
        room = screen.availableGeometry().height() - 60 if screen is not None else 680
        space = screen.availableGeometry().width() - 40 if screen is not None else 900
        self.resize(max(520, min(space, self._width_for_every_row(layout))),
                    max(360, min(680, room)))

    def _width_for_every_row(self, layout: QVBoxLayout) -> int:
        """The dialog width that shows every title, command and key whole (the view only
        measures the rows on screen, and none are before the dialog is shown)."""
        metrics = self.view.fontMetrics()
        padding = 3 * metrics.averageCharWidth()  # each cell's margins and a little air

        def widest(texts: Iterable[str]) -> int:
            return max((metrics.horizontalAdvance(text) for text in texts), default=0)

        indent = self.view.indentation()
        titles = widest(title for title, _command, _keys in self._rows) + indent + padding
        commands = widest(command for _title, command, _keys in self._rows) + 2 * indent
        keys = widest(keys for _title, _command, keys in self._rows)
        chrome = 2 * self.view.frameWidth() + self.view.verticalScrollBar().sizeHint().width()
        margins = layout.contentsMargins().left() + layout.contentsMargins().right()
        return max(titles, commands + keys + 2 * padding) + chrome + margins

    def rows(self) -> list[tuple[str, str, str]]:
        """(section, command, keys) as listed."""
        return list(self._rows)
