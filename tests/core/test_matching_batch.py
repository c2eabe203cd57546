"""The batched matcher gives exactly the pairs of the former one-component-at-a-time
Hungarian implementation (kept in matching_reference.py), on random classes."""

from __future__ import annotations

import numpy as np
import pytest

from annotator.core.matching import MatchProblem, hungarian_max_many, match_many, match_spans
from annotator.core.spans import Span
from tests.core import matching_reference as reference

TAGS = ("a", "b", "c", "d")


def _spans(rng: np.random.Generator, who: str, count: int, n_chars: int) -> list[Span]:
    out = []
    for _ in range(count):
        start = int(rng.integers(0, n_chars - 40))
        out.append(Span(who, start, start + int(rng.integers(1, 40)), TAGS[rng.integers(4)]))
    return sorted(out, key=lambda s: (s.start, s.end, s.tag))


def _same(x: Span, y: Span) -> bool:
    return x.tag == y.tag


@pytest.mark.parametrize("seed", range(6))
def test_batch_equals_reference_on_random_classes(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n_chars = int(rng.integers(80, 600))
    key = _spans(rng, "k", int(rng.integers(0, 30)), n_chars)
    students = [_spans(rng, f"s{i}", int(rng.integers(0, 40)), n_chars) for i in range(12)]
    problems, expected = [], []
    for mine in students:
        for prefer, allow in ((None, None), (_same, None), (None, _same)):
            expected.append(reference.match_spans(mine, key, prefer=prefer, allow=allow))
            problems.append((mine, key, prefer, allow))
            expected.append(reference.match_spans(key, mine, prefer=prefer, allow=allow))
            problems.append((key, mine, prefer, allow))
    from annotator.core.matching import _as_problem

    got = match_many([_as_problem(*p) for p in problems])
    assert got == expected
    assert [match_spans(*p) for p in problems[:12]] == expected[:12]


def test_batched_hungarian_equals_reference_with_ties() -> None:
    rng = np.random.default_rng(3)
    matrices = [rng.integers(0, 3, tuple(int(x) for x in rng.integers(1, 9, 2))).astype(float)
                for _ in range(300)]
    assert hungarian_max_many(matrices) == [reference.hungarian_max(w) for w in matrices]


def test_problem_without_edges_or_spans() -> None:
    empty = np.zeros((0, 2), dtype=np.int64)
    one = np.array([[0, 5]])
    far = np.array([[7, 9]])
    assert match_many([MatchProblem(empty, one), MatchProblem(one, far),
                       MatchProblem(one, one)]) == [[], [], [(0, 0)]]
