"""The HTML review report: a pure function of the figures, every untrusted text escaped."""

from __future__ import annotations

import re
from pathlib import Path

from annotator.exchange.review_report import review_report_html, write_review_report
from annotator.exchange.svg_charts import stacked_bars_svg

TEXT = "A <script>alert(1)</script> claim. Then an opinion & more."


def _figure(value: float | None, reading: str = "A <b>reading</b>") -> dict[str, object]:
    return {"value": value, "reading": reading}


def figures(colour: str = "#e69f00") -> dict[str, object]:
    measures = {k: _figure(0.5) for k in ("krippendorff_alpha", "fleiss_kappa",
                                          "mean_cohen_kappa")}
    return {
        "exercise": {"id": "e", "title": "<Exercise & co>"},
        "anonymised": False,
        "articles": [{
            "article": {"id": "a1", "title": "T<i>itle</i>", "n_chars": len(TEXT)},
            "tags": [{"key": "claim", "label": "Cl<aim>", "colour": colour},
                     {"key": "opinion", "label": "Opinion", "colour": "#009e73"}],
            "students": [{"id": "s1", "name": "<b>x</b>"}, {"id": "s2", "name": "Zoë"}],
            "key": None,
            "overlay": {"n_students": 2, "runs": [
                {"start": 0, "end": 2, "coverage": 0, "majority": None, "disagreement": False},
                {"start": 2, "end": 33, "coverage": 2, "majority": "claim",
                 "disagreement": True},
                {"start": 33, "end": len(TEXT), "coverage": 1, "majority": "opinion",
                 "disagreement": False},
            ]},
            "agreement": {
                **measures,
                "unitizing_alpha": {"u_alpha": _figure(None, "Cannot be computed")},
                "per_tag": {"claim": {**measures, "unitizing_alpha": _figure(0.1)}},
                "pairwise": {"students": ["s1", "s2"],
                             "cohen_kappa": [[1.0, -0.25], [-0.25, 1.0]],
                             "span_f1_overlap": [[1.0, None], [None, 1.0]]},
            },
            "scores": [],
            "contested": [{"start": 2, "end": 33, "score": 0.5, "excerpt": "<script>x"}],
            "charts": {
                "tags_per_student": [{"student": "s1", "name": "<b>x</b>",
                                      "counts": {"claim": 1, "opinion": 0}},
                                     {"student": "s2", "name": "Zoë",
                                      "counts": {"claim": 1, "opinion": 1}}],
                "tag_distribution": {"claim": {"spans": 2, "chars": 62},
                                     "opinion": {"spans": 1, "chars": 20}},
            },
        }],
    }


def test_untrusted_text_is_escaped_everywhere() -> None:
    html = review_report_html(figures(), {"a1": TEXT})
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>x</b>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html
    assert "<i>itle" not in html and "Cl&lt;aim&gt;" in html
    assert "&lt;Exercise &amp; co&gt;" in html
    assert "A &lt;b&gt;reading&lt;/b&gt;" in html
    assert "Then an opinion &amp; more." in html


def test_overlay_runs_become_coloured_spans() -> None:
    html = review_report_html(figures(), {"a1": TEXT})
    spans = re.findall(r'<span( class="disputed")? style="background-color:rgba\((\d+),(\d+),(\d+),'
                       r'([\d.]+)\)"', html)
    assert spans[0] == (' class="disputed"', "230", "159", "0", "0.72")  # 2 of 2, claim
    assert spans[1] == ("", "0", "158", "115", "0.42")  # 1 of 2, opinion
    assert "–" in html  # the undefined F1 and unitizing alpha
    assert "No answer key" in html


def test_bad_colour_cannot_inject_markup() -> None:
    html = review_report_html(figures(colour='red"><script>'), {"a1": TEXT})
    assert "<script" not in html and "#888888" in html


def test_svg_chart_has_axis_legend_and_bars() -> None:
    svg = stacked_bars_svg([("<b>x</b>", [1, 0]), ("Zoë", [1, 1])],
                           [("Claim", "#e69f00"), ("Opinion", "#009e73")], "Highlights")
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert svg.count("<rect") == 2 + 3  # legend swatches + non-empty bars
    assert "&lt;b&gt;x&lt;/b&gt;" in svg and ">Highlights<" in svg
    assert ">0<" in svg and ">2<" in svg  # whole-number ticks


def test_write_review_report(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    write_review_report(path, figures(), {"a1": TEXT})
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_the_report_says_what_its_numbers_mean() -> None:
    """An instructor reading the report away from the app learns what F1 and the
    disagreement number measure, beside the numbers."""
    data = figures()
    html = review_report_html(data, {"a1": TEXT})
    assert "Disagreement runs from 0 (everyone agreed) to 1" in html
    article = data["articles"][0]  # type: ignore[index]
    article["scores"] = [{"name": "Zoë", **{k: {"all": {"f1": 0.5}}
                                           for k in ("exact", "overlap", "chars")}}]
    html = review_report_html(data, {"a1": TEXT})
    assert "1.00 = the same as the key, 0.00 = nothing in common" in html
    assert html.index("1.00 = the same as the key") < html.index("F1, exact spans")


def test_report_of_a_large_class_says_the_matrices_were_left_out() -> None:
    data = figures()
    article = data["articles"][0]  # type: ignore[index]
    article["agreement"]["pairwise"] = {
        "students": [], "omitted": "1000 students: the pairwise matrices are left out"}
    html = review_report_html(data, {"a1": TEXT})
    assert "1000 students: the pairwise matrices are left out." in html
    assert "Pairwise Cohen" not in html
