"""What the Class Overview tells an instructor who is not a statistician: where the answer
key comes from when there is none yet, and what the score columns mean."""

from __future__ import annotations

from typing import Any

from review_class import build_class

from annotator.gui.review.window import ReviewWindow
from annotator.services.review import SCORE_COLUMNS
from annotator.services.sample import SAMPLE_EXERCISE_ID
from annotator.storage import models as m


def _window(qtbot: Any, ctx: Any) -> ReviewWindow:
    win = ReviewWindow(ctx, SAMPLE_EXERCISE_ID)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win


def test_without_a_key_the_scores_tab_says_how_to_make_one(qtbot: Any, ctx: Any) -> None:
    build_class(ctx.db)
    with ctx.db.session() as s:  # the class without its key
        key = s.query(m.Annotator).filter_by(role=m.Role.KEY).one()
        s.query(m.Annotation).filter_by(annotator_id=key.id).delete()
        s.delete(key)
    win = _window(qtbot, ctx)
    win.tabs.setCurrentWidget(win.scores_tab)
    note = win.scores_tab.note.text()
    assert note.startswith("No scores yet: there is no answer key.")
    assert "Review > Annotate the Answer Key" in note
    assert "role" not in note  # no database words
    assert "Review > Annotate the Answer Key" in win.key_label.text()
    win.close()


def test_the_score_columns_are_explained(qtbot: Any, ctx: Any) -> None:
    build_class(ctx.db)
    win = _window(qtbot, ctx)
    win.tabs.setCurrentWidget(win.scores_tab)
    tab = win.scores_tab
    assert tab.model.rowCount() > 0
    note = tab.note.text()
    for words in ("P: how much of what the student marked is in the key",
                  "R: how much of the key the student found", "F1: P and R together",
                  "1.00 = the same as the key"):
        assert words in note
    model = tab.model
    tips = {c: model.headerData(i, m_horizontal(), tooltip_role())
            for i, c in enumerate(SCORE_COLUMNS)}
    assert tips["exact_precision"].startswith("Precision: the share of what the student "
                                              "marked that matches the key, counting spans "
                                              "with exactly the key's start, end and tag")
    assert tips["overlap_recall"].startswith("Recall: the share of the key that the student "
                                             "found")
    assert tips["char_f1"].startswith("F1: precision and recall together")
    assert tips["name"] is None
    assert win.key_label.text().endswith("an answer key.")
    win.close()


def m_horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def tooltip_role() -> Any:
    from PySide6.QtCore import Qt

    return Qt.ItemDataRole.ToolTipRole


def test_switching_articles_leaves_one_legend_and_a_fresh_spot_panel(
    qtbot: Any, ctx: Any
) -> None:
    from PySide6.QtWidgets import QApplication, QLabel

    build_class(ctx.db)
    win = _window(qtbot, ctx)
    tab = win.overlay_tab
    text = win.current().data.text
    tab.show_spot(text.index("classified assessments"))
    assert tab.spot_heading.text().startswith("At this spot: ")
    assert tab.spot.rowCount() > 0
    win.article_box.setCurrentIndex(1)
    QApplication.processEvents()
    labels = [w.text() for w in tab.legend.findChildren(QLabel) if w.isVisibleTo(win)]
    assert labels == [tab.legend.note.text(), "Claim", "Evidence", "Speculation", "Opinion"]
    # the note has the whole width below the swatches, so it is not cut off at 1366 pixels
    assert tab.legend.note.width() > 0.9 * tab.legend.width()
    assert tab.spot_heading.text() == "At this spot"
    assert tab.spot.rowCount() == 0
    assert tab.spot_hint.text() == "Click the text to see who highlighted it."
    win.close()


def test_the_contested_number_is_explained(qtbot: Any, ctx: Any) -> None:
    build_class(ctx.db)
    win = _window(qtbot, ctx)
    hint = win.overlay_tab.contested_hint
    assert hint.isVisibleTo(win)
    assert "0 (everyone agreed) to 1" in hint.text()
    first = win.overlay_tab.contested.texts()[0]
    assert 0 < float(first.split()[0]) <= 1
    win.close()


def test_the_scores_can_show_one_overall_row_per_student_and_article(
    qtbot: Any, ctx: Any
) -> None:
    """30 students x 4 articles x 6 tag rows made 672 rows; the overall rows answer 'how did
    each student do' in 112 (here 8 students x 2 articles)."""
    build_class(ctx.db)
    win = _window(qtbot, ctx)
    win.tabs.setCurrentWidget(win.scores_tab)
    tab = win.scores_tab
    assert tab.proxy.rowCount() == 8 * 2 * 5
    tab.overall_only.click()
    tag = SCORE_COLUMNS.index("tag")
    shown = [tab.proxy.index(r, tag).data() for r in range(tab.proxy.rowCount())]
    assert shown == ["All tags"] * 16
    names = {tab.proxy.index(r, SCORE_COLUMNS.index("name")).data()
             for r in range(tab.proxy.rowCount())}
    assert len(names) == 8
    tab.set_overall_only(False)
    assert not tab.overall_only.isChecked() and tab.proxy.rowCount() == 80
    win.close()


def test_the_agreement_tab_says_where_to_start_and_why_words_differ(
    qtbot: Any, ctx: Any
) -> None:
    build_class(ctx.db)
    win = _window(qtbot, ctx)
    win.tabs.setCurrentWidget(win.agreement_tab)
    guide = win.agreement_tab.guide
    assert guide.isVisibleTo(win)
    assert "the answer key is not counted" in guide.text()
    assert "Start with Krippendorff's alpha for all tags" in guide.text()
    assert "'fair' as kappa and 'low' as alpha" in guide.text()
    win.close()


def test_confusion_headings_fit_a_1366_screen(qtbot: Any, ctx: Any) -> None:
    """'Key: Speculation' was cut to 'ey: Speculatio' at 1366x768."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    build_class(ctx.db)
    with ctx.db.session() as s:  # a fifth tag, as instructors add
        exercise = s.get(m.Exercise, SAMPLE_EXERCISE_ID)
        s.add(m.Tag(tag_set_id=exercise.tag_set_id, key="source", label="Source",
                    colour="#8E44AD", position=4))
    win = _window(qtbot, ctx)
    win.tabs.setCurrentWidget(win.scores_tab)
    QApplication.processEvents()
    table = win.scores_tab.confusion_table
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    model = win.scores_tab.confusion
    assert model.columnCount() == 6
    for section in range(model.columnCount()):
        text = model.headerData(section, Qt.Orientation.Horizontal)
        widest = max(metrics.horizontalAdvance(line) for line in text.splitlines())
        assert widest + 8 <= header.sectionSize(section), text
    win.close()


def test_larger_text_also_enlarges_the_lists_beside_the_overlay(qtbot: Any, ctx: Any) -> None:
    """On a projector the contested passages stayed at the small desktop size."""
    from PySide6.QtWidgets import QApplication

    build_class(ctx.db)
    win = _window(qtbot, ctx)
    base = QApplication.font().pointSizeF()
    for _ in range(4):
        win.act_zoom_in.trigger()
    tab = win.overlay_tab
    assert tab.contested_list.font().pointSizeF() == base + 4
    assert tab.spot_list.font().pointSizeF() == base + 4
    win.set_zoom(0)
    assert tab.contested_list.font().pointSizeF() == base
    win.close()
