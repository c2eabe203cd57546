"""The agreement worked per column (a stretch where nobody's marking changes, counted once
with its width as weight) gives the figures the per-character computation gave
(``agreement_reference.py``, the code before the change): the integer counts and every
kappa and unitizing alpha exactly, Krippendorff's alpha and Fleiss' kappa to the last
bits of a float (the same sums added in another order)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.agreement import (
    article_agreement,
    fleiss_kappa,
    nominal_alpha,
)
from annotator.core.overlay import class_overlay
from annotator.core.spans import Span
from annotator.core.unitizing import unitizing_alpha
from tests.core import agreement_reference as reference

TAGS = ["claim", "opinion", "fact"]


def _same_value(got: float | None, want: float | None, exact: bool) -> None:
    if want is None:
        assert got is None
    elif exact:
        assert got == want
    else:
        assert got == pytest.approx(want, rel=1e-12, abs=1e-12)


def _compare(spans: list[Span], n_chars: int, people: list[str],
             pairwise: list[str] | None = None) -> None:
    overlay = class_overlay(n_chars, spans, TAGS, people)
    got = article_agreement(overlay, pairwise)
    want = reference.article_agreement(overlay, pairwise)
    _same_value(got.alpha, want.alpha, exact=False)
    _same_value(got.fleiss, want.fleiss, exact=False)
    _same_value(got.mean_cohen, want.mean_cohen, exact=True)
    for name in ("u_alpha", "binary_alpha", "cu_alpha"):
        _same_value(getattr(got.unitizing, name), getattr(want.unitizing, name), exact=True)
    assert np.array_equal(got.cohen, want.cohen, equal_nan=True)
    assert np.array_equal(got.span_f1_exact, want.span_f1_exact, equal_nan=True)
    assert np.array_equal(got.span_f1_overlap, want.span_f1_overlap, equal_nan=True)
    assert got.pairwise == want.pairwise
    for tag in TAGS:
        mine, theirs = got.per_tag[tag], want.per_tag[tag]
        _same_value(mine.alpha, theirs.alpha, exact=False)
        _same_value(mine.fleiss, theirs.fleiss, exact=False)
        _same_value(mine.unitizing, theirs.unitizing, exact=True)
        _same_value(mine.mean_cohen, theirs.mean_cohen, exact=True)
        assert np.array_equal(mine.cohen, theirs.cohen, equal_nan=True)


@settings(max_examples=120, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcde"), st.integers(0, 59), st.integers(1, 15),
                          st.sampled_from(TAGS)), max_size=40),
       st.integers(1, 3))
def test_small_classes_per_column_equal_per_character(raw, extra):
    spans = [Span(who, s, min(s + n, 60), tag) for who, s, n, tag in raw]
    people = sorted({s.annotator for s in spans} | set("vwxyz"[:extra]))
    _compare(spans, 60, people)


@pytest.mark.parametrize(("students", "per", "n_chars"), [(2, 3, 40), (9, 20, 3000),
                                                          (40, 30, 20_000), (80, 8, 900)])
def test_classes_per_column_equal_per_character(students, per, n_chars):
    rng = np.random.default_rng(students * 1000 + per)
    people = [f"s{i}" for i in range(students)]
    spans = []
    for who in people[:-1]:  # the last marked nothing
        for _ in range(per):
            start = int(rng.integers(0, n_chars - 1))
            end = min(n_chars, start + int(rng.integers(1, max(2, n_chars // 20))))
            spans.append(Span(who, start, end, TAGS[int(rng.integers(0, len(TAGS)))]))
    spans += [Span(people[0], 0, 5, "claim"), Span(people[0], 5, 9, "claim")]  # adjoining
    _compare(spans, n_chars, people)
    _compare(spans, n_chars, people, pairwise=people[1:4])


def test_an_empty_text_and_an_empty_class():
    _compare([], 0, ["a", "b"])
    _compare([], 10, [])
    _compare([], 10, ["a", "b"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(1, 6)), min_size=1, max_size=12),
       st.integers(2, 5))
def test_measures_on_weighted_columns_equal_the_repeated_columns(columns, raters):
    """Each measure given columns and widths equals it given every column repeated."""
    rng = np.random.default_rng(len(columns) * 7 + raters)
    labels = rng.integers(0, 4, size=(raters, len(columns))).astype(np.int8)
    widths = np.array([w for _, w in columns], dtype=np.int64)
    counts = np.stack([(labels == v).sum(axis=0) for v in range(4)])
    wide_labels = np.repeat(labels, widths, axis=1)
    wide_counts = np.repeat(counts, widths, axis=1)
    _same_value(nominal_alpha(counts, widths), reference.nominal_alpha(wide_counts), False)
    _same_value(fleiss_kappa(counts, widths), reference.fleiss_kappa(wide_counts), False)
    got = unitizing_alpha(labels, counts, widths)
    want = reference.unitizing_alpha(wide_labels, wide_counts)
    for name in ("u_alpha", "binary_alpha", "cu_alpha"):
        _same_value(getattr(got, name), getattr(want, name), exact=False)


def test_scores_per_column_equal_scores_per_character():
    """Character credit counted per column of the overlay cut at the key's spans (each
    column its width) gives the per-character counts."""
    from annotator.core.scoring import score_class

    rng = np.random.default_rng(21)
    n_chars, people = 2500, [f"s{i}" for i in range(7)]
    spans = []
    for who in people:
        for _ in range(25):
            start = int(rng.integers(0, n_chars - 1))
            spans.append(Span(who, start, min(n_chars, start + int(rng.integers(1, 90))),
                              TAGS[int(rng.integers(0, len(TAGS)))]))
    key = [Span("key", s, s + 40, TAGS[k % 3]) for k, s in enumerate(range(7, 2400, 113))]
    overlay = class_overlay(n_chars, spans, TAGS, people)
    by_student = [[s for s in spans if s.annotator == who] for who in people]
    columns, cover = overlay.cover_with(np.array([b for s in key for b in (s.start, s.end)]))
    assert cover.shape[2] == columns.size < n_chars
    per_column = score_class(n_chars, by_student, key, TAGS, cover=cover, columns=columns)
    per_character = score_class(n_chars, by_student, key, TAGS)
    assert [s.report.chars for s in per_column] == [s.report.chars for s in per_character]
    assert [s.report.exact for s in per_column] == [s.report.exact for s in per_character]
    with pytest.raises(ValueError, match="inside a column"):
        score_class(n_chars, by_student, key, TAGS, cover=overlay.column_cover,
                    columns=overlay.columns)
