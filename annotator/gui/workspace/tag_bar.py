"""The tag bar: one button per tag that doubles as the legend.

Each button shows a swatch in the tag's highlight colour with its key and its underline
style drawn below, the tag's label and how many passages carry it; the tooltip gives the
tag's definition. The buttons trigger the same actions as the keys and the Edit menu.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QActionEvent,
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget

from annotator.gui import plain, theme
from annotator.gui.i18n import arg, number
from annotator.gui.steady_size import hold_size, release_size
from annotator.gui.workspace.underlines import draw_underline, underline_colour, underline_style
from annotator.services.views import TagView

SWATCH = QSize(30, 22)


def swatch_icon(tag: TagView, dark: bool, text_colour: QColor) -> QIcon:
    """A small tile in the highlight colour with the key, underlined in the tag's style."""
    ratio = 2.0
    pixmap = QPixmap(int(SWATCH.width() * ratio), int(SWATCH.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(1, 1, SWATCH.width() - 2, SWATCH.height() - 7)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.highlight_colour(tag.colour, dark, 1.6))
    painter.drawRoundedRect(box, 3.5, 3.5)
    font = QFont()
    font.setPixelSize(11)
    font.setWeight(QFont.Weight.DemiBold)
    painter.setFont(font)
    painter.setPen(text_colour)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, tag.shortcut or tag.label[:1])
    draw_underline(painter, underline_style(tag), underline_colour(tag.colour, dark), 2,
                   SWATCH.width() - 2, SWATCH.height() - 3.0)
    painter.end()
    return QIcon(pixmap)


class TagBar(QToolBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tags"), parent)
        self.setObjectName("tagBar")
        self.setAccessibleName(self.tr("Tags and legend"))
        self.setMovable(False)
        self.setIconSize(SWATCH)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setContentsMargins(8, 2, 8, 2)
        if (layout := self.layout()) is not None:
            layout.setSpacing(8)
        self.tags: list[TagView] = []
        self.actions_by_tag: dict[uuid.UUID, QAction] = {}
        self.counts: dict[uuid.UUID, int] = {}
        self._counting = False  # set_counts is changing the actions' texts

    def set_tags(self, tags: Sequence[TagView], actions: Mapping[uuid.UUID, QAction]) -> None:
        self.clear()
        self.tags = list(tags)
        self.actions_by_tag = dict(actions)
        hint = self.addAction(self.tr("Tag the selection:"))
        hint.setEnabled(False)
        for tag in self.tags:
            self.addAction(self.actions_by_tag[tag.id])
            if (button := self.widgetForAction(self.actions_by_tag[tag.id])) is not None:
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # F6 reaches the tag buttons
            self._show_tag(tag)
        self._paint_icons()

    def _paint_icons(self) -> None:
        dark = theme.is_dark(self.palette())
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for tag in self.tags:
            self.actions_by_tag[tag.id].setIcon(swatch_icon(tag, dark, text))

    def set_counts(self, counts: Mapping[uuid.UUID, int]) -> None:
        changed = [t for t in self.tags if counts.get(t.id, 0) != self.counts.get(t.id, 0)]
        self.counts = dict(counts)
        self._counting = True
        try:
            for tag in changed:
                self._show_tag(tag)
        finally:
            self._counting = False

    def actionEvent(self, event: QActionEvent) -> None:
        """A new count changes the action's text: its button shows it and holds its size
        (``hold_size``), so the bar is not laid out again, as QToolBar does for every
        change of an action, at each key press."""
        if self._counting and event.type() == QEvent.Type.ActionChanged:
            return
        super().actionEvent(event)

    def _show_tag(self, tag: TagView) -> None:
        action = self.actions_by_tag[tag.id]
        n = self.counts.get(tag.id, 0)
        action.setIconText(f"{tag.label}  {number(n)}")
        described = (
            arg(self.tr("%1 (key %2): %3 so far"), tag.label, tag.shortcut, n)
            if tag.shortcut else arg(self.tr("%1: %2 so far"), tag.label, n)
        ) + "\n" + tag.definition
        action.setToolTip(plain.tooltip(described))
        button = self.widgetForAction(action)
        if isinstance(button, QToolButton):
            if self._counting:
                hold_size(button)  # a new count does not lay the window out again
            button.setAccessibleName(arg(self.tr("Tag as %1"), tag.label))
            button.setAccessibleDescription(
                arg(self.tr("Key %1. %2 tagged so far. %3"), tag.shortcut, n, tag.definition)
            )

    def count_text(self, tag_id: uuid.UUID) -> str:
        return self.actions_by_tag[tag_id].iconText()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.tags:
            self._paint_icons()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            for action in self.actions_by_tag.values():  # sized afresh for the new look
                if (button := self.widgetForAction(action)) is not None:
                    release_size(button)


__all__ = ["SWATCH", "TagBar", "swatch_icon"]
