"""The app's widget style: Fusion, with room for accents and descenders in tab labels.

Fusion sizes a tab as the font's height plus its vertical tab space, then takes that space
off again for the label's rectangle and two more pixels for an unselected tab's shift, so
the label box is shorter than a line of text. ``QPainter.drawText`` clips to that box: the
accent of "Évaluation" and the tails of "g", "j", "p", "y" vanished from every tab that was
not the current one. :class:`AppStyle` keeps Fusion's look and gives the label box at least
a full line (with the accent that rises above the ascent in fonts such as DejaVu Sans),
centred where Fusion put it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

__all__ = ["AppStyle", "install_style", "line_box_height"]

# Capitals with marks above and letters with tails below, in the languages the app speaks.
TALL_TEXT = "ÉÀÇÖÜÑÂgjpqyç"


def line_box_height(metrics: QFontMetrics) -> int:
    """The height a one-line label needs so nothing of ``TALL_TEXT`` is clipped."""
    ink = metrics.boundingRect(TALL_TEXT)
    return max(metrics.height(), ink.height()) + 2


class AppStyle(QProxyStyle):
    """Fusion, with tab label boxes tall enough for accents and descenders."""

    def __init__(self) -> None:
        super().__init__("Fusion")
        self.setObjectName("AppStyle")

    def subElementRect(self, element: QStyle.SubElement, option: QStyleOption,
                       widget: QWidget | None = None) -> QRect:
        rect = super().subElementRect(element, option, widget)  # type: ignore[arg-type]
        if element == QStyle.SubElement.SE_TabBarTabText and not rect.isEmpty():
            wanted = line_box_height(option.fontMetrics)
            vertical = rect.width() < rect.height() and _vertical(option)
            if vertical and rect.width() < wanted:
                grow = wanted - rect.width()
                rect.adjust(-(grow // 2), 0, grow - grow // 2, 0)
            elif not vertical and rect.height() < wanted:
                grow = wanted - rect.height()
                rect.adjust(0, -(grow // 2), 0, grow - grow // 2)
        return rect


def _vertical(option: QStyleOption) -> bool:
    from PySide6.QtWidgets import QTabBar

    shape = getattr(option, "shape", None)
    return shape in (QTabBar.Shape.RoundedWest, QTabBar.Shape.RoundedEast,
                     QTabBar.Shape.TriangularWest, QTabBar.Shape.TriangularEast)


def install_style(app: QApplication) -> None:
    """Give ``app`` the :class:`AppStyle` (once; the palette is set separately)."""
    if app.style().objectName() != "AppStyle":
        app.setStyle(AppStyle())
