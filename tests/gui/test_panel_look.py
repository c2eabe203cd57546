"""Screenshots of the window with its panels, to be looked at."""

from __future__ import annotations

from panel_helpers import link, open_window, tag_phrase

from annotator.storage import models as m


def test_screenshot_window_with_panels(qtbot: object, ctx: object, screenshot) -> None:
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
    win.panels.annotations.table.selectRow(1)
    qtbot.wait(50)
    path = screenshot(win, "panels-annotations")
    win.panels.evaluation.raise_()
    qs = win.panels.evaluation.questions
    qs[0].editor.setPlainText("The Washington Free Beacon? No author is named.")
    qs[-1].rating_button(2).click()
    path2 = screenshot(win, "panels-evaluation")
    win.panels.instructions.set_expanded(False)
    qtbot.wait(50)  # the main window lays its docks out on the next loop turn
    path3 = screenshot(win, "panels-instructions-collapsed")
    for p in (path, path2, path3):
        assert p.stat().st_size > 20_000
    win.close()
