"""One-to-one overlap matching."""

import itertools

import numpy as np

from annotator.core.matching import hungarian_max, match_spans
from annotator.core.spans import Span


def test_hungarian_matches_brute_force():
    rng = np.random.default_rng(0)
    for _ in range(200):
        n, m = (int(x) for x in rng.integers(1, 6, 2))
        w = rng.integers(0, 10, (n, m)).astype(float)
        pairs = hungarian_max(w)
        assert len(pairs) == min(n, m)
        assert len({r for r, _ in pairs}) == len({c for _, c in pairs}) == len(pairs)
        if n <= m:
            best = max(sum(w[i, p[i]] for i in range(n))
                       for p in itertools.permutations(range(m), n))
        else:
            best = max(sum(w[p[j], j] for j in range(m))
                       for p in itertools.permutations(range(n), m))
        assert sum(w[r, c] for r, c in pairs) == best


def test_more_pairs_beat_bigger_overlap():
    # A overlaps X by 10 and Y by 1; B overlaps only X. Greedy by overlap would pair A-X and
    # leave B alone; the maximum matching pairs A-Y and B-X.
    a = [Span("s", 0, 10, "t"), Span("s", 5, 6, "t")]
    b = [Span("k", 0, 10, "t"), Span("k", 9, 11, "t")]
    assert match_spans(a, b) == [(0, 1), (1, 0)]


def test_largest_overlap_wins_among_equal_counts():
    a = [Span("s", 0, 10, "t")]
    b = [Span("k", 0, 3, "t"), Span("k", 4, 10, "t")]
    assert match_spans(a, b) == [(0, 1)]


def test_disjoint_spans_never_pair():
    assert match_spans([Span("s", 0, 5, "t")], [Span("k", 5, 9, "t")]) == []
    assert match_spans([], [Span("k", 5, 9, "t")]) == []
