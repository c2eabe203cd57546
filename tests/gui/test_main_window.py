"""The window opens on the sample exercise, shows both articles, and remembers its state."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.sample import SAMPLE_EXERCISE_ID


@pytest.fixture
def window(qtbot: object, ctx: object) -> Iterator[MainWindow]:
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.resize(1400, 860)
    win.show()
    qtbot.waitExposed(win)  # type: ignore[attr-defined]
    yield win
    win.close()


def test_opens_on_sample_with_both_texts_side_by_side(window: MainWindow, screenshot) -> None:
    assert len(window.panes) == 2
    left, right = window.panes
    assert left.title_label.text() == "Russia Is Behind North Korea’s Missile Success: Report"
    assert "Vladimir Putin" in right.title_label.text()
    assert "black-market factory" in left.view.toPlainText()
    assert "Kim Jong-un sent another chilling message" in right.view.toPlainText()
    assert left.x() < right.x() and left.y() == right.y()
    assert left.view.isReadOnly() and right.view.isReadOnly()
    assert "Who is behind North Korea" in window.windowTitle()
    path = screenshot(window, "main-window-sample")
    assert path.stat().st_size > 10_000


def test_article_text_is_plain_text_never_html(qtbot: object, ctx: object) -> None:
    from annotator.core.text import fingerprint
    from annotator.storage import models as m

    text = "<img src='file:///etc/passwd'> <b>bold?</b> \\\\server\\share"
    with ctx.db.session() as s:  # type: ignore[attr-defined]
        ex = s.get(m.Exercise, SAMPLE_EXERCISE_ID)
        ex.articles.append(m.Article(title="<i>t</i>", text=text, sha256=fingerprint(text),
                                     position=2))
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    pane = win.panes[2]
    assert pane.view.toPlainText() == text
    assert pane.title_label.text() == "<i>t</i>"
    assert pane.title_label.textFormat() == Qt.TextFormat.PlainText
    assert pane.view.document().allFormats() is not None
    assert "img" not in pane.view.toHtml().split("<body")[1].replace("&lt;img", "")


def test_zoom_keys_change_the_reading_font_and_are_remembered(
    window: MainWindow, qtbot: object, ctx: object
) -> None:
    view = window.panes[0].view
    size = view.font().pointSize()
    window.act_zoom_in.trigger()
    window.act_zoom_in.trigger()
    assert view.font().pointSize() == size + 2
    window.act_zoom_out.trigger()
    assert view.font().pointSize() == size + 1
    window.close()
    again = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    assert again.panes[0].view.font().pointSize() == size + 1
    again.act_zoom_reset.trigger()
    assert again.panes[0].view.font().pointSize() == size


def test_geometry_is_restored(window: MainWindow, qtbot: object, ctx: object) -> None:
    window.resize(701, 503)
    window.close()
    again = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    assert (again.width(), again.height()) == (701, 503)


def test_reading_measure_stays_narrow_on_a_wide_window(window: MainWindow) -> None:
    window.resize(2400, 900)
    window.panes[1].hide()
    view = window.panes[0].view
    view.resize(2000, 800)
    measure = view.viewport().width()
    assert measure < 1000  # about 70 characters, not the full width


def test_menus_offer_standard_actions(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Review", "&Help"]
    assert window.act_open.shortcut().toString() == "Ctrl+O"
    assert window.act_quit.shortcut().toString() == "Ctrl+Q"
    assert window.act_zoom_reset.shortcut().toString() == "Ctrl+0"
