"""The review window on a generated class: overlay formats, toggling students, anonymising,
clicking a spot, contested passages, compare, scores, agreement and charts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtTest import QTest
from review_class import NAMES, PHRASE_A, PHRASE_B, PHRASE_C, PHRASE_D, build_class, middle

from annotator.core.scoring import DifferenceKind
from annotator.gui.review.overlay_view import OverlayView, overlay_alpha
from annotator.gui.review.window import ReviewWindow
from annotator.services.sample import SAMPLE_EXERCISE_ID

CLAIM, EVIDENCE, OPINION = "#c89411", "#2ce7d8", "#07401f"  # the default tags


@pytest.fixture
def klass(ctx: Any) -> dict[str, Any]:
    return build_class(ctx.db)


@pytest.fixture
def window(qtbot: Any, ctx: Any, klass: dict[str, Any]) -> Iterator[ReviewWindow]:
    win = ReviewWindow(ctx, SAMPLE_EXERCISE_ID)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def background(view: OverlayView, pos: int) -> QColor:
    colour = view.look_at(pos).background
    assert colour is not None, f"nothing painted at {pos}"
    return colour


def wavy(view: OverlayView, pos: int) -> bool:
    return view.look_at(pos).disputed


def click_at(view: OverlayView, pos: int) -> None:
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_utf16(pos))
    view.ensureCursorVisible()
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    rect = view.cursorRect(cursor)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(
        rect.x() + 3, rect.center().y()))


def test_overlay_paints_intensity_majority_and_dispute(
    window: ReviewWindow, klass: dict[str, Any], screenshot: Any
) -> None:
    view = window.overlay_tab.view
    c = middle(klass["where"][PHRASE_C])  # all eight, all evidence
    a = middle(klass["where"][PHRASE_A])  # seven: six claim, one evidence
    b = middle(klass["where"][PHRASE_B])  # six: four opinion, two claim
    assert background(view, c).name() == EVIDENCE
    assert background(view, c).alpha() == overlay_alpha(8, 8)
    assert not wavy(view, c)
    assert background(view, a).name() == CLAIM
    assert background(view, a).alpha() == overlay_alpha(7, 8)
    assert wavy(view, a)
    assert background(view, b).name() == OPINION
    assert background(view, b).alpha() == overlay_alpha(6, 8) < overlay_alpha(7, 8)
    assert any(s <= a < e for s, e in view.disputed_ranges())
    assert not any(s <= c < e for s, e in view.disputed_ranges())
    # a character nobody highlighted has no background at all
    free = int((view.overlay.coverage == 0).nonzero()[0][0])
    assert view.look_at(free).background is None
    hover = view.hover_text(a)
    assert "7 of 8 students" in hover and "Claim: 6" in hover and "Evidence: 1" in hover
    assert "different tags" in hover
    # the minimap shows colour at the top, where the disputed phrases are
    rows = window.overlay_tab.minimap.row_colours()
    assert rows and any(colour is not None for colour in rows[: len(rows) // 4])
    screenshot(window, "review-overlay")


def test_every_character_is_painted_as_its_run_says(window: ReviewWindow) -> None:
    """The colours and dispute marks are those a character format per run gave before:
    the majority tag's colour at the class's strength, made readable, for every character
    anyone highlighted; nothing elsewhere."""
    from PySide6.QtGui import QPalette

    from annotator.gui import theme

    view = window.overlay_tab.view
    overlay = view.overlay
    palette = view.palette()
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    for x in range(overlay.n_chars):
        look = view.look_at(x)
        coverage = int(overlay.coverage[x])
        assert look.disputed == bool(overlay.disagreement[x]), x
        if coverage == 0:
            assert look.background is None, x
            continue
        want = QColor(view.colours[overlay.tags[int(overlay.majority[x])]])
        want.setAlpha(theme.readable_alpha(want, overlay_alpha(coverage, 8), base, text))
        assert look.background is not None and look.background.rgba() == want.rgba(), x


def _box_colour(view: OverlayView, start: int, end: int) -> QColor:
    """The commonest pixel colour in the first line box of ``[start, end)`` on screen."""
    from collections import Counter

    a, b = view.offsets.to_utf16(start), view.offsets.to_utf16(end)
    top = float(view.verticalScrollBar().value())
    rect = view._range_rects(a, b, top, top + view.viewport().height())[0]
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    seen = Counter(image.pixelColor(int(x * ratio), int(y * ratio)).rgb()
                   for x in range(int(rect.left()) + 1, int(rect.right()) - 1, 2)
                   for y in range(int(rect.top()) + 1, int(rect.bottom()) - 1, 2))
    return QColor.fromRgb(seen.most_common(1)[0][0])


def test_the_overlay_is_on_the_screen(window: ReviewWindow, klass: dict[str, Any]) -> None:
    """What a person sees: the pixels behind a phrase the whole class marked are the tag's
    colour blended over the page; a disputed phrase carries its marks; unmarked text none."""
    from PySide6.QtGui import QPalette

    view = window.overlay_tab.view
    base = view.palette().color(QPalette.ColorRole.Base)
    start, end = klass["where"][PHRASE_C]
    view.scroll_to(start, end, flash=False)
    window.repaint()
    painted = view.look_at(middle((start, end))).background  # all eight students
    assert painted is not None
    share = painted.alphaF()
    want = [round(b + share * (c - b)) for c, b in (
        (painted.red(), base.red()), (painted.green(), base.green()),
        (painted.blue(), base.blue()))]
    seen = _box_colour(view, start, end)
    assert all(abs(s - w) <= 3 for s, w in zip(
        (seen.red(), seen.green(), seen.blue()), want, strict=True)), (seen.name(), want)
    free = int((view.overlay.coverage == 0).nonzero()[0][0])
    view.scroll_to(free, free + 1, flash=False)
    window.repaint()
    assert _box_colour(view, free, free + 1).rgb() == base.rgb()
    # a disputed phrase: the hatch and the wave darken some of its pixels
    a_start, a_end = klass["where"][PHRASE_A]
    view.scroll_to(a_start, a_end, flash=False)
    window.repaint()
    colour = view.look_at(a_start).background
    assert colour is not None and view.look_at(a_start).disputed


def test_switching_a_student_off_recomputes_the_overlay(
    window: ReviewWindow, klass: dict[str, Any]
) -> None:
    view = window.overlay_tab.view
    a = middle(klass["where"][PHRASE_A])
    model = window.students
    row = model.names().index("Finn")  # the only one who tagged phrase A as evidence
    assert model.setData(model.index(row), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert view.overlay.n_annotators == 7
    assert background(view, a).name() == CLAIM
    assert background(view, a).alpha() == overlay_alpha(6, 7)
    assert not wavy(view, a)
    assert "Finn" not in [window.compare_tab.other_box.itemText(i)
                          for i in range(window.compare_tab.other_box.count())]
    assert len(window.current().figures["agreement"]["pairwise"]["students"]) == 7
    assert "7 students shown" in window.key_label.text()
    model.setData(model.index(row), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert view.overlay.n_annotators == 8
    assert background(view, a).alpha() == overlay_alpha(7, 8)


def test_clicking_lists_the_students_there_and_anonymising_hides_names(
    window: ReviewWindow, klass: dict[str, Any], qtbot: Any
) -> None:
    view = window.overlay_tab.view
    b = middle(klass["where"][PHRASE_B])
    with qtbot.waitSignal(view.positionClicked) as clicked:
        click_at(view, b)
    assert abs(clicked.args[0] - b) <= 1
    listed = window.overlay_tab.spot.texts()
    who = sorted(line.split(" — ")[0] for line in listed)
    assert who == sorted(["Ada", "Ben", "<b>x</b>", "Chloé", "Dev", "Eve"])
    assert any("Opinion" in line for line in listed) and any("Claim" in line for line in listed)
    assert window.overlay_tab.spot_heading.text() == "At this spot: 6 students"

    window.act_anonymise.trigger()
    assert window.students.names() == [f"Student {i}" for i in range(1, 9)]
    click_at(view, b)
    anonymous = window.overlay_tab.spot.texts()
    assert len(anonymous) == 6 and all(line.startswith("Student ") for line in anonymous)
    window.tabs.setCurrentWidget(window.scores_tab)
    shown = " ".join(anonymous + window.scores_tab.model.rows().__repr__().split())
    assert not any(name in shown for name in NAMES)
    assert all(r["name"].startswith("Student ") for r in window.scores_tab.model.rows())
    assert window.agreement_tab.heatmap.names == [f"Student {i}" for i in range(1, 9)]
    # the same students keep the same numbers when the window is reopened
    numbers = dict(zip(window.students.names(), window.state.students(), strict=True))
    window.act_anonymise.trigger()
    window.act_anonymise.trigger()
    assert dict(zip(window.students.names(), window.state.students(), strict=True)) == numbers


def test_contested_passage_scrolls_and_flashes(window: ReviewWindow, qtbot: Any) -> None:
    tab = window.overlay_tab
    view = tab.view
    assert tab.contested.rowCount() > 0
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    starts = [tab.contested.payload(r)[0] for r in range(tab.contested.rowCount())]
    row = starts.index(min(starts))  # the one nearest the top, now out of sight
    start, end = tab.contested.payload(row)
    tab.contested_list.activated.emit(tab.contested.index(row))
    assert bar.value() < bar.maximum()
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_utf16(start))
    assert view.viewport().rect().contains(view.cursorRect(cursor).center())
    assert view.flashed() == (start, end)
    qtbot.waitUntil(lambda: view.flashed() is None, timeout=3000)


def test_compare_marks_a_student_against_the_key(
    window: ReviewWindow, klass: dict[str, Any], screenshot: Any
) -> None:
    tab = window.compare_tab
    window.tabs.setCurrentWidget(tab)
    tab.choose(klass["key"], klass["ids"]["Dev"])
    kinds = {(d.kind, d.reference.start if d.reference else None) for d in tab.differences}
    b_start = klass["where"][PHRASE_B][0]
    assert (DifferenceKind.DIFFERENT_TAG, b_start) in kinds  # Dev called the opinion a claim
    d_start = klass["where"][PHRASE_D][0]
    assert (DifferenceKind.MISSING, d_start) in kinds  # Dev left the speculation out
    lines = tab.model.texts()
    assert any(line.startswith("Different tag — Opinion → Claim") for line in lines)
    assert "differences:" in tab.summary.text()
    cursor = QTextCursor(tab.right.document())
    cursor.setPosition(middle(klass["where"][PHRASE_B]))
    assert cursor.charFormat().underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    tab.choose(klass["ids"]["Ada"], klass["ids"]["Ben"])  # two students
    assert tab.reference_box.currentText() == "Ada" and tab.other_box.currentText() == "Ben"
    screenshot(window, "review-compare")


def test_without_a_key_compare_starts_with_two_students(
    qtbot: Any, ctx: Any, klass: dict[str, Any]
) -> None:
    import uuid

    from sqlalchemy import delete

    from annotator.storage import models as m

    with ctx.db.session() as s:
        s.execute(delete(m.Annotation).where(
            m.Annotation.annotator_id == uuid.UUID(klass["key"])))
    win = ReviewWindow(ctx, SAMPLE_EXERCISE_ID)
    qtbot.addWidget(win)
    tab = win.compare_tab
    assert tab.reference_box.currentText() == "<b>x</b>"
    assert tab.other_box.currentText() == "=Gus"
    assert tab.differences and tab.model.rowCount() == len(tab.differences)
    win.tabs.setCurrentWidget(win.scores_tab)
    assert win.scores_tab.model.rowCount() == 0
    assert "there is no answer key" in win.scores_tab.note.text()


def test_minimap_click_scrolls_and_hover_shows_counts(
    window: ReviewWindow, klass: dict[str, Any], qtbot: Any
) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    tab = window.overlay_tab
    view, minimap = tab.view, tab.minimap
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    QTest.mouseClick(minimap, Qt.MouseButton.LeftButton,
                     pos=QPoint(minimap.width() // 2, minimap.height() - 2))
    assert bar.value() == bar.maximum()
    QTest.mouseClick(minimap, Qt.MouseButton.LeftButton, pos=QPoint(minimap.width() // 2, 1))
    assert bar.value() == 0

    a = middle(klass["where"][PHRASE_A])
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_utf16(a))
    rect = view.cursorRect(cursor)
    point = QPoint(rect.x() + 3, rect.center().y())
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)  # as the mouse would, on the viewport
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert "7 of 8 students highlighted this" in QToolTip.text()
    assert "Evidence: 1" in QToolTip.text()


def test_larger_text_for_projecting_and_reload_after_new_work(
    window: ReviewWindow, klass: dict[str, Any], ctx: Any, screenshot: Any
) -> None:
    from annotator.storage import models as m

    view = window.overlay_tab.view
    size = view.font().pointSize()
    window.act_zoom_in.trigger()
    assert view.font().pointSize() == size + 2
    window.act_anonymise.trigger()
    screenshot(window, "review-overlay-projecting")
    window.act_zoom_out.trigger()
    assert view.font().pointSize() == size

    free = int((view.overlay.coverage == 0).nonzero()[0][0])
    with ctx.db.session() as s:
        newcomer = m.Annotator(display_name="Late Lou", role=m.Role.STUDENT)
        s.add(newcomer)
        s.flush()
        tag = s.get(m.Exercise, SAMPLE_EXERCISE_ID).tag_set.tags[0]
        s.add(m.Annotation(article_id=klass["one"], annotator_id=newcomer.id, start=free,
                           end=free + 1, exact="x", tag_id=tag.id))
    window.act_anonymise.trigger()
    window.reload()
    assert "Late Lou" in window.students.names()
    assert view.overlay.n_annotators == 9 and int(view.overlay.coverage[free]) == 1
