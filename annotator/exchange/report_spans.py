"""Cutting an article into pieces for highlighting, so overlapping spans nest correctly.

Overlapping highlights cannot be written as overlapping HTML elements. The text is cut at
every span boundary (and at line breaks); each piece lists the spans that cover it, outermost
first, so every piece can open and close its own properly nested elements.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from annotator.core.text import SpanText

__all__ = ["Piece", "cut_pieces", "nesting_order"]


@dataclass(frozen=True)
class Piece:
    """``text[start:end]``, covered by the spans ``covering`` (indices, outermost first);
    ``ending`` are the spans that end exactly at ``end``."""

    start: int
    end: int
    covering: tuple[int, ...]
    ending: tuple[int, ...]


def nesting_order(spans: Sequence[tuple[int, int]]) -> list[int]:
    """Span indices from outermost to innermost: earlier start first, then longer first."""
    return sorted(range(len(spans)), key=lambda i: (spans[i][0], -spans[i][1], i))


def cut_pieces(text: str, spans: Sequence[tuple[int, int]]) -> list[Piece]:
    """Cut ``text`` at every boundary of ``spans`` (code-point ``(start, end)`` pairs inside
    the text) and after every line break."""
    for start, end in spans:
        if not 0 <= start < end <= len(text):
            raise ValueError(SpanText.tr(
                "span {start}-{end} lies outside a text of %n character(s)", "",
                len(text)).format(start=start, end=end))
    order = nesting_order(spans)
    rank = {index: r for r, index in enumerate(order)}
    cuts = {0, len(text)}
    for start, end in spans:
        cuts.update((start, end))
    cuts.update(i + 1 for i, ch in enumerate(text) if ch == "\n")
    bounds = sorted(cuts)
    pieces: list[Piece] = []
    for start, end in pairwise(bounds):
        covering = sorted(
            (i for i, (s, e) in enumerate(spans) if s <= start and end <= e), key=rank.__getitem__
        )
        ending = tuple(i for i in order if spans[i][1] == end)
        pieces.append(Piece(start, end, tuple(covering), ending))
    return pieces
