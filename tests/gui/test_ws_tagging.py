"""A student selects passages and tags them with keys, the tag bar and the right-click menu."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from ws_helpers import (
    answer_prompts,
    mine,
    point_of,
    select_phrase,
    select_text,
    show_active,
)

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.annotators import get_annotator
from annotator.services.sample import SAMPLE_EXERCISE_ID


@pytest.fixture
def window(qtbot: object, ctx: object) -> Iterator[MainWindow]:
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    show_active(qtbot, win)
    yield win
    win.close()


def test_first_tag_asks_for_the_name_then_key_1_stores_a_snapped_claim(
    window: MainWindow, qtbot: object
) -> None:
    asked = answer_prompts(window, name="  Ada   Lovelace ")
    left = window.panes[0]
    text = left.article.text
    i = text.index("black-market factory")
    select_text(left, i - 1, i + 9)  # the space before, and only part of the last word
    qtbot.keyClick(left.view, Qt.Key.Key_1)  # type: ignore[attr-defined]
    assert asked["name"] == [""]
    person = get_annotator(window.ctx.db, window.annotator_id)
    assert person is not None and person.display_name == "Ada Lovelace"
    [row] = mine(window)
    assert row.exact == "black-market"
    assert window.exercise.tag(row.tag_id).label == "Claim"
    # the pane shows it: a claim-coloured fill with the claim's underline style
    shown = {s.annotation_id: s for s in left.layer.shown()}
    assert shown[row.id].underline == "solid" and shown[row.id].rects
    assert left.layer.selected == row.id
    # the second tagging does not ask again
    select_phrase(left, "black-market factory")
    qtbot.keyClick(left.view, Qt.Key.Key_2)  # type: ignore[attr-defined]
    assert len(asked["name"]) == 1
    assert sorted(r.exact for r in mine(window)) == ["black-market", "black-market factory"]


def test_shift_arrows_select_and_alt_keeps_the_exact_selection(
    window: MainWindow, qtbot: object
) -> None:
    answer_prompts(window)
    right = window.panes[1]
    text = right.article.text
    start = text.index("Kim Jong-un")
    cursor = right.view.textCursor()
    cursor.setPosition(start)
    right.view.setTextCursor(cursor)
    right.view.setFocus()
    for _ in range(5):  # "Kim J"
        qtbot.keyClick(right.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert right.view.textCursor().selectedText() == "Kim J"
    qtbot.keyClick(right.view, Qt.Key.Key_3)  # type: ignore[attr-defined]
    [row] = mine(window)
    assert row.exact == "Kim Jong-un"
    assert window.exercise.tag(row.tag_id).label == "Speculation"
    # with the Alt flag (a selection dragged with Alt held) nothing is snapped
    select_text(right, start, start + 5)
    right.view.exact_selection = True
    window.actions_pane.tag_actions[window.exercise.tags[3].id].trigger()
    assert sorted(r.exact for r in mine(window)) == ["Kim J", "Kim Jong-un"]
    # Alt+key tags exactly as selected too (for keyboards and window managers that take
    # Alt-drags for themselves)
    select_text(right, start + 4, start + 7)
    qtbot.keyClick(right.view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # type: ignore
    assert sorted(r.exact for r in mine(window)) == ["Jon", "Kim J", "Kim Jong-un"]


def test_tag_bar_buttons_show_counts_and_definitions(window: MainWindow, qtbot: object) -> None:
    answer_prompts(window)
    left = window.panes[0]
    evidence = window.exercise.tags[1]
    action = window.actions_pane.tag_actions[evidence.id]
    button = window.tag_bar.widgetForAction(action)
    assert button.text() == "Evidence  0"
    assert "Something given to back up a claim" in action.toolTip()
    assert "key 2" in action.toolTip()
    select_phrase(left, "black-market factory")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert [r.exact for r in mine(window)] == ["black-market factory"]
    assert button.text() == "Evidence  1"
    assert "Evidence 1" in window.status_counts.counts_label.text()
    assert "Saved" in window.status_counts.saved_label.text()


def test_counts_that_need_more_room_get_it_and_the_bar_keeps_its_place(
    window: MainWindow, qtbot: object, screenshot: object
) -> None:
    """The tag buttons and the status bar's counts hold their size while a count changes
    (gui/steady_size.py), and grow when it needs another digit: never cut off."""
    answer_prompts(window)
    pane = window.panes[0]
    claim = window.exercise.tags[0]
    button = window.tag_bar.widgetForAction(window.actions_pane.tag_actions[claim.id])
    label = window.status_counts.counts_label
    words = [m for m in pane.view.toPlainText().split() if m.isalpha() and len(m) > 3]
    tagged: set[str] = set()
    for word in words:
        if word in tagged:
            continue
        select_phrase(pane, word)
        qtbot.keyClick(pane.view, Qt.Key.Key_1)  # type: ignore[attr-defined]
        tagged.add(word)
        if len(tagged) == 9:
            nine = (button.width(), window.tag_bar.geometry(), label.width())
        if len(tagged) == 10:
            break
    qtbot.wait(10)  # type: ignore[attr-defined]
    assert button.text() == "Claim  10" and "Claim 10" in label.text()
    for widget in (button, label):  # the new text fits: the size followed it
        assert widget.size() == widget.sizeHint()
        assert widget.fontMetrics().horizontalAdvance(widget.text()) < widget.width()
    assert button.width() > nine[0] and label.width() > nine[2]
    assert window.tag_bar.geometry().top() == nine[1].top()
    for tag in window.exercise.tags:  # every button, counted or not, shows its whole text
        shown = window.tag_bar.widgetForAction(window.actions_pane.tag_actions[tag.id])
        assert shown.width() >= shown.sizeHint().width(), tag.label
    screenshot(window, "tag-counts-ten")  # type: ignore[operator]


def test_right_click_menu_tags_the_selection(window: MainWindow) -> None:
    answer_prompts(window)
    left = window.panes[0]
    select_phrase(left, "black-market factory")
    menu = window.actions_pane.context_menu(left, point_of(left, 0))
    labels = [a.text() for a in menu.actions()]
    assert "Opinion" in labels and "Claim" in labels
    next(a for a in menu.actions() if a.text() == "Opinion").trigger()
    [row] = mine(window)
    assert window.exercise.tag(row.tag_id).label == "Opinion"


def test_a_span_after_an_emoji_keeps_its_exact_quote(qtbot: object, ctx: object) -> None:
    from annotator.core.text import fingerprint
    from annotator.storage import models as m

    text = "Fans 😀🎉 cheered: the café e\u0301tait plein 👩‍💻 and the claim is bold."
    with ctx.db.session() as s:  # type: ignore[attr-defined]
        ex = s.get(m.Exercise, SAMPLE_EXERCISE_ID)
        ex.articles.append(m.Article(title="Emoji", text=text, sha256=fingerprint(text),
                                     position=2))
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    show_active(qtbot, win)
    answer_prompts(win)
    pane = win.panes[2]
    # select "claim is" through Qt's own UTF-16 positions, as the mouse would: four
    # astral characters come before it, so Qt counts four more units than Python does
    plain = pane.view.toPlainText()
    i16 = len(plain[: plain.index("claim is")].encode("utf-16-le")) // 2
    assert i16 == text.index("claim is") + 4
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(i16)
    cursor.setPosition(i16 + len("claim is"), QTextCursor.MoveMode.KeepAnchor)
    pane.view.setTextCursor(cursor)
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_1)  # type: ignore[attr-defined]
    select_phrase(pane, "e\u0301tait")
    qtbot.keyClick(pane.view, Qt.Key.Key_4)  # type: ignore[attr-defined]
    rows = {r.exact: r for r in mine(win)}
    assert set(rows) == {"claim is", "e\u0301tait"}
    claim = rows["claim is"]
    assert text[claim.start:claim.end] == "claim is"
    assert claim.prefix.endswith("and the ")
    win.close()
