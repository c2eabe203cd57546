"""Snapping a reader's selection to whole words, and stepping span edges word by word.

All offsets are code points into the NFC article text (see :mod:`annotator.core.offsets`),
start inclusive, end exclusive. Nothing here knows about Qt.

A *word character* is a letter or digit, a combining mark, a symbol such as an emoji (with
its zero-width joiner), or an apostrophe or hyphen standing between two of those (so that
"don't" and "Jong-un" are single words). Snapping widens a selection to the word
boundaries around its ends, then drops whitespace and punctuation from both ends.
"""

from __future__ import annotations

import unicodedata

__all__ = [
    "is_word_boundary",
    "next_word_end",
    "next_word_start",
    "previous_word_end",
    "previous_word_start",
    "snap_selection",
]

ZWJ = "\u200d"
CONNECTORS = frozenset("'’-‐‑")


def _base_core(ch: str) -> bool:
    if ch.isalnum() or ch == ZWJ:
        return True
    return unicodedata.category(ch) in ("So", "Sk")


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M"


def _core(text: str, i: int) -> bool:
    """A letter, digit or symbol, or a combining mark attached to one."""
    while i >= 0 and _is_mark(text[i]):
        i -= 1
    return i >= 0 and _base_core(text[i])


def _wordish(text: str, i: int) -> bool:
    """True when ``text[i]`` belongs to a word."""
    if _core(text, i):
        return True
    return (
        text[i] in CONNECTORS
        and 0 < i < len(text) - 1
        and _core(text, i - 1)
        and _core(text, i + 1)
    )


def is_word_boundary(text: str, pos: int) -> bool:
    """True unless ``pos`` lies between two characters of the same word."""
    if pos <= 0 or pos >= len(text):
        return True
    return not (_wordish(text, pos - 1) and _wordish(text, pos))


def _trimmable(text: str, i: int) -> bool:
    """Whitespace, punctuation, controls, and combining marks with nothing to sit on."""
    if _core(text, i):
        return False
    ch = text[i]
    return ch.isspace() or unicodedata.category(ch)[0] in "PZCM"


def snap_selection(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Widen ``start..end`` to whole words and drop surrounding whitespace and punctuation.

    Returns ``None`` when nothing but whitespace and punctuation is selected.
    """
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    if start >= end:
        return None
    while not is_word_boundary(text, start):
        start -= 1
    while not is_word_boundary(text, end):
        end += 1
    while start < end and _trimmable(text, start):
        start += 1
    while start < end and _trimmable(text, end - 1):
        end -= 1
    if start >= end:
        return None
    return start, end


def _is_word_start(text: str, pos: int) -> bool:
    return pos < len(text) and _wordish(text, pos) and is_word_boundary(text, pos)


def _is_word_end(text: str, pos: int) -> bool:
    return pos > 0 and _wordish(text, pos - 1) and is_word_boundary(text, pos)


def next_word_end(text: str, pos: int) -> int:
    """The first end of a word after ``pos`` (or ``pos`` itself if there is none)."""
    for p in range(pos + 1, len(text) + 1):
        if _is_word_end(text, p):
            return p
    return pos


def previous_word_end(text: str, pos: int) -> int:
    """The last end of a word before ``pos`` (or ``pos`` itself if there is none)."""
    for p in range(min(pos, len(text) + 1) - 1, 0, -1):
        if _is_word_end(text, p):
            return p
    return pos


def next_word_start(text: str, pos: int) -> int:
    """The first start of a word after ``pos`` (or ``pos`` itself if there is none)."""
    for p in range(pos + 1, len(text)):
        if _is_word_start(text, p):
            return p
    return pos


def previous_word_start(text: str, pos: int) -> int:
    """The last start of a word before ``pos`` (or ``pos`` itself if there is none)."""
    for p in range(min(pos, len(text)) - 1, -1, -1):
        if _is_word_start(text, p):
            return p
    return pos
