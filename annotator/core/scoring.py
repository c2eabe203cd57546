"""Scoring a student's spans against an answer key, and comparing two annotators.

* Exact matching: a student span counts when the key has a span with the same start, end and
  tag (each key span matched at most once).
* Overlap matching: one-to-one pairs of overlapping spans with the same tag, as many pairs as
  possible, ties broken by the largest total overlap (:func:`match_spans`).
* Character credit: per tag, the characters the student marked with the tag against those the
  key marked with it.
* Confusion matrix: student spans and key spans are paired one-to-one by overlap regardless of
  tag (same-tag pairs preferred); each pair lands in cell (student tag, key tag), unpaired
  student spans in (tag, "none"), unpaired key spans in ("none", tag). Cells keep the pairs.

Precision is undefined (None) when nothing was predicted, recall when the key is empty; F1 is
``2 tp / (predicted + reference)`` and undefined only when both are empty.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import attrgetter

import numpy as np

from annotator.core.matching import MatchProblem, match_many, match_spans
from annotator.core.overlay import tag_cover_array
from annotator.core.spans import Span, check_spans

__all__ = [
    "NONE",
    "ConfusionMatrix",
    "Difference",
    "DifferenceKind",
    "Prf",
    "ScoreReport",
    "StudentScore",
    "compare_annotators",
    "score_against_key",
    "score_class",
]

NONE = "none"
ALL = "all"


@dataclass(frozen=True)
class Prf:
    tp: int
    predicted: int
    reference: int

    @property
    def precision(self) -> float | None:
        return self.tp / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.reference if self.reference else None

    @property
    def f1(self) -> float | None:
        total = self.predicted + self.reference
        return 2 * self.tp / total if total else None

    def as_dict(self) -> dict[str, float | int | None]:
        return {
            "tp": self.tp,
            "predicted": self.predicted,
            "reference": self.reference,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True)
class ConfusionMatrix:
    """Rows: student tag; columns: key tag; both end with "none"."""

    labels: tuple[str, ...]
    counts: np.ndarray
    pairs: dict[tuple[str, str], list[tuple[Span | None, Span | None]]] = field(repr=False)

    def cell(self, student_tag: str, key_tag: str) -> list[tuple[Span | None, Span | None]]:
        """The (student span, key span) pairs behind one cell, for drill-down."""
        return list(self.pairs.get((student_tag, key_tag), []))

    def as_dict(self) -> dict[str, object]:
        def span(s: Span | None) -> dict[str, object] | None:
            return None if s is None else {"start": s.start, "end": s.end, "tag": s.tag}

        return {
            "labels": list(self.labels),
            "counts": self.counts.tolist(),
            "cells": [
                {"student_tag": st, "key_tag": kt,
                 "pairs": [{"student": span(a), "key": span(b)} for a, b in pairs]}
                for (st, kt), pairs in sorted(self.pairs.items())
            ],
        }


@dataclass(frozen=True)
class ScoreReport:
    """Per tag (and ``"all"``): exact, overlap and character scores; and the confusion."""

    tags: tuple[str, ...]
    exact: dict[str, Prf]
    overlap: dict[str, Prf]
    chars: dict[str, Prf]
    confusion: ConfusionMatrix

    def as_dict(self) -> dict[str, object]:
        return {
            "exact": {k: v.as_dict() for k, v in self.exact.items()},
            "overlap": {k: v.as_dict() for k, v in self.overlap.items()},
            "chars": {k: v.as_dict() for k, v in self.chars.items()},
            "confusion": self.confusion.as_dict(),
        }


def _with_total(per_tag: dict[str, Prf]) -> dict[str, Prf]:
    total = Prf(
        sum(p.tp for p in per_tag.values()),
        sum(p.predicted for p in per_tag.values()),
        sum(p.reference for p in per_tag.values()),
    )
    return {**per_tag, ALL: total}


_POSITION = attrgetter("start", "end", "tag")


def _order(spans: Sequence[Span]) -> list[Span]:
    return sorted(spans, key=_POSITION)


def _bounds(spans: Sequence[Span]) -> np.ndarray:
    return np.array([(s.start, s.end) for s in spans], dtype=np.int64).reshape(-1, 2)


def _tag_codes(spans: Sequence[Span], at: dict[str, int]) -> np.ndarray:
    return np.array([at[s.tag] for s in spans], dtype=np.int64)


def _confusion(student: Sequence[Span], key: Sequence[Span], labels: tuple[str, ...],
               matched: list[tuple[int, int]]) -> ConfusionMatrix:
    at = {label: i for i, label in enumerate(labels)}
    counts = np.zeros((len(labels), len(labels)), dtype=np.int64)
    pairs: dict[tuple[str, str], list[tuple[Span | None, Span | None]]] = {}
    # the pairs in the same order as before; the counts are the cells' lengths, set once
    used_s = {i for i, _ in matched}
    used_k = {j for _, j in matched}
    for i, j in matched:
        s, k = student[i], key[j]
        pairs.setdefault((s.tag, k.tag), []).append((s, k))
    for i, s in enumerate(student):
        if i not in used_s:
            pairs.setdefault((s.tag, NONE), []).append((s, None))
    for j, k in enumerate(key):
        if j not in used_k:
            pairs.setdefault((NONE, k.tag), []).append((None, k))
    for (st, kt), cell in pairs.items():
        counts[at[st], at[kt]] = len(cell)
    return ConfusionMatrix(labels, counts, pairs)


def confusion_matrix(
    student: Sequence[Span], key: Sequence[Span], tags: Sequence[str]
) -> ConfusionMatrix:
    matched = match_spans(student, key, prefer=_same_tag)
    return _confusion(student, key, (*tags, NONE), matched)


def _same_tag(a: Span, b: Span) -> bool:
    return a.tag == b.tag


@dataclass(frozen=True)
class StudentScore:
    """One student's :class:`ScoreReport` and their :func:`compare_annotators` differences
    from the key."""

    report: ScoreReport
    differences: list[Difference]


def score_class(
    n_chars: int,
    students: Sequence[Sequence[Span]],
    key_spans: Sequence[Span],
    tags: Sequence[str],
    cover: np.ndarray | None = None,
    columns: np.ndarray | None = None,
) -> list[StudentScore]:
    """:func:`score_against_key` and ``compare_annotators(key, student)`` for every student
    of a class at once: exact and character scores with numpy over the whole class, every
    matching of every student solved in one batch (:func:`match_many`). The figures are the
    very ones the one-student functions give.

    ``cover`` may pass the students' ``(students, tags, n)`` tag cover when the caller has
    it already (the class overlay's ``tag_cover``, rows in the order of ``students``), or
    per column with ``columns`` (the first character of each, as
    :meth:`annotator.core.overlay.Overlay.cover_with` gives them cut at the key's spans):
    each column then counts its width in characters."""
    check_spans(n_chars, key_spans, tags)
    for spans in students:
        check_spans(n_chars, spans, tags)
    tags = tuple(tags)
    at = {t: i for i, t in enumerate(tags)}
    n_tags = len(tags)
    key = _order(key_spans)
    key_b, key_t = _bounds(key), _tag_codes(key, at)
    mine = [_order(spans) for spans in students]
    bounds = [_bounds(s) for s in mine]
    codes = [_tag_codes(s, at) for s in mine]

    problems: list[MatchProblem] = []
    for b, t in zip(bounds, codes, strict=True):
        same = t[:, None] == key_t[None, :]
        problems.append(MatchProblem(b, key_b, allow=same))  # overlap, per tag
        problems.append(MatchProblem(b, key_b, prefer=same))  # confusion
        problems.append(MatchProblem(key_b, b, prefer=same.T))  # differences
    matched = match_many(problems)

    # exact: multiset intersection of (start, end, tag) per student and tag
    width = n_chars + 1
    key_code = (key_t * width + key_b[:, 0]) * width + key_b[:, 1]
    key_uniq, key_count = np.unique(key_code, return_counts=True)
    key_per_tag = np.bincount(key_t, minlength=n_tags)

    # characters: per student and tag, those marked by both, by the student, by the key
    if cover is None:
        columns = None
        everyone = [Span(str(k), s.start, s.end, s.tag) for k, spans in enumerate(mine)
                    for s in spans]
        cover = tag_cover_array(n_chars, everyone, tags, [str(k) for k in range(len(mine))])
    key_cover = tag_cover_array(n_chars, [Span("key", s.start, s.end, s.tag) for s in key],
                                tags, ["key"], columns)[0]
    if cover.shape != (len(mine), n_tags, n_chars if columns is None else len(columns)):
        raise ValueError(f"the cover's shape {cover.shape} does not fit the class")
    both = np.empty((len(mine), n_tags), dtype=np.int64)
    if columns is None:
        key_chars = key_cover.sum(axis=1)
        for first in range(0, len(mine), 256):  # bounded work space
            both[first : first + 256] = (cover[first : first + 256] & key_cover[None]
                                         ).sum(axis=2)
        marked = cover.sum(axis=2)
    else:  # each column counts its width
        widths = np.diff(np.append(columns, n_chars)).astype(np.int64)
        key_chars = np.einsum("tc,c->t", key_cover.view(np.uint8), widths)
        for first in range(0, len(mine), 256):
            both[first : first + 256] = np.einsum(
                "stc,c->st", (cover[first : first + 256] & key_cover[None]).view(np.uint8),
                widths)
        marked = np.einsum("stc,c->st", cover.view(np.uint8), widths)

    out = []
    labels = (*tags, NONE)
    for k, spans in enumerate(mine):
        t = codes[k]
        code = (t * width + bounds[k][:, 0]) * width + bounds[k][:, 1]
        uniq, count = np.unique(code, return_counts=True)
        common, in_s, in_k = np.intersect1d(uniq, key_uniq, return_indices=True)
        shared = np.minimum(count[in_s], key_count[in_k])
        exact_tp = np.bincount(common // (width * width), weights=shared, minlength=n_tags)
        per_tag = np.bincount(t, minlength=n_tags)
        overlap_pairs = matched[3 * k]
        overlap_tp = np.bincount(t[[i for i, _ in overlap_pairs]], minlength=n_tags)
        exact = {tag: Prf(int(exact_tp[i]), int(per_tag[i]), int(key_per_tag[i]))
                 for i, tag in enumerate(tags)}
        overlap = {tag: Prf(int(overlap_tp[i]), int(per_tag[i]), int(key_per_tag[i]))
                   for i, tag in enumerate(tags)}
        chars = {tag: Prf(int(both[k, i]), int(marked[k, i]), int(key_chars[i]))
                 for i, tag in enumerate(tags)}
        report = ScoreReport(
            tags=tags,
            exact=_with_total(exact),
            overlap=_with_total(overlap),
            chars=_with_total(chars),
            confusion=_confusion(spans, key, labels, matched[3 * k + 1]),
        )
        out.append(StudentScore(report, _differences(key, spans, matched[3 * k + 2])))
    return out


def score_against_key(
    n_chars: int, student_spans: Sequence[Span], key_spans: Sequence[Span], tags: Sequence[str]
) -> ScoreReport:
    """Score one student's spans against the key's spans for one article."""
    return score_class(n_chars, [student_spans], key_spans, tags)[0].report


class DifferenceKind(enum.StrEnum):
    MISSING = "missing"  # a reference span left unpaired
    EXTRA = "extra"  # a span of the other left unpaired
    DIFFERENT_TAG = "different_tag"  # paired by overlap, tags differ
    SHIFTED = "shifted"  # paired by overlap, same tag, boundaries differ


_KIND_TEXT = {kind: kind.value for kind in DifferenceKind}


@dataclass(frozen=True)
class Difference:
    kind: DifferenceKind
    reference: Span | None
    other: Span | None

    @property
    def start(self) -> int:
        spans = [s for s in (self.reference, self.other) if s is not None]
        return min(s.start for s in spans)

    def as_dict(self) -> dict[str, object]:
        def span(s: Span | None) -> dict[str, object] | None:
            return None if s is None else {"start": s.start, "end": s.end, "tag": s.tag}

        return {"kind": _KIND_TEXT[self.kind], "reference": span(self.reference),
                "other": span(self.other)}


def _differences(ref: Sequence[Span], oth: Sequence[Span],
                 matched: list[tuple[int, int]]) -> list[Difference]:
    found: list[Difference] = []
    keys: list[tuple[int, str]] = []
    # the members and their values looked up once (an enum member's .value is a Python
    # property: 150,000 look-ups were 0.4 s for a class of 1,000)
    tag, shifted = DifferenceKind.DIFFERENT_TAG, DifferenceKind.SHIFTED
    missing, extra = DifferenceKind.MISSING, DifferenceKind.EXTRA
    tag_v, shifted_v, missing_v, extra_v = tag.value, shifted.value, missing.value, extra.value
    for i, j in matched:
        a, b = ref[i], oth[j]
        if a.tag != b.tag:
            found.append(Difference(tag, a, b))
            keys.append((min(a.start, b.start), tag_v))
        elif a.start != b.start or a.end != b.end:
            found.append(Difference(shifted, a, b))
            keys.append((min(a.start, b.start), shifted_v))
    used_r = {i for i, _ in matched}
    used_o = {j for _, j in matched}
    for i, s in enumerate(ref):
        if i not in used_r:
            found.append(Difference(missing, s, None))
            keys.append((s.start, missing_v))
    for j, s in enumerate(oth):
        if j not in used_o:
            found.append(Difference(extra, None, s))
            keys.append((s.start, extra_v))
    return [found[k] for k in sorted(range(len(found)), key=keys.__getitem__)]


def compare_annotators(reference: Sequence[Span], other: Sequence[Span]) -> list[Difference]:
    """The differences of ``other`` from ``reference`` (a key or a second student), in text
    order. Spans are paired one-to-one by overlap, same-tag pairs preferred; identical pairs
    are not differences. A pair differing in tag is DIFFERENT_TAG whatever its boundaries."""
    ref = _order(reference)
    oth = _order(other)
    return _differences(ref, oth, match_spans(ref, oth, prefer=_same_tag))
