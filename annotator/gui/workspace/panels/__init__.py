"""The dock panels around the reading panes, installed on a main window in one call.

``install_panels(window)`` creates the annotations list, the links list, the
source-evaluation sheet and the instructions panel, adds their toggles to the View menu,
makes every hub connection they need (in :func:`_wire`), and restores the dock layout the
window saved when it was last closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QTabWidget

from annotator.gui import settings as opt
from annotator.gui.workspace.models.annotation_model import AnnotationTableModel
from annotator.gui.workspace.models.link_model import LinkTableModel
from annotator.gui.workspace.panels.annotations_panel import FIND_SHORTCUT, AnnotationsPanel
from annotator.gui.workspace.panels.evaluation_panel import EvaluationPanel
from annotator.gui.workspace.panels.instructions_panel import InstructionsPanel
from annotator.gui.workspace.panels.links_panel import LinksPanel

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

SHORTCUTS = {
    "instructionsDock": "Ctrl+Shift+I",
    "annotationsDock": "Ctrl+Shift+A",
    "linksDock": "Ctrl+Shift+L",
    "evaluationDock": "Ctrl+Shift+E",
}


@dataclass
class Panels:
    annotation_model: AnnotationTableModel
    link_model: LinkTableModel
    annotations: AnnotationsPanel
    links: LinksPanel
    evaluation: EvaluationPanel
    instructions: InstructionsPanel
    act_find: QAction
    toggles: dict[str, QAction]

    @property
    def docks(self) -> tuple[QDockWidget, ...]:
        return (self.instructions, self.annotations, self.evaluation, self.links)

    def reload(self, window: MainWindow) -> None:
        """Show the open exercise and the current student's work from scratch."""
        exercise, annotator_id = window.exercise, window.annotator_id
        svc = window.ctx.annotations
        if exercise is not None and annotator_id is not None:
            annotations = window.updates.mine()  # read once for the panes and the panels
            links = svc.links(exercise.id, annotator_id)
        else:
            annotations, links = [], []
        self.annotation_model.load(exercise, annotator_id, annotations)
        self.link_model.load(links)
        self.annotations.rebuild_filters(exercise)
        self.evaluation.load(exercise, annotator_id)
        self.instructions.show_exercise(exercise)


class _CloseWatcher(QObject):
    """Saves answers still waiting for their pause when the window closes."""

    def __init__(self, panels: Panels, parent: QObject) -> None:
        super().__init__(parent)
        self.panels = panels

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.panels.evaluation.flush()
        return False


def install_panels(window: MainWindow) -> Panels:
    annotation_model = AnnotationTableModel(window)
    link_model = LinkTableModel(annotation_model.annotation, window)
    panels = Panels(
        annotation_model=annotation_model,
        link_model=link_model,
        annotations=AnnotationsPanel(window, annotation_model),
        links=LinksPanel(window, link_model),
        evaluation=EvaluationPanel(window),
        instructions=InstructionsPanel(window.settings, window),
        act_find=QAction(QCoreApplication.translate("Panels", "&Find in Annotations…"), window),
        toggles={},
    )
    _arrange(window, panels)
    _add_actions(window, panels)
    _wire(window, panels)
    panels.reload(window)
    window.installEventFilter(_CloseWatcher(panels, window))
    state = window.settings.get(opt.STATE)
    if state:
        window.restoreState(state)  # the first restore ran before the docks existed
    panels.instructions.show_exercise(window.exercise)
    return panels


def dock_width(window_width: int) -> int:
    """The side panels' first width: 480 on a wide window, less on a small laptop so that
    the two articles keep a readable measure (1366 pixels wide: 410)."""
    return max(340, min(480, int(window_width * 0.3)))


def _arrange(window: MainWindow, panels: Panels) -> None:
    """Instructions across the top; annotations and evaluation as tabs on the right, links
    below them."""
    window.setDockOptions(window.dockOptions() | window.DockOption.AnimatedDocks
                          | window.DockOption.AllowTabbedDocks)
    window.setTabPosition(Qt.DockWidgetArea.RightDockWidgetArea, QTabWidget.TabPosition.North)
    window.setCorner(Qt.Corner.TopRightCorner, Qt.DockWidgetArea.TopDockWidgetArea)
    window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, panels.instructions)
    right = Qt.DockWidgetArea.RightDockWidgetArea
    window.addDockWidget(right, panels.annotations)
    window.addDockWidget(right, panels.links)
    window.splitDockWidget(panels.annotations, panels.links, Qt.Orientation.Vertical)
    window.tabifyDockWidget(panels.annotations, panels.evaluation)
    panels.annotations.raise_()
    window.resizeDocks([panels.annotations], [dock_width(window.width())],
                       Qt.Orientation.Horizontal)
    window.resizeDocks([panels.annotations, panels.links], [560, 240], Qt.Orientation.Vertical)


def _add_actions(window: MainWindow, panels: Panels) -> None:
    menu = window.menu_view
    menu.addSeparator()
    panels.act_find.setShortcut(QKeySequence(FIND_SHORTCUT))
    panels.act_find.setStatusTip(QCoreApplication.translate(
        "Panels", "Search the quotes and notes of your annotations"))
    panels.act_find.triggered.connect(panels.annotations.focus_search)
    window.addAction(panels.act_find)
    menu.addAction(panels.act_find)
    panels_menu = menu.addMenu(QCoreApplication.translate("Panels", "&Panels"))
    for dock in panels.docks:
        action = dock.toggleViewAction()
        action.setText(f"&{dock.windowTitle()}")
        action.setShortcut(QKeySequence(SHORTCUTS[dock.objectName()]))
        window.addAction(action)
        panels_menu.addAction(action)
        panels.toggles[dock.objectName()] = action


def _wire(window: MainWindow, panels: Panels) -> None:
    """Every hub connection of the panels, in one place."""
    hub = window.hub
    am, lm = panels.annotation_model, panels.link_model
    hub.annotationAdded.connect(am.on_added)
    hub.annotationChanged.connect(am.on_changed)
    hub.annotationRemoved.connect(am.on_removed)
    hub.annotationChanged.connect(lm.on_annotation_changed)
    hub.linkAdded.connect(lm.on_added)
    hub.linkChanged.connect(lm.on_changed)
    hub.linkRemoved.connect(lm.on_removed)
    hub.answerChanged.connect(panels.evaluation.on_answer_changed)
    hub.focusAnnotation.connect(panels.annotations.select_annotation)
    hub.focusLink.connect(panels.links.select_link)
    hub.exerciseOpened.connect(lambda _exercise: panels.reload(window))
    hub.currentAnnotatorChanged.connect(lambda _id: panels.reload(window))


__all__ = ["Panels", "install_panels"]


