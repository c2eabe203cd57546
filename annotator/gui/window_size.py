"""The window's size at a first start (no saved geometry), shared by the preview and the
main window so that one takes the other's place without a jump."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

DEFAULT_SIZE = QSize(1280, 800)
TITLE_BAR = 40  # room left for the window manager's title bar on a small screen


def first_start_size(widget: QWidget) -> QSize:
    """The default window size, fitted to the screen: on a small laptop (1366x768, say) the
    full width and the height less a title bar, so the status bar is not off-screen."""
    screen = widget.screen() or QApplication.primaryScreen()
    if screen is None:
        return DEFAULT_SIZE
    room = screen.availableGeometry()
    height = room.height() - TITLE_BAR
    if height < DEFAULT_SIZE.height():  # a small laptop screen: every pixel of width helps
        return QSize(room.width(), height)
    return QSize(min(DEFAULT_SIZE.width(), room.width()), DEFAULT_SIZE.height())


def fitted_size(widget: QWidget, wanted: QSize) -> QSize:
    """``wanted``, shrunk to the screen's free area less a title bar (a 1366x768 laptop)."""
    screen = widget.screen() or QApplication.primaryScreen()
    if screen is None:
        return wanted
    room = screen.availableGeometry()
    return QSize(min(wanted.width(), room.width()),
                 min(wanted.height(), room.height() - TITLE_BAR))
