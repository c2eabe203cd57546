"""A 14 pt system font on a 1366x768 laptop: larger article text, quotes still readable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from annotator.gui import theme


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[QFont]:
    old = QApplication.font()
    font = QFont(old)
    font.setPointSizeF(14)
    QApplication.setFont(font)
    yield font
    QApplication.setFont(old)


def test_article_text_follows_the_system_font_with_zoom_on_top(
    large_font: QFont, qtbot: object, ctx: object
) -> None:
    from panel_helpers import open_window

    assert theme.base_point_size() == 18  # 13 pt for a 10 pt system font, scaled
    win = open_window(qtbot, ctx)
    view = win.panes[0].view
    assert view.font().pointSize() == 18
    win.act_zoom_in.trigger()
    assert view.font().pointSize() == 19
    win.close()


def test_quotes_keep_their_room_at_1366_by_768(
    large_font: QFont, qtbot: object, ctx: object, screenshot: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from panel_helpers import open_window, tag_phrase

    from annotator.gui import main_window

    # a first start on a 1366x768 laptop (the offscreen screen is 800x800)
    monkeypatch.setattr(main_window, "first_start_size", lambda _w: QSize(1366, 740))
    win = open_window(qtbot, ctx)
    win.resize(1366, 740)
    tag_phrase(win, 0, "North Korea’s rapid missile-program improvements can be traced",
                     "claim")
    qtbot.wait(20)  # type: ignore[attr-defined]
    screenshot(win, "large-system-font-1366")  # type: ignore[operator]
    panel = win.panels.annotations
    table = panel.table
    from annotator.gui.workspace.models.annotation_model import ARTICLE, QUOTE

    quote = table.model().index(0, QUOTE)
    room = table.columnWidth(QUOTE) - 12  # the cell's margins
    metrics = table.fontMetrics()
    shown = metrics.elidedText(quote.data(), Qt.TextElideMode.ElideRight, room)
    sizes = [table.columnWidth(c) for c in range(4)]
    assert len(shown.rstrip("…")) >= 30, (shown, sizes, table.viewport().width())
    # the article title is shortened in the middle; the full title is the tooltip
    title = table.model().index(0, ARTICLE)
    assert win.exercise.articles[0].title in title.data(Qt.ItemDataRole.ToolTipRole)
    assert panel.article_delegate.elide_mode == Qt.TextElideMode.ElideMiddle
    win.close()
