"""A student's first minutes on a small laptop: the window fits, the app says what to do."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.annotators import create_annotator, get_annotator
from annotator.services.sample import SAMPLE_EXERCISE_ID


def test_first_start_window_fits_a_small_screen(qtbot: object, ctx: object) -> None:
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    room = QApplication.primaryScreen().availableGeometry()  # 800x800 offscreen
    assert room.width() < 1280
    assert win.width() <= room.width() and win.height() < room.height()
    win.close()


def test_an_export_named_without_its_ending_gets_it(qtbot: object, ctx: object,
                                                   tmp_path: Path) -> None:
    """A student types "ada" in the save dialog (Linux's Qt dialog keeps it as typed): the
    file still gets the ending that lets a spreadsheet, a browser or the teacher open it."""
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.set_annotator(create_annotator(ctx.db, "Ada").id)  # type: ignore[attr-defined]
    actions = win.handin
    out = tmp_path / "out"
    out.mkdir()
    messages: list[str] = []
    actions.notify = lambda title, text, error=False: messages.append(text)  # type: ignore
    for kind, typed in (("csv", "ada"), ("w3c", "ada"), ("html", "ada"), ("csv", "b.CSV"),
                        ("w3c", "c.json")):
        actions.ask_save_path = lambda *_a, t=typed: out / t  # type: ignore[method-assign]
        actions.export(kind)  # type: ignore[arg-type]
    assert sorted(p.name for p in out.iterdir()) == [
        "ada.csv", "ada.html", "ada.jsonld", "b.CSV", "c.json"]
    assert messages[0] == f"Saved as {out / 'ada.csv'}"
    win.close()


def test_a_student_who_starts_with_the_questions_can_enter_their_name(
    qtbot: object, ctx: object
) -> None:
    from panel_helpers import open_window

    win = open_window(qtbot, ctx, student=None)
    asked: list[str] = []
    win.prompts.name = lambda _parent, current: asked.append(current) or "Ben Ng"
    sheet = win.panels.evaluation
    sheet.raise_()
    assert not sheet.form.isEnabled()
    # the empty lists say how to start, not to "enter your name" somewhere unknown
    hint = win.panels.annotations.placeholder.text()
    assert "press a tag key (1–4)" in hint and "asks for your name" in hint
    assert sheet.name_button.isVisible()
    qtbot.mouseClick(sheet.name_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert asked == [""]
    assert get_annotator(ctx.db, win.annotator_id).display_name == "Ben Ng"  # type: ignore
    assert sheet.form.isEnabled() and not sheet.name_button.isVisible()
    win.close()


def test_the_status_bar_says_how_to_start_until_the_first_tag(
    qtbot: object, ctx: object
) -> None:
    from ws_helpers import answer_prompts, select_phrase, show_active

    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    show_active(qtbot, win, 1366, 740)
    answer_prompts(win)
    hint = "To start: select a passage in an article, then press 1–4 or click a tag above"
    assert win.status_label.text() == hint
    assert win.status_label.fontMetrics().horizontalAdvance(hint) < win.status_label.width()
    select_phrase(win.panes[0], "black-market factory")
    qtbot.keyClick(win.panes[0].view, Qt.Key.Key_1)  # type: ignore[attr-defined]
    assert win.status_label.text() == "2 articles · annotating as Ada Lovelace"
    win.act_undo.trigger()
    assert win.status_label.text() == f"{hint} · annotating as Ada Lovelace"
    win.close()


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF()))
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("dark", [False, True])
def test_hand_in_messages_stay_readable_in_dark_appearance(
    qtbot: object, ctx: object, tmp_path: Path, dark: bool
) -> None:
    from annotator.gui import theme
    from annotator.gui.handin.handin_dialog import HandInDialog
    from annotator.services.handin_report import handin_overview
    from annotator.services.handins import export_handin

    me = create_annotator(ctx.db, "Ada").id  # type: ignore[attr-defined]
    app = QApplication.instance()
    before = QPalette(app.palette())  # type: ignore[union-attr]
    app.setPalette(theme.dark_palette() if dark else theme.light_palette())  # type: ignore
    try:
        overview = handin_overview(ctx.db, SAMPLE_EXERCISE_ID, me)  # type: ignore[attr-defined]
        dialog = HandInDialog(
            overview, tmp_path / "ada.handin.json",
            lambda p: export_handin(ctx.db, SAMPLE_EXERCISE_ID, me, p))  # type: ignore
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        background = dialog.palette().color(QPalette.ColorRole.Window)
        assert theme.is_dark(dialog.palette()) == dark
        assert dialog.warning_label.text().startswith("You have not highlighted anything yet")
        assert dialog.hand_in() == tmp_path / "ada.handin.json"
        for label in (dialog.warning_label, dialog.message_label):
            colour = QColor(label.styleSheet().removeprefix("color: ").rstrip(";"))
            assert _contrast(colour, background) >= 4.5, label.text()
    finally:
        app.setPalette(before)  # type: ignore[union-attr]


def test_first_start_leaves_the_articles_most_of_a_small_window(
    qtbot: object, ctx: object
) -> None:
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.show()
    qtbot.waitExposed(win)  # type: ignore[attr-defined]
    room = QApplication.primaryScreen().availableGeometry()
    assert win.width() == room.width()  # too short for the default size: use the width
    docks = win.panels.annotations.width()
    panes = sum(p.width() for p in win.panes)
    assert docks <= 350 and panes >= 2 * 200, (docks, [p.width() for p in win.panes])
    win.close()


def test_ctrl_s_says_that_work_is_saved_and_how_to_hand_in(qtbot: object, ctx: object) -> None:
    from ws_helpers import show_active

    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    show_active(qtbot, win, 1366, 740)
    qtbot.keyClick(win.panes[0].view, Qt.Key.Key_S,  # type: ignore[attr-defined]
                   Qt.KeyboardModifier.ControlModifier)
    message = win.statusBar().currentMessage()
    assert message.startswith("No need to save") and "File > Hand In" in message
    width = win.statusBar().fontMetrics().horizontalAdvance(message)
    assert width + win.status_counts.sizeHint().width() < 1366
    win.close()


def test_deleting_a_passage_says_so_and_how_to_get_it_back(qtbot: object, ctx: object) -> None:
    from ws_helpers import answer_prompts, mine, select_phrase, show_active

    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    show_active(qtbot, win, 1366, 740)
    answer_prompts(win)
    view = win.panes[0].view
    select_phrase(win.panes[0], "black-market factory")
    qtbot.keyClick(view, Qt.Key.Key_4)  # type: ignore[attr-defined]
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    assert mine(win) == []
    assert win.statusBar().currentMessage() == (
        "Deleted “black-market factory”. Ctrl+Z brings it back.")
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # type: ignore
    assert [a.exact for a in mine(win)] == ["black-market factory"]
    win.close()


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
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.resize(1920, 1040)
    win.show()
    qtbot.waitExposed(win)  # type: ignore[attr-defined]
    for pane in win.panes:
        view = pane.view
        assert view.viewportMargins().left() > 0  # a wide pane: the column is centred
        assert view.document().textWidth() <= view.viewport().width()
    win.close()


def test_cancelling_the_name_question_says_why_nothing_was_tagged(
    qtbot: object, ctx: object
) -> None:
    from ws_helpers import answer_prompts, select_phrase, show_active

    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    show_active(qtbot, win, 1366, 740)
    answer_prompts(win, name=None)  # type: ignore[arg-type]
    select_phrase(win.panes[0], "black-market factory")
    qtbot.keyClick(win.panes[0].view, Qt.Key.Key_1)  # type: ignore[attr-defined]
    assert win.annotator_id is None
    assert "needs your name" in win.statusBar().currentMessage()
    assert win.panes[0].view.textCursor().selectedText() == "black-market factory"
    win.close()
