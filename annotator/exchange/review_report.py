"""The instructor's review as one self-contained HTML file (pure: figures in, text out).

Input is the JSON-ready dict of :func:`annotator.services.review.review_figures` and the
article texts by article id. Every piece of untrusted text (titles, names, tag labels, article
text, excerpts, readings) is escaped; colours are checked to be '#rrggbb'. No scripts, no
external resources: the file can be mailed or projected offline.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from annotator.core.colour_scale import heat_colour, safe_colour, text_on
from annotator.core.i18n import current_language
from annotator.core.readings import format_value
from annotator.exchange.atomic import atomic_write_bytes
from annotator.exchange.html_report import ReportText
from annotator.exchange.svg_charts import stacked_bars_svg

__all__ = ["review_report_html", "write_review_report"]

_STYLE = """
body{font-family:system-ui,sans-serif;color:#1d1c1a;background:#fffdf8;margin:2em auto;
max-width:60em;padding:0 1em;line-height:1.45}
h1,h2,h3{font-weight:600}
.overlay{font-family:Georgia,'Noto Serif',serif;font-size:1.1em;line-height:1.7;
white-space:pre-wrap;border:1px solid #ddd;padding:1em 1.5em;background:#fff}
.disputed{text-decoration:underline wavy #2b2b2b;text-decoration-thickness:1px;
background-image:repeating-linear-gradient(135deg,rgba(30,30,30,.3) 0 1px,transparent 1px 6px)}
table{border-collapse:collapse;margin:.5em 0 1.5em}
th,td{border:1px solid #d8d5cf;padding:.3em .6em;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.legend span{display:inline-block;margin-right:1.2em}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:middle;
margin-right:.3em}
.reading{color:#4a4843;font-size:.95em}
"""



def _measures() -> tuple[tuple[str, str], ...]:
    return (("krippendorff_alpha", ReportText.tr("Krippendorff's alpha")),
            ("fleiss_kappa", ReportText.tr("Fleiss' kappa")),
            ("mean_cohen_kappa", ReportText.tr("Mean pairwise Cohen's kappa")))




def _header_row(*names: str) -> str:
    return "<tr>" + "".join(f"<th>{escape(name)}</th>" for name in names) + "</tr>"


def _num(value: object) -> str:
    return "–" if value is None else format_value(float(value))  # type: ignore[arg-type]


def _rgba(colour: str, alpha: float) -> str:
    c = safe_colour(colour)
    return f"rgba({int(c[1:3], 16)},{int(c[3:5], 16)},{int(c[5:7], 16)},{alpha:.2f})"


def _overlay_html(article: Mapping[str, Any], text: str) -> str:
    tags = article["tags"]
    colour = {t["key"]: t["colour"] for t in tags}
    label = {t["key"]: t["label"] for t in tags}
    n = max(1, int(article["overlay"]["n_students"]))
    out = ['<div class="overlay">']
    for run in article["overlay"]["runs"]:
        piece = escape(text[run["start"] : run["end"]])
        if not run["coverage"] or run["majority"] is None:
            out.append(piece)
            continue
        alpha = 0.12 + 0.6 * run["coverage"] / n
        title = ReportText.tr("{marked} of %n students; most chose {tag}", "", n).format(
            marked=run["coverage"], tag=label[run["majority"]])
        if run["disagreement"]:
            title += ReportText.tr("; students disagree on the tag")
        cls = ' class="disputed"' if run["disagreement"] else ""
        out.append(f'<span{cls} style="background-color:{_rgba(colour[run["majority"]], alpha)}" '
                   f'title="{escape(title)}">{piece}</span>')
    out.append("</div>")
    return "".join(out)


def _legend(tags: Sequence[Mapping[str, str]]) -> str:
    items = "".join(
        f'<span><i class="swatch" style="background:{safe_colour(t["colour"])}"></i>'
        f"{escape(t['label'])}</span>"
        for t in tags
    )
    return (f'<p class="legend">{items}<span>'
            f"" + escape(ReportText.tr("Stronger colour: more students highlighted it.")) + " "
            '<span class="disputed">' + escape(ReportText.tr("Hatched and wavy")) + '</span>: '
            "" + escape(ReportText.tr("students chose different tags.")) + "</span></p>")


def _figure_row(scope: str, measure: str, figure: Mapping[str, Any]) -> str:
    return (f"<tr><td>{escape(scope)}</td><td>{escape(measure)}</td>"
            f'<td class="num">{_num(figure["value"])}</td>'
            f'<td class="reading">{escape(figure["reading"])}</td></tr>')


def _agreement_html(article: Mapping[str, Any]) -> str:
    ag = article["agreement"]
    label = {t["key"]: t["label"] for t in article["tags"]}
    everything, unitizing = ReportText.tr("All tags"), ReportText.tr("Unitizing alpha (advanced)")
    rows = [_figure_row(everything, name, ag[key]) for key, name in _measures()]
    rows.append(_figure_row(everything, unitizing, ag["unitizing_alpha"]["u_alpha"]))
    for tag, per in ag["per_tag"].items():
        for key, name in (*_measures(), ("unitizing_alpha", unitizing)):
            rows.append(_figure_row(label.get(tag, tag), name, per[key]))
    return ("<table>" + _header_row(ReportText.tr("Scope"), ReportText.tr("Measure"),
                                    ReportText.tr("Value"), ReportText.tr("What it means"))
            + f"{''.join(rows)}</table>")


def _heatmap_html(title: str, names: Sequence[str], matrix: Sequence[Sequence[Any]]) -> str:
    if not names:
        return ""
    head = "".join(f"<th>{escape(n)}</th>" for n in names)
    body = []
    for name, row in zip(names, matrix, strict=True):
        cells = []
        for value in row:
            bg = heat_colour(value)
            cells.append(f'<td class="num" style="background:{bg};color:{text_on(bg)}">'
                         f"{_num(value)}</td>")
        body.append(f"<tr><th>{escape(name)}</th>{''.join(cells)}</tr>")
    return (f"<h4>{escape(title)}</h4><table><tr><th></th>{head}</tr>"
            f"{''.join(body)}</table>")


def _scores_reading() -> str:
    return escape(ReportText.tr(
        "Each student's highlights with every tag against the answer key. F1 is high only "
        "when most of what the student marked is in the key and most of the key was found: "
        "1.00 = the same as the key, 0.00 = nothing in common. Exact counts only the key's "
        "exact passages, overlapping any passage that overlaps one with the same tag, "
        "characters character by character."))


def _contested_reading() -> str:
    return escape(ReportText.tr(
        "The sentences where the class split most, to discuss. Disagreement runs from 0 "
        "(everyone agreed) to 1 (half highlighted it, and the tags were all over)."))


def _scores_html(article: Mapping[str, Any]) -> str:
    if not article["scores"]:
        return ("<p>" + escape(ReportText.tr(
            "No answer key for this article, so nobody is scored.")) + "</p>")
    rows = []
    for entry in article["scores"]:
        cells = "".join(
            f'<td class="num">{_num(entry[kind]["all"]["f1"])}</td>'
            for kind in ("exact", "overlap", "chars")
        )
        rows.append(f"<tr><td>{escape(entry['name'])}</td>{cells}</tr>")
    return (f"<p class='reading'>{_scores_reading()}</p>"
            "<table>" + _header_row(ReportText.tr("Student"), ReportText.tr("F1, exact spans"),
                                    ReportText.tr("F1, overlapping spans"),
                                    ReportText.tr("F1, characters"))
            + f"{''.join(rows)}</table>")


def _contested_html(article: Mapping[str, Any]) -> str:
    if not article["contested"]:
        return "<p>" + escape(ReportText.tr("No passage was contested.")) + "</p>"
    items = "".join(
        f"<li><q>{escape(c['excerpt'])}</q> <span class='reading'>("
        + escape(ReportText.tr("disagreement {score}").format(score=f"{c['score']:.2f}"))
        + ")</span></li>"
        for c in article["contested"]
    )
    return f"<p class='reading'>{_contested_reading()}</p><ol>{items}</ol>"


def _article_html(article: Mapping[str, Any], text: str) -> str:
    tags = article["tags"]
    series = [(t["label"], t["colour"]) for t in tags]
    per_student = [
        (row["name"], [row["counts"][t["key"]] for t in tags])
        for row in article["charts"]["tags_per_student"]
    ]
    pairwise = article["agreement"]["pairwise"]
    names = {s["id"]: s["name"] for s in article["students"]}
    shown = [names.get(s, s) for s in pairwise["students"]]
    n = len(article["students"])
    return "".join([
        "<section><h2>"
        + escape(article["article"]["title"] or ReportText.tr("Untitled article")) + "</h2>",
        "<p>" + escape(ReportText.tr("%n student(s) annotated this article.", "", n)) + "</p>",
        "<h3>" + escape(ReportText.tr("Class overlay")) + "</h3>", _legend(tags),
        _overlay_html(article, text),
        "<h3>" + escape(ReportText.tr("Agreement")) + "</h3>", _agreement_html(article),
        *((f"<p class='reading'>{escape(pairwise['omitted'])}.</p>",) if "omitted" in pairwise
          else (_heatmap_html(ReportText.tr("Pairwise Cohen's kappa"), shown,
                              pairwise["cohen_kappa"]),
                _heatmap_html(ReportText.tr("Pairwise span F1 (overlapping spans)"), shown,
                              pairwise["span_f1_overlap"]))),
        "<h3>" + escape(ReportText.tr("Contested passages")) + "</h3>", _contested_html(article),
        "<h3>" + escape(ReportText.tr("Scores against the key")) + "</h3>", _scores_html(article),
        "<h3>" + escape(ReportText.tr("Tags per student")) + "</h3>",
        stacked_bars_svg(per_student, series, ReportText.tr("Number of highlights"))
        if per_student
        else "<p>" + escape(ReportText.tr("Nobody annotated this article.")) + "</p>",
        "</section>",
    ])


def review_report_html(figures: Mapping[str, Any], texts: Mapping[str, str]) -> str:
    """The whole review as an HTML document; ``texts`` maps article id to article text."""
    title = figures["exercise"]["title"] or ReportText.tr("Untitled exercise")
    articles = figures["articles"]
    distribution = ""
    if articles:
        tags = articles[0]["tags"]
        rows = [
            (a["article"]["title"] or ReportText.tr("Untitled"),
             [a["charts"]["tag_distribution"][t["key"]]["spans"] for t in tags])
            for a in articles
        ]
        distribution = ("<h2>" + escape(ReportText.tr("Tag distribution per article")) + "</h2>"
                        + stacked_bars_svg(
            rows, [(t["label"], t["colour"]) for t in tags],
            ReportText.tr("Number of highlights, all students")))
    anonymised = figures.get("anonymised")
    note = " " + escape(ReportText.tr("Students are anonymised.")) if anonymised else ""
    heading = escape(ReportText.tr("Review: {title}").format(title=title))
    body = "".join(_article_html(a, texts.get(a["article"]["id"], "")) for a in articles)
    return (
        f"<!DOCTYPE html>\n<html lang='{current_language()}'><head><meta charset='utf-8'>"
        f"<title>{heading}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{heading}</h1>"
        + "<p>" + escape(ReportText.tr("%n article(s).", "", len(articles))) + note + "</p>"
        f"{distribution}{body}</body></html>\n"
    )


def write_review_report(
    path: str | os.PathLike[str], figures: Mapping[str, Any], texts: Mapping[str, str]
) -> None:
    """Write the report atomically as UTF-8."""
    atomic_write_bytes(path, review_report_html(figures, texts).encode("utf-8"))
