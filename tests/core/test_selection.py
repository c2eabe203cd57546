"""Snapping selections to whole words, with emoji, combining marks and punctuation."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.selection import (
    is_word_boundary,
    next_word_end,
    next_word_start,
    previous_word_end,
    previous_word_start,
    snap_selection,
)

TEXT = "Kim Jong-un said: “We don't know.” Then 👩‍💻 café e\u0301te."


def snapped(text: str, start: int, end: int) -> str | None:
    span = snap_selection(text, start, end)
    return None if span is None else text[span[0]:span[1]]


def test_partial_words_widen_to_whole_words() -> None:
    i = TEXT.index("ong")
    assert snapped(TEXT, i, i + 2) == "Jong-un"
    j = TEXT.index("on't")
    assert snapped(TEXT, j, j + 1) == "don't"


def test_surrounding_whitespace_and_punctuation_are_dropped() -> None:
    i = TEXT.index("“")
    assert snapped(TEXT, i - 2, TEXT.index("”") + 2) == "We don't know"
    assert snapped(TEXT, TEXT.index(":"), TEXT.index(":") + 2) is None


def test_emoji_sequences_and_combining_marks_stay_whole() -> None:
    i = TEXT.index("👩")
    assert snapped(TEXT, i + 1, i + 2) == "👩‍💻"
    k = TEXT.index("e\u0301te")
    assert snapped(TEXT, k, k + 1) == "e\u0301te"
    assert snapped(TEXT, k + 1, k + 2) == "e\u0301te"


def test_an_orphan_combining_mark_is_dropped() -> None:
    text = "(\u0301abc)"
    assert snapped(text, 0, len(text)) == "abc"


def test_word_steps() -> None:
    text = "one two, three"
    assert next_word_end(text, 3) == 7
    assert previous_word_end(text, 7) == 3
    assert next_word_start(text, 0) == 4
    assert previous_word_start(text, 4) == 0
    assert next_word_end(text, len(text)) == len(text)
    assert previous_word_start(text, 0) == 0


alphabet = st.sampled_from(
    [*"ab zé.,;:!?'-\n\t()\"", "\u0301", "\u0308", "😀", "👩", "\u200d", "💻", "’", "“"]
)


@st.composite
def text_and_span(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(st.text(alphabet=alphabet, max_size=40))
    a = draw(st.integers(0, len(text)))
    b = draw(st.integers(0, len(text)))
    return text, a, b


@given(text_and_span())
def test_snapping_properties(case: tuple[str, int, int]) -> None:
    text, a, b = case
    span = snap_selection(text, a, b)
    lo, hi = min(a, b), max(a, b)
    words_inside = any(
        ch.isalnum() or unicodedata.category(ch) == "So" for ch in text[lo:hi]
    )
    if span is None:
        assert not words_inside
        return
    start, end = span
    assert 0 <= start < end <= len(text)
    # boundaries never cut a word, and both ends carry no whitespace or punctuation
    assert is_word_boundary(text, start) and is_word_boundary(text, end)
    for ch in (text[start], text[end - 1]):
        assert not ch.isspace()
        assert unicodedata.category(ch)[0] != "P"
    # everything word-like that was selected is still covered
    for i in range(lo, hi):
        if text[i].isalnum():
            assert start <= i < end
    # snapping twice changes nothing
    assert snap_selection(text, start, end) == span


@given(text_and_span())
def test_word_steps_move_monotonically(case: tuple[str, int, int]) -> None:
    text, a, _ = case
    assert next_word_end(text, a) >= a and next_word_start(text, a) >= a
    assert previous_word_end(text, a) <= a and previous_word_start(text, a) <= a
    end = next_word_end(text, a)
    if end != a:
        assert is_word_boundary(text, end)
