"""The main window: the exercise's articles side by side, menus, status bar.

All connections between the hub and the views are made here, in :meth:`_wire`.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QSplitter, QWidget

from annotator import APP_NAME
from annotator.gui import settings as opt
from annotator.gui.about import AboutDialog
from annotator.gui.article_pane import ArticlePane
from annotator.gui.authoring.actions import install_authoring_actions
from annotator.gui.exercise_picker import ExercisePicker
from annotator.gui.handin.actions import install_handin_actions
from annotator.gui.hub import Hub
from annotator.gui.panels import install_panels
from annotator.gui.review.actions import install_review_actions
from annotator.gui.settings import Settings
from annotator.services.annotators import get_annotator
from annotator.services.context import AppContext
from annotator.services.exercises import list_exercises, load_exercise
from annotator.services.views import ExerciseView


class MainWindow(QMainWindow):
    def __init__(
        self,
        ctx: AppContext,
        settings: Settings,
        exercise_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.hub = Hub(ctx.bus, self)
        self.exercise: ExerciseView | None = None
        self.panes: list[ArticlePane] = []
        self.zoom = int(settings.get(opt.ZOOM))
        self.undo_stack = QUndoStack(self)
        self.annotator_id: uuid.UUID | None = self._remembered_annotator()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(6)
        self.setCentralWidget(self.splitter)
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)

        self._build_actions()
        self._build_menus()
        self._wire()
        self.open_exercise(exercise_id)
        self._restore_geometry()
        self.panels = install_panels(self)
        self.review = install_review_actions(self)
        self.authoring = install_authoring_actions(self)
        self.handin = install_handin_actions(self)

    # -- building ----------------------------------------------------------------------

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | str | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_open = self._action(
            "&Open Exercise…", self.choose_exercise, QKeySequence.StandardKey.Open,
            "Choose another exercise stored on this computer",
        )
        self.act_quit = self._action("&Quit", self.close, "Ctrl+Q")
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_undo = self.undo_stack.createUndoAction(self, "&Undo")
        self.act_undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.act_redo = self.undo_stack.createRedoAction(self, "&Redo")
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([self.act_undo, self.act_redo])
        self.act_zoom_in = self._action(
            "Zoom &In", lambda: self.set_zoom(self.zoom + 1), QKeySequence.StandardKey.ZoomIn
        )
        self.act_zoom_in.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.act_zoom_out = self._action(
            "Zoom &Out", lambda: self.set_zoom(self.zoom - 1), QKeySequence.StandardKey.ZoomOut
        )
        self.act_zoom_reset = self._action("&Actual Size", lambda: self.set_zoom(0), "Ctrl+0")
        self.act_full_screen = self._action(
            "&Full Screen", self.toggle_full_screen, QKeySequence.StandardKey.FullScreen
        )
        self.act_full_screen.setCheckable(True)
        self.act_about = self._action(f"&About {APP_NAME}", self.show_about)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_about_qt = self._action("About &Qt", QApplication.aboutQt)
        self.act_about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("&File")
        self.menu_file.addAction(self.act_open)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("&Edit")
        self.menu_edit.addAction(self.act_undo)
        self.menu_edit.addAction(self.act_redo)
        self.menu_edit.addSeparator()
        self.menu_view = bar.addMenu("&View")
        for action in (self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset):
            self.menu_view.addAction(action)
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_full_screen)
        self.menu_help = bar.addMenu("&Help")
        self.menu_help.addAction(self.act_about)
        self.menu_help.addAction(self.act_about_qt)

    def _wire(self) -> None:
        """Every hub connection of the window, in one place."""
        self.hub.exerciseChanged.connect(self._on_exercise_changed)

    # -- who is annotating -------------------------------------------------------------

    def _remembered_annotator(self) -> uuid.UUID | None:
        """The student remembered in the settings, if they are still in the database."""
        try:
            remembered = uuid.UUID(str(self.settings.get(opt.STUDENT_ID)))
        except ValueError:
            return None
        return remembered if get_annotator(self.ctx.db, remembered) is not None else None

    def set_annotator(self, annotator_id: uuid.UUID) -> None:
        self.annotator_id = annotator_id
        self.settings.set(opt.STUDENT_ID, str(annotator_id))
        self.undo_stack.clear()
        self.hub.currentAnnotatorChanged.emit(annotator_id)

    # -- exercise ----------------------------------------------------------------------

    def open_exercise(self, exercise_id: uuid.UUID) -> None:
        exercise = load_exercise(self.ctx.db, exercise_id)
        if self.exercise is None or self.exercise.id != exercise.id:
            self.undo_stack.clear()  # undo history belongs to one exercise
        self.exercise = exercise
        for pane in self.panes:
            pane.setParent(None)
            pane.deleteLater()
        self.panes = []
        for article in exercise.articles:
            pane = ArticlePane(article)
            pane.set_zoom(self.zoom)
            self.splitter.addWidget(pane)
            self.panes.append(pane)
        if self.panes:
            self.splitter.setSizes([1000] * len(self.panes))
        self.setWindowTitle(f"{exercise.title} — {APP_NAME}")
        self.settings.set(opt.LAST_EXERCISE, str(exercise.id))
        self._update_status()
        self.hub.exerciseOpened.emit(exercise)

    def _on_exercise_changed(self, event: object) -> None:
        if self.exercise is not None:
            self.open_exercise(self.exercise.id)

    def choose_exercise(self) -> None:
        current = self.exercise.id if self.exercise else None
        picker = ExercisePicker(list_exercises(self.ctx.db), current, self)
        if picker.exec() and (chosen := picker.chosen()) is not None:
            self.open_exercise(chosen)

    def _update_status(self) -> None:
        if self.exercise is None:
            self.status_label.setText("")
            return
        n = len(self.exercise.articles)
        self.status_label.setText(f"{n} article{'s' if n != 1 else ''}")

    # -- view --------------------------------------------------------------------------

    def set_zoom(self, zoom: int) -> None:
        self.zoom = max(-5, min(20, zoom))
        for pane in self.panes:
            pane.set_zoom(self.zoom)
        self.settings.set(opt.ZOOM, self.zoom)

    def toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)
        self.act_full_screen.setChecked(self.isFullScreen())

    def show_about(self) -> None:
        AboutDialog(self).exec()

    def show_error(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    # -- state -------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.get(opt.GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.get(opt.STATE)
        if state:
            self.restoreState(state)
        splitter = self.settings.get(opt.SPLITTER)
        if splitter:
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        self.settings.set(opt.GEOMETRY, self.saveGeometry())
        self.settings.set(opt.STATE, self.saveState())
        self.settings.set(opt.SPLITTER, self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.hub.detach()
        super().closeEvent(event)
