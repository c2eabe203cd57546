"""A student's first minutes on a small laptop: the window fits, the app says what to do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.annotators import get_annotator
from annotator.services.sample import SAMPLE_EXERCISE_ID


def test_first_start_window_fits_a_small_screen(qtbot: object, ctx: object) -> None:
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    room = QApplication.primaryScreen().availableGeometry()  # 800x800 offscreen
    assert room.width() < 1280
    assert win.width() <= room.width() and win.height() < room.height()
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


def test_a_selected_passage_says_what_the_keys_do(qtbot: object, ctx: object) -> None:
    from ws_helpers import answer_prompts, select_phrase, show_active

    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    show_active(qtbot, win, 1366, 740)
    answer_prompts(win, note="The report is anonymous, so I cannot check it")
    view = win.panes[0].view
    select_phrase(win.panes[0], "missile program has been connected to a black-market factory")
    qtbot.keyClick(view, Qt.Key.Key_2)  # type: ignore[attr-defined]
    qtbot.keyClick(view, Qt.Key.Key_N)  # type: ignore[attr-defined]
    message = win.statusBar().currentMessage()
    assert message.startswith("Evidence: “missile program has been …”")
    assert "(note: The report is anony…)" in message
    assert "N note · L link · Del delete · drag the dots or Alt+arrows to adjust" in message
    width = win.statusBar().fontMetrics().horizontalAdvance(message)
    assert width + win.status_counts.sizeHint().width() < 1366
    win.close()


def test_the_quote_is_the_widest_column_of_the_annotation_list_at_1366(
    qtbot: object, ctx: object
) -> None:
    from ws_helpers import answer_prompts, select_phrase, show_active

    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    show_active(qtbot, win, 1366, 728)
    answer_prompts(win)
    select_phrase(win.panes[0], "black-market factory")
    qtbot.keyClick(win.panes[0].view, Qt.Key.Key_3)  # type: ignore[attr-defined]
    dock = win.panels.annotations
    win.resizeDocks([dock], [410], Qt.Orientation.Horizontal)  # its first width at 1366
    qtbot.waitUntil(lambda: dock.width() == 410)  # type: ignore[attr-defined]
    header = dock.table.horizontalHeader()
    widths = [header.sectionSize(column) for column in range(header.count())]
    assert widths[2] == max(widths) and widths[2] >= 120, widths
    win.close()
