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
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from annotator.core.matching import match_spans
from annotator.core.overlay import tag_cover_array
from annotator.core.spans import Span, check_spans

__all__ = [
    "NONE",
    "ConfusionMatrix",
    "Difference",
    "DifferenceKind",
    "Prf",
    "ScoreReport",
    "compare_annotators",
    "score_against_key",
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


def _exact(student: Sequence[Span], key: Sequence[Span], tag: str) -> Prf:
    s = Counter((x.start, x.end) for x in student if x.tag == tag)
    k = Counter((x.start, x.end) for x in key if x.tag == tag)
    return Prf(sum((s & k).values()), sum(s.values()), sum(k.values()))


def _overlap(student: Sequence[Span], key: Sequence[Span], tag: str) -> Prf:
    s = [x for x in student if x.tag == tag]
    k = [x for x in key if x.tag == tag]
    return Prf(len(match_spans(s, k)), len(s), len(k))


def _same_tag(a: Span, b: Span) -> bool:
    return a.tag == b.tag


def confusion_matrix(
    student: Sequence[Span], key: Sequence[Span], tags: Sequence[str]
) -> ConfusionMatrix:
    labels = (*tags, NONE)
    at = {label: i for i, label in enumerate(labels)}
    counts = np.zeros((len(labels), len(labels)), dtype=np.int64)
    pairs: dict[tuple[str, str], list[tuple[Span | None, Span | None]]] = {}

    def put(s: Span | None, k: Span | None) -> None:
        cell = (s.tag if s else NONE, k.tag if k else NONE)
        counts[at[cell[0]], at[cell[1]]] += 1
        pairs.setdefault(cell, []).append((s, k))

    matched = match_spans(student, key, prefer=_same_tag)
    used_s = {i for i, _ in matched}
    used_k = {j for _, j in matched}
    for i, j in matched:
        put(student[i], key[j])
    for i, s in enumerate(student):
        if i not in used_s:
            put(s, None)
    for j, k in enumerate(key):
        if j not in used_k:
            put(None, k)
    return ConfusionMatrix(labels, counts, pairs)


def score_against_key(
    n_chars: int, student_spans: Sequence[Span], key_spans: Sequence[Span], tags: Sequence[str]
) -> ScoreReport:
    """Score one student's spans against the key's spans for one article."""
    check_spans(n_chars, student_spans, tags)
    check_spans(n_chars, key_spans, tags)
    student = sorted(student_spans, key=lambda s: (s.start, s.end, s.tag))
    key = sorted(key_spans, key=lambda s: (s.start, s.end, s.tag))
    relabelled = [Span("student", s.start, s.end, s.tag) for s in student] + [
        Span("key", s.start, s.end, s.tag) for s in key
    ]
    cover = tag_cover_array(n_chars, relabelled, tags, ["student", "key"])
    chars = {}
    for t, tag in enumerate(tags):
        s_cov, k_cov = cover[0, t], cover[1, t]
        chars[tag] = Prf(int((s_cov & k_cov).sum()), int(s_cov.sum()), int(k_cov.sum()))
    return ScoreReport(
        tags=tuple(tags),
        exact=_with_total({tag: _exact(student, key, tag) for tag in tags}),
        overlap=_with_total({tag: _overlap(student, key, tag) for tag in tags}),
        chars=_with_total(chars),
        confusion=confusion_matrix(student, key, tags),
    )


class DifferenceKind(enum.StrEnum):
    MISSING = "missing"  # a reference span left unpaired
    EXTRA = "extra"  # a span of the other left unpaired
    DIFFERENT_TAG = "different_tag"  # paired by overlap, tags differ
    SHIFTED = "shifted"  # paired by overlap, same tag, boundaries differ


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

        return {"kind": str(self.kind), "reference": span(self.reference),
                "other": span(self.other)}


def compare_annotators(reference: Sequence[Span], other: Sequence[Span]) -> list[Difference]:
    """The differences of ``other`` from ``reference`` (a key or a second student), in text
    order. Spans are paired one-to-one by overlap, same-tag pairs preferred; identical pairs
    are not differences. A pair differing in tag is DIFFERENT_TAG whatever its boundaries."""
    ref = sorted(reference, key=lambda s: (s.start, s.end, s.tag))
    oth = sorted(other, key=lambda s: (s.start, s.end, s.tag))
    matched = match_spans(ref, oth, prefer=_same_tag)
    found: list[Difference] = []
    for i, j in matched:
        a, b = ref[i], oth[j]
        if a.tag != b.tag:
            found.append(Difference(DifferenceKind.DIFFERENT_TAG, a, b))
        elif (a.start, a.end) != (b.start, b.end):
            found.append(Difference(DifferenceKind.SHIFTED, a, b))
    used_r = {i for i, _ in matched}
    used_o = {j for _, j in matched}
    found += [Difference(DifferenceKind.MISSING, s, None) for i, s in enumerate(ref)
              if i not in used_r]
    found += [Difference(DifferenceKind.EXTRA, None, s) for j, s in enumerate(oth)
              if j not in used_o]
    return sorted(found, key=lambda d: (d.start, str(d.kind)))
