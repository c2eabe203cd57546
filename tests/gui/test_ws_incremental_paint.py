"""After a key press only the changed lines repaint, and the screen shows what a full repaint
would: adding, re-tagging, moving and deleting among overlapping annotations.

"The screen" is the window's backing store as last painted (``QScreen.grabWindow`` on the
offscreen platform returns it), which holds only what Qt actually repainted, much of it
copied from the layer's cache of what it drew before; ``grab()`` with that cache set aside
repaints the whole viewport from scratch. The two must be the same pixels after each change.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPaintEvent, QPalette, QRegion
from PySide6.QtWidgets import QApplication
from ws_helpers import answer_prompts, mine, select_text, show_active

from annotator.core.selection import snap_selection
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.gui.workspace.article_pane import ArticlePane
from annotator.services.sample import SAMPLE_EXERCISE_ID


class PaintedRegions(QObject):
    """Records the region of every paint event the viewport gets."""

    def __init__(self) -> None:
        super().__init__()
        self.regions: list[QRegion] = []

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            assert isinstance(event, QPaintEvent)
            self.regions.append(QRegion(event.region()))
        return False


@pytest.fixture
def window(qtbot: object, ctx: object) -> Iterator[MainWindow]:
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    show_active(qtbot, win)
    yield win
    win.close()


def on_screen(window: MainWindow, pane: ArticlePane) -> QImage:
    viewport = pane.view.viewport()
    top = viewport.mapTo(window, QPoint(0, 0))
    shot = window.screen().grabWindow(window.winId(), top.x(), top.y(), viewport.width(),
                                      viewport.height())
    return shot.toImage()


def full_repaint(pane: ArticlePane, like: QImage) -> QImage:
    """The viewport painted from scratch: the layer's cache of what it drew is set aside
    (and kept as it was for the next change)."""
    with pane.layer.cache.set_aside():
        shot = pane.view.viewport().grab()
    return shot.toImage().convertToFormat(like.format())


def same_as_afresh(layer: object) -> None:
    """The snapshot the layer worked out from the last one and the changed annotations
    only holds the looks a snapshot made afresh holds (it may also keep annotations on
    lines further above, after a deep one went: they are drawn only where they reach)."""
    kept = layer._painted  # type: ignore[attr-defined]
    if kept is None:
        return
    fresh = layer._snapshot()  # type: ignore[attr-defined]
    assert kept.geometry == fresh.geometry
    for key, look in fresh.looks.items():
        assert kept.looks.get(key) == look, "a look differs from a snapshot made afresh"
    for key in kept.looks.keys() - fresh.looks.keys():
        assert key in layer.annotations  # type: ignore[attr-defined]
        assert layer.index.span(key)[1] <= fresh.span[0]  # type: ignore[attr-defined]


def key_of(shortcut: str) -> Qt.Key:
    return Qt.Key(ord(shortcut.upper()))


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def stayed_put(layer: object, before: dict[object, int], changed: object) -> None:
    """Only the changed annotation and the ones nested in it got other layers; overlapping
    annotations still have different layers."""
    after = layer.layering.of  # type: ignore[attr-defined]
    start, end = layer.index.span(changed)  # type: ignore[attr-defined]
    for key, old in before.items():
        if key != changed and key in after and after[key] != old:
            s, e = layer.index.span(key)  # type: ignore[attr-defined]
            assert start <= s and e <= end, "a layer moved outside the changed annotation"
    for key, mine_ in after.items():
        s, e = layer.index.span(key)  # type: ignore[attr-defined]
        for other, _, _ in layer.index.overlapping(s, e):  # type: ignore[attr-defined]
            assert other == key or after.get(other) != mine_, "overlapping on one layer"


def test_changes_repaint_only_their_lines_and_match_a_full_repaint(
    window: MainWindow, qtbot: object, screenshot
) -> None:
    answer_prompts(window)
    pane = window.panes[0]
    pane.view.setCursorWidth(0)  # no blinking caret between the two pictures
    text = pane.article.text
    layer = pane.layer
    first, last = layer.visible_range()
    lo, hi = layer.offsets.to_codepoints(first), layer.offsets.to_codepoints(last - 1)
    rng = random.Random(3)
    tags = window.exercise.tags  # type: ignore[union-attr]
    spans = []
    while len(spans) < 40:
        start = rng.randrange(lo, hi - 60)
        span = snap_selection(text, start, start + rng.randint(5, 60))
        if span is not None:
            spans.append(span)
    me = window.annotator_id
    if me is None:
        select_text(pane, *spans[0])
        qtbot.keyClick(pane.view, Qt.Key.Key_1)  # type: ignore[attr-defined]
        me = window.annotator_id
    for n, (s, e) in enumerate(spans[1:]):
        window.ctx.annotations.add(pane.article.id, me, s, e, tags[n % len(tags)].id)
    window.actions_pane.select(None)
    settle()
    assert len(layer.annotations) == len(spans)
    assert max(layer._snapshot().layers.values()) >= 2  # really layered

    painted = PaintedRegions()
    pane.view.viewport().installEventFilter(painted)
    whole = pane.view.viewport().rect()

    def check(what: str) -> None:
        settle()
        region = QRegion()
        for r in painted.regions:
            region += r
        assert not region.isEmpty(), f"{what}: nothing was repainted"
        assert region.boundingRect() != whole, f"{what}: the whole viewport was repainted"
        screen = on_screen(window, pane)
        assert screen == full_repaint(pane, screen), f"{what}: screen differs from a repaint"
        same_as_afresh(layer)
        settle()
        painted.regions.clear()

    # add one among the others, with the keys a student uses
    s, e = spans[5]
    e = text.index(" ", e + 1)  # a word further than an existing one: a new span
    select_text(pane, s, e)
    settle()
    painted.regions.clear()
    before = dict(layer.layering.of)
    qtbot.keyClick(pane.view, key_of(tags[1].shortcut))  # type: ignore[attr-defined]
    check("add")
    assert window.actions_pane.selected is not None  # the new annotation
    added = layer.annotations[window.actions_pane.selected[1]]
    stayed_put(layer, before, added.id)
    assert added.id in {a.id for a in mine(window)} and added.tag_id == tags[1].id
    # re-tag it
    qtbot.keyClick(pane.view, key_of(tags[2].shortcut))  # type: ignore[attr-defined]
    check("re-tag")
    assert layer.annotations[added.id].tag_id == tags[2].id
    # move its end one word later, then its start one word later
    before = dict(layer.layering.of)
    qtbot.keyClick(pane.view, Qt.Key.Key_Right,  # type: ignore[attr-defined]
                   Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    check("move end")
    stayed_put(layer, before, added.id)
    qtbot.keyClick(pane.view, Qt.Key.Key_Right,  # type: ignore[attr-defined]
                   Qt.KeyboardModifier.AltModifier)
    check("move start")
    moved = layer.annotations[added.id]
    assert (moved.start, moved.end) != (added.start, added.end)
    # select another one (outline and handles move) and delete it
    other = sorted(layer.annotations.values(), key=lambda a: a.start)[3]
    window.actions_pane.select(other.id)
    check("select another")
    qtbot.keyClick(pane.view, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    check("delete")
    assert other.id not in layer.annotations
    assert other.id not in {a.id for a in mine(window)}
    # and undo brings it back, painted in its place
    window.undo_stack.undo()
    check("undo delete")
    assert other.id in layer.annotations
    screenshot(pane, "ws-incremental-paint")

    # The painting draws only what reaches the rectangles of the repainted region: a
    # scroll repaints only the strip that comes into view (Qt moves the rest), and after a
    # scroll, a resize, a zoom and a dark palette a key press still matches a full repaint.
    # A full repaint also draws the deep underlines of the lines just above the view that
    # reach into it (a strip scrolled in from above showed them, a repaint did not).
    def same(what: str) -> None:
        settle()
        screen = on_screen(window, pane)
        assert screen == full_repaint(pane, screen), f"{what}: screen differs from a repaint"
        painted.regions.clear()

    window.actions_pane.select(added.id)
    same("select the added one")
    bar = pane.view.verticalScrollBar()
    for step in (7, 23, -11):
        bar.setValue(bar.value() + step)
        same(f"scrolled by {step} pixels")
    qtbot.keyClick(pane.view, key_of(tags[0].shortcut))  # type: ignore[attr-defined]
    check("re-tag after scrolling")
    window.resize(window.width() - 90, window.height() - 40)
    same("resized")
    qtbot.keyClick(pane.view, key_of(tags[1].shortcut))  # type: ignore[attr-defined]
    check("re-tag after resizing")
    window.set_zoom(window.zoom + 1)
    same("zoomed in")
    layer.scroll_to(added.id)
    window.actions_pane.select(added.id)
    pane.view.setFocus()
    same("scrolled back to it")
    assert window.actions_pane.selected is not None
    qtbot.keyClick(pane.view, Qt.Key.Key_Right,  # type: ignore[attr-defined]
                   Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    check("move end after zooming")
    light = QApplication.palette()
    dark = QPalette(light)
    for role, colour in ((QPalette.ColorRole.Base, QColor("#1e1e1e")),
                         (QPalette.ColorRole.Window, QColor("#2b2b2b")),
                         (QPalette.ColorRole.Text, QColor("#eeeeee")),
                         (QPalette.ColorRole.WindowText, QColor("#eeeeee"))):
        dark.setColor(role, colour)
    QApplication.setPalette(dark)
    try:
        same("dark palette")
        qtbot.keyClick(pane.view, key_of(tags[2].shortcut))  # type: ignore[attr-defined]
        check("re-tag in the dark palette")
        qtbot.keyClick(pane.view, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
        check("delete in the dark palette")
    finally:
        QApplication.setPalette(light)
        window.set_zoom(0)


def test_right_to_left_changes_match_a_full_repaint(qtbot: object, ctx: object) -> None:
    """Right-to-left lines: adding, re-tagging, moving and deleting repaint only their boxes
    and match a full repaint (the layer once took the right end of a line for its end, and
    left the annotations of a right-to-left line out of a partial repaint)."""
    from test_rtl_articles import ARABIC, _add_articles

    _add_articles(ctx)
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    show_active(qtbot, win, 1800, 900)
    answer_prompts(win)
    try:
        for text in (ARABIC,):
            pane = next(p for p in win.panes if p.article.text == text)
            pane.view.setCursorWidth(0)
            tags = win.exercise.tags  # type: ignore[union-attr]
            me = win.annotator_id
            words = [i for i, ch in enumerate(text) if ch == " "]
            for n in range(0, len(words) - 3, 2):  # overlapping spans two words long
                s, e = words[n] + 1, words[n + 2]
                if me is None:
                    select_text(pane, s, e)
                    qtbot.keyClick(pane.view, Qt.Key.Key_1)  # type: ignore[attr-defined]
                    me = win.annotator_id
                else:
                    win.ctx.annotations.add(pane.article.id, me, s, e, tags[n % 3].id)
            win.actions_pane.select(None)
            settle()
            painted = PaintedRegions()
            pane.view.viewport().installEventFilter(painted)

            def check(what: str, pane: ArticlePane = pane,
                      painted: PaintedRegions = painted) -> None:
                settle()
                assert painted.regions, f"{what}: nothing was repainted"
                screen = on_screen(win, pane)
                assert screen == full_repaint(pane, screen), f"{what}: {pane.article.title}"
                painted.regions.clear()

            screen = on_screen(win, pane)
            assert screen == full_repaint(pane, screen), f"before: {pane.article.title}"
            start = words[3] + 1
            select_text(pane, start, text.index(" ", start + 6))
            settle()
            painted.regions.clear()
            qtbot.keyClick(pane.view, key_of(tags[1].shortcut))  # type: ignore[attr-defined]
            check("add")
            qtbot.keyClick(pane.view, key_of(tags[2].shortcut))  # type: ignore[attr-defined]
            check("re-tag")
            qtbot.keyClick(pane.view, Qt.Key.Key_Right,  # type: ignore[attr-defined]
                           Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
            check("move end")
            qtbot.keyClick(pane.view, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
            check("delete")
    finally:
        win.close()
