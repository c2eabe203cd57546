"""The class overlay: per character, who highlighted it and with which tag.

Everything is a numpy array over the characters of one article, built with difference arrays
and cumulative sums (no per-character Python loops), so a class of 40 students on a long
article is computed in milliseconds.

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
    tag_cover: np.ndarray  # (annotators, tags, n) bool
    labels: np.ndarray  # (annotators, n) int8: 0 none, t+1 tag t
    coverage: np.ndarray  # (n,) distinct annotators highlighting with any tag
    tag_counts: np.ndarray  # (tags, n) distinct annotators per tag
    value_counts: np.ndarray  # (tags+1, n) annotators per single value (0 = none)
    majority: np.ndarray  # (n,) tag index chosen by most, -1 none
    tag_disagreement: np.ndarray  # (n,) share of highlighters not choosing the majority tag
    disagreement: np.ndarray  # (n,) bool: highlighters chose at least two different tags
    _by_start: tuple[Span, ...] = field(default=(), repr=False)

    @property
    def n_annotators(self) -> int:
        return len(self.annotators)

    def counts_at(self, pos: int) -> dict[str, int]:
        """How many annotators highlighted character ``pos`` with each tag (for hover)."""
        self._check_pos(pos)
        return {tag: int(self.tag_counts[t, pos]) for t, tag in enumerate(self.tags)}

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
        change = (self.coverage[1:] != self.coverage[:-1])
        change |= self.majority[1:] != self.majority[:-1]
        change |= self.disagreement[1:] != self.disagreement[:-1]
        starts = np.concatenate([[0], np.flatnonzero(change) + 1]).astype(np.int64)
        ends = np.concatenate([starts[1:], [self.n_chars]]).astype(np.int64)
        return (starts, ends, self.coverage[starts].astype(np.int64),
                self.majority[starts].astype(np.int64), self.disagreement[starts])

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


def tag_cover_array(
    n_chars: int, spans: Sequence[Span], tags: Sequence[str], annotators: Sequence[str]
) -> np.ndarray:
    """``(annotators, tags, n)`` bool: does annotator ``a`` cover ``x`` with tag ``t``.

    Difference arrays and a cumulative sum, a block of rows at a time so that the int32
    work space stays near 32 MB whatever the class size."""
    a_index = {a: i for i, a in enumerate(annotators)}
    t_index = {t: i for i, t in enumerate(tags)}
    n_tags = len(tags)
    cover = np.zeros((len(annotators), n_tags, n_chars), dtype=bool)
    kept = [s for s in spans if s.annotator in a_index]
    if not kept or n_chars == 0 or n_tags == 0:
        return cover
    rows = np.array([a_index[s.annotator] * n_tags + t_index[s.tag] for s in kept])
    starts = np.array([s.start for s in kept])
    ends = np.array([s.end for s in kept])
    flat = cover.reshape(len(annotators) * n_tags, n_chars)
    width = n_chars + 1
    block = max(1, (1 << 23) // width)
    order = np.argsort(rows, kind="stable")
    rows, starts, ends = rows[order], starts[order], ends[order]
    for first in range(0, flat.shape[0], block):
        lo, hi = np.searchsorted(rows, [first, first + block])
        if lo == hi:
            continue
        local = rows[lo:hi] - first
        count = min(block, flat.shape[0] - first)
        diff = np.zeros(count * width, dtype=np.int32)
        np.add.at(diff, local * width + starts[lo:hi], 1)
        np.add.at(diff, local * width + ends[lo:hi], -1)
        depth = np.cumsum(diff.reshape(count, width)[:, :n_chars], axis=1, dtype=np.int32)
        flat[first : first + count] = depth > 0
    return cover


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
    cover = tag_cover_array(n_chars, spans, tags, annotators)
    tag_counts = cover.sum(axis=0, dtype=np.int32)  # (T, n)
    any_cover = cover.any(axis=1)  # (A, n)
    coverage = any_cover.sum(axis=0, dtype=np.int32)
    labels = np.zeros((len(annotators), n_chars), dtype=np.int8 if n_tags < 127 else np.int32)
    for t in range(n_tags - 1, -1, -1):  # the first tag in tag-set order wins
        labels[cover[:, t]] = t + 1
    value_counts = np.zeros((n_tags + 1, n_chars), dtype=np.int32)
    for v in range(n_tags + 1):
        value_counts[v] = (labels == v).sum(axis=0)
    chosen = value_counts[1:]
    if n_tags:
        top = chosen.max(axis=0)
        majority = np.where(coverage > 0, np.argmax(chosen, axis=0), -1).astype(np.int64)
        distinct = (chosen > 0).sum(axis=0)
    else:
        top = np.zeros(n_chars, dtype=np.int32)
        majority = np.full(n_chars, -1, dtype=np.int64)
        distinct = np.zeros(n_chars, dtype=np.int64)
    with np.errstate(divide="ignore", invalid="ignore"):
        tag_disagreement = np.where(coverage > 0, 1.0 - top / np.maximum(coverage, 1), 0.0)
    listed = set(annotators)
    kept = tuple(s for s in spans if s.annotator in listed)
    return Overlay(
        n_chars=n_chars,
        tags=tuple(tags),
        annotators=tuple(annotators),
        spans=kept,
        tag_cover=cover,
        labels=labels,
        coverage=coverage,
        tag_counts=tag_counts,
        value_counts=value_counts,
        majority=majority,
        tag_disagreement=tag_disagreement,
        disagreement=distinct >= 2,
        _by_start=tuple(sorted(kept, key=lambda s: (s.start, s.end))),
    )
