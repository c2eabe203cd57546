"""Krippendorff's unitizing alpha family on hand-worked continua."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from annotator.core.unitizing import unitizing_alpha


def test_one_category_shifted_units():
    # L = 10, two coders, one category c (1), gaps 0:
    #   A: cccc......      B: ..cccc....
    # Observed coincidences, l_ck = sum_x (n_cx n_kx - [c=k] n_cx) / (m - 1), m - 1 = 1:
    #   l_00 = 4 chars (6-9) x (2*2 - 2) = 8;  l_cc = 2 chars (2, 3) x 2 = 4;
    #   l_0c = l_c0 = 4 chars (0, 1, 4, 5) x 1 = 4;  l.. = 20 = m L;  l_0. = 12, l_c. = 8.
    # Self-pairing: A: unit 4 -> 16, gap 6 -> 6; B: gap 2 -> 2, unit 4 -> 16, gap 4 -> 4.
    #   S = 44;  denominator = l.. - S / l.. = 20 - 2.2 = 17.8
    #   e_0c = e_c0 = 12 * 8 / 17.8;  D_e = 192 / 17.8;  D_o = 8
    #   u_alpha = 1 - 8 * 17.8 / 192 = 31/120
    labels = np.array([[1, 1, 1, 1, 0, 0, 0, 0, 0, 0], [0, 0, 1, 1, 1, 1, 0, 0, 0, 0]])
    result = unitizing_alpha(labels)
    assert result.u_alpha == pytest.approx(31 / 120)
    assert result.binary_alpha == pytest.approx(31 / 120)  # one category: the same
    assert result.cu_alpha is None  # one category: nothing to disagree about


def test_two_categories_no_gaps():
    # L = 4:  A: 1122   B: 1111
    #   l_11 = 2 chars x (4 - 2) = 4;  l_12 = l_21 = 2 chars x 1 = 2;  l.. = 8
    #   marginals l_1. = 6, l_2. = 2; segments A: 1(2) -> 4, 2(2) -> 4; B: 1(4) -> 16; S = 24
    #   denominator = 8 - 24/8 = 5;  e_12 = e_21 = 12/5;  u_alpha = 1 - 4 / 4.8 = 1/6
    labels = np.array([[1, 1, 2, 2], [1, 1, 1, 1]])
    result = unitizing_alpha(labels)
    assert result.u_alpha == pytest.approx(1 / 6)
    # every character is in a unit for both: no gap/unit variation at all -> undefined
    assert result.binary_alpha is None
    # within units: everything is pairable, so the same matrices as above -> 1/6
    assert result.cu_alpha == pytest.approx(1 / 6)


def test_identical_unitizations_are_perfect():
    labels = np.array([[0, 1, 1, 0, 2, 2, 0]] * 3)
    result = unitizing_alpha(labels)
    assert result.u_alpha == pytest.approx(1.0)
    assert result.binary_alpha == pytest.approx(1.0)
    assert result.cu_alpha == pytest.approx(1.0)


def test_undefined_cases():
    assert unitizing_alpha(np.zeros((1, 5), dtype=int)).u_alpha is None
    assert unitizing_alpha(np.zeros((3, 5), dtype=int)).u_alpha is None
    assert unitizing_alpha(np.zeros((3, 0), dtype=int)).u_alpha is None


def test_disagreement_lowers_alpha():
    agree = np.array([[0, 1, 1, 1, 0, 0, 0, 0], [0, 1, 1, 1, 0, 0, 0, 0]])
    shifted = np.array([[0, 1, 1, 1, 0, 0, 0, 0], [0, 0, 1, 1, 1, 0, 0, 0]])
    apart = np.array([[0, 1, 1, 1, 0, 0, 0, 0], [0, 0, 0, 0, 0, 1, 1, 1]])
    values = [unitizing_alpha(x).u_alpha for x in (agree, shifted, apart)]
    assert values[0] > values[1] > values[2]
    assert values[2] < 0


def _segments_of(row):
    """(value, start, end) runs of one coder's labels."""
    runs, start = [], 0
    for x in range(1, len(row) + 1):
        if x == len(row) or row[x] != row[start]:
            runs.append((int(row[start]), start, x))
            start = x
    return runs


def _u_alpha_by_the_definition(labels):
    """Eqs. 32-34 transcribed literally: loops over coder pairs and segment pairs."""
    m = len(labels)
    parts = [_segments_of(row) for row in labels]
    values = sorted({v for p in parts for v, _, _ in p})
    at = {v: i for i, v in enumerate(values)}
    obs = np.zeros((len(values), len(values)))
    for i in range(m):
        for j in range(m):
            if i != j:
                for c, s1, e1 in parts[i]:
                    for k, s2, e2 in parts[j]:
                        obs[at[c], at[k]] += max(0, min(e1, e2) - max(s1, s2)) / (m - 1)
    total = obs.sum()
    self_pairs = np.zeros(len(values))
    for p in parts:
        for v, s, e in p:
            self_pairs[at[v]] += (e - s) if v == 0 else (e - s) ** 2
    marg = obs.sum(axis=1)
    exp = (np.outer(marg, marg) - np.diag(self_pairs)) / (total - self_pairs.sum() / total)
    d_e = exp.sum() - np.trace(exp)
    u_alpha = None if d_e <= 1e-12 else 1 - (obs.sum() - np.trace(obs)) / d_e
    # c|u: the unit-by-unit block; self-pairs use each unit's pairable length (characters
    # that some other coder also put in a unit)
    units = [v for v in values if v != 0]
    if not units:
        return u_alpha, None
    block = obs[np.ix_([at[v] for v in units], [at[v] for v in units])]
    unit_self = np.zeros(len(units))
    for i, p in enumerate(parts):
        for v, s, e in p:
            if v != 0:
                pairable = sum(
                    1 for x in range(s, e) if any(labels[j][x] != 0 for j in range(m) if j != i)
                )
                unit_self[units.index(v)] += pairable**2
    t = block.sum()
    cu_alpha = None
    if t > 0 and t - unit_self.sum() / t > 0:
        mb = block.sum(axis=1)
        exp_b = (np.outer(mb, mb) - np.diag(unit_self)) / (t - unit_self.sum() / t)
        d_e = exp_b.sum() - np.trace(exp_b)
        if d_e > 1e-12:
            cu_alpha = 1 - (t - np.trace(block)) / d_e
    return u_alpha, cu_alpha


@settings(max_examples=60, deadline=None)
@given(arrays(np.int8, st.tuples(st.integers(2, 5), st.integers(1, 30)),
              elements=st.integers(0, 3)))
def test_vectorised_u_alpha_equals_the_definition(labels):
    expected_u, expected_cu = _u_alpha_by_the_definition(labels)
    result = unitizing_alpha(labels)
    for got, expected in ((result.u_alpha, expected_u), (result.cu_alpha, expected_cu)):
        if expected is None:
            assert got is None
        else:
            assert got == pytest.approx(expected, abs=1e-9)


def test_pairable_lengths_in_blocks_equal_the_whole_array_at_once() -> None:
    """The row blocks of ``_pairable`` give the integers the one-array formula gave."""
    from annotator.core import unitizing

    rng = np.random.default_rng(3)
    for m, n in ((2, 50), (7, 3000), (40, 200_000)):  # the last is worked in several blocks
        labels = rng.integers(0, 4, size=(m, n)).astype(np.int8)
        labels[rng.random((m, n)) < 0.6] = 0
        rows, starts, lengths, _ = unitizing._segments(labels)
        marked = labels > 0
        others = (marked.sum(axis=0)[None, :] - marked) > 0
        prefix = np.zeros(m * n + 1, dtype=np.int64)
        np.cumsum(others.ravel(), out=prefix[1:])
        flat = rows * n + starts
        want = prefix[flat + lengths] - prefix[flat]
        assert np.array_equal(unitizing._pairable(labels, rows, starts, lengths), want)
