"""Screenshots of the window with its panels (light and dark), to be looked at."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from panel_helpers import link, open_window, tag_phrase
from PySide6.QtWidgets import QApplication

from annotator.gui.application import apply_appearance
from annotator.gui.main_window import MainWindow
from annotator.storage import models as m
from annotator.storage.models import QuestionKind


@pytest.fixture(params=["light", "dark"])
def appearance(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    style, palette = qapp.style().name(), qapp.palette()
    apply_appearance(qapp, request.param)
    yield request.param
    qapp.setStyle(style)
    qapp.setPalette(palette)


def annotated_window(qtbot: object, ctx: object) -> MainWindow:
    win = open_window(qtbot, ctx)
    a = tag_phrase(win, 0, "North Korea’s rapid missile-program improvements can be traced to "
                   "Russia", "claim", note="The headline claim")
    tag_phrase(win, 0, "classified assessments by U.S. intelligence agencies", "evidence",
               note="Anonymous: cannot be checked")
    tag_phrase(win, 0, "thankfully we have a president who knows how to be tough on Russia",
               "opinion", note="Sarcasm")
    b = tag_phrase(win, 1, "They may be getting direct help from Vladimir Putin.", "speculation")
    c = tag_phrase(win, 1, "liquid-fuel engines are very similar to a 1960s-era Soviet missile",
                   "evidence")
    tag_phrase(win, 0, "It’s likely that these engines came from Ukraine", "speculation")
    link(win, a.id, b.id, m.LinkKind.SAME_CLAIM)
    link(win, a.id, c.id, m.LinkKind.SUPPORTS)
    link(win, c.id, b.id, m.LinkKind.CONTRADICTS)
    return win


def test_screenshot_window_with_panels(
    qtbot: object, ctx: object, screenshot, appearance: str
) -> None:
    win = annotated_window(qtbot, ctx)
    win.panels.annotations.table.selectRow(1)
    win.panels.links.table.selectRow(0)
    qtbot.wait(50)  # the main window lays its docks out on the next loop turn
    paths = [screenshot(win, f"panels-annotations-{appearance}")]

    sheet = win.panels.evaluation
    sheet.raise_()
    sheet.questions[0].editor.setPlainText("The Washington Free Beacon? No author is named.")
    rating = next(w for w in sheet.questions if w.question.kind == QuestionKind.RATING)
    rating.rating_button(2).click()
    rating.editor.setPlainText("Only anonymous officials; the opening line is sarcasm.")
    win.panels.instructions.set_expanded(False)
    qtbot.wait(50)
    sheet.scroll_area.ensureWidgetVisible(rating)
    paths.append(screenshot(win, f"panels-evaluation-{appearance}"))
    for path in paths:
        assert path.stat().st_size > 20_000
    win.close()
