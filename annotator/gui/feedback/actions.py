"""Feedback in the main window: File > Open Feedback… and the Feedback view for students;
Review > Return Feedback… and Review > Explain Key Passage… for instructors; feedback files
dropped on the window or handed to the app by the file manager. Feedback released on a
school server: gui/feedback/server_release.py.

:func:`install_feedback_actions` is called once at the end of ``MainWindow.__init__``.
Questions to the user go through small overridable methods, so tests drive the same paths
without modal dialogs.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMessageBox

from annotator.exchange.errors import ExchangeError
from annotator.gui.feedback.server_release import ServerFeedback
from annotator.storage.errors import StorageError

if TYPE_CHECKING:
    from annotator.gui.feedback.heat_strip import HeatStrip
    from annotator.gui.feedback.key_marks import KeyMarks
    from annotator.gui.feedback.return_dialog import ReturnChoice
    from annotator.gui.feedback.view import FeedbackView
    from annotator.gui.main_window import MainWindow
    from annotator.services.feedback import FeedbackResult
    from annotator.services.feedback_student import OpenedFeedback

__all__ = ["FeedbackActions", "install_feedback_actions", "is_feedback_file"]

# exchange.feedback.FEEDBACK_SUFFIX, spelled out so start-up does not load the JSON Schema
# machinery (tests/gui/test_feedback_gui.py checks the two agree)
FEEDBACK_SUFFIX = ".feedback.json"


def is_feedback_file(path: str | Path) -> bool:
    return str(path).lower().endswith(FEEDBACK_SUFFIX)


class FeedbackActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view: FeedbackView | None = None
        self.dock: QDockWidget | None = None
        self.strips: list[HeatStrip | KeyMarks] = []  # drawn on the reading panes
        self.opened: OpenedFeedback | None = None
        self._hidden_by_app = False

        self.act_open = QAction(self.tr("Open Fee&dback…"), window)
        self.act_open.setStatusTip(self.tr("Open the feedback file your teacher returned"))
        self.act_open.triggered.connect(lambda: self.open_feedback())
        menu = window.menu_file
        anchor = window.handin.menu_export.menuAction()
        menu.insertAction(anchor, self.act_open)

        self.act_return = QAction(self.tr("Return &Feedback…"), window)
        self.act_return.setStatusTip(self.tr(
            "Write a feedback file for every student who handed in: the key, the class, "
            "their scores and your comments"))
        self.act_return.triggered.connect(lambda: self.return_feedback())
        self.act_explain = QAction(self.tr("E&xplain Key Passage…"), window)
        self.act_explain.setStatusTip(self.tr(
            "Write what students see with the selected key passage in their feedback"))
        self.act_explain.triggered.connect(lambda: self.explain_key_passage())
        review = window.review
        review.menu.insertAction(review.act_report, self.act_explain)
        review.menu.insertSeparator(review.act_report)
        review.menu.addAction(self.act_return)
        window.addActions([self.act_open, self.act_return, self.act_explain])
        self.server = ServerFeedback(self)  # releasing, and released feedback (server only)
        review.key_mode.action.toggled.connect(lambda _on: self._sync_explain())
        self._sync_explain()

        window.setAcceptDrops(True)
        window.installEventFilter(self)  # feedback files dropped on the window
        hub = window.hub
        hub.exerciseOpened.connect(lambda _e: self.show_stored())
        hub.currentAnnotatorChanged.connect(lambda _id: self.show_stored())
        # the exercise opened before these actions existed: look once the window is up
        QTimer.singleShot(0, self.show_stored)

    # -- asking the user (overridden in tests) -------------------------------------------

    def ask_open_path(self) -> Path | None:
        from annotator.gui.handin.actions import documents_folder

        chosen, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open Feedback"), str(documents_folder()),
            self.tr("Feedback (*.feedback.json);;All files (*)"))
        return Path(chosen) if chosen else None

    def ask_return(self) -> ReturnChoice | None:
        from annotator.gui.feedback.return_dialog import ReturnDialog

        dialog = ReturnDialog(self.window, server=self.server.on_server,
                              released=self.server.released_line())
        try:
            return dialog.choice() if dialog.exec() else None
        finally:
            dialog.deleteLater()

    def ask_explanation(self, quote: str, tag: str, current: str) -> str | None:
        from annotator.gui.feedback.explain_dialog import ask_explanation

        return ask_explanation(self.window, quote, tag, current)

    def notify(self, title: str, text: str, *, error: bool = False) -> None:
        self.window.statusBar().showMessage(text.splitlines()[0], 10_000)
        icon = QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information
        box = QMessageBox(icon, title, text, parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    # -- the student's side ---------------------------------------------------------------

    def open_feedback(self, path: Path | None = None) -> OpenedFeedback | None:
        """File > Open Feedback…: check the file is for this student, then show it."""
        from annotator.services.feedback_student import open_feedback

        if path is None and self.server.on_server:  # released feedback needs no file
            self.show_stored()
            if self.opened is not None and self.opened.released is not None:
                self.show(self.opened)
                return self.opened
            text = self.server.not_released_text()
            if text is not None and not self.server.ask_open_file_instead(text):
                return None
        path = path or self.ask_open_path()
        if path is None:
            return None
        title = self.tr("Open Feedback")
        try:
            opened = open_feedback(self.window.ctx.db, path, self.window.annotator_id)
        except ExchangeError as error:
            self.notify(title, str(error), error=True)
            return None
        window = self.window
        if window.exercise is None or window.exercise.id != opened.record.exercise_id:
            window.open_exercise(opened.record.exercise_id)  # shows it through show_stored
        self.show(opened)
        window.statusBar().showMessage(self.tr("Feedback opened: %1").replace(
            "%1", str(path)), 10_000)
        return opened

    def show_stored(self, *, reveal: bool = False) -> None:
        """Show the feedback for the exercise and student now open (a file opened before or,
        on a school server, the feedback released there), or hide the view. When the server
        cannot be reached, what is shown stays."""
        from annotator.services.feedback_release import feedback_to_show
        from annotator.services.feedback_student import stored_feedback

        window = self.window
        stored = None
        if window.exercise is not None and window.annotator_id is not None:
            db, exercise_id, me = window.ctx.db, window.exercise.id, window.annotator_id
            try:
                stored = feedback_to_show(db, exercise_id, me)
            except StorageError:
                return
            except ExchangeError as error:  # released, but not for this hand-in or damaged
                window.statusBar().showMessage(str(error), 30_000)
                stored = stored_feedback(db, exercise_id, me)
        if stored is None:
            self._clear_strips()
            if self.dock is not None and not self.dock.isHidden():
                self.dock.hide()
                self._hidden_by_app = True  # back when an exercise with feedback opens
            self.opened = None
            return
        self.show(stored, reveal=reveal)
        if stored.released is not None:
            self.server.announce(stored.released)

    def show(self, opened: OpenedFeedback, *, reveal: bool = True) -> None:
        """Show ``opened`` in the Feedback view; with ``reveal`` False (the exercise was only
        reloaded) a view the student closed stays closed."""
        from annotator.gui.feedback.view import FeedbackView

        self.opened = opened
        first = self.view is None
        if self.view is None:
            self.view = FeedbackView()
            self.view.passageActivated.connect(self.show_passage)
            self.view.reviseRequested.connect(self.revise)
            self.dock = QDockWidget(self.tr("Feedback"), self.window)
            self.dock.setObjectName("feedbackDock")
            self.dock.setWidget(self.view)
            self._place_dock(self.dock)
            toggle = self.dock.toggleViewAction()  # View > Feedback brings a closed view back
            toggle.setText(self.tr("Fee&dback"))
            self.window.menu_view.addSeparator()
            self.window.menu_view.addAction(toggle)
        self.view.show_feedback(opened)
        assert self.dock is not None
        if reveal or first or self._hidden_by_app:
            self.dock.show()
            self.dock.raise_()
            self._hidden_by_app = False
        self._add_strips(opened)

    def _place_dock(self, dock: QDockWidget) -> None:
        """Beside the reading panes: a tab next to the panels on the right, if they are there,
        so the text keeps its width."""
        window = self.window
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        others = [d for d in window.findChildren(QDockWidget)
                  if d is not dock and not d.isHidden()
                  and window.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea]
        if others:  # the tallest, so the passages have room
            window.tabifyDockWidget(max(others, key=lambda d: d.height()), dock)
        else:
            window.resizeDocks([dock], [400], Qt.Orientation.Horizontal)

    def _clear_strips(self) -> None:
        for strip in self.strips:
            strip.hide()
            strip.deleteLater()
        self.strips = []

    def _add_strips(self, opened: OpenedFeedback) -> None:
        """The class-heat strip and the marks for missed or re-tagged key passages, on every
        pane of the feedback's articles."""
        from annotator.gui.feedback.heat_strip import HeatStrip
        from annotator.gui.feedback.key_marks import KeyMarks
        from annotator.gui.feedback.rows import build_rows

        self._clear_strips()
        record = opened.record
        rows = build_rows(record)
        for article in record.articles:
            pane = self.window.pane_for_article(article.id)
            if pane is None:
                continue
            if article.class_counts is not None:
                self.strips.append(HeatStrip(pane.view, article.class_counts, record.tags,
                                             pane.layer.offsets))
            if article.key is not None:
                self.strips.append(KeyMarks(pane, rows))

    def heat_strips(self) -> list[HeatStrip]:
        from annotator.gui.feedback.heat_strip import HeatStrip

        return [s for s in self.strips if isinstance(s, HeatStrip)]

    def key_marks(self) -> list[KeyMarks]:
        from annotator.gui.feedback.key_marks import KeyMarks

        return [s for s in self.strips if isinstance(s, KeyMarks)]

    def show_passage(self, article_id: uuid.UUID, start: int, end: int) -> None:
        """Select the passage's text in its pane and scroll it into view."""
        pane = self.window.pane_for_article(article_id)
        if pane is None:
            return
        offsets = pane.layer.offsets
        cursor = QTextCursor(pane.view.document())
        cursor.setPosition(offsets.to_utf16(start))
        cursor.setPosition(offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        pane.view.setTextCursor(cursor)
        pane.view.ensureCursorVisible()

    def revise(self) -> None:
        """Revise and hand in again: the Hand In dialog, recorded as the next attempt."""
        self.window.handin.hand_in()
        self.show_stored()

    # -- the instructor's side ------------------------------------------------------------

    def _sync_explain(self) -> None:
        self.act_explain.setEnabled(self.window.review.key_mode.action.isChecked())

    def explain_key_passage(self) -> bool:
        """Ask for the explanation of the selected key passage; stored as its note (undoable)."""
        from annotator.gui.workspace import undo

        window = self.window
        title = self.tr("Explain Key Passage")
        if not window.review.key_mode.action.isChecked():
            self.notify(title, self.tr(
                "Switch on Review > Annotate the Answer Key first: explanations belong to "
                "the key's passages."), error=True)
            return False
        selected = window.actions_pane.selected_annotation()
        if selected is None or window.exercise is None:
            self.notify(title, self.tr(
                "Select a passage of the key first (click it, or Alt+Down)."), error=True)
            return False
        tag = window.exercise.tag(selected.tag_id).label
        text = self.ask_explanation(selected.exact, tag, selected.note)
        if text is None or text == selected.note:
            return False
        return undo.push(window.undo_stack, undo.UpdateAnnotation(
            window.ctx.annotations, selected.id, note=text, text=self.tr("Explain passage")))

    def return_feedback(self, choice: ReturnChoice | None = None) -> list[Any]:
        """Review > Return Feedback…: one feedback file per student who handed in, or the
        feedback released to them on the school server."""
        from annotator.services.feedback import return_feedback

        window = self.window
        title = self.tr("Return Feedback")
        if window.exercise is None:
            return []
        choice = choice or self.ask_return()
        if choice is None:
            return []
        if choice.folder is None:
            return self.server.release(choice.includes)
        results: list[FeedbackResult]
        try:
            results = return_feedback(window.ctx.db, window.exercise.id, choice.folder,
                                      choice.includes)
        except ExchangeError as error:
            self.notify(title, str(error), error=True)
            return []
        if not results:
            self.notify(title, self.tr(
                "Nobody has handed in this exercise yet: import your students' hand-ins "
                "first (File > Import Hand-ins…)."), error=True)
            return []
        written = sum(1 for r in results if r.ok)
        lines = [self.tr("%n feedback file(s) written to %1.", "", written).replace(
            "%1", str(choice.folder))]
        lines += sorted({note for r in results for note in r.notes})
        lines += [r.problem for r in results if not r.ok]
        lines.append(self.tr(
            "Give each student their own file: it opens only for them, after they handed in."))
        self.notify(title, "\n".join(lines), error=written < len(results))
        return results

    # -- files dropped on the window ------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take feedback files dropped on the window; anything else is left to the other
        drop handlers (articles and packages: gui/authoring/actions.py)."""
        kind = event.type()
        if watched is not self.window or kind not in (
                QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return super().eventFilter(watched, event)
        assert isinstance(event, QDragEnterEvent | QDropEvent)
        mime = event.mimeData()
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        feedback = [p for p in paths if is_feedback_file(p)]
        if not feedback:
            return super().eventFilter(watched, event)
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            for path in feedback:
                self.open_feedback(path)
        return len(feedback) == len(paths)


def install_feedback_actions(window: MainWindow) -> FeedbackActions:
    """Add the feedback menu items to ``window`` (after the hand-in and review actions)."""
    return FeedbackActions(window)
