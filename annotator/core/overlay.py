"""The class overlay: per character, who highlighted it and with which tag.

Everything is a numpy array, built with difference arrays and cumulative sums (no
per-character Python loops). Between two span boundaries nobody's marking changes, so the
overlay is worked out per *column*: a maximal stretch of characters where every annotator
gives every tag the same answer (at most two per span, however long the text). The
per-character arrays are the column arrays repeated over each column's width, made when
first asked for; the agreement measures count each column once with its width as weight
(:mod:`annotator.core.agreement`).

Conventions:

* ``tag_cover[a, t, x]`` is True when annotator ``a`` has at least one span of tag ``t``
  covering character ``x`` (several overlapping spans of one annotator count once).
* ``labels[a, x]`` is one value per annotator and character for the single-valued measures:
  0 for "none", ``t + 1`` for tag ``t``. When an annotator's own spans of *different* tags
  overlap at a character, the first of those tags in tag-set order is taken; the per-tag
  measures (``tag_counts``, per-tag agreement) still count every tag.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from annotator.core.spans import Span, check_spans

__all__ = ["Overlay", "Run", "class_overlay"]


@dataclass(frozen=True)
class Run:
    """A maximal stretch ``[start, end)`` that paints the same way."""

    start: int
    end: int
    coverage: int
    majority: int  # tag index, -1 when nobody highlighted
    disagreement: bool


@dataclass(frozen=True, eq=False)
class Overlay:
    n_chars: int
    tags: tuple[str, ...]
    annotators: tuple[str, ...]
    spans: tuple[Span, ...]
    columns: np.ndarray  # (S,) int64: the first character of each column (0 first)
    widths: np.ndarray  # (S,) int64: its length in characters (they sum to n_chars)
    column_cover: np.ndarray  # (annotators, tags, S) bool: tag_cover per column
    column_labels: np.ndarray  # (annotators, S): labels per column
    column_coverage: np.ndarray  # (S,) int32
    column_tag_counts: np.ndarray  # (tags, S) int32
    column_value_counts: np.ndarray  # (tags+1, S) int32
    column_majority: np.ndarray  # (S,) int64
    column_tag_disagreement: np.ndarray  # (S,) float64
    column_disagreement: np.ndarray  # (S,) bool
    _by_start: tuple[Span, ...] = field(default=(), repr=False)

    def per_character(self, columns: np.ndarray) -> np.ndarray:
        """A column array (columns last) repeated over each column's characters."""
        return np.repeat(columns, self.widths, axis=-1)

    @cached_property
    def tag_cover(self) -> np.ndarray:
        """(annotators, tags, n) bool."""
        return self.per_character(self.column_cover)

    @cached_property
    def labels(self) -> np.ndarray:
        """(annotators, n) int8: 0 none, t+1 tag t."""
        return self.per_character(self.column_labels)

    @cached_property
    def coverage(self) -> np.ndarray:
        """(n,) distinct annotators highlighting with any tag."""
        return self.per_character(self.column_coverage)

    @cached_property
    def tag_counts(self) -> np.ndarray:
        """(tags, n) distinct annotators per tag."""
        return self.per_character(self.column_tag_counts)

    @cached_property
    def value_counts(self) -> np.ndarray:
        """(tags+1, n) annotators per single value (0 = none)."""
        return self.per_character(self.column_value_counts)

    @cached_property
    def majority(self) -> np.ndarray:
        """(n,) tag index chosen by most, -1 none."""
        return self.per_character(self.column_majority)

    @cached_property
    def tag_disagreement(self) -> np.ndarray:
        """(n,) share of highlighters not choosing the majority tag."""
        return self.per_character(self.column_tag_disagreement)

    @cached_property
    def disagreement(self) -> np.ndarray:
        """(n,) bool: highlighters chose at least two different tags."""
        return self.per_character(self.column_disagreement)

    def cover_with(self, bounds: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The columns cut again at ``bounds`` (character positions, such as another
        markup's span ends) and the ``(annotators, tags, columns)`` cover over them."""
        extra = np.asarray(bounds, dtype=np.int64)
        columns = np.union1d(self.columns, extra[(extra > 0) & (extra < self.n_chars)])
        within = np.searchsorted(self.columns, columns, side="right") - 1
        return columns.astype(np.int64), self.column_cover[:, :, within]

    def column_of(self, pos: int) -> int:
        """The column holding character ``pos``."""
        return int(np.searchsorted(self.columns, pos, side="right")) - 1

    @property
    def n_annotators(self) -> int:
        return len(self.annotators)

    def counts_at(self, pos: int) -> dict[str, int]:
        """How many annotators highlighted character ``pos`` with each tag (for hover)."""
        self._check_pos(pos)
        k = self.column_of(pos)
        return {tag: int(self.column_tag_counts[t, k]) for t, tag in enumerate(self.tags)}

    def annotators_at(self, pos: int) -> dict[str, list[Span]]:
        """The annotators whose spans cover ``pos``, each with those spans (for a click)."""
        self._check_pos(pos)
        found: dict[str, list[Span]] = {}
        for span in self._by_start:
            if span.start > pos:
                break
            if pos < span.end:
                found.setdefault(span.annotator, []).append(span)
        return {a: found[a] for a in self.annotators if a in found}

    def run_arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """:meth:`runs` as five arrays (start, end, coverage, majority, disagreement), one
        element per run, without a Python object per run (for painting long texts)."""
        if self.n_chars == 0:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, empty, empty, np.zeros(0, dtype=bool)
        coverage, majority = self.column_coverage, self.column_majority
        disputed = self.column_disagreement
        change = (coverage[1:] != coverage[:-1])
        change |= majority[1:] != majority[:-1]
        change |= disputed[1:] != disputed[:-1]
        first = np.concatenate([[0], np.flatnonzero(change) + 1]).astype(np.int64)
        starts = self.columns[first].astype(np.int64)
        ends = np.concatenate([starts[1:], [self.n_chars]]).astype(np.int64)
        return (starts, ends, coverage[first].astype(np.int64),
                majority[first].astype(np.int64), disputed[first])

    def runs(self) -> list[Run]:
        """Maximal runs of equal (coverage, majority tag, disagreement) for painting."""
        starts, ends, coverage, majority, disagreement = self.run_arrays()
        return [
            Run(s, e, c, t, d)
            for s, e, c, t, d in zip(starts.tolist(), ends.tolist(), coverage.tolist(),
                                     majority.tolist(), disagreement.tolist(), strict=True)
        ]

    def _check_pos(self, pos: int) -> None:
        if not 0 <= pos < self.n_chars:
            raise IndexError(f"position {pos} lies outside a text of {self.n_chars} characters")


def _cover_rows(n_rows: int, width: int, rows: np.ndarray, starts: np.ndarray,
                ends: np.ndarray) -> np.ndarray:
    """``(n_rows, width)`` bool: does some ``[starts, ends)`` of row ``rows`` cover the
    position. Difference arrays and a cumulative sum, a block of rows at a time so that the
    int32 work space stays near 32 MB whatever the class size."""
    cover = np.zeros((n_rows, width), dtype=bool)
    if rows.size == 0 or width == 0:
        return cover
    stride = width + 1
    block = max(1, (1 << 23) // stride)
    order = np.argsort(rows, kind="stable")
    rows, starts, ends = rows[order], starts[order], ends[order]
    for first in range(0, n_rows, block):
        lo, hi = np.searchsorted(rows, [first, first + block])
        if lo == hi:
            continue
        local = rows[lo:hi] - first
        count = min(block, n_rows - first)
        diff = np.zeros(count * stride, dtype=np.int32)
        np.add.at(diff, local * stride + starts[lo:hi], 1)
        np.add.at(diff, local * stride + ends[lo:hi], -1)
        depth = np.cumsum(diff.reshape(count, stride)[:, :width], axis=1, dtype=np.int32)
        cover[first : first + count] = depth > 0
    return cover


def _rows_and_bounds(spans: Sequence[Span], tags: Sequence[str], annotators: Sequence[str],
                     ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each listed annotator's span as (row = annotator x tags + tag, start, end)."""
    a_index = {a: i for i, a in enumerate(annotators)}
    t_index = {t: i for i, t in enumerate(tags)}
    n_tags = len(tags)
    kept = [s for s in spans if s.annotator in a_index]
    rows = np.array([a_index[s.annotator] * n_tags + t_index[s.tag] for s in kept],
                    dtype=np.int64)
    starts = np.array([s.start for s in kept], dtype=np.int64)
    ends = np.array([s.end for s in kept], dtype=np.int64)
    return rows, starts, ends


def tag_cover_array(
    n_chars: int, spans: Sequence[Span], tags: Sequence[str], annotators: Sequence[str],
    columns: np.ndarray | None = None,
) -> np.ndarray:
    """``(annotators, tags, n)`` bool: does annotator ``a`` cover ``x`` with tag ``t``.

    With ``columns`` (the first character of each column, 0 first) the last axis is the
    columns instead of the characters; every span must begin and end where a column
    begins (or at the text's end), else ``ValueError``."""
    rows, starts, ends = _rows_and_bounds(spans, tags, annotators)
    width = n_chars
    if columns is not None:
        width = len(columns)
        first, after = np.searchsorted(columns, starts), np.searchsorted(columns, ends)
        edges = np.append(columns, n_chars)
        if (edges[np.minimum(first, width)] != starts).any() or (edges[after] != ends).any():
            raise ValueError("a span begins or ends inside a column")
        starts, ends = first, after
    cover = _cover_rows(len(annotators) * len(tags), width, rows, starts, ends)
    return cover.reshape(len(annotators), len(tags), width)


def _first_tags(cover: np.ndarray) -> np.ndarray:
    """``(annotators, S)`` labels from ``(annotators, tags, S)`` cover: 0 for none, else
    ``t + 1`` for the first tag ``t`` (in tag-set order) the annotator covers it with."""
    n_tags = cover.shape[1]
    kind = np.int8 if n_tags < 127 else np.int32
    if n_tags > 12:
        labels = np.zeros((cover.shape[0], cover.shape[2]), dtype=kind)
        for t in range(n_tags - 1, -1, -1):  # the first tag in tag-set order wins
            labels[cover[:, t]] = t + 1
        return labels
    # the tags as bits of one code per annotator and column, then the lowest bit set
    bits = cover.view(np.uint8)
    code = np.zeros((cover.shape[0], cover.shape[2]), dtype=np.uint16)
    for t in range(n_tags):
        code |= bits[:, t].astype(np.uint16) << t
    lowest = np.zeros(1 << n_tags, dtype=kind)
    for c in range(1, 1 << n_tags):
        lowest[c] = (c & -c).bit_length()
    return lowest[code]


def class_overlay(
    n_chars: int, spans: Sequence[Span], tags: Sequence[str], annotators: Sequence[str]
) -> Overlay:
    """Build the overlay of ``annotators``' spans over a text of ``n_chars`` characters.

    Spans of annotators not listed are ignored (the caller toggles students off by leaving them
    out). A span outside the text or with a tag not in ``tags`` raises ``ValueError``.
    """
    if len(set(annotators)) != len(annotators):
        raise ValueError("each annotator may be listed only once")
    check_spans(n_chars, spans, tags)
    n_tags = len(tags)
    rows, starts, ends = _rows_and_bounds(spans, tags, annotators)
    # columns: between two span boundaries nobody's marking changes
    bounds = np.unique(np.concatenate([np.zeros(1 if n_chars else 0, dtype=np.int64),
                                       starts, ends]))
    columns = bounds[bounds < n_chars]
    width = columns.size
    first, after = np.searchsorted(columns, starts), np.searchsorted(columns, ends)
    cover = _cover_rows(len(annotators) * n_tags, width, rows, first, after)
    if width > 1:  # neighbours nobody tells apart (a span ending where the same begins):
        # a column begins where a span begins or ends; it is new where that changes a row
        row = np.concatenate([rows, rows])
        at = np.concatenate([first, after])
        inside = (at > 0) & (at < width)
        row, at = row[inside], at[inside]
        new = np.zeros(width, dtype=bool)
        new[0] = True
        new[at[cover[row, at] != cover[row, at - 1]]] = True
        if not new.all():
            cover, columns = cover[:, new], columns[new]
            width = columns.size
    widths = np.diff(np.append(columns, n_chars)).astype(np.int64)
    cover = cover.reshape(len(annotators), n_tags, width)
    if len(annotators) < 256:  # added up as bytes: no count can carry over
        tag_counts = cover.view(np.uint8).sum(axis=0, dtype=np.uint8).astype(np.int32)
    else:
        tag_counts = cover.sum(axis=0, dtype=np.int32)  # (T, S)
    labels = _first_tags(cover)
    value_counts = np.zeros((n_tags + 1, width), dtype=np.int32)
    for v in range(n_tags + 1):
        value_counts[v] = (labels == v).sum(axis=0)
    coverage = (len(annotators) - value_counts[0]).astype(np.int32)  # highlighted at all
    chosen = value_counts[1:]
    if n_tags:
        top = chosen.max(axis=0)
        majority = np.where(coverage > 0, np.argmax(chosen, axis=0), -1).astype(np.int64)
        distinct = (chosen > 0).sum(axis=0)
    else:
        top = np.zeros(width, dtype=np.int32)
        majority = np.full(width, -1, dtype=np.int64)
        distinct = np.zeros(width, dtype=np.int64)
    with np.errstate(divide="ignore", invalid="ignore"):
        tag_disagreement = np.where(coverage > 0, 1.0 - top / np.maximum(coverage, 1), 0.0)
    listed = set(annotators)
    kept = tuple(s for s in spans if s.annotator in listed)
    by_start = np.lexsort((ends, starts))  # stable: as sorted by (start, end)
    return Overlay(
        n_chars=n_chars,
        tags=tuple(tags),
        annotators=tuple(annotators),
        spans=kept,
        columns=columns.astype(np.int64),
        widths=widths,
        column_cover=cover,
        column_labels=labels,
        column_coverage=coverage,
        column_tag_counts=tag_counts,
        column_value_counts=value_counts,
        column_majority=majority,
        column_tag_disagreement=tag_disagreement,
        column_disagreement=distinct >= 2,
        _by_start=tuple(kept[k] for k in by_start.tolist()),
    )
