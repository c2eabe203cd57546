"""Krippendorff's unitizing alpha family on hand-worked continua."""

import numpy as np
import pytest

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
