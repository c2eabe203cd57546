"""The summary after an import: one row per file, and the highlights that became orphans."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QItemSelection, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.handin.summary_model import (
    ImportSummaryModel,
    OrphanModel,
    elsewhere,
    problem_text,
    rows_as_text,
    status_word,
)
from annotator.gui.i18n import arg
from annotator.services.handins import HandinImportResult, ImportStatus, OrphanView

__all__ = ["ImportSummaryDialog", "attention_lines", "summary_line"]


class _Plurals(QObject):
    """Plural forms need ``self.tr(text, "", n)``: lupdate reads no count from translate()."""

    def files(self, n: int) -> str:
        return self.tr("%n file(s): %1", "", n)


def summary_line(results: Sequence[HandinImportResult]) -> str:
    """``"3 files: 1 imported, 1 replaced, 1 rejected"`` (only the statuses that occur)."""
    counts = {status: 0 for status in ImportStatus}
    for result in results:
        counts[result.status] += 1
    parts = [arg("%1 %2", n, status_word(status)) for status, n in counts.items() if n]
    if not parts:
        return QCoreApplication.translate("ImportSummaryDialog", "No files.")
    return arg(_Plurals().files(len(results)), ", ".join(parts))


def attention_lines(
    results: Sequence[HandinImportResult], exercise_id: uuid.UUID | None = None, limit: int = 6
) -> list[str]:
    """One line per file the instructor should look at: not imported (with why), or
    imported into another exercise than the one open; at most ``limit`` lines and a count."""
    lines = []
    for row in results:
        who = row.student or row.file.name
        if row.status == ImportStatus.OLDER:
            lines.append(arg(QCoreApplication.translate(
                "ImportSummaryDialog", "%1: an older hand-in, not imported; the newer one already "
                "imported is kept"), who))
        elif row.status == ImportStatus.DUPLICATE:
            others = ", ".join(p.name for p in row.duplicate_of[:3]) + (
                f" (+{len(row.duplicate_of) - 3})" if len(row.duplicate_of) > 3 else "")
            lines.append(QCoreApplication.translate(
                "ImportSummary", "{who}: the same highlights as {others}; none of these was "
                "imported. Import the one to keep on its own.").format(who=who, others=others))
        elif row.status == ImportStatus.REJECTED:
            problem = problem_text(row)
            if problem.startswith("truncated JSON"):
                problem = arg(QCoreApplication.translate(
                    "ImportSummaryDialog", "the file is cut short (an incomplete copy?); ask the "
                    "student to hand it in again (%1)"), problem)
            lines.append(arg(QCoreApplication.translate("ImportSummaryDialog",
                                                        "%1: not imported, %2"), who, problem))
        elif elsewhere(row, exercise_id):
            lines.append(arg(QCoreApplication.translate(
                "ImportSummaryDialog", "%1: handed in for another exercise, “%2”; imported there "
                "(open that exercise to review it)"), who, row.exercise_title))
    if len(lines) > limit:
        rest = len(lines) - limit + 1
        lines = [*lines[: limit - 1], arg(QCoreApplication.translate(
            "ImportSummaryDialog", "…and %1 more: see the Problem column."), rest)]
    return lines


def _table(model: ImportSummaryModel | OrphanModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    # Rows start in import order: no sort column until the user clicks a header.
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.resizeColumnsToContents()
    return view


class ImportSummaryDialog(QDialog):
    def __init__(
        self, results: Sequence[HandinImportResult], orphans: Sequence[OrphanView],
        parent: QWidget | None = None, *, exercise_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hand-ins Imported"))
        self.resize(980, 600)
        self.results = list(results)
        layout = QVBoxLayout(self)
        self.headline = QLabel(summary_line(results))
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.headline)
        lines = attention_lines(results, exercise_id)
        self.attention = QLabel("\n".join([self.tr("Look at these files:"), *lines])
                                if lines else "")
        self.attention.setTextFormat(Qt.TextFormat.PlainText)
        self.attention.setWordWrap(True)
        self.attention.setStyleSheet("color: #B34700;")
        self.attention.setVisible(bool(lines))
        layout.addWidget(self.attention)

        self.model = ImportSummaryModel(results, exercise_id)
        self.table = _table(self.model)
        self.orphan_model = OrphanModel(orphans)
        self.orphan_table = _table(self.orphan_model)
        self.orphan_detail = QPlainTextEdit()
        self.orphan_detail.setReadOnly(True)
        self.orphan_detail.setPlaceholderText(
            self.tr("Select an orphaned highlight to see its passage with the text around it.")
        )
        self.orphan_table.selectionModel().selectionChanged.connect(self._show_orphan)

        orphan_box = QWidget()
        orphan_layout = QVBoxLayout(orphan_box)
        orphan_layout.setContentsMargins(0, 0, 0, 0)
        self.orphan_label = QLabel(
            arg(self.tr("Orphaned highlights in this exercise: %1 (kept, but their passage "
                        "was not found in the article text)"), len(orphans)) if orphans else
            self.tr("No orphaned highlights: every imported highlight was placed in the text.")
        )
        self.orphan_label.setWordWrap(True)
        orphan_layout.addWidget(self.orphan_label)
        orphan_layout.addWidget(self.orphan_table, 2)
        orphan_layout.addWidget(self.orphan_detail, 1)
        self.orphan_table.setVisible(bool(orphans))
        self.orphan_detail.setVisible(bool(orphans))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(orphan_box)
        splitter.setStretchFactor(0, 3)  # the files first: the table is what was asked for
        splitter.setStretchFactor(1, 2 if orphans else 0)
        layout.addWidget(splitter, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("Copy Table"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_all)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        for view in (self.table, self.orphan_table):
            shortcut = QShortcut(QKeySequence.StandardKey.Copy, view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda v=view: self.copy_selection(v))

    def copy_selection(self, view: QTableView) -> str:
        """Copy the selected rows (or every row) as tab-separated text; returns it."""
        rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
        model = view.model()
        text = rows_as_text(model, rows or range(model.rowCount()))
        QGuiApplication.clipboard().setText(text)
        return text

    def copy_all(self) -> str:
        """Copy the whole summary table as tab-separated text; returns it."""
        text = rows_as_text(self.model, range(self.model.rowCount()))
        QGuiApplication.clipboard().setText(text)
        return text

    def _show_orphan(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.orphan_table.selectionModel().selectedRows()
        if not rows:
            self.orphan_detail.clear()
            return
        orphan: OrphanView = self.orphan_model.row(rows[0].row())
        self.orphan_detail.setPlainText(
            f"{orphan.student} — {orphan.tag_label} — {orphan.article_title}\n\n"
            f"…{orphan.prefix}[{orphan.exact}]{orphan.suffix}…"
            + ("\n\n" + arg(self.tr("Note: %1"), orphan.note) if orphan.note else "")
        )
