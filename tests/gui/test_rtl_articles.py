"""Right-to-left articles (Arabic, Hebrew) and mixed-direction text in the reading panes.

A student selects with the keyboard as in any other article; what is stored is the exact
text and code-point offsets into the article, whatever the direction on screen.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from ws_helpers import answer_prompts, mine, show_active

from annotator.core.text import fingerprint
from annotator.gui import i18n
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.gui.workspace.article_pane import ArticlePane
from annotator.services.sample import SAMPLE_EXERCISE_ID
from annotator.storage import models as m

# Real news-style text. The Arabic one opens with a flag (two astral characters: Qt counts
# four UTF-16 units for them) so that code points and Qt positions differ.
ARABIC = ("🇪🇬 القاهرة: أعلنت وزارة الصحة المصرية اليوم عن حملة تطعيم جديدة في جميع "
          "المدارس الحكومية، وقالت إن الحملة ستبدأ الأسبوع المقبل.\n\n"
          "وأضاف المتحدث باسم الوزارة أن اللقاحات وصلت من الخارج.")
HEBREW = ("ירושלים: משרד הבריאות הודיע היום על מבצע חיסונים חדש בכל בתי הספר. "
          "לדברי המשרד, המבצע יתחיל בשבוע הבא.")
# Arabic with an English name and numbers inside: the bidi algorithm shows "NASA" and
# "2024" left to right within the right-to-left line.
MIXED = "قالت وكالة NASA في تقرير عام 2024 إن المهمة ستنطلق قريبا."


def _add_articles(ctx: object) -> None:
    with ctx.db.session() as s:  # type: ignore[attr-defined]
        exercise = s.get(m.Exercise, SAMPLE_EXERCISE_ID)
        for position, (title, text, language) in enumerate(
                [("خبر الصحة", ARABIC, "ar"), ("חדשות", HEBREW, ""), ("مختلط", MIXED, "ar")],
                start=2):
            exercise.articles.append(m.Article(title=title, text=text, language=language,
                                               sha256=fingerprint(text), position=position))


@pytest.fixture
def window(qtbot: object, ctx: object) -> Iterator[MainWindow]:
    _add_articles(ctx)
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    show_active(qtbot, win, 1800, 900)
    answer_prompts(win)
    yield win
    win.close()


def _pane(window: MainWindow, text: str) -> ArticlePane:
    return next(p for p in window.panes if p.article.text == text)


def _char_centre(pane: ArticlePane, position16: int) -> QPointF:
    """Where Qt drew the character at UTF-16 ``position16`` (its glyph's pen position and
    advance), in viewport coordinates."""
    view = pane.view
    block = view.document().findBlock(position16)
    layout = block.layout()
    local = position16 - block.position()
    line = layout.lineForTextPosition(local)
    [run, *_] = layout.glyphRuns(local, 1)
    [position, *_] = run.positions()
    [advance, *_] = run.rawFont().advancesForGlyphIndexes(run.glyphIndexes()[:1])
    origin = layout.position()
    return QPointF(origin.x() + position.x() + advance.x() / 2
                   - view.horizontalScrollBar().value(),
                   origin.y() + line.y() + line.height() / 2
                   - view.verticalScrollBar().value())


def _press(qtbot: object, pane: ArticlePane, key: Qt.Key,
           modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, times: int = 1
           ) -> None:
    for _ in range(times):
        qtbot.keyClick(pane.view, key, modifier)  # type: ignore[attr-defined]


def test_rtl_articles_run_right_to_left_and_latin_ones_left_to_right(
    window: MainWindow,
) -> None:
    arabic, hebrew, english = _pane(window, ARABIC), _pane(window, HEBREW), window.panes[0]
    for pane in (arabic, hebrew):  # Hebrew has no language set: its script decides
        assert pane.view.direction == "rtl"
        assert pane.view.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert pane.header.layoutDirection() == Qt.LayoutDirection.RightToLeft
        block = pane.view.document().firstBlock()
        assert block.textDirection() == Qt.LayoutDirection.RightToLeft
        # the first letter is drawn right of the tenth
        start16 = pane.layer.offsets.to_utf16(pane.article.text.index(":") + 2)
        assert _char_centre(pane, start16).x() > _char_centre(pane, start16 + 10).x()
    assert english.view.direction == "ltr"
    assert english.view.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # the text shown is the article's, unchanged
    assert arabic.view.document().toRawText().replace("\u2029", "\n") == ARABIC


def _caret_to(qtbot: object, pane: ArticlePane, word: str) -> None:
    """Ctrl+Home, then word by word with the arrow key that reads forward (Left in a
    right-to-left paragraph) until the caret stands before ``word``."""
    text = pane.article.text
    target = pane.layer.offsets.to_utf16(text.index(word))
    pane.view.setFocus()
    _press(qtbot, pane, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(60):
        if pane.view.textCursor().position() == target:
            return
        _press(qtbot, pane, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    raise AssertionError(f"the caret never reached {word!r}")


def test_arabic_words_selected_with_the_keyboard_are_stored_as_exact_code_points(
    window: MainWindow, qtbot: object
) -> None:
    pane = _pane(window, ARABIC)
    _caret_to(qtbot, pane, "وزارة الصحة")
    # two words further along the line, read right to left: Ctrl+Shift+Left twice
    _press(qtbot, pane, Qt.Key.Key_Left,
           Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, times=2)
    assert pane.view.textCursor().selectedText().strip() == "وزارة الصحة"
    _press(qtbot, pane, Qt.Key.Key_1)
    [row] = mine(window)
    start = ARABIC.index("وزارة الصحة")
    assert (row.start, row.end) == (start, start + len("وزارة الصحة"))
    assert row.exact == "وزارة الصحة" == ARABIC[row.start:row.end]
    assert row.prefix.endswith("القاهرة: أعلنت ")
    # Qt counted the flag as four units; the stored offsets count it as two code points
    assert pane.layer.offsets.to_utf16(row.start) == row.start + 2
    # the highlight covers exactly the selected letters on screen
    shown = {s.annotation_id: s for s in pane.layer.shown()}[row.id]
    inside = [_char_centre(pane, pane.layer.offsets.to_utf16(i))
              for i in range(row.start, row.end) if not ARABIC[i].isspace()]
    outside = [_char_centre(pane, pane.layer.offsets.to_utf16(i))
               for i in (row.start - 2, row.end + 1)]
    assert all(any(r.contains(p) for r in shown.rects) for p in inside)
    assert not any(r.contains(p) for p in outside for r in shown.rects)
    # the drag handles sit where the span begins and ends when read: start on the right
    [box] = shown.rects
    middle = int(box.center().y())
    assert pane.layer.edge_at(QPoint(int(box.right()) + 1, middle)) == "start"
    assert pane.layer.edge_at(QPoint(int(box.left()) - 1, middle)) == "end"


def test_hebrew_letters_selected_one_by_one_and_tagged_exactly(
    window: MainWindow, qtbot: object
) -> None:
    pane = _pane(window, HEBREW)
    _caret_to(qtbot, pane, "מבצע")
    _press(qtbot, pane, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier, times=6)
    # Alt+2: tag exactly as selected (no snapping to whole words)
    _press(qtbot, pane, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    [row] = mine(window)
    start = HEBREW.index("מבצע")
    assert (row.start, row.end) == (start, start + 6)
    assert row.exact == "מבצע ח" == HEBREW[row.start:row.end]
    assert window.exercise.tag(row.tag_id).key == "evidence"


def test_mixed_direction_highlight_covers_the_arabic_and_the_latin_run(
    window: MainWindow, qtbot: object, screenshot: object
) -> None:
    pane = _pane(window, MIXED)
    _caret_to(qtbot, pane, "وكالة")
    _press(qtbot, pane, Qt.Key.Key_Left,
           Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, times=3)
    _press(qtbot, pane, Qt.Key.Key_3)
    [row] = mine(window)
    assert row.exact == "وكالة NASA في" == MIXED[row.start:row.end]
    assert row.start == MIXED.index("وكالة")
    shown = {s.annotation_id: s for s in pane.layer.shown()}[row.id]
    offsets = pane.layer.offsets
    for i, ch in enumerate(MIXED):
        if ch.isspace():
            continue
        centre = _char_centre(pane, offsets.to_utf16(i))
        covered = any(r.contains(centre) for r in shown.rects)
        assert covered == (row.start <= i < row.end), (i, ch)
    screenshot(window, "rtl-mixed-direction-highlight")


def test_rtl_annotations_export_their_exact_text_and_code_point_offsets(
    window: MainWindow, qtbot: object, tmp_path: Path
) -> None:
    from annotator.services.handin_export import export_handin

    pane = _pane(window, ARABIC)
    _caret_to(qtbot, pane, "حملة تطعيم")
    _press(qtbot, pane, Qt.Key.Key_Left,
           Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, times=2)
    _press(qtbot, pane, Qt.Key.Key_1)
    [row] = mine(window)
    target = tmp_path / "work.jsonld"
    export_handin(window.ctx.db, window.exercise.id, window.annotator_id, target, "w3c")
    data = json.loads(target.read_text(encoding="utf-8"))
    items = data.get("first", {}).get("items") or data.get("items") or data.get("@graph")
    [annotation] = [a for a in items if "حملة" in json.dumps(a, ensure_ascii=False)]
    selectors = annotation["target"]["selector"]
    quote = next(s for s in selectors if s["type"] == "TextQuoteSelector")
    position = next(s for s in selectors if s["type"] == "TextPositionSelector")
    assert quote["exact"] == "حملة تطعيم" == ARABIC[position["start"]:position["end"]]
    assert (position["start"], position["end"]) == (row.start, row.end)


def test_an_arabic_article_in_the_window(
    qtbot: object, ctx: object, screenshot: object
) -> None:
    """Evidence: an exercise of Arabic articles, one passage tagged from the keyboard."""
    from annotator.services.sample import DEFAULT_TAG_SET_ID

    with ctx.db.session() as s:  # type: ignore[attr-defined]
        exercise = m.Exercise(title="الصحة والتطعيم", instructions="اقرأ الخبرين وصنّف كل فقرة.",
                              tag_set_id=DEFAULT_TAG_SET_ID)
        for position, (title, text) in enumerate([("خبر الصحة", ARABIC), ("مختلط", MIXED)]):
            exercise.articles.append(m.Article(title=title, text=text, language="ar",
                                               sha256=fingerprint(text), position=position))
        s.add(exercise)
        s.flush()
        exercise_id = exercise.id
    win = MainWindow(ctx, Settings(), exercise_id)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    show_active(qtbot, win, 1400, 800)
    answer_prompts(win)
    pane = win.panes[0]
    _caret_to(qtbot, pane, "وزارة الصحة")
    _press(qtbot, pane, Qt.Key.Key_Left,
           Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, times=2)
    _press(qtbot, pane, Qt.Key.Key_1)
    [row] = mine(win)
    assert row.exact == "وزارة الصحة"
    assert all(p.view.direction == "rtl" for p in win.panes)
    path = screenshot(win, "main-window-arabic-article")
    assert path.exists()
    win.close()


def test_the_whole_ui_mirrors_under_an_arabic_locale(
    qapp: object, qtbot: object, ctx: object, screenshot: object
) -> None:
    i18n.install(qapp, "", QLocale("ar_EG"))  # type: ignore[arg-type]
    try:
        win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
        qtbot.addWidget(win)  # type: ignore[attr-defined]
        show_active(qtbot, win, 1200, 800)
        assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft
        bar = win.menuBar()
        file_menu, edit_menu = bar.actions()[0], bar.actions()[1]
        # the first menu sits at the right edge, the next one left of it
        assert bar.actionGeometry(file_menu).x() > bar.actionGeometry(edit_menu).x()
        assert bar.actionGeometry(file_menu).right() > bar.width() // 2
        # English articles still read left to right inside the mirrored window
        assert win.panes[0].view.direction == "ltr"
        screenshot(win, "main-window-rtl-locale")
        win.close()
    finally:
        i18n.install(qapp, "en")  # type: ignore[arg-type]


def test_a_span_starting_inside_a_latin_run_is_highlighted_in_two_pieces(
    window: MainWindow, qtbot: object
) -> None:
    """"SA في": the end of "NASA" and the Arabic word after it. On screen they are not
    side by side ("NA" lies between them), so the highlight must not cover "NA"."""
    from ws_helpers import select_text

    pane = _pane(window, MIXED)
    start = MIXED.index("NASA") + 2
    select_text(pane, start, start + len("SA في"))
    _press(qtbot, pane, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    [row] = mine(window)
    assert row.exact == "SA في" == MIXED[row.start:row.end]
    shown = {s.annotation_id: s for s in pane.layer.shown()}[row.id]
    offsets = pane.layer.offsets
    for i, ch in enumerate(MIXED):
        if ch.isspace():
            continue
        centre = _char_centre(pane, offsets.to_utf16(i))
        covered = any(r.contains(centre) for r in shown.rects)
        assert covered == (row.start <= i < row.end), (i, ch)


def test_the_class_overlay_measures_a_mixed_direction_line_as_the_panes_do(
        qtbot: object) -> None:
    """On a line mixing Arabic with "NASA", a stretch of the class overlay that shows as two
    pieces on screen is painted as those two pieces, exactly where a student's pane puts its
    highlight boxes (one measure, gui/workspace/line_boxes.py), not as one box over both."""
    from annotator.gui.review.overlay_view import OverlayView
    from annotator.gui.workspace.line_boxes import LineBoxes

    view = OverlayView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.resize(700, 300)
    view.set_article_text(MIXED)
    view.show()
    qtbot.waitExposed(view)  # type: ignore[attr-defined]
    boxes = LineBoxes(view)
    start = MIXED.index("NASA") + 2  # "SA في": "NA" shows between its two pieces
    end = MIXED.index("في") + len("في")
    top, bottom = 0.0, float(view.viewport().height())
    painted = view._range_rects(start, end, top, bottom)
    assert [r.getRect() for r in painted] == [r.getRect() for r in boxes.rects(start, end)]
    assert len(painted) == 2
