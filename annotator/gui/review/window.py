"""The review window: how the class read each article of an exercise.

Tabs: the class overlay (with contested passages and who-marked-what), compare two markups,
scores against the key, agreement with heatmaps, and charts. Students can be switched off
in the side list, and names anonymised for projecting.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from annotator import APP_NAME
from annotator.core.filenames import safe_file_part
from annotator.exchange.errors import ExchangeError
from annotator.gui import plain
from annotator.gui.i18n import arg
from annotator.gui.review.agreement_tab import AgreementTab
from annotator.gui.review.busy_page import BusyPage
from annotator.gui.review.charts_tab import ChartsTab
from annotator.gui.review.comment_box import install_comment_box
from annotator.gui.review.compare_tab import CompareTab
from annotator.gui.review.exchange_actions import install_exchange_actions
from annotator.gui.review.job import ReviewJob
from annotator.gui.review.live import LiveRefresh
from annotator.gui.review.models import ID_ROLE, StudentsModel
from annotator.gui.review.overlay_tab import OverlayTab
from annotator.gui.review.progress_strip import ProgressStrip
from annotator.gui.review.scores_tab import ScoresTab
from annotator.gui.review.state import (
    FIRST_SYNC_LIMIT_CELLS,
    FIRST_SYNC_LIMIT_SPANS,
    SYNC_LIMIT_CELLS,
    SYNC_LIMIT_SPANS,
    ArticleReview,
    Request,
    ReviewState,
)
from annotator.gui.window_size import fitted_size
from annotator.services.context import AppContext
from annotator.services.review import score_rows
from annotator.services.review_export import export_review_report, export_scores_csv


class ReviewWindow(QMainWindow):
    def __init__(self, ctx: AppContext, exercise_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = ReviewState(ctx.db, exercise_id)
        self.setWindowTitle(
            plain.window_title(arg(self.tr("Class Overview: %1 — %2"), self.state.exercise.title,
                                   APP_NAME))
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

        self.article_box = QComboBox()
        self.article_box.setAccessibleName(self.tr("Article"))
        self.article_box.setMinimumContentsLength(40)
        for article in self.state.exercise.articles:
            self.article_box.addItem(article.title or self.tr("Untitled article"), article.id)
        self.act_anonymise = QAction(self.tr("Anonymise"), self)
        self.act_anonymise.setCheckable(True)
        self.act_anonymise.setStatusTip(
            self.tr("Show students as Student 1…N, for projecting in class"))
        self.act_anonymise.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.zoom = 0
        self.act_zoom_in = QAction(self.tr("Larger Text"), self)
        self.act_zoom_in.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.act_zoom_in.setToolTip(self.tr("Larger text, for projecting (Ctrl++)"))
        self.act_zoom_out = QAction(self.tr("Smaller Text"), self)
        self.act_zoom_out.setShortcut(QKeySequence("Ctrl+-"))
        self.act_export_report = QAction(self.tr("Export Report…"), self)
        self.act_export_scores = QAction(self.tr("Export Scores (CSV)…"), self)
        toolbar = QToolBar(self.tr("Review"))
        toolbar.setObjectName("reviewToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr(" Article: ")))
        toolbar.addWidget(self.article_box)
        toolbar.addSeparator()
        toolbar.addAction(self.act_anonymise)
        toolbar.addAction(self.act_zoom_out)
        toolbar.addAction(self.act_zoom_in)
        toolbar.addSeparator()
        toolbar.addAction(self.act_export_report)
        toolbar.addAction(self.act_export_scores)
        self.addToolBar(toolbar)

        self.students = StudentsModel(self)
        self.students_view = QListView()
        self.students_view.setModel(self.students)
        self.students_view.setAccessibleName(self.tr("Students shown in the overlay"))
        self.students_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.students_view.setWordWrap(True)  # long names and "handed in, nothing marked"
        self.students_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        dock_body = QWidget()
        dock_layout = QVBoxLayout(dock_body)
        dock_layout.setContentsMargins(6, 6, 6, 6)
        hint = QLabel(self.tr("Untick a student to leave them out of every figure."))
        hint.setWordWrap(True)
        dock_layout.addWidget(hint)
        dock_layout.addWidget(self.students_view, 1)
        self.key_label = QLabel()
        self.key_label.setWordWrap(True)
        dock_layout.addWidget(self.key_label)
        dock = QDockWidget(self.tr("Students"), self)
        dock.setObjectName("studentsDock")
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        dock.setWidget(dock_body)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.resizeDocks([dock], [190], Qt.Orientation.Horizontal)

        self.overlay_tab = OverlayTab()
        self.compare_tab = CompareTab()
        install_comment_box(self.compare_tab, ctx.db, exercise_id)
        self.scores_tab = ScoresTab()
        self.agreement_tab = AgreementTab()
        self.charts_tab = ChartsTab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.overlay_tab, self.tr("Class Overlay"))
        self.tabs.addTab(self.compare_tab, self.tr("Compare"))
        self.tabs.addTab(self.scores_tab, self.tr("Scores"))
        self.tabs.addTab(self.agreement_tab, self.tr("Agreement"))
        self.tabs.addTab(self.charts_tab, self.tr("Charts"))
        self.tabs.setAccessibleName(self.tr("Review views"))
        self.charts_tab.setAccessibleName(self.tr("Charts"))
        self.busy = BusyPage()
        self.strip = ProgressStrip()
        self.statusBar().addPermanentWidget(self.strip)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(self.busy)
        self.setCentralWidget(self.pages)
        self.resize(fitted_size(self, QSize(1360, 860)))
        # Ctrl+Tab / Ctrl+Shift+Tab switch tabs wherever the focus is (also in the list)
        self.act_next_tab = QAction(self.tr("Next Tab"), self)
        self.act_next_tab.setShortcuts([QKeySequence("Ctrl+Tab"), QKeySequence("Ctrl+PgDown")])
        self.act_next_tab.triggered.connect(lambda: self._step_tab(+1))
        self.act_previous_tab = QAction(self.tr("Previous Tab"), self)
        self.act_previous_tab.setShortcuts([QKeySequence("Ctrl+Shift+Tab"),
                                            QKeySequence("Ctrl+PgUp")])
        self.act_previous_tab.triggered.connect(lambda: self._step_tab(-1))
        self.addActions([self.act_next_tab, self.act_previous_tab])

        self._stale: set[QWidget] = set()
        self._painted: object = None  # the overlay the overlay and compare tabs show
        self.job: ReviewJob | None = None
        self._progress: tuple[int, int, str] | None = None  # the job's last step
        self._sync_limits()
        self.busy.cancelRequested.connect(self.cancel_computing)
        self.busy.retryRequested.connect(self.refresh)
        self.strip.cancelRequested.connect(self.cancel_computing)
        self.strip.retryRequested.connect(self.refresh)
        self.agreement_tab.pairwiseRequested.connect(self._on_pairwise_requested)
        self.article_box.currentIndexChanged.connect(lambda _: self.refresh())
        self.tabs.currentChanged.connect(lambda _: self._show_whole_exercise())
        self.act_anonymise.toggled.connect(self.set_anonymise)
        self.act_zoom_in.triggered.connect(lambda: self.set_zoom(self.zoom + 2))
        self.act_zoom_out.triggered.connect(lambda: self.set_zoom(self.zoom - 2))
        self.act_export_report.triggered.connect(lambda: self.export_report())
        self.act_export_scores.triggered.connect(lambda: self.export_scores())
        self.scores_tab.exportRequested.connect(lambda: self.export_scores())
        self.students.includedChanged.connect(self._on_student_toggled)
        self._reload_students()
        self.refresh()
        self.exchange = install_exchange_actions(self)
        # On a school server the class works while the instructor watches: poll for changes.
        self.live: LiveRefresh | None = None
        if ctx.db.is_server:
            self.live = LiveRefresh(self, self.reload)
            self.statusBar().addPermanentWidget(self.live.label)

    def showEvent(self, event: QShowEvent) -> None:
        if self.live is not None:
            self.live.poll()
            self.live.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if self.live is not None:
            self.live.stop()
        super().hideEvent(event)

    def _step_tab(self, direction: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + direction) % self.tabs.count())

    # -- state -------------------------------------------------------------------------

    @property
    def article_id(self) -> uuid.UUID:
        return self.article_box.currentData()

    def current(self) -> ArticleReview:
        return self.state.article(self.article_id)

    def _reload_students(self) -> None:
        self.students.set_students(self.state.students(), self.state.excluded)

    def _on_student_toggled(self, student: str, included: bool) -> None:
        self.state.set_included(student, included)
        self.refresh()

    def set_anonymise(self, on: bool) -> None:
        if self.act_anonymise.isChecked() != on:
            self.act_anonymise.setChecked(on)  # comes back here through toggled
            return
        self.state.set_anonymise(on)
        self._reload_students()
        self.refresh()

    def set_zoom(self, zoom: int) -> None:
        """Make the overlay's text larger or smaller (in points from the reading size)."""
        self.zoom = max(-4, min(24, zoom))
        self.overlay_tab.view.set_zoom(self.zoom)
        self.overlay_tab.minimap.refresh()
        # the lists beside the text grow too (half as fast), so a projector shows them
        font = QApplication.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() + self.zoom / 2))
        for widget in (self.overlay_tab.contested_list, self.overlay_tab.spot_list):
            widget.setFont(font)

    def reload(self) -> None:
        """Read the class again from the database (new hand-ins, changed markups)."""
        self._stop_job()
        self.state.reload()
        self._sync_limits()
        self._reload_students()
        self.refresh()

    def _sync_limits(self) -> None:
        """Whether the class is small enough to compute at once: all of it (``_sync``), or
        the overlay's figures before the rest goes to the worker (``_first_sync``); in
        highlights and in students times characters (a long article)."""
        workload, cells = self.state.workload(), self.state.cells()
        self._sync = workload <= SYNC_LIMIT_SPANS and cells <= SYNC_LIMIT_CELLS
        self._first_sync = workload <= FIRST_SYNC_LIMIT_SPANS and cells <= FIRST_SYNC_LIMIT_CELLS

    @property
    def computing(self) -> bool:
        """Whether a worker is computing figures right now."""
        return self.job is not None and self.job.running

    def refresh(self) -> None:
        """Recompute the figures for the current article and the switches, and show them.

        A small class is computed at once; a large one on a worker thread, the window showing
        progress and a Cancel button until the current article's overlay is ready; then the
        overlay is shown while its other figures (agreement, scores) and the other articles
        follow, with progress and Cancel at the foot of the window."""
        if self.article_box.count() == 0:
            return
        self._stop_job()
        self._stale = {self.scores_tab, self.charts_tab}
        self.strip.hide()
        if self._sync:
            self._show(self.current())
            return
        ready = self.state.ready(self.article_id)
        if ready is None and self._first_sync:
            ready = self.state.first_part(self.article_id)
        if ready is not None:
            self._show(ready)
        missing = self.state.missing(self.article_id)
        requests = [self.state.request(a) for a in missing]
        if not requests:
            return
        if ready is None:
            self.busy.start(self.tr("Computing the class review…"))
            self.pages.setCurrentWidget(self.busy)
        else:
            self.strip.start()
        gathered = {r.article_id: self.state.gathered(r.article_id) for r in requests}
        first = {a: r for a in missing if (r := self.state.ready(a)) is not None}
        self.job = ReviewJob(requests, gathered, self, first)
        self._progress = None
        self.job.progress.connect(self._on_progress)
        self.job.articleReady.connect(self._on_article_ready)
        self.job.finished.connect(self._on_job_finished)
        self.job.cancelled.connect(self._on_job_cancelled)
        self.job.failed.connect(self._on_job_failed)
        self.job.start()

    def cancel_computing(self) -> None:
        if self.job is not None:
            self.busy.set_status(self.tr("Cancelling…"))
            self.strip.set_status(self.tr("Cancelling…"))
            self.job.cancel()

    def _stop_job(self) -> None:
        if self.job is not None:
            self.job.stop()
            self.job.deleteLater()
            self.job = None

    def _on_article_ready(self, request: Request, gathered: object, review: ArticleReview) -> None:
        if self.state.store(request, gathered, review) and request.article_id == self.article_id:  # type: ignore[arg-type]
            self._show(review)
            if self.computing and self.strip.isHidden():  # the overlay is shown, the rest
                self.strip.start()  # follows: its progress goes on at the foot of the window
                if self._progress is not None:
                    self.strip.set_progress(*self._progress)

    def _on_progress(self, done: int, total: int, what: str) -> None:
        """The job's progress, on the page or the strip (whichever is shown), and kept for
        the strip that takes over from the page once the overlay is shown."""
        self._progress = (done, total, what)
        self.busy.set_progress(done, total, what)
        self.strip.set_progress(done, total, what)

    def _on_job_finished(self) -> None:
        self.strip.hide()
        self._show_whole_exercise()
        self._mark_unready_tabs()

    def _on_job_cancelled(self) -> None:
        if self.state.ready(self.article_id) is None:
            self.strip.hide()
            self.busy.stopped(self.tr("Cancelled. The figures of this article were not "
                                      "computed."))
        else:
            self.strip.stopped(self.tr("Cancelled: some figures were not computed."))

    def _on_job_failed(self, message: str) -> None:
        self.strip.hide()
        self.busy.stopped(self.tr("Could not compute the review: %1").replace("%1", message))
        self.pages.setCurrentWidget(self.busy)

    def _show(self, review: ArticleReview) -> None:
        self.pages.setCurrentWidget(self.tabs)
        if review.overlay is not self._painted:  # not again when the rest of it arrives
            self._painted = review.overlay
            self.overlay_tab.show_review(review)
            self.compare_tab.show_review(review)
        if review.complete:
            self.agreement_tab.show_review(review)
        # scores and charts need every article: computed when they are looked at
        self._show_whole_exercise()
        self._mark_unready_tabs()
        n = len(review.data.students)
        self.key_label.setText(
            self.tr("This article: %n student(s) shown, an answer key.", "", n)
            if review.data.key_id else
            self.tr("This article: %n student(s) shown, no answer key yet "
                    "(Review > Annotate the Answer Key in the main window).", "", n))
        # lay the wrapped label out now, not at the next pass: a frame painted in between
        # showed its two lines squeezed into the old height
        holder = self.key_label.parentWidget()
        if holder is not None and (layout := holder.layout()) is not None:
            layout.activate()

    def _mark_unready_tabs(self) -> None:
        """Grey out the tabs whose figures are still being computed (the overlay comes
        first); their tab says so, and the foot of the window shows the progress."""
        review = self.state.ready(self.article_id)
        whole = self._sync or not self.state.missing()
        ready = {self.agreement_tab: self._sync or (review is not None and review.complete),
                 self.scores_tab: whole, self.charts_tab: whole}
        for tab, done in ready.items():
            tab.setEnabled(done)
            self.tabs.setTabToolTip(self.tabs.indexOf(tab), "" if done else self.tr(
                "Still being computed: the progress is shown at the foot of the window."))
        self.agreement_tab.set_computing(not ready[self.agreement_tab])

    def _show_whole_exercise(self) -> None:
        tab = self.tabs.currentWidget()
        if tab not in self._stale:
            return
        if not self._sync and self.state.missing():
            return  # the worker is still at it; shown when it has finished
        self._stale.discard(tab)
        review, figures = self.current(), self.state.figures()
        if tab is self.scores_tab:
            self.scores_tab.show_scores(score_rows(figures), review)
        elif tab is self.charts_tab:
            self.charts_tab.show_review(review, figures)

    def _on_pairwise_requested(self, which: str) -> None:
        """The agreement tab asked for the pairwise matrices: of ``"all"`` students, or of
        those ``"selected"`` in the students list."""
        if which == "selected":
            rows = self.students_view.selectionModel().selectedRows()
            chosen = tuple(str(i.data(ID_ROLE)) for i in rows)
            if len(chosen) < 2:
                self.statusBar().showMessage(self.tr(
                    "Select at least two students in the list first (Ctrl+click)."), 6000)
                return
            self.state.set_pairwise(self.article_id, chosen)
        else:
            self.state.set_pairwise(self.article_id, True)
        self.refresh()

    def closeEvent(self, event: object) -> None:
        self._stop_job()
        super().closeEvent(event)  # type: ignore[arg-type]

    # -- exports -----------------------------------------------------------------------

    def _ask_path(self, caption: str, suggested: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, caption, suggested, filters)
        return Path(name) if name else None

    def _suggested(self, suffix: str) -> str:
        return arg(self.tr("%1 review"), safe_file_part(self.state.exercise.title, "exercise")
                   ) + suffix

    def export_report(self, path: Path | None = None) -> Path | None:
        """Write the review as HTML (asks where when ``path`` is None)."""
        path = path or self._ask_path(self.tr("Export Review Report"), self._suggested(".html"),
                                      self.tr("HTML report (*.html)"))
        if path is None:
            return None
        try:
            export_review_report(self.ctx.db, self.state.exercise.id, path,
                                 figures=self.state.figures())
        except ExchangeError as error:
            self._error(self.tr("Could not export the report"), str(error))
            return None
        self.statusBar().showMessage(arg(self.tr("Report written to %1"), path), 5000)
        return path

    def export_scores(self, path: Path | None = None) -> Path | None:
        """Write the scores as CSV (asks where when ``path`` is None)."""
        path = path or self._ask_path(self.tr("Export Scores"), self._suggested(".csv"),
                                      self.tr("CSV spreadsheet (*.csv)"))
        if path is None:
            return None
        try:
            export_scores_csv(self.ctx.db, self.state.exercise.id, path,
                              figures=self.state.figures())
        except ExchangeError as error:
            self._error(self.tr("Could not export the scores"), str(error))
            return None
        self.statusBar().showMessage(arg(self.tr("Scores written to %1"), path), 5000)
        return path

    def _error(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
