"""Krippendorff's unitizing alpha family (the alpha_u coefficients).

Reference: K. Krippendorff, Y. Mathet, S. Bouvry, A. Widlöcher (2016), "On the reliability
of unitizing textual continua: Further developments", *Quality & Quantity* 50, 2347-2364,
as restated in K. Krippendorff (2019), *Content Analysis*, 4th ed., section 12.6 (eqs. 32-36).

What is implemented, for ``m >= 2`` annotators over a continuum of ``L`` characters. Each
annotator's marking is read as a partition of the text into *segments*: maximal runs of one
value, either a unit of some tag or a gap ("none", written phi). Adjacent or overlapping
spans of one annotator with the same tag therefore form one unit.

Observed coincidences (eq. 32), summed over ordered pairs of different annotators::

    l_ck = 1/(m-1) * sum_{i != j} sum_{g in i, h in j} |g ∩ h|   (g valued c, h valued k)

which equals ``sum_x (n_cx n_kx - [c=k] n_cx) / (m-1)`` over characters x, ``n_cx`` being
how many annotators gave x the value c; this is how it is computed here (no loops over
pairs). The total is ``l.. = m L``.

Expected coincidences (eq. 33) correct for a segment not being pairable with itself::

    e_ck = (l_c. l_.k - [c=k] S_c) / (l.. - S / l..)

where ``S_c`` sums, over every annotator's segments valued c, ``len**2`` for units and
``len`` for gaps (a gap is not a unit: its characters pair freely), and ``S = sum_c S_c``.

Coefficients, each ``1 - D_o / D_e`` with ``D_o = sum_{c != k} l_ck`` and
``D_e = sum_{c != k} e_ck`` over the relevant matrices:

* ``u_alpha`` (eq. 34): all values, gaps included: agreement on where units are and on
  their tags at once.
* ``binary_alpha`` (``|u_alpha``, eq. 35): both matrices collapsed to gap versus unit:
  agreement on what to highlight, tags ignored.
* ``cu_alpha`` (``c|u_alpha``, eq. 36): only the unit-by-unit part of ``l`` (characters that
  both annotators of a pair highlighted); the self-pairing correction uses each unit's
  *pairable* length (its characters that at least one other annotator also highlighted):
  agreement on tags where the class agreed something is there.
* ``per_tag`` (computed by :func:`annotator.core.agreement.article_agreement`):
  ``u_alpha`` on the two-valued continuum "this tag" versus gap, the original
  single-category unitizing alpha.

Undefined results (``D_e = 0``, fewer than two annotators) are ``None``.

A long text is given as columns (stretches where nobody's value changes) with their widths
as ``weights``: every sum above is then taken per column times its width, and a segment's
length is the widths of the columns it spans, so the figures are those of the characters.

Checks: tests/core/test_unitizing_alpha.py works two continua by hand and compares this
vectorised form with a literal loop-over-segment-pairs transcription of eqs. 32-36 on
generated data. The gap rule (``len`` rather than ``len**2``) agrees with two independent
public implementations of the 2016 coefficient (the R package quallmer's
``reliability_alpha_u`` and the Python module ``krippendorff_unitized_alpha``); we have not
had the paper's own numeric examples to test against.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["UnitizingAlpha", "unitizing_alpha"]


@dataclass(frozen=True)
class UnitizingAlpha:
    u_alpha: float | None
    binary_alpha: float | None
    cu_alpha: float | None


def _alpha(observed: np.ndarray, expected: np.ndarray) -> float | None:
    d_o = float(observed.sum() - np.trace(observed))
    d_e = float(expected.sum() - np.trace(expected))
    if d_e <= 1e-12:
        return None
    value = 1.0 - d_o / d_e
    # floating-point residues of 0 and 1 are exactly that (see agreement.snap)
    if abs(value) < 1e-12:
        return 0.0
    return 1.0 if abs(value - 1.0) < 1e-12 else value


def _segments(labels: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Row, start, length and value of every maximal run in each row of ``labels`` (in
    columns)."""
    m, n = labels.shape
    new = np.ones((m, n), dtype=bool)
    new[:, 1:] = labels[:, 1:] != labels[:, :-1]
    flat_starts = np.flatnonzero(new.ravel())
    lengths = np.diff(np.append(flat_starts, m * n))
    rows, starts = np.divmod(flat_starts, n)
    values = labels.ravel()[flat_starts]
    return rows, starts, lengths, values


def _pairable(labels: np.ndarray, rows: np.ndarray, starts: np.ndarray,
              lengths: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
    """For each segment (``lengths`` columns from ``starts`` in row ``rows``), how many of
    its characters someone else highlighted too (column ``x`` standing for ``weights[x]``
    characters; default one each).

    Worked a block of rows at a time (prefix sums of about 32 MB) with no annotators x
    characters integer array: 40 students on 600,000 characters needed 400 MB at once."""
    m, n = labels.shape
    marked = labels > 0
    count = marked.sum(axis=0)
    many, one = count >= 2, count == 1
    pairable = np.zeros(rows.size, dtype=np.int64)
    block = max(1, (1 << 22) // max(n, 1))
    lo = 0
    for first in range(0, m, block):
        last = min(m, first + block)
        hi = int(np.searchsorted(rows, last, side="left"))
        # someone else highlighted x: two or more did, or one did and it was not this row
        others = many[None, :] | (one[None, :] & ~marked[first:last])
        prefix = np.zeros(others.size + 1, dtype=np.int64)
        np.cumsum((others if weights is None else others * weights[None, :]).ravel(),
                  out=prefix[1:])
        flat_start = (rows[lo:hi] - first) * n + starts[lo:hi]
        pairable[lo:hi] = prefix[flat_start + lengths[lo:hi]] - prefix[flat_start]
        lo = hi
    return pairable


def _expected(observed: np.ndarray, self_pairs: np.ndarray) -> np.ndarray | None:
    total = observed.sum()
    if total <= 0:
        return None
    marginals = observed.sum(axis=1)
    denominator = total - self_pairs.sum() / total
    if denominator <= 0:
        return None
    expected = np.outer(marginals, marginals)
    expected[np.diag_indices_from(expected)] -= self_pairs
    return expected / denominator


def unitizing_alpha(labels: np.ndarray, value_counts: np.ndarray | None = None,
                    weights: np.ndarray | None = None) -> UnitizingAlpha:
    """The alpha_u family for ``labels[a, x]`` (0 = gap, v >= 1 a unit of value v);
    ``weights[x]``: how many characters column ``x`` stands for (default: one each)."""
    labels = np.asarray(labels)
    m, n = labels.shape
    if m < 2 or n == 0:
        return UnitizingAlpha(None, None, None)
    n_values = int(labels.max()) + 1
    if value_counts is None or value_counts.shape[0] < n_values:
        value_counts = np.stack([(labels == v).sum(axis=0) for v in range(n_values)])
    counts = value_counts.astype(np.float64)
    n_values = counts.shape[0]
    widths = (np.ones(n, dtype=np.int64) if weights is None
              else np.asarray(weights, dtype=np.int64))
    weighted = counts if weights is None else counts * widths.astype(np.float64)
    observed = weighted @ counts.T
    observed[np.diag_indices_from(observed)] -= weighted.sum(axis=1)
    observed /= m - 1

    rows, first, spread, values = _segments(labels)  # in columns
    edges = np.zeros(n + 1, dtype=np.int64)  # the character each column begins at
    np.cumsum(widths, out=edges[1:])
    lengths = edges[first + spread] - edges[first]  # in characters
    weight = np.where(values == 0, lengths, lengths.astype(np.float64) ** 2)
    self_pairs = np.bincount(values, weights=weight, minlength=n_values).astype(np.float64)
    expected = _expected(observed, self_pairs)
    if expected is None:
        return UnitizingAlpha(None, None, None)
    u_alpha = _alpha(observed, expected)

    def collapse(matrix: np.ndarray) -> np.ndarray:
        return np.array(
            [[matrix[0, 0], matrix[0, 1:].sum()], [matrix[1:, 0].sum(), matrix[1:, 1:].sum()]]
        )

    binary_alpha = _alpha(collapse(observed), collapse(expected))

    cu_alpha = None
    if n_values > 2:  # with a single unit value there is nothing to disagree about
        unit_observed = observed[1:, 1:]
        pairable = _pairable(labels, rows, first, spread, widths)
        is_unit = values > 0
        squares = pairable[is_unit].astype(np.float64) ** 2
        unit_self = np.bincount(values[is_unit] - 1, weights=squares, minlength=n_values - 1)
        unit_expected = _expected(unit_observed, unit_self)
        if unit_expected is not None:
            cu_alpha = _alpha(unit_observed, unit_expected)
    return UnitizingAlpha(u_alpha, binary_alpha, cu_alpha)
