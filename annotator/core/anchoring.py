"""Re-anchoring a quoted span in a text that has changed.

An annotation remembers its span as code-point offsets plus the quote itself (``exact``) and a
little context either side (``prefix``, ``suffix``), like the W3C TextQuoteSelector. When the
article text differs from the one the annotation was made on, the span is found again the way
Hypothesis and dom-anchor-text-quote do it:

1. ``position``: the old offsets still hold the quote with the same context;
2. ``exact``: every occurrence of the quote is scored by how well its surroundings match the
   prefix and suffix, and by its distance from the old position; the best wins;
3. ``fuzzy``: an approximate search (edit distance, the quote aligned in full against any
   substring of the text) finds candidates within an error budget, scored the same way.

Straight and typographic quotation marks, dashes and no-break spaces are compared as equal
during the search (they map one to one, so offsets are unaffected). If nothing is close
enough, :func:`reanchor` returns ``None`` and the caller keeps the annotation as an orphan.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
from rapidfuzz.distance import Levenshtein

__all__ = ["Anchor", "AnchorMethod", "reanchor"]

AnchorMethod = Literal["position", "exact", "fuzzy"]

QUOTE_WEIGHT = 50.0
PREFIX_WEIGHT = 20.0
SUFFIX_WEIGHT = 20.0
POSITION_WEIGHT = 2.0
MAX_EXACT_CANDIDATES = 5000
MAX_FUZZY_CANDIDATES = 50
MIN_FUZZY_LENGTH = 4
MAX_DP_CELLS = 30_000_000
LONG_QUOTE = 2000
EDGE_CHARS = 64

_FOLD = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u2033": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u202f": " ",
    }
)


@dataclass(frozen=True)
class Anchor:
    """Where a quote was found: code points ``[start, end)`` and how it was found."""

    start: int
    end: int
    method: AnchorMethod


def fold(text: str) -> str:
    """Typographic quotes, dashes and no-break spaces replaced by plain ones (same length)."""
    return text.translate(_FOLD)


def reanchor(
    text: str,
    exact: str,
    prefix: str = "",
    suffix: str = "",
    start: int | None = None,
    end: int | None = None,
    *,
    max_error_ratio: float = 0.3,
) -> Anchor | None:
    """Find ``exact`` (with its ``prefix``/``suffix`` context, formerly at ``start``-``end``)
    in ``text``; ``None`` when it cannot be placed with at most ``max_error_ratio`` edits per
    quoted character."""
    if not exact or not text:
        return None
    hint = start if start is not None else 0
    if start is not None and end is not None and _holds(text, exact, prefix, suffix, start, end):
        return Anchor(start, end, "position")
    folded_text, folded_exact = fold(text), fold(exact)
    found = _best_exact(text, folded_text, exact, folded_exact, prefix, suffix, hint)
    if found is not None:
        return found
    if len(exact) < MIN_FUZZY_LENGTH:
        return None
    if len(exact) > LONG_QUOTE:
        return _long_fuzzy(folded_text, folded_exact, prefix, suffix, hint, max_error_ratio)
    return _best_fuzzy(folded_text, folded_exact, prefix, suffix, hint, max_error_ratio)


def _long_fuzzy(
    folded_text: str,
    folded_exact: str,
    prefix: str,
    suffix: str,
    hint: int,
    max_error_ratio: float,
) -> Anchor | None:
    """A long quote is placed by its first and last stretches, each found fuzzily with the
    neighbouring part of the quote as context; the span between them must be about as long
    as the quote."""
    m, edge = len(folded_exact), EDGE_CHARS
    head = _best_fuzzy(
        folded_text,
        folded_exact[:edge],
        prefix,
        folded_exact[edge : 2 * edge],
        hint,
        max_error_ratio,
    )
    tail = _best_fuzzy(
        folded_text,
        folded_exact[-edge:],
        folded_exact[-2 * edge : -edge],
        suffix,
        hint + m - edge,
        max_error_ratio,
    )
    if head is None or tail is None or tail.end <= head.start:
        return None
    if abs((tail.end - head.start) - m) > m * max_error_ratio:
        return None
    return Anchor(head.start, tail.end, "fuzzy")


def _holds(text: str, exact: str, prefix: str, suffix: str, start: int, end: int) -> bool:
    if not 0 <= start < end <= len(text) or text[start:end] != exact:
        return False
    before = text[max(0, start - len(prefix)) : start]
    return before == prefix and text[end : end + len(suffix)] == suffix


def _context_score(folded_text: str, prefix: str, suffix: str, start: int, end: int) -> float:
    """How well the text around ``[start, end)`` matches the remembered context.

    Near either end of the text less context exists than was remembered; the part that exists
    is compared, and counts in proportion to how much of the context it covers (at least
    half), so a candidate is not punished for the text ending where nothing can be compared.
    """
    before = folded_text[max(0, start - len(prefix)) : start]
    after = folded_text[end : end + len(suffix)]
    return PREFIX_WEIGHT * _similarity(fold(prefix), before, from_end=True) + (
        SUFFIX_WEIGHT * _similarity(fold(suffix), after, from_end=False)
    )


def _similarity(context: str, found: str, *, from_end: bool) -> float:
    if not context:
        return 1.0
    if len(found) >= len(context):
        return Levenshtein.normalized_similarity(context, found)
    part = context[len(context) - len(found) :] if from_end else context[: len(found)]
    coverage = 0.5 + 0.5 * len(found) / len(context)
    return coverage * Levenshtein.normalized_similarity(part, found)


def _position_score(length: int, start: int, hint: int) -> float:
    return POSITION_WEIGHT * (1.0 - abs(start - hint) / max(length, 1))


def _best_exact(
    text: str,
    folded_text: str,
    exact: str,
    folded_exact: str,
    prefix: str,
    suffix: str,
    hint: int,
) -> Anchor | None:
    best: tuple[float, int] | None = None
    index = folded_text.find(folded_exact)
    seen = 0
    while index != -1 and seen < MAX_EXACT_CANDIDATES:
        seen += 1
        stop = index + len(exact)
        quote = 1.0 if text[index:stop] == exact else 0.99
        score = (
            QUOTE_WEIGHT * quote
            + _context_score(folded_text, prefix, suffix, index, stop)
            + _position_score(len(text), index, hint)
        )
        if best is None or score > best[0]:
            best = (score, index)
        index = folded_text.find(folded_exact, index + 1)
    if best is None:
        return None
    begin = best[1]
    method: AnchorMethod = "exact" if text[begin : begin + len(exact)] == exact else "fuzzy"
    return Anchor(begin, begin + len(exact), method)


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def _last_row(pattern: str, text: str, *, free_start: bool) -> np.ndarray:
    """Edit distances of ``pattern`` against every prefix end of ``text``.

    With ``free_start`` the match may begin anywhere in ``text`` (semi-global alignment: the
    result at ``j`` is the fewest edits turning ``pattern`` into some ``text[i:j]``); without
    it the match must begin at 0. Row by row, the left-neighbour recurrence is solved with a
    running minimum so each row is a handful of vector operations.
    """
    codes = _codes(text)
    n = len(text)
    ramp = np.arange(n + 1, dtype=np.int32)
    previous = np.zeros(n + 1, dtype=np.int32) if free_start else ramp.copy()
    current = np.empty(n + 1, dtype=np.int32)
    for i, char in enumerate(pattern, start=1):
        cost = (codes != ord(char)).astype(np.int32)
        current[0] = i
        np.minimum(previous[:-1] + cost, previous[1:] + 1, out=current[1:])
        current = np.minimum.accumulate(current - ramp) + ramp
        previous = current
        current = np.empty(n + 1, dtype=np.int32)
    return previous


def _best_fuzzy(
    folded_text: str,
    folded_exact: str,
    prefix: str,
    suffix: str,
    hint: int,
    max_error_ratio: float,
) -> Anchor | None:
    m = len(folded_exact)
    budget = int(m * max_error_ratio)
    if budget < 1:
        return None
    offset = 0
    search = folded_text
    if m * len(folded_text) > MAX_DP_CELLS:  # very long quote in a long text: look nearby
        reach = max(MAX_DP_CELLS // m // 2, 4 * m)
        offset = max(0, hint - reach)
        search = folded_text[offset : hint + reach + m]
    errors = _last_row(folded_exact, search, free_start=True)
    ends = np.flatnonzero(errors <= budget)
    if ends.size == 0:
        return None
    # Keep the end of each run of acceptable ends with the fewest errors.
    candidates: list[int] = []
    run: list[int] = []
    for j in ends.tolist():
        if run and j != run[-1] + 1:
            candidates.append(min(run, key=lambda k: (errors[k], k)))
            run = []
        run.append(j)
    candidates.append(min(run, key=lambda k: (errors[k], k)))
    candidates.sort(key=lambda k: errors[k])
    best: tuple[float, int, int] | None = None
    for stop in candidates[:MAX_FUZZY_CANDIDATES]:
        begin = _start_for(folded_exact, search, stop, budget)
        if begin >= stop:
            continue
        quote = 1.0 - int(errors[stop]) / m
        s, e = begin + offset, stop + offset
        score = (
            QUOTE_WEIGHT * quote
            + _context_score(folded_text, prefix, suffix, s, e)
            + _position_score(len(folded_text), s, hint)
        )
        if best is None or score > best[0]:
            best = (score, s, e)
    if best is None:
        return None
    return Anchor(best[1], best[2], "fuzzy")


def _start_for(pattern: str, text: str, stop: int, budget: int) -> int:
    """Where the best alignment of ``pattern`` ending at ``stop`` begins."""
    first = max(0, stop - len(pattern) - budget)
    window = text[first:stop][::-1]
    row = _last_row(pattern[::-1], window, free_start=False)
    lowest = int(row.min())
    lengths = np.flatnonzero(row == lowest)
    length = int(lengths[np.argmin(np.abs(lengths - len(pattern)))])
    return stop - length
