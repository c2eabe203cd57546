"""Overlapping and nested annotations stay visible as layers; clicking picks one of them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from ws_helpers import answer_prompts, mine, point_of, select_phrase, show_active

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.sample import SAMPLE_EXERCISE_ID

OUTER = "connected to a black-market factory that once produced"
INNER = "black-market factory"


@pytest.fixture
def window(qtbot: object, ctx: object) -> Iterator[MainWindow]:
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    show_active(qtbot, win)
    yield win
    win.close()


def tag_phrase(window: MainWindow, qtbot: object, pane_index: int, phrase: str,
               key: Qt.Key) -> None:
    pane = window.panes[pane_index]
    select_phrase(pane, phrase)
    qtbot.keyClick(pane.view, key)  # type: ignore[attr-defined]


def ink(window: MainWindow, pane_index: int, position: int) -> str:
    """The colour painted behind a word: the commonest colour across its box."""
    pane = window.panes[pane_index]
    image = pane.view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    p16 = pane.layer.offsets.to_utf16(position)
    box = pane.layer.rects(p16, p16 + 3)[0]
    y = int(box.center().y() * ratio)
    seen = Counter(
        image.pixel(x, y) for x in range(int(box.left() * ratio), int(box.right() * ratio))
    )
    return QColor.fromRgb(seen.most_common(1)[0][0]).name()


def test_nested_annotations_are_layers_with_distinct_cues(
    window: MainWindow, qtbot: object, screenshot
) -> None:
    answer_prompts(window)
    left = window.panes[0]
    text = left.article.text
    if OUTER not in text:
        pytest.skip("sample text changed")
    base = ink(window, 0, text.index(OUTER))
    tag_phrase(window, qtbot, 0, OUTER, Qt.Key.Key_1)
    tag_phrase(window, qtbot, 0, INNER, Qt.Key.Key_2)
    tag_phrase(window, qtbot, 0, "factory", Qt.Key.Key_3)
    window.actions_pane.select(None)
    rows = {r.exact: r for r in mine(window)}
    assert set(rows) == {OUTER, INNER, "factory"}
    shown = {s.annotation_id: s for s in left.layer.shown()}
    layers = [shown[rows[p].id].layer for p in (OUTER, INNER, "factory")]
    assert layers == [0, 1, 2]
    styles = {shown[r.id].underline for r in rows.values()}
    assert styles == {"solid", "dashed", "dotted"}
    # each nested passage shows its own tag's colour over its parent, never a mix
    only_outer = ink(window, 0, text.index(OUTER))
    two = ink(window, 0, text.index(INNER) + 1)
    three = ink(window, 0, text.index("factory", text.index(INNER)) + 2)
    fills = [shown[rows[p].id].fill.name() for p in (OUTER, INNER, "factory")]
    assert [only_outer, two, three] == fills and len({base, *fills}) == 4
    # a note on the claim shows as a dot at its end and in the hover tooltip
    answer_prompts(window, note="Traced how? The report is not named.")
    window.actions_pane.select(rows[OUTER].id)
    qtbot.keyClick(left.view, Qt.Key.Key_N)  # type: ignore[attr-defined]
    window.actions_pane.select(rows["factory"].id)
    assert "Claim: Traced how?" in left.layer.describe_at(point_of(left, text.index(OUTER)))
    left.layer.scroll_to(rows[OUTER].id)
    screenshot(window, "workspace-overlapping-tags")


def test_click_on_several_layers_lets_the_student_pick(
    window: MainWindow, qtbot: object
) -> None:
    asked = answer_prompts(window, choose=1)
    left = window.panes[0]
    tag_phrase(window, qtbot, 0, OUTER, Qt.Key.Key_1)
    tag_phrase(window, qtbot, 0, INNER, Qt.Key.Key_4)
    rows = {r.exact: r for r in mine(window)}
    window.actions_pane.select(None)
    text = left.article.text
    qtbot.mouseClick(left.view.viewport(), Qt.MouseButton.LeftButton,  # type: ignore[attr-defined]
                     pos=point_of(left, text.index(INNER) + 3))
    title, options = asked["choose"][-1]
    assert "Several annotations" in title
    assert options[0].startswith("Claim: “connected to") and options[1].startswith("Opinion")
    assert left.layer.selected == rows[INNER].id
    # a click on a spot covered once selects directly; a click elsewhere deselects
    qtbot.mouseClick(left.view.viewport(), Qt.MouseButton.LeftButton,  # type: ignore[attr-defined]
                     pos=point_of(left, text.index(OUTER)))
    assert left.layer.selected == rows[OUTER].id
    assert len(asked["choose"]) == 1
    qtbot.mouseClick(left.view.viewport(), Qt.MouseButton.LeftButton,  # type: ignore[attr-defined]
                     pos=point_of(left, 2))
    assert left.layer.selected is None
