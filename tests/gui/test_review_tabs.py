"""The review window's scores, agreement and charts tabs, its exports, and the Review menu
of the main window."""

from __future__ import annotations

from collections.abc import Iterator
from html import escape
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtTest import QAbstractItemModelTester
from review_class import PHRASE_B, build_class

from annotator.gui.review.heatmap import shown
from annotator.gui.review.window import ReviewWindow
from annotator.services.review import SCORE_COLUMNS
from annotator.services.sample import SAMPLE_EXERCISE_ID


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


def column(proxy: QSortFilterProxyModel, name: str) -> list[str]:
    c = SCORE_COLUMNS.index(name)
    return [proxy.index(r, c).data() for r in range(proxy.rowCount())]


def test_scores_table_is_a_sound_sortable_model(window: ReviewWindow) -> None:
    tab = window.scores_tab
    assert tab.model.rowCount() == 0  # the whole exercise is scored only when looked at
    window.tabs.setCurrentWidget(tab)
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(tab.proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    # 8 students x 2 articles x (4 tags + all)
    assert tab.model.rowCount() == 8 * 2 * 5
    tab.table.sortByColumn(SCORE_COLUMNS.index("overlap_f1"), Qt.SortOrder.DescendingOrder)
    values = [-1.0 if v == "–" else float(v) for v in column(tab.proxy, "overlap_f1")]
    assert values == sorted(values, reverse=True) and values[0] > values[-1]
    tab.table.sortByColumn(SCORE_COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
    names = column(tab.proxy, "name")
    assert names == sorted(names, key=str.casefold)
    assert "–" in column(tab.proxy, "exact_precision")  # undefined shown as a dash


def test_confusion_cells_drill_down_to_the_spans(
    window: ReviewWindow, klass: dict[str, Any], screenshot: Any
) -> None:
    tab = window.scores_tab
    window.tabs.setCurrentWidget(tab)
    QAbstractItemModelTester(tab.confusion, QAbstractItemModelTester.FailureReportingMode.Fatal)
    tab.student_box.setCurrentIndex(tab.student_box.findText("Dev"))
    labels = tab.confusion.labels
    row, col = labels.index("claim"), labels.index("opinion")  # Dev: claim, key: opinion
    cell = tab.confusion.index(row, col)
    assert int(cell.data()) >= 1
    tab.confusion_table.clicked.emit(cell)
    lines = tab.pairs.texts()
    assert any("Dev: Claim" in line and "Answer key: Opinion" in line
               and "president who knows" in line for line in lines)
    assert tab.confusion.headerData(col, Qt.Orientation.Horizontal) == "Key:\nOpinion"
    screenshot(window, "review-scores")


def test_scores_csv_export(window: ReviewWindow, tmp_path: Path) -> None:
    path = window.export_scores(tmp_path / "scores.csv")
    assert path is not None
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0].split(",") == list(SCORE_COLUMNS)
    assert len(lines) == 1 + 80
    assert "'=Gus" in text and ",=Gus" not in text  # formula injection neutralised
    assert "<b>x</b>" in text and "Chloé" in text
    # students switched off are not exported
    model = window.students
    model.setData(model.index(model.names().index("Ada")), Qt.CheckState.Unchecked.value,
                  Qt.ItemDataRole.CheckStateRole)
    window.export_scores(path)
    assert len(path.read_text(encoding="utf-8-sig").splitlines()) == 1 + 70


def test_html_report_escapes_and_includes_everything(
    window: ReviewWindow, tmp_path: Path
) -> None:
    path = window.export_report(tmp_path / "report.html")
    assert path is not None
    html = path.read_text(encoding="utf-8")
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x</b>" not in html
    assert html.count("<svg") == 3  # distribution + tags per student in each article
    reading = window.current().figures["agreement"]["krippendorff_alpha"]["reading"]
    assert "Krippendorff&#x27;s alpha" in html and escape(reading) in html
    assert "thankfully we have a president" in html
    assert "class=\"disputed\"" in html
    assert "<script" not in html
    figures = window.state.figures()
    assert figures["articles"][0]["contested"][0]["excerpt"].split()[0] in html


def test_agreement_tab_readings_and_heatmap(
    window: ReviewWindow, screenshot: Any, qtbot: Any
) -> None:
    tab = window.agreement_tab
    window.tabs.setCurrentWidget(tab)
    figures = window.current().figures["agreement"]
    model = tab.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    first = [model.index(0, c).data() for c in range(4)]
    assert first[1] == "Krippendorff's alpha"
    assert first[2] == shown(figures["krippendorff_alpha"]["value"])
    assert first[3] == figures["krippendorff_alpha"]["reading"] and len(first[3]) > 20
    assert model.rowCount() == 4 + 4 * 4
    assert tab.heatmap.names[:3] == ["<b>x</b>", "=Gus", "Ada"]
    assert len(tab.heatmap.matrix) == 8
    tab.matrix_box.setCurrentIndex(tab.matrix_box.findText("Span F1, exact spans"))
    assert tab.heatmap.low == 0.0
    assert tab.heatmap.matrix == figures["pairwise"]["span_f1_exact"]
    tab.matrix_box.setCurrentIndex(0)
    assert shown(None) == "–" and shown(float("nan")) == "–"
    qtbot.wait(50)
    screenshot(window, "review-agreement")


def test_charts_show_tags_per_student_and_per_article(
    window: ReviewWindow, screenshot: Any
) -> None:
    tab = window.charts_tab
    window.tabs.setCurrentWidget(tab)
    rows = dict(tab.per_student.rows)
    assert len(rows) == 8
    chart = window.current().figures["charts"]["tags_per_student"]
    by_name = {window.current().name(r["student"]): list(r["counts"].values()) for r in chart}
    assert rows == by_name
    assert [label for label, _ in tab.distribution.rows] == [
        a.title for a in window.state.exercise.articles]
    assert [s[0] for s in tab.per_student.series] == ["Claim", "Evidence", "Speculation",
                                                      "Opinion"]
    screenshot(window, "review-charts")


def test_switching_article_shows_its_text(window: ReviewWindow) -> None:
    window.article_box.setCurrentIndex(1)
    assert "Kim Jong-un sent another chilling message" in window.overlay_tab.view.toPlainText()
    assert PHRASE_B not in window.overlay_tab.view.toPlainText()


def test_review_menu_in_the_main_window(
    qtbot: Any, ctx: Any, klass: dict[str, Any], tmp_path: Path
) -> None:
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings

    main = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)
    qtbot.addWidget(main)
    titles = [a.text() for a in main.menuBar().actions()]
    assert titles.index("&Review") == titles.index("&Help") - 1
    assert main.review.act_overview.shortcut().toString() == "Ctrl+R"
    assert [a.text() for a in main.review.menu.actions() if a.text()] == [
        "&Class Overview…", "Annotate the &Answer Key", "E&xplain Key Passage…",
        "Export Review &Report…", "Export &Scores (CSV)…", "Return &Feedback…"]
    main.review.act_overview.trigger()
    review = main.review.review_window
    assert review is not None and review.isVisible()
    assert review.state.exercise.id == SAMPLE_EXERCISE_ID
    qtbot.addWidget(review)
    report = main.review.export_report(tmp_path / "r.html")
    scores = main.review.export_scores(tmp_path / "s.csv")
    assert report is not None and "&lt;b&gt;x&lt;/b&gt;" in report.read_text(encoding="utf-8")
    assert scores is not None and "'=Gus" in scores.read_text(encoding="utf-8-sig")
    main.close()
