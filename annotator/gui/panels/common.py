"""Small pieces the dock panels share: table look, empty-state label, refusal message."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMessageBox, QTableView, QWidget


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
