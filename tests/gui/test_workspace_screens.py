"""The workspace as a student sees it at 1366x768 and 1920x1080, light and dark: saved as
screenshots to look at, with the checks that the parts are on screen."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget

from annotator.gui import theme
from annotator.storage.models import LinkKind


def on_screen(widget: QWidget) -> bool:
    window = widget.window()
    box = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return widget.isVisible() and window.rect().contains(box)


@pytest.mark.parametrize("size", [(1366, 740), (1920, 1040)], ids=["1366", "1920"])
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_workspace_screens(qtbot: Any, ctx: Any, screenshot: Any, monkeypatch: Any,
                           size: tuple[int, int], dark: bool) -> None:
    from panel_helpers import link, open_window, tag_phrase

    from annotator.gui import main_window

    app = QApplication.instance()
    old = app.palette()
    app.setPalette(theme.dark_palette() if dark else theme.light_palette())
    monkeypatch.setattr(main_window, "first_start_size", lambda _w: QSize(*size))
    try:
        win = open_window(qtbot, ctx)
        win.resize(*size)
        claim = tag_phrase(win, 0, "black-market factory that once produced", "claim",
                           note="Which factory?")
        tag_phrase(win, 0, "factory", "evidence")
        tag_phrase(win, 0, "thankfully we have a president", "opinion")
        other = tag_phrase(win, 1, "Vladimir Putin", "speculation")
        link(win, claim.id, other.id, LinkKind.SUPPORTS)
        win.actions_pane.select(claim.id)
        qtbot.keyClick(win.panes[0].view, Qt.Key.Key_L)
        qtbot.wait(30)
        assert win.link_flow.banner.isVisible() and on_screen(win.link_flow.banner)
        for part in (*win.panes, win.tag_bar, win.panels.annotations, win.panels.links):
            assert on_screen(part), part
        screenshot(win, f"workspace-{size[0]}-{'dark' if dark else 'light'}")
        win.close()
    finally:
        app.setPalette(old)
