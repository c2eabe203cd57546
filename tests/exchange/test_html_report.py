"""The printable report: everything escaped, overlapping highlights nested, every section."""

from __future__ import annotations

import dataclasses
import uuid
from html.parser import HTMLParser

import pytest
from handin_sample import TEXT, sample_record
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.text import quote_context
from annotator.exchange.handin_records import HandinAnnotation, HandinAnnotator, HandinTag
from annotator.exchange.html_report import ReportQuestion, render_report, tag_letters
from annotator.exchange.report_spans import cut_pieces

VOID = {"br", "meta", "img", "hr"}


class _Checker(HTMLParser):
    """Records every element and checks that tags close in the order they opened."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []
        self.highlighted: list[tuple[int, str]] = []  # (nesting depth, text) inside span.hl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        depth = self.stack.count("span")
        if depth:
            self.highlighted.append((depth, data))


def _parse(document: str) -> _Checker:
    checker = _Checker()
    checker.feed(document)
    checker.close()
    assert checker.stack == [], f"unclosed: {checker.stack}"
    return checker


def _texts(record: object) -> dict[uuid.UUID, str]:
    return {record.articles[0].id: TEXT}  # type: ignore[attr-defined]


def test_script_in_a_note_a_name_and_a_label_is_shown_as_text() -> None:
    evil = "<script>alert('x')</script>"
    record = sample_record(notes=(evil, "fine"))
    record = dataclasses.replace(
        record,
        annotator=HandinAnnotator(record.annotator.id, f"{evil}&amp;"),
        exercise_title=f"<img src=x onerror=alert(1)>{evil}",
        tags=(dataclasses.replace(record.tags[0], label=evil, colour="red;x:expression(1)"),
              record.tags[1]),
    )
    document = render_report(record, _texts(record))
    checker = _parse(document)
    assert "script" not in checker.tags and "img" not in checker.tags
    assert "<script>" not in document and "&lt;script&gt;" in document
    assert "&amp;amp;" in document  # an entity in a name is shown literally, not decoded
    assert "expression" not in document  # a colour that is not #rrggbb is never used
    shown = "".join(checker.text)
    assert evil in shown and f"{evil}&amp;" in shown


def test_overlapping_highlights_nest_and_keep_every_character() -> None:
    base = sample_record()
    text = "Alpha beta gamma delta epsilon"
    spans = [(0, 16), (6, 22), (11, 16), (17, 30)]  # overlap, containment, adjacency
    annotations = []
    for n, (start, end) in enumerate(spans):
        prefix, exact, suffix = quote_context(text, start, end)
        tag = base.tags[n % 2]
        annotations.append(HandinAnnotation(
            uuid.UUID(int=n + 1), base.articles[0].id, start, end, exact, prefix, suffix,
            tag.id, tag.key, f"note {n}" if n % 2 else "", base.handed_in, base.handed_in,
        ))
    record = dataclasses.replace(base, annotations=tuple(annotations), links=())
    checker = _parse(render_report(record, {base.articles[0].id: text}))
    depth = {d for d, _ in checker.highlighted if d}
    assert max(depth) == 3  # "gamma" lies inside three highlights
    assert (3, "gamma") in checker.highlighted
    assert "".join(t for d, t in checker.highlighted if d and t != "Claim" and t != "=Opinion") \
        .replace(" ", "") == text.replace(" ", "")
    # The two notes are footnotes 1 and 2, marked after their spans.
    body = "".join(checker.text)
    assert "C [1]" not in body and "O [1]" in body and "O [2]" in body


def test_every_section_is_there() -> None:
    record = sample_record()
    question = ReportQuestion(uuid.uuid4(), "Who wrote it?")
    document = render_report(
        record, _texts(record), [ReportQuestion(record.answers[0].question_id, "How reliable?"),
                                 question],
    )
    checker = _parse(document)
    shown = " ".join(checker.text)
    for expected in ("Legend and counts", "Source evaluation", "Links", "Notes",
                     "Who wrote it?", "not answered", "2 / 5", "Not very", "supports",
                     "@Alex", "-Minus title"):
        assert expected in shown, expected
    assert "@media print" in document and "page-break-before: always" in document
    assert "serif" in document
    # Both quotes of a link appear in its row.
    link_row = document.split("<h2 style=\"page-break-before: always\">Links</h2>")[1]
    assert "the plan &quot;will work&quot;" in link_row and "=cmd|" in link_row


def test_a_highlight_that_no_longer_fits_is_listed_not_drawn() -> None:
    record = sample_record()
    changed = "Completely different text now."
    checker = _parse(render_report(record, {record.articles[0].id: changed}))
    assert "Highlights that no longer fit this text" in " ".join(checker.text)
    assert checker.highlighted == [(1, "Claim"), (1, "=Opinion")]  # only the legend


def test_missing_article_text_is_said_plainly() -> None:
    checker = _parse(render_report(sample_record(), {}))
    assert "The text of this article is not available." in " ".join(checker.text)


def test_tag_letters_are_distinct() -> None:
    tags = [HandinTag(uuid.UUID(int=i), key, label, "#000000")
            for i, (key, label) in enumerate([("claim", "Claim"), ("c2", "Context"),
                                              ("c3", "Ce"), ("x", "??"), ("y", "")])]
    letters = tag_letters(tags)
    assert list(letters.values()) == ["C", "O", "E", "X", "Y"]


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet="ab \n😀é", min_size=1, max_size=40),
    raw=st.lists(st.tuples(st.integers(0, 40), st.integers(1, 20)), max_size=6),
)
def test_pieces_cover_the_text_once(text: str, raw: list[tuple[int, int]]) -> None:
    spans = [(s, min(s + n, len(text))) for s, n in raw if s < len(text)]
    pieces = cut_pieces(text, spans)
    assert "".join(text[p.start : p.end] for p in pieces) == text
    for p in pieces:
        assert set(p.covering) == {i for i, (s, e) in enumerate(spans) if s <= p.start < e}
    assert sorted(i for p in pieces for i in p.ending) == sorted(range(len(spans)))


def test_span_outside_the_text_is_refused() -> None:
    with pytest.raises(ValueError, match="outside"):
        cut_pieces("abc", [(1, 9)])
