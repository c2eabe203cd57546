"""A printable HTML report of one student's work on one exercise.

:func:`render_report` is a pure function of the :class:`HandinRecord` and the article texts.
Every string from the record (names, notes, quotes, labels, titles, answers) is escaped with
:func:`html.escape`; tag colours are used only when they are ``#rrggbb``. The markup is kept
to what both browsers and Qt's ``QTextDocument`` render (tables, ``span`` with a background
colour, ``u``, ``sup``), so the same report prints from a browser and through Qt to PDF.

Highlights carry two cues besides their colour, for readers and printers without colour: an
underline whose style differs per tag, and a superscript tag letter after the span (with
the footnote number of its note).
"""

from __future__ import annotations

import html
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from annotator.core.i18n import Texts, current_language
from annotator.exchange.handin_records import HandinAnnotation, HandinRecord, HandinTag
from annotator.exchange.report_spans import cut_pieces

__all__ = ["ReportQuestion", "dump_report", "render_report", "tag_letters",
           "underline_in_title"]

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
# the same order as on screen (gui/workspace/underlines.py): a tag keeps its cue on paper
_UNDERLINES = ("solid", "dashed", "dotted", "wavy", "double")
# Qt's own CSS property for the same underline styles (QTextDocument ignores the CSS3 one).
_QT_UNDERLINES = {"solid": "single", "dotted": "dotted", "dashed": "dashed", "double": "single",
                  "wavy": "wave"}
_TITLE_UNDERLINE = re.compile(r"\((solid|dotted|dashed|double|wavy) underline\)$")


class ReportText(Texts):
    """The translation context of the printed and exported reports (the language the
    instructor or student chose; article texts, titles and notes are never translated)."""


def _link_kind(kind: str) -> str:
    words = {"supports": ReportText.tr("supports"), "contradicts": ReportText.tr("contradicts"),
             "same_claim": ReportText.tr("same claim as")}
    return words.get(kind, kind)


def _underline_word(style: str) -> str:
    words = {"solid": ReportText.tr("solid underline"),
             "dashed": ReportText.tr("dashed underline"),
             "dotted": ReportText.tr("dotted underline"), "wavy": ReportText.tr("wavy underline"),
             "double": ReportText.tr("double underline")}
    return words.get(style, style)


def _header_row(*names: str) -> str:
    return "<tr>" + "".join(f"<th>{_e(name)}</th>" for name in names) + "</tr>"


def _article_title(title: str, number: int) -> str:
    return title or ReportText.tr("Article {number}").format(number=number)

CSS = """
body { font-family: Georgia, 'Times New Roman', serif; font-size: 11pt; color: #000;
       background: #fff; line-height: 1.45; max-width: 46em; margin: 1.5em auto; }
h1 { font-size: 18pt; margin-bottom: 0.2em; }
h2 { font-size: 14pt; margin-top: 1.2em; }
h3 { font-size: 12pt; }
table { border-collapse: collapse; margin: 0.4em 0 1em 0; }
th, td { border: 1px solid #888; padding: 3px 6px; vertical-align: top; text-align: left; }
th { background: #eee; }
.meta { color: #333; }
.article { page-break-before: always; }
.text { margin: 0.6em 0; }
sup { font-family: sans-serif; font-weight: bold; }
@media print {
  body { max-width: none; margin: 0; font-size: 10.5pt; }
  .article { page-break-before: always; }
  table, tr { page-break-inside: avoid; }
  a { color: #000; text-decoration: none; }
  span.hl { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


@dataclass(frozen=True)
class ReportQuestion:
    """A source-evaluation question of the exercise, so unanswered ones are listed too."""

    id: uuid.UUID
    text: str


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _multiline(text: str) -> str:
    return _e(text).replace("\n", "<br>")


def _colour(tag: HandinTag | None) -> str:
    return tag.colour.lower() if tag is not None and _COLOUR.match(tag.colour) else "#999999"


def _tint(colour: str, amount: float = 0.35) -> str:
    """``colour`` mixed with white, light enough to read black text on."""
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(255 - (255 - c) * amount):02x}" for c in rgb)


def tag_letters(tags: Sequence[HandinTag]) -> dict[uuid.UUID, str]:
    """A distinct short mark per tag: the first free letter of its label (or key), else a
    number."""
    taken: set[str] = set()
    letters: dict[uuid.UUID, str] = {}
    for position, tag in enumerate(tags, start=1):
        choice = next(
            (ch.upper() for ch in tag.label + tag.key if ch.isalnum() and ch.upper() not in taken),
            str(position),
        )
        taken.add(choice)
        letters[tag.id] = choice
    return letters


@dataclass(frozen=True)
class _Style:
    letter: str
    colour: str
    underline: str
    label: str = ""

    def open(self) -> str:
        qt = _QT_UNDERLINES[self.underline]
        # the title names the tag on hover in a browser; Qt keeps it as the tooltip, from
        # which the print path restores the underline style (see underline_in_title)
        title = _e(f"{self.label} ({self.underline} underline)".strip())
        return (
            f'<span class="hl" title="{title}" style="background-color: {_tint(self.colour)}; '
            f"text-decoration: underline; text-decoration-style: {self.underline}; "
            f'text-decoration-color: {self.colour}; text-underline-style: {qt}">'
        )


def underline_in_title(title: str) -> str | None:
    """The underline style a highlight's title names ("Claim (dashed underline)")."""
    found = _TITLE_UNDERLINE.search(title)
    return found.group(1) if found else None


def _styles(record: HandinRecord) -> dict[uuid.UUID, _Style]:
    letters = tag_letters(record.tags)
    return {
        tag.id: _Style(letters[tag.id], _colour(tag), _UNDERLINES[i % len(_UNDERLINES)],
                       tag.label)
        for i, tag in enumerate(record.tags)
    }


def _placed(
    annotations: Sequence[HandinAnnotation], text: str | None
) -> tuple[list[HandinAnnotation], list[HandinAnnotation]]:
    """The annotations that fit ``text`` (their quote is at their position), and the rest."""
    placed: list[HandinAnnotation] = []
    stray: list[HandinAnnotation] = []
    for a in annotations:
        fits = text is not None and 0 <= a.start < a.end <= len(text)
        (placed if fits and text is not None and text[a.start : a.end] == a.exact
         else stray).append(a)
    return placed, stray


def _marked_text(
    text: str, annotations: Sequence[HandinAnnotation], styles: Mapping[uuid.UUID, _Style],
    notes: Mapping[uuid.UUID, int],
) -> str:
    fallback = _Style("?", "#999999", "solid")
    parts: list[str] = []
    for piece in cut_pieces(text, [(a.start, a.end) for a in annotations]):
        chunk = text[piece.start : piece.end]
        line_break = chunk.endswith("\n")
        body = _e(chunk.removesuffix("\n"))
        opened = [styles.get(annotations[i].tag_id, fallback) for i in piece.covering]
        parts.append("".join(s.open() for s in opened) + body + "</span>" * len(opened))
        marks = []
        for i in piece.ending:
            a = annotations[i]
            mark = styles.get(a.tag_id, fallback).letter
            marks.append(f"{mark} [{notes[a.id]}]" if a.id in notes else mark)
        if marks:
            parts.append(f"<sup>{_e(' · '.join(marks))}</sup>")
        if line_break:
            parts.append("<br>\n")
    return "".join(parts)


def _legend(record: HandinRecord, styles: Mapping[uuid.UUID, _Style]) -> str:
    counts = {tag.id: 0 for tag in record.tags}
    for a in record.annotations:
        counts[a.tag_id] = counts.get(a.tag_id, 0) + 1
    rows = []
    for tag in record.tags:
        style = styles[tag.id]
        sample = f"{style.open()}{_e(tag.label)}</span><sup>{_e(style.letter)}</sup>"
        rows.append(
            f"<tr><td>{sample}</td><td>{_e(tag.key)}</td>"
            f"<td>{_e(_underline_word(style.underline))}</td>"
            f'<td align="right">{counts[tag.id]}</td></tr>'
        )
    total = sum(counts.values())
    return (
        "<h2>" + _e(ReportText.tr("Legend and counts")) + "</h2>\n"
        '<table border="1" cellspacing="0" cellpadding="4">'
        "<tr><th>" + _e(ReportText.tr("Tag")) + "</th><th>" + _e(ReportText.tr("Key")) + "</th>"
        "<th>" + _e(ReportText.tr("Without colour")) + "</th>"
        "<th>" + _e(ReportText.tr("Highlights")) + "</th></tr>"
        + "".join(rows)
        + '<tr><th colspan="3">' + _e(ReportText.tr("Total")) + f'</th>'
        f'<th align="right">{total}</th></tr></table>\n'
        "<p>" + _e(ReportText.tr("%n link(s) between highlights", "", len(record.links)))
        + "; " + _e(ReportText.tr("%n source-evaluation answer(s)", "", _answered(record)))
        + ".</p>\n"
    )


def _when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _answered(record: HandinRecord) -> int:
    return sum(1 for a in record.answers if a.value.strip() or a.rating is not None)


def _notes_table(annotations: Sequence[HandinAnnotation], notes: Mapping[uuid.UUID, int],
                 styles: Mapping[uuid.UUID, _Style]) -> str:
    letter = {tag_id: style.letter for tag_id, style in styles.items()}
    rows = [
        f"<tr><td>[{notes[a.id]}]</td><td>{_e(letter.get(a.tag_id, '?'))}</td>"
        f"<td><i>“{_e(a.exact)}”</i></td><td>{_multiline(a.note)}</td></tr>"
        for a in annotations
        if a.id in notes
    ]
    if not rows:
        return ""
    return (
        "<h3>" + _e(ReportText.tr("Notes")) + "</h3>\n"
        '<table border="1" cellspacing="0" cellpadding="4">'
        + _header_row(ReportText.tr("No."), ReportText.tr("Tag"), ReportText.tr("Passage"),
                      ReportText.tr("Note"))
        + "".join(rows)
        + "</table>\n"
    )


def _article_link(url: str) -> str:
    if url.startswith(("https://", "http://")):
        return f'<p class="meta"><a href="{_e(url)}">{_e(url)}</a></p>'
    return f'<p class="meta">{_e(url)}</p>' if url else ""


def _articles(record: HandinRecord, texts: Mapping[uuid.UUID, str],
              styles: Mapping[uuid.UUID, _Style]) -> str:
    notes: dict[uuid.UUID, int] = {}
    for a in record.annotations:
        if a.note.strip():
            notes[a.id] = len(notes) + 1
    out = []
    for number, article in enumerate(record.articles, start=1):
        own = [a for a in record.annotations if a.article_id == article.id]
        text = texts.get(article.id)
        placed, stray = _placed(own, text)
        title = _article_title(article.title, number)
        body = (
            _marked_text(text, placed, styles, notes)
            if text is not None
            else "<i>" + _e(ReportText.tr("The text of this article is not available.")) + "</i>"
        )
        out.append(
            f'<div class="article" style="page-break-before: always">\n'
            f"<h2>{number}. {_e(title)}</h2>\n{_article_link(article.url)}\n"
            f'<div class="text">{body}</div>\n'
            + _notes_table(own, notes, styles)
        )
        if stray:
            out.append(
                "<h3>" + _e(ReportText.tr("Highlights that no longer fit this text"))
                + "</h3>\n<ul>"
                + "".join(f"<li>“{_e(a.exact)}” ({_e(a.tag_key)})</li>" for a in stray)
                + "</ul>\n"
            )
        out.append("</div>\n")
    return "".join(out)


def _links(record: HandinRecord) -> str:
    by_id = {a.id: a for a in record.annotations}
    titles = {a.id: _article_title(a.title, n) for n, a in enumerate(record.articles, start=1)}
    rows = []
    for link in record.links:
        source, target = by_id.get(link.source_id), by_id.get(link.target_id)
        if source is None or target is None:
            continue
        rows.append(
            f"<tr><td>“{_e(source.exact)}”<br><small>{_e(titles.get(source.article_id, ''))}"
            f"</small></td><td>{_e(_link_kind(link.kind))}</td>"
            f"<td>“{_e(target.exact)}”<br><small>{_e(titles.get(target.article_id, ''))}"
            f"</small></td><td>{_multiline(link.note)}</td></tr>"
        )
    heading = '<h2 style="page-break-before: always">' + _e(ReportText.tr("Links")) + '</h2>\n'
    if not rows:
        return heading + "<p>" + _e(ReportText.tr("No links.")) + "</p>\n"
    passage, note = _e(ReportText.tr("Passage")), _e(ReportText.tr("Note"))
    return (
        heading + '<table border="1" cellspacing="0" cellpadding="4">'
        f"<tr><th>{passage}</th><th>" + _e(ReportText.tr("Link")) + f"</th>"
        f"<th>{passage}</th><th>{note}</th></tr>" + "".join(rows) + "</table>\n"
    )


def _evaluation() -> str:
    return ('<h2 style="page-break-before: always">'
            "" + _e(ReportText.tr("Source evaluation")) + "</h2>\n")


def _answers(record: HandinRecord, questions: Sequence[ReportQuestion]) -> str:
    titles = {a.id: _article_title(a.title, n) for n, a in enumerate(record.articles, start=1)}
    given = {(a.question_id, a.article_id): a for a in record.answers}
    asked = list(questions) or list(
        {a.question_id: ReportQuestion(a.question_id, a.question_text) for a in record.answers}
        .values()
    )
    rows = []
    for question in asked:
        for article in record.articles:
            answer = given.get((question.id, article.id))
            value = _multiline(answer.value) if answer else ""
            if answer is not None and answer.rating is not None:
                value = f"<b>{answer.rating} / 5</b>" + (f"<br>{value}" if value else "")
            rows.append(
                f"<tr><td>{_multiline(question.text)}</td><td>{_e(titles[article.id])}</td>"
                "<td>" + (value or "<i>" + _e(ReportText.tr("not answered")) + "</i>")
                + "</td></tr>"
            )
    if not rows:
        return _evaluation() + "<p>" + _e(ReportText.tr("No questions.")) + "</p>\n"
    return (
        _evaluation() + '<table border="1" cellspacing="0" cellpadding="4">'
        + _header_row(ReportText.tr("Question"), ReportText.tr("Article"),
                      ReportText.tr("Answer")) + "".join(rows)
        + "</table>\n"
    )


def render_report(
    record: HandinRecord,
    texts: Mapping[uuid.UUID, str],
    questions: Sequence[ReportQuestion] = (),
) -> str:
    """The report as a complete HTML document.

    ``texts`` maps article ids to their (normalised) texts; a highlight whose quote is not
    at its position in the given text is listed under its article instead of drawn.
    ``questions`` lists every question of the exercise so unanswered ones show up.
    """
    styles = _styles(record)
    student = record.annotator.display_name
    title = f"{record.exercise_title} — {student}"
    return (
        f'<!DOCTYPE html>\n<html lang="{current_language()}"><head><meta charset="utf-8">\n'
        f"<title>{_e(title)}</title>\n<style>{CSS}</style></head>\n"
        '<body style="font-family: Georgia, \'Times New Roman\', serif">\n'
        f"<h1>{_e(record.exercise_title)}</h1>\n"
        f'<p class="meta">' + _e(ReportText.tr("Student:")) + f' <b>{_e(student)}</b><br>'
        + _e(ReportText.tr("Handed in: {time} · exercise revision {revision}").format(
            time=_when(record.handed_in), revision=record.exercise_revision))
        + f" · Source Annotator {_e(record.app_version)}</p>\n"
        + _legend(record, styles)
        + _articles(record, texts, styles)
        + _links(record)
        + _answers(record, questions)
        + "</body></html>\n"
    )


def dump_report(
    record: HandinRecord, texts: Mapping[uuid.UUID, str], questions: Sequence[ReportQuestion] = ()
) -> bytes:
    """The report as UTF-8 bytes, ready for an atomic write."""
    return render_report(record, texts, questions).encode("utf-8")
