"""The Review menu of the main window, in one place.

``install_review_actions(window)`` adds "&Review" before the Help menu with Class Overview…
(Ctrl+R), Export Review Report… and Export Scores (CSV)…; the main window's only line for it
is ``self.review = install_review_actions(self)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from annotator.core.filenames import safe_file_part
from annotator.exchange.errors import ExchangeError
from annotator.gui.i18n import arg
from annotator.gui.review.key_mode import KeyMode
from annotator.services.context import AppContext
from annotator.services.views import ExerciseView

RELOAD_DELAY_MS = 400  # a burst of changes (undo of a merge, a paste) reloads once

if TYPE_CHECKING:  # the review window and its numpy measures load when first opened
    from annotator.gui.review.window import ReviewWindow


class ReviewActions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.review_window: ReviewWindow | None = None
        self.act_overview = QAction(self.tr("&Class Overview…"), window)
        self.act_overview.setShortcut(QKeySequence("Ctrl+R"))
        self.act_overview.setStatusTip(self.tr("See how the whole class marked up this exercise"))
        self.act_report = QAction(self.tr("Export Review &Report…"), window)
        self.act_report.setStatusTip(self.tr("Save the class review as an HTML file"))
        self.act_scores = QAction(self.tr("Export &Scores (CSV)…"), window)
        self.act_scores.setStatusTip(self.tr("Save every student's scores against the key as CSV"))
        self.act_overview.triggered.connect(self.open_overview)
        self.act_report.triggered.connect(lambda: self.export_report())
        self.act_scores.triggered.connect(lambda: self.export_scores())
        # Markups changed in the main window (the key being annotated, a student's work
        # edited) show in an open review window shortly after, not only on Ctrl+R.
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        hub = window.hub  # type: ignore[attr-defined]
        for signal in (hub.annotationAdded, hub.annotationChanged, hub.annotationRemoved):
            signal.connect(self._schedule_reload)
        self.key_mode = KeyMode(window)
        self.act_key = self.key_mode.action
        self.menu = QMenu(self.tr("&Review"), window)
        self.menu.addAction(self.act_overview)
        self.menu.addAction(self.act_key)
        self.menu.addSeparator()
        self.menu.addAction(self.act_report)
        self.menu.addAction(self.act_scores)
        window.addActions([self.act_overview, self.act_key, self.act_report, self.act_scores])
        help_menu: QMenu = window.menu_help  # type: ignore[attr-defined]
        window.menuBar().insertMenu(help_menu.menuAction(), self.menu)

    def _exercise(self) -> ExerciseView | None:
        return self.window.exercise  # type: ignore[attr-defined,no-any-return]

    def _ctx(self) -> AppContext:
        return self.window.ctx  # type: ignore[attr-defined,no-any-return]

    def open_overview(self) -> ReviewWindow | None:
        """Open (or bring forward) the review window for the window's exercise."""
        exercise = self._exercise()
        if exercise is None:
            return None
        if self.review_window is not None and self.review_window.state.exercise.id == exercise.id:
            self.review_window.reload()
        else:
            if self.review_window is not None:
                self.review_window.close()
            from annotator.gui.review.window import ReviewWindow

            self.review_window = ReviewWindow(self._ctx(), exercise.id)
        self.review_window.show()
        self.review_window.raise_()
        self.review_window.activateWindow()
        return self.review_window

    def _schedule_reload(self, *_: object) -> None:
        if self.review_window is not None and self.review_window.isVisible():
            self._reload_timer.start()

    def reload(self, *_: object) -> None:
        """Re-read the class in an open review window (connect to hub signals such as
        ``handinsImported`` or ``annotationAdded``)."""
        if self.review_window is not None and self.review_window.isVisible():
            self.review_window.reload()

    def _ask(self, caption: str, suffix: str, filters: str) -> Path | None:
        exercise = self._exercise()
        title = exercise.title if exercise else "review"
        safe = safe_file_part(title, "exercise")
        name, _ = QFileDialog.getSaveFileName(self.window, caption,
                                              arg(self.tr("%1 review"), safe) + suffix, filters)
        return Path(name) if name else None

    def export_report(self, path: Path | None = None) -> Path | None:
        exercise = self._exercise()
        if exercise is None:
            return None
        path = path or self._ask(self.tr("Export Review Report"), ".html",
                                 self.tr("HTML report (*.html)"))
        if path is None:
            return None
        try:
            from annotator.services.review_export import export_review_report

            export_review_report(self._ctx().db, exercise.id, path)
        except (ExchangeError, ValueError) as error:
            self._error(self.tr("Could not export the report"), str(error))
            return None
        return path

    def export_scores(self, path: Path | None = None) -> Path | None:
        exercise = self._exercise()
        if exercise is None:
            return None
        path = path or self._ask(self.tr("Export Scores"), ".csv",
                                 self.tr("CSV spreadsheet (*.csv)"))
        if path is None:
            return None
        try:
            from annotator.services.review_export import export_scores_csv

            export_scores_csv(self._ctx().db, exercise.id, path)
        except (ExchangeError, ValueError) as error:
            self._error(self.tr("Could not export the scores"), str(error))
            return None
        return path

    def _error(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()


def install_review_actions(window: QMainWindow) -> ReviewActions:
    """Add the Review menu to ``window`` (which has ``ctx``, ``exercise`` and ``menu_help``)."""
    return ReviewActions(window)
