"""The main window: the exercise's articles side by side, menus, status bar.

All connections between the hub and the views are made here, in :meth:`_wire`.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QSplitter, QWidget

from annotator import APP_NAME
from annotator.gui import heap, plain
from annotator.gui import settings as opt
from annotator.gui.about import AboutDialog
from annotator.gui.authoring.actions import install_authoring_actions
from annotator.gui.exercise_picker import ExercisePicker
from annotator.gui.feedback.actions import install_feedback_actions, is_feedback_file
from annotator.gui.handin.actions import install_handin_actions
from annotator.gui.hub import Hub
from annotator.gui.i18n import arg
from annotator.gui.language_menu import LanguageMenu, RestartOffer
from annotator.gui.prompts import Prompts
from annotator.gui.recent_menu import RecentMenu, remember
from annotator.gui.review.actions import install_review_actions
from annotator.gui.roles import InstructorMode
from annotator.gui.server_menu import install_server_actions
from annotator.gui.settings import Settings
from annotator.gui.shortcuts_dialog import ShortcutsDialog
from annotator.gui.window_size import first_start_size
from annotator.gui.workspace.article_pane import ArticlePane
from annotator.gui.workspace.find_bar import FindBar
from annotator.gui.workspace.focus_cycle import FocusCycle
from annotator.gui.workspace.identity_flow import IdentityFlow
from annotator.gui.workspace.link_flow import LinkFlow
from annotator.gui.workspace.pane_actions import PaneActions
from annotator.gui.workspace.pane_layout import PaneLayout
from annotator.gui.workspace.pane_updates import PaneUpdates
from annotator.gui.workspace.panels import install_panels
from annotator.gui.workspace.status import StatusCounts, saved_already, start_hint
from annotator.gui.workspace.tag_bar import TagBar
from annotator.gui.workspace.undo_reveal import UndoReveal
from annotator.services.annotators import get_annotator
from annotator.services.context import AppContext
from annotator.services.exercises import list_exercises, load_exercise
from annotator.services.views import ExerciseView
from annotator.storage.errors import ServerUnavailableError


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
        self.identity = IdentityFlow(self)
        self.annotator_id: uuid.UUID | None = self.identity.resolve()
        self._names: dict[uuid.UUID, str] = {}  # shown while a school server is away

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(6)
        self.setCentralWidget(self.splitter)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.status_label, 1)
        self.status_counts = StatusCounts()
        self.statusBar().addPermanentWidget(self.status_counts)

        self.prompts = Prompts()
        self.actions_pane = PaneActions(self)
        self.link_flow = LinkFlow(self)
        self.pane_layout = PaneLayout(self)
        self.updates = PaneUpdates(self)
        self.tag_bar = TagBar(self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.tag_bar)
        self._shown_once = False

        self._build_actions()
        self._build_menus()
        self._wire()
        self.open_exercise(exercise_id)
        self._restore_geometry()
        self.focus_cycle = FocusCycle(self)  # F6, and the panel shortcuts (panels/__init__)
        self.find_bar = FindBar(self)  # Ctrl+F in the current article
        self.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.find_bar)
        self.menu_edit.addSeparator()
        self.menu_edit.addActions([self.find_bar.act_find, self.find_bar.act_next,
                                   self.find_bar.act_previous])
        self.panels = install_panels(self)
        self.undo_reveal = UndoReveal(self)  # says what undo did; shows its panel
        self.review = install_review_actions(self)
        self.authoring = install_authoring_actions(self)
        self.handin = install_handin_actions(self)
        self.feedback = install_feedback_actions(self)
        self.server = install_server_actions(self)
        # who is annotating: last group of the File menu, after the authoring actions
        self.menu_file.insertAction(self.act_quit, self.act_change_name)
        self.menu_file.insertSeparator(self.act_quit)
        self.instructor_mode = InstructorMode(self)  # File > Instructor Mode, per database
        # a newly imported class shows up in an open review window at once
        self.hub.handinsImported.connect(self.review.reload)

    # -- building ----------------------------------------------------------------------

    def _action(
        self, text: str, slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None, tip: str = "",
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
            self.tr("&Open Exercise…"), self.choose_exercise, QKeySequence.StandardKey.Open,
            self.tr("Choose another exercise stored on this computer"),
        )
        self.act_change_name = self._action(
            self.tr("Change Na&me…"), self.change_name, None,
            self.tr("Change the name saved with your highlights, notes and answers"),
        )
        # not in a menu: answers the Ctrl+S reflex, and points at the one step that is manual
        self.act_save_reflex = self._action(self.tr("Save"), self.explain_saving,
                                            QKeySequence.StandardKey.Save)
        self.act_quit = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([self.act_undo, self.act_redo])
        self.act_zoom_in = self._action(
            self.tr("Zoom &In"), lambda: self.set_zoom(self.zoom + 1),
            QKeySequence.StandardKey.ZoomIn
        )
        self.act_zoom_in.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.act_zoom_out = self._action(
            self.tr("Zoom &Out"), lambda: self.set_zoom(self.zoom - 1),
            QKeySequence.StandardKey.ZoomOut
        )
        self.act_zoom_reset = self._action(self.tr("&Actual Size"), lambda: self.set_zoom(0),
                                           "Ctrl+0")
        self.act_full_screen = self._action(  # F11 on Linux and Windows, Ctrl+Cmd+F on macOS
            self.tr("&Full Screen"), self.toggle_full_screen,
            QKeySequence.StandardKey.FullScreen if sys.platform == "darwin" else "F11",
        )
        self.act_full_screen.setCheckable(True)
        self.act_shortcuts = self._action(self.tr("&Keyboard Shortcuts"), self.show_shortcuts, "F1")
        self.act_check = self._action(
            self.tr("&Check Database…"), self.check_database,
            tip=self.tr("Check the database for damage and broken references"),
        )
        self.act_about = self._action(arg(self.tr("&About %1"), APP_NAME), self.show_about)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_about_qt = self._action(self.tr("About &Qt"), QApplication.aboutQt)
        self.act_about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu(self.tr("&File"))
        self.menu_file.addAction(self.act_open)
        self.menu_recent = RecentMenu(self.ctx.db, self.settings, self.open_exercise, self)
        self.menu_file.addMenu(self.menu_recent)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu(self.tr("&Edit"))
        self.menu_edit.addAction(self.act_undo)
        self.menu_edit.addAction(self.act_redo)
        self.menu_edit.addSeparator()
        self.actions_pane.fill_edit_menu(self.menu_edit)
        self.menu_edit.addSeparator()
        self.link_flow.fill_edit_menu(self.menu_edit)
        self.menu_view = bar.addMenu(self.tr("&View"))
        for action in (self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset):
            self.menu_view.addAction(action)
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_full_screen)
        self.pane_layout.fill_view_menu(self.menu_view)
        self.menu_view.addSeparator()
        self.menu_language = LanguageMenu(self.settings, self)
        self.menu_language.languageChosen.connect(self._language_chosen)
        self.restart_requested = False
        self.restart_offer = RestartOffer(self)
        self.restart_offer.restartRequested.connect(self.restart)
        self.menu_view.addMenu(self.menu_language)
        self.menu_help = bar.addMenu(self.tr("&Help"))
        self.menu_help.addAction(self.act_shortcuts)
        self.menu_help.addSeparator()
        self.menu_help.addAction(self.act_check)
        self.menu_help.addSeparator()
        self.menu_help.addAction(self.act_about)
        self.menu_help.addAction(self.act_about_qt)

    def _wire(self) -> None:
        """Every hub connection of the window, in one place."""
        hub = self.hub
        hub.exerciseChanged.connect(self._on_exercise_changed)
        hub.tagsChanged.connect(self._on_exercise_changed)
        hub.annotationAdded.connect(self.updates.annotation_added)
        hub.annotationChanged.connect(self.updates.annotation_changed)
        hub.annotationRemoved.connect(self.updates.annotation_removed)
        hub.linkAdded.connect(self.updates.link_added)
        hub.linkRemoved.connect(self.updates.link_removed)
        hub.saved.connect(lambda _event: self.status_counts.mark_saved())
        hub.focusAnnotation.connect(self.focus_annotation)
        hub.focusLink.connect(self.link_flow.show)
        hub.currentAnnotatorChanged.connect(lambda _id: self.load_annotations())
        hub.annotatorChanged.connect(lambda _event: self.update_status())

    # -- who is annotating -------------------------------------------------------------

    def change_name(self) -> None:
        """File > Change Name…: rename the current student (or ask who they are)."""
        if self.annotator_id is None:
            self.identity.ensure()
        else:
            self.identity.rename()

    def set_annotator(self, annotator_id: uuid.UUID) -> None:
        self.annotator_id = annotator_id
        self.settings.set(opt.STUDENT_ID, str(annotator_id))
        self.identity.remember(annotator_id)  # the database knows whose work it is
        self.undo_stack.clear()
        self.hub.currentAnnotatorChanged.emit(annotator_id)

    # -- exercise ----------------------------------------------------------------------

    def open_exercise(self, exercise_id: uuid.UUID) -> None:
        exercise = load_exercise(self.ctx.db, exercise_id)
        self.ctx.annotations.keep_texts(exercise.articles)  # no second read at the first add
        replacing = self.exercise is not None
        if self.exercise is None or self.exercise.id != exercise.id:
            self.undo_stack.clear()  # undo history belongs to one exercise
        self.exercise = exercise
        for pane in self.panes:
            pane.setParent(None)
            pane.deleteLater()
        self.panes = []
        self.actions_pane.set_tags(exercise.tags)
        self.actions_pane.selected = None
        for article in exercise.articles:
            pane = ArticlePane(article)
            pane.set_zoom(self.zoom)
            pane.layer.set_tags(exercise.tags)
            self.actions_pane.attach(pane)
            self.pane_layout.attach(pane)
            self.splitter.addWidget(pane)
            self.panes.append(pane)
        self.pane_layout.apply_saved_order()
        if self.panes:
            self.splitter.setSizes([1000] * len(self.panes))
            self.actions_pane.current_pane = self.panes[0]
        self.tag_bar.set_tags(exercise.tags, self.actions_pane.tag_actions)
        self.setWindowTitle(plain.window_title(f"{exercise.title} — {APP_NAME}"))
        self.settings.set(opt.LAST_EXERCISE, str(exercise.id))
        remember(self.settings, exercise.id)
        self.load_annotations()
        self.hub.exerciseOpened.emit(exercise)
        heap.settle(collect=replacing)  # no full collection pauses under key presses

    def _on_exercise_changed(self, event: object) -> None:
        if self.exercise is not None:
            self.open_exercise(self.exercise.id)

    def choose_exercise(self) -> None:
        current = self.exercise.id if self.exercise else None
        picker = ExercisePicker(list_exercises(self.ctx.db), current, self)
        if picker.exec() and (chosen := picker.chosen()) is not None:
            self.open_exercise(chosen)

    def update_status(self) -> None:
        if self.exercise is None:
            self.status_label.setText("")
            return
        text = self.tr("%n article(s)", "", len(self.exercise.articles))
        if not any(self.updates.tag_counts.values()):  # nothing tagged yet: how to start
            text = start_hint(self.exercise)
        me = self.annotator_id
        try:
            person = get_annotator(self.ctx.db, me) if me else None
        except ServerUnavailableError:  # offline on a school server: the name read before
            name = self._names.get(me) if me else None
        else:
            name = None if person is None or me is None else person.display_name
            if name is not None and me is not None:
                self._names[me] = name
        if name is not None:
            text += " · " + arg(self.tr("annotating as %1"), name)
        self.status_label.setText(text)

    # -- annotations shown in the panes (see gui/pane_updates.py) ----------------------

    def load_annotations(self) -> None:
        """Show the current student's annotations and links (on open or a change of student)."""
        self.updates.load()

    def focus_annotation(self, annotation_id: uuid.UUID) -> None:
        """Scroll to an annotation, select it and flash it (hub.focusAnnotation)."""
        self.updates.focus_annotation(annotation_id)

    def pane_for_article(self, article_id: uuid.UUID) -> ArticlePane | None:
        return next((p for p in self.panes if p.article.id == article_id), None)

    # -- view --------------------------------------------------------------------------

    def set_zoom(self, zoom: int) -> None:
        self.zoom = max(-5, min(20, zoom))
        with self.pane_layout.keeping_places():  # the student keeps their place in the text
            for pane in self.panes:
                pane.set_zoom(self.zoom)
        self.settings.set(opt.ZOOM, self.zoom)

    def toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)
        self.act_full_screen.setChecked(self.isFullScreen())

    def shortcut_sections(self) -> list[tuple[str, list[QAction]]]:
        pane, links, layout = self.actions_pane, self.link_flow, self.pane_layout
        return [
            (self.tr("Tag the selected text, or re-tag the selected passage"),
             list(pane.tag_actions.values())),
            (self.tr("Tag exactly as selected, without snapping to whole words"),
             list(pane.exact_actions.values())),
            (self.tr("Selected passage"), [pane.act_note, pane.act_delete, pane.act_start_earlier,
                                  pane.act_start_later, pane.act_end_earlier,
                                  pane.act_end_later, pane.act_next, pane.act_previous,
                                  pane.act_clear, links.act_link_from]),
            (self.tr("Edit"), [self.act_undo, self.act_redo]),
            (self.tr("View"), [self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset,
                      layout.act_move_left, layout.act_move_right, layout.act_sync,
                      self.act_full_screen]),
            (self.tr("Panels"), [self.panels.act_find, *self.panels.toggles.values(),
                                 self.focus_cycle.act_listed]),
            (self.tr("File"), [self.act_open, self.handin.act_hand_in, self.act_quit]),
        ]

    def _language_chosen(self, code: str) -> None:
        self.statusBar().showMessage(
            self.tr("The new language is used from the next start of the app."), 8000)
        self.restart_offer.offer(code)

    def restart(self) -> None:
        """Close as on a normal quit (state saved) and open again on the same database and
        exercise (gui/application.py reads :attr:`restart_requested`)."""
        self.restart_requested = True
        if not self.close():
            self.restart_requested = False

    def explain_saving(self) -> None:
        self.statusBar().showMessage(saved_already(), 8000)

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.shortcut_sections(), self).exec()

    def check_database(self) -> None:
        from annotator.gui.check_dialog import show_check_dialog

        show_check_dialog(self, self.ctx.db)

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
            self.resize(first_start_size(self))
        splitter = self.settings.get(opt.SPLITTER)
        if splitter:
            self.splitter.restoreState(splitter)

    def showEvent(self, event: QShowEvent) -> None:
        first = not self._shown_once
        if first:
            # Toolbars and docks are restored here, once __init__ has created all of them
            # (the panels are installed as its last statement).
            state = self.settings.get(opt.STATE)
            if state:
                self.restoreState(state)
        super().showEvent(event)
        if first:
            self._shown_once = True
            QTimer.singleShot(0, self.pane_layout.restore_scroll_positions)
            if self.identity.needs_choice():  # several people's work: "which are you?"
                QTimer.singleShot(0, self.identity.ensure)

    def save_state(self) -> None:
        if self._shown_once:  # a window never shown has nothing of its own to remember
            self.pane_layout.save_scroll_positions()
            self.settings.set(opt.STATE, self.saveState())
        self.settings.set(opt.GEOMETRY, self.saveGeometry())
        self.settings.set(opt.SPLITTER, self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.hub.detach()
        super().closeEvent(event)

    # -- files handed to the app (command line, file manager, macOS open events) ---------

    def receive_paths(self, paths: Sequence[str]) -> None:
        """Files handed over by a second start of the app (gui/single_instance.py): come to
        the front, then open them."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        if paths:
            QTimer.singleShot(0, lambda: self.open_paths(list(paths)))

    def open_paths(self, paths: Sequence[str | Path]) -> None:
        """Open exercise packages and articles; open feedback files (``*.feedback.json``);
        import hand-in files (other ``*.json``)."""
        for path in [Path(p) for p in paths if is_feedback_file(p)]:
            self.feedback.open_feedback(path)
        paths = [p for p in paths if not is_feedback_file(p)]
        handins = [Path(p) for p in paths if str(p).lower().endswith(".json")]
        others = [Path(p) for p in paths if not str(p).lower().endswith(".json")]
        for path in others:
            self.authoring.open_path(path)
        if handins:
            self.handin.import_paths(handins)
