"""Reading on any screen: the column wraps inside the pane and zoom keeps the place."""

from __future__ import annotations

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.sample import SAMPLE_EXERCISE_ID


def test_zooming_keeps_the_students_place_in_the_text(qtbot: object, ctx: object) -> None:
    from ws_helpers import show_active

    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    show_active(qtbot, win, 1366, 740)
    pane, layout = win.panes[1], win.pane_layout
    reading = pane.article.text.index("But it’s increasingly clear")
    layout.scroll_to_offset(pane, reading)
    assert layout.first_visible(pane) == reading
    for action in (win.act_zoom_in, win.act_zoom_in, win.act_zoom_in, win.act_zoom_reset,
                   win.act_zoom_out):
        action.trigger()
        # the same paragraph is still at the top: at most a line's worth of words away
        top = layout.first_visible(pane)
        assert abs(top - reading) < 60, (action.text(), pane.article.text[top:top + 40])
    win.close()


def test_text_restored_to_a_wide_window_is_wrapped_to_the_column_not_cut_off(
    qtbot: object, ctx: object
) -> None:
    """At start the saved (wide) size is restored before the window is shown: the text must
    wrap inside the centred reading column, not run past its right edge."""
    from annotator.gui.workspace.reading_view import ReadingView
    from annotator.services.exercises import load_exercise

    article = load_exercise(ctx.db, SAMPLE_EXERCISE_ID).articles[0]  # type: ignore[attr-defined]
    view = ReadingView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.set_article_text(article.text)
    view.resize(760, 600)  # sized while hidden, as restoreGeometry does
    view.show()
    qtbot.waitExposed(view)  # type: ignore[attr-defined]
    assert view.viewportMargins().left() > 0  # a wide pane: the column is centred
    assert view.document().textWidth() <= view.viewport().width()
