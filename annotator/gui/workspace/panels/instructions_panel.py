"""The exercise's title and instructions, in a panel across the top that folds away.

The header (an arrow button and the title) stays visible; the instructions below it can be
collapsed, and the choice is remembered in the settings.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.settings import Option, Settings
from annotator.services.views import ExerciseView

COLLAPSED = Option("view/instructions_collapsed", False, bool)
MAX_BODY_LINES = 7


class InstructionsPanel(QDockWidget):
    toggled = Signal(bool)  # True when expanded

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Instructions"), parent)
        self.settings = settings
        self.setObjectName("instructionsDock")
        self.setAccessibleName(self.tr("Exercise instructions"))
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.setAllowedAreas(Qt.DockWidgetArea.TopDockWidgetArea
                             | Qt.DockWidgetArea.BottomDockWidgetArea)
        self._expanded = True

        self.toggle = QToolButton()
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setText(self.tr("Instructions"))
        self.toggle.setAccessibleName(self.tr("Show or hide the instructions"))
        self.toggle.clicked.connect(lambda: self.set_expanded(not self._expanded))
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAccessibleName(self.tr("Exercise title"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        header = QWidget()
        header.setObjectName("instructionsHeader")
        row = QHBoxLayout(header)
        row.setContentsMargins(8, 4, 12, 4)
        row.setSpacing(10)
        row.addWidget(self.toggle)
        row.addWidget(self.title, 1)
        self.setTitleBarWidget(header)

        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setAccessibleName(self.tr("Instructions"))
        self.text.setContentsMargins(28, 2, 28, 10)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.text)
        line = self.text.fontMetrics().lineSpacing()
        self.scroll_area.setMaximumHeight(line * MAX_BODY_LINES + 14)
        self.body = body = QWidget()
        body.setMaximumHeight(self.scroll_area.maximumHeight())
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        self.setWidget(body)

        self.set_expanded(not bool(settings.get(COLLAPSED)))

    def show_exercise(self, exercise: ExerciseView | None) -> None:
        title = exercise.title if exercise else ""
        self.title.setText(title)
        self.title.setToolTip("")
        self.text.setText(exercise.instructions.strip() if exercise else "")
        has_text = bool(exercise and exercise.instructions.strip())
        self.toggle.setEnabled(has_text)
        self._show_body(has_text and self._expanded)

    def _show_body(self, visible: bool) -> None:
        """Fold the body away (the dock shrinks to its header) or open it again."""
        self.scroll_area.setVisible(visible)
        self.body.setMaximumHeight(self.scroll_area.maximumHeight() if visible else 0)
        window = self.parentWidget()
        if not isinstance(window, QMainWindow) or self.isFloating():
            return
        if window.dockWidgetArea(self) != Qt.DockWidgetArea.NoDockWidgetArea:
            wanted = 0
            if visible:
                wanted = min(self.scroll_area.maximumHeight(), self.text.heightForWidth(
                    max(200, self.width() - 4)) + 4)
            header = self.titleBarWidget().sizeHint().height()
            window.resizeDocks([self], [wanted + header], Qt.Orientation.Vertical)

    def is_expanded(self) -> bool:
        return self._expanded

    def set_expanded(self, expanded: bool) -> None:
        self._expanded = expanded
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.toggle.setToolTip(self.tr("Hide the instructions") if expanded
                               else self.tr("Show the instructions"))
        self._show_body(expanded and bool(self.text.text()))
        self.settings.set(COLLAPSED, not expanded)
        self.toggled.emit(expanded)
