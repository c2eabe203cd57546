"""The Class Overview on a class too large to compute at once: the window paints a progress
page at once, computes on a worker thread, can be cancelled and computed again; pairwise
matrices of a large class come on demand (everyone or selected students); students who handed
in nothing and namesakes are shown as such."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from review_class import build_class

import annotator.gui.review.job as job_module
import annotator.gui.review.window as window_module
import annotator.services.review_types as review_service
from annotator.gui.review.state import compute_article
from annotator.gui.review.window import ReviewWindow
from annotator.services.review import gather_article, review_article
from annotator.services.sample import SAMPLE_EXERCISE_ID
from annotator.storage import models as m


@pytest.fixture
def klass(ctx: Any) -> dict[str, Any]:
    return build_class(ctx.db)


@pytest.fixture
def large(monkeypatch: Any) -> None:
    """Treat the test class as a large one: computed off the GUI thread."""
    monkeypatch.setattr(window_module, "SYNC_LIMIT_SPANS", 0)
    monkeypatch.setattr(window_module, "FIRST_SYNC_LIMIT_SPANS", 0)


def test_a_middle_sized_class_shows_its_overlay_at_once(qtbot: Any, ctx: Any, klass: Any,
                                                        monkeypatch: Any) -> None:
    """Too large to compute all at once, small enough for the overlay's figures: the
    overlay is there when the window opens, the rest follows from the worker."""
    monkeypatch.setattr(window_module, "SYNC_LIMIT_SPANS", 0)
    win = _open(qtbot, ctx)
    assert win.pages.currentWidget() is win.tabs
    assert win.overlay_tab.view.overlay is not None
    review = win.state.ready(win.article_id)
    assert review is not None and not review.complete and win.computing
    assert win.strip.isVisible() and not win.agreement_tab.isEnabled()
    assert win.agreement_tab.computing()
    qtbot.waitUntil(lambda: not win.computing, timeout=20000)
    assert win.current().complete and win.agreement_tab.isEnabled()
    assert not win.agreement_tab.computing() and win.agreement_tab.model.rowCount() > 0
    assert not win.strip.isVisible()
    data = gather_article(ctx.db, SAMPLE_EXERCISE_ID, win.article_id)
    assert win.current().figures == review_article(data)
    win.close()


def _open(qtbot: Any, ctx: Any) -> ReviewWindow:
    win = ReviewWindow(ctx, SAMPLE_EXERCISE_ID)
    qtbot.addWidget(win)
    win.resize(1360, 860)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_large_class_computes_off_the_gui_thread(qtbot: Any, ctx: Any, klass: Any,
                                                 large: None, monkeypatch: Any,
                                                 screenshot: Any) -> None:
    threads: set[int] = set()

    def recording(*args: Any, **kwargs: Any) -> Any:
        threads.add(threading.get_ident())
        return compute_article(*args, **kwargs)

    monkeypatch.setattr(job_module, "compute_article", recording)
    win = _open(qtbot, ctx)
    # painted at once: the progress page, with Cancel
    assert win.pages.currentWidget() is win.busy
    assert win.busy.cancel_button.isVisible() and win.busy.bar.isVisible()
    assert win.busy.title.text() == "Computing the class review…"
    qtbot.waitUntil(lambda: not win.computing, timeout=20000)
    assert win.pages.currentWidget() is win.tabs
    assert threads and threading.get_ident() not in threads
    # the very figures a direct computation gives
    data = gather_article(ctx.db, SAMPLE_EXERCISE_ID, klass["one"])
    assert win.current().figures["agreement"] == review_article(data)["agreement"]
    assert win.overlay_tab.view.overlay.n_annotators == 8
    win.tabs.setCurrentWidget(win.scores_tab)
    assert win.scores_tab.model.rowCount() > 0
    screenshot(win, "review-large-class-ready")
    win.close()


def test_cancel_then_compute_again(qtbot: Any, ctx: Any, klass: Any, large: None,
                                   monkeypatch: Any, screenshot: Any) -> None:
    entered, release = threading.Event(), threading.Event()

    def slow(request: Any, gathered: Any = None, progress: Any = None,
             cancelled: Any = lambda: False, **kwargs: Any) -> Any:
        def held(done: int, of: int, what: str) -> None:
            if progress is not None:
                progress(done, of, what)
            entered.set()
            release.wait(10)

        return compute_article(request, gathered, held, cancelled, **kwargs)

    monkeypatch.setattr(job_module, "compute_article", slow)
    win = _open(qtbot, ctx)
    qtbot.waitUntil(entered.is_set, timeout=5000)
    qtbot.waitUntil(lambda: win.busy.bar.maximum() > 0, timeout=5000)
    assert win.busy.status.text() == "Reading the class"
    screenshot(win, "review-large-class-progress")
    QTest.mouseClick(win.busy.cancel_button, Qt.MouseButton.LeftButton)
    assert win.busy.status.text() == "Cancelling…"
    release.set()
    qtbot.waitUntil(lambda: win.busy.retry_button.isVisible(), timeout=10000)
    assert win.busy.title.text().startswith("Cancelled.")
    assert not win.computing and win.state.ready(win.article_id) is None
    screenshot(win, "review-large-class-cancelled")
    monkeypatch.setattr(job_module, "compute_article", compute_article)
    QTest.mouseClick(win.busy.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.tabs, timeout=20000)
    assert win.overlay_tab.view.overlay.n_annotators == 8
    win.close()


def test_the_overlay_first_then_the_rest_with_progress_and_cancel(
        qtbot: Any, ctx: Any, klass: Any, large: None, monkeypatch: Any,
        screenshot: Any) -> None:
    """The class overlay is shown and usable while the agreement and the scores are still
    being computed; the foot of the window shows that, with Cancel and Compute Again."""
    overlay_shown, release = threading.Event(), threading.Event()

    def held_after_overlay(request: Any, gathered: Any = None, progress: Any = None,
                           cancelled: Any = lambda: False, **kwargs: Any) -> Any:
        def report(done: int, of: int, what: str) -> None:
            if progress is not None:
                progress(done, of, what)
            if done == 2:  # the overlay's figures were handed over, the agreement computed
                overlay_shown.set()
                release.wait(10)

        return compute_article(request, gathered, report, cancelled, **kwargs)

    monkeypatch.setattr(job_module, "compute_article", held_after_overlay)
    win = _open(qtbot, ctx)
    qtbot.waitUntil(overlay_shown.is_set, timeout=10000)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.tabs, timeout=10000)
    assert win.overlay_tab.view.overlay.n_annotators == 8
    assert win.overlay_tab.isEnabled() and win.compare_tab.isEnabled()
    assert not win.agreement_tab.isEnabled() and not win.scores_tab.isEnabled()
    assert win.tabs.tabToolTip(win.tabs.indexOf(win.agreement_tab)).startswith(
        "Still being computed")
    strip = win.strip
    assert strip.isVisible() and strip.cancel_button.isVisible() and strip.bar.isVisible()
    qtbot.waitUntil(lambda: strip.status.text() == "Scores",
                    timeout=5000)
    screenshot(win, "review-overlay-first")
    QTest.mouseClick(strip.cancel_button, Qt.MouseButton.LeftButton)
    assert strip.status.text() == "Cancelling…"
    release.set()
    qtbot.waitUntil(lambda: strip.retry_button.isVisible(), timeout=10000)
    assert strip.status.text() == "Cancelled: some figures were not computed."
    assert not win.computing and win.pages.currentWidget() is win.tabs
    assert not win.agreement_tab.isEnabled()
    # computed again: only the rest, the overlay is not read again
    monkeypatch.setattr(job_module, "compute_article", compute_article)
    QTest.mouseClick(strip.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not win.computing, timeout=20000)
    assert win.agreement_tab.isEnabled() and win.scores_tab.isEnabled()
    assert win.tabs.tabToolTip(win.tabs.indexOf(win.agreement_tab)) == ""
    assert not strip.isVisible()
    data = gather_article(ctx.db, SAMPLE_EXERCISE_ID, klass["one"])
    whole = review_article(data)
    assert win.current().figures == whole
    assert list(win.current().figures) == list(whole)
    win.close()


def test_pairwise_on_demand_for_a_large_class(qtbot: Any, ctx: Any, klass: Any, large: None,
                                              monkeypatch: Any, screenshot: Any) -> None:
    monkeypatch.setattr(review_service, "PAIRWISE_LIMIT", 5)
    win = _open(qtbot, ctx)
    qtbot.waitUntil(lambda: not win.computing, timeout=20000)
    tab = win.agreement_tab
    win.tabs.setCurrentWidget(tab)
    assert tab.ask_all.isVisible() and tab.ask_selected.isVisible()
    assert "8 students" in tab.explain.text()
    assert tab.heatmap.names == []
    screenshot(win, "review-pairwise-on-demand")
    # two students selected in the list: their matrices only
    view, model = win.students_view, win.students
    selection = view.selectionModel()
    for row in (0, 3):
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select)
    QTest.mouseClick(tab.ask_selected, Qt.MouseButton.LeftButton)
    # while they are computed, the greyed tab says so (not an empty table and "At least
    # two students are needed..." behind the grey)
    assert win.computing and not tab.isEnabled()
    assert tab.computing_note.isVisible() and not tab.table.isVisible()
    assert not tab.heatmap_scroll.isVisible() and not tab.ask_all.isVisible()
    assert tab.computing_note.text().startswith("The agreement figures are still being")
    screenshot(win, "review-agreement-being-computed")
    qtbot.waitUntil(lambda: not win.computing and not tab.ask_all.isVisible(), timeout=20000)
    assert not tab.computing_note.isVisible() and tab.table.isVisible()
    assert len(tab.heatmap.names) == 2
    # everyone
    win.state.set_pairwise(win.article_id, None)
    win.refresh()
    qtbot.waitUntil(lambda: not win.computing and tab.ask_all.isVisible(), timeout=20000)
    QTest.mouseClick(tab.ask_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not win.computing and not tab.ask_all.isVisible(), timeout=20000)
    assert len(tab.heatmap.names) == 8
    screenshot(win, "review-pairwise-everyone")
    win.close()


def test_nothing_marked_and_namesakes_in_the_window(qtbot: Any, ctx: Any, klass: Any,
                                                    screenshot: Any) -> None:
    with ctx.db.session() as s:
        exercise_id = SAMPLE_EXERCISE_ID
        ada = s.get(m.Annotator, __import__("uuid").UUID(klass["ids"]["Ada"]))
        ada_handin = m.Handin(annotator_id=ada.id, exercise_id=exercise_id,
                              handed_in=ada.created, source_file="/class/ada-smith.json")
        twin = m.Annotator(display_name="Ada", role=m.Role.STUDENT)
        empty = m.Annotator(display_name="Cleo", role=m.Role.STUDENT)
        s.add_all([twin, empty])
        s.flush()
        one = s.get(m.Article, klass["one"])
        tag = one.exercise.tag_set.tags[0]
        s.add(m.Annotation(article_id=one.id, annotator_id=twin.id, start=0, end=5,
                           exact=one.text[:5], tag_id=tag.id))
        s.add_all([ada_handin,
                   m.Handin(annotator_id=twin.id, exercise_id=exercise_id,
                            handed_in=twin.created, source_file="/class/ada-jones.json"),
                   m.Handin(annotator_id=empty.id, exercise_id=exercise_id,
                            handed_in=empty.created, source_file="/class/cleo.json")])
    win = _open(qtbot, ctx)
    names = win.students.names()
    assert "Cleo (handed in, nothing marked)" in names
    assert "Ada (ada-smith.json)" in names and "Ada (ada-jones.json)" in names
    assert "Ada" not in names
    compare = win.compare_tab
    shown = [compare.other_box.itemText(i) for i in range(compare.other_box.count())]
    assert "Ada (ada-smith.json)" in shown and "Ada (ada-jones.json)" in shown
    win.tabs.setCurrentWidget(win.scores_tab)
    students = {win.scores_tab.model.index(r, 2).data()
                for r in range(win.scores_tab.model.rowCount())}
    assert {"Ada (ada-smith.json)", "Ada (ada-jones.json)"} <= students
    screenshot(win, "review-namesakes-and-empty-handin")
    win.close()
