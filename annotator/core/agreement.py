"""Agreement among annotators of one article: Krippendorff's alpha, Fleiss' kappa, pairwise
Cohen's kappa and span F1, all vectorised over characters.

The unit of analysis is the character. Every listed annotator gives every character a value:
"none" or a tag (see :mod:`annotator.core.overlay` for annotators whose own spans of different
tags overlap). Annotators who did not annotate the article at all must be left out by the
caller; they are missing data, not "none" everywhere.

Undefined values are ``None`` (or NaN inside matrices): with fewer than two annotators, or
when the data show no variation at all (for example nobody highlighted anything, or everybody
highlighted every character with the same tag) chance agreement is total and the coefficients
are 0/0. We report "undefined" rather than 1 so that an empty class is never shown as perfect
agreement. When the data vary and all annotators agree, alpha and kappa are exactly 1.

Every measure here is a sum over characters of something that depends only on the values
the annotators gave that character. :func:`article_agreement` therefore works on the
overlay's *columns* (stretches of characters where nobody's marking changes) and counts
each column once with its width as weight (the ``weights`` arguments): the same sums,
over at most two columns per span instead of every character of a long text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial

import numpy as np

from annotator.core.overlay import Overlay
from annotator.core.spans import Span
from annotator.core.unitizing import UnitizingAlpha, unitizing_alpha

__all__ = [
    "ArticleAgreement",
    "TagAgreement",
    "article_agreement",
    "cohen_kappa",
    "cohen_kappa_matrix",
    "coincidence_matrix",
    "fleiss_kappa",
    "nominal_alpha",
    "pair_counts",
    "span_f1_matrix_exact",
    "span_f1_matrix_overlap",
]


_EXACT_FLOAT32 = 1 << 24  # float32 holds every integer below this exactly
_POPCOUNT_TABLE = np.array([bin(i).count("1") for i in range(256)], dtype=np.uint8)


def _popcount(packed: np.ndarray) -> np.ndarray:
    counter = getattr(np, "bitwise_count", None)  # numpy >= 2.0
    return counter(packed) if counter is not None else _POPCOUNT_TABLE[packed]


RESIDUE = 1e-12


def snap(value: float) -> float:
    """A coefficient within floating-point residue of 0 or 1 becomes exactly that (so that
    chance agreement reads 0, not -0.00 or "below chance", and perfect agreement 1)."""
    if abs(value) < RESIDUE:
        return 0.0
    if abs(value - 1.0) < RESIDUE:
        return 1.0
    return value


def snap_array(values: np.ndarray) -> np.ndarray:
    """:func:`snap` for every element (NaN stays NaN)."""
    out = np.where(np.abs(values) < RESIDUE, 0.0, values)
    return np.where(np.abs(out - 1.0) < RESIDUE, 1.0, out)


def equal_column_runs(cover: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The first column of each run of columns where no row of ``cover`` (any shape, columns
    last) changes, and the runs' lengths: counting such a run once with its length as weight
    gives the same co-occurrence counts with fewer columns."""
    flat = cover.reshape(-1, cover.shape[-1])
    n = flat.shape[1]
    change = np.ones(n, dtype=bool)
    if n > 1:
        change[1:] = (flat[:, 1:] != flat[:, :-1]).any(axis=0)
    starts = np.flatnonzero(change)
    return starts, np.diff(np.append(starts, n))


def weighted_pair_counts(rows: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """:func:`pair_counts` of rows whose column ``k`` stands for ``weights[k]`` equal
    columns (from :func:`equal_column_runs`): a float32 matrix product while the weights
    sum to under 2**24 (every count and every partial sum an exact float32 integer),
    float64 above (exact to 2**53). The columns these rows do not tell apart are merged
    first."""
    kind = np.float32 if int(np.sum(weights)) < _EXACT_FLOAT32 else np.float64
    starts, _ = equal_column_runs(rows)  # neighbours these rows do not tell apart: once
    if starts.size < rows.shape[-1]:
        rows, weights = rows[:, starts], np.add.reduceat(weights, starts)
    as_float: np.ndarray = np.asarray(rows, dtype=kind)
    product = (as_float * weights.astype(kind)) @ as_float.T
    return np.rint(product).astype(np.int64)


def pair_counts(rows: np.ndarray, block: int = 16) -> np.ndarray:
    """``(m, m)`` int: for each pair of boolean rows, how many positions are True in both.

    For many rows, a float32 matrix product (BLAS) when every count fits float32's exact
    integers (rows shorter than 2**24); otherwise, and for a few rows (where starting BLAS
    threads costs more than the work), rows are packed 8 positions to a byte and compared
    with AND and a population count, ``block`` rows at a time. Both are exact.
    """
    rows = np.asarray(rows, dtype=bool)
    m, n = rows.shape
    if m > 64 and n < _EXACT_FLOAT32:
        as_float = rows.astype(np.float32)
        return np.rint(as_float @ as_float.T).astype(np.int64)
    packed = np.packbits(rows, axis=1)
    out = np.zeros((m, m), dtype=np.int64)
    for first in range(0, m, block):
        chunk = packed[first : first + block]
        both = chunk[:, None, :] & packed[None, :, :]
        out[first : first + block] = _popcount(both).sum(axis=2, dtype=np.int64)
    return out


def coincidence_matrix(counts: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
    """Krippendorff's values-by-values coincidence matrix from per-unit value counts.

    ``counts[c, u]`` is how many coders gave unit ``u`` the value ``c``. Units with fewer than
    two values are not pairable and are dropped. ``o[c, k] = sum_u n_cu (n_ku - [c == k]) /
    (m_u - 1)``. ``weights[u]``: how many equal units column ``u`` stands for.
    """
    counts = np.asarray(counts, dtype=np.float64)
    m_u = counts.sum(axis=0)
    pairable = m_u >= 2
    c = counts[:, pairable]
    scaled = c / (m_u[pairable] - 1.0)
    if weights is not None:
        scaled = scaled * np.asarray(weights, dtype=np.float64)[pairable]
    o = scaled @ c.T
    o[np.diag_indices_from(o)] -= scaled.sum(axis=1)
    return o


def nominal_alpha(counts: np.ndarray, weights: np.ndarray | None = None) -> float | None:
    """Krippendorff's alpha (nominal) from per-unit value counts, via the coincidence matrix.

    ``alpha = 1 - (n - 1) * sum_{c != k} o_ck / sum_{c != k} n_c n_k`` with ``n_c`` the
    marginals of the coincidence matrix and ``n`` its total (Krippendorff 2011, "Computing
    Krippendorff's alpha-reliability"). ``weights`` as for :func:`coincidence_matrix`.
    """
    o = coincidence_matrix(counts, weights)
    n_c = o.sum(axis=1)
    n = n_c.sum()
    observed = o.sum() - np.trace(o)
    expected = n * n - float((n_c**2).sum())
    if n < 2 or expected <= 0:
        return None
    return snap(float(1.0 - (n - 1.0) * observed / expected))


def fleiss_kappa(counts: np.ndarray, weights: np.ndarray | None = None) -> float | None:
    """Fleiss' kappa from per-item category counts (every item rated by the same m >= 2);
    ``weights[u]``: how many equal items column ``u`` stands for."""
    counts = np.asarray(counts, dtype=np.float64)
    if counts.size == 0:
        return None
    m = counts.sum(axis=0)
    if m[0] < 2 or not np.all(m == m[0]):
        return None
    m0 = m[0]
    p_item = ((counts**2).sum(axis=0) - m0) / (m0 * (m0 - 1.0))
    if weights is None:
        n_items = counts.shape[1]
        p_bar = p_item.mean()
        p_cat = counts.sum(axis=1) / (n_items * m0)
    else:
        w = np.asarray(weights, dtype=np.float64)
        n_items = float(w.sum())
        p_bar = float(p_item @ w) / n_items
        p_cat = (counts @ w) / (n_items * m0)
    p_e = float((p_cat**2).sum())
    if p_e >= 1.0:
        return None
    return snap(float((p_bar - p_e) / (1.0 - p_e)))


def cohen_kappa(a: Sequence[int] | np.ndarray, b: Sequence[int] | np.ndarray) -> float | None:
    """Cohen's kappa of two equally long label sequences."""
    a_arr, b_arr = np.asarray(a), np.asarray(b)
    if a_arr.shape != b_arr.shape or a_arr.size == 0:
        return None
    n_values = int(max(a_arr.max(), b_arr.max())) + 1
    kappa = cohen_kappa_matrix(np.stack([a_arr, b_arr]), n_values)[0, 1]
    return None if np.isnan(kappa) else float(kappa)


def _kappa_from(agree: np.ndarray, p: np.ndarray, n: int) -> np.ndarray:
    p_o = agree / n
    p_e = p @ p.T
    with np.errstate(divide="ignore", invalid="ignore"):
        kappa = np.where(p_e < 1.0 - 1e-12, (p_o - p_e) / (1.0 - p_e), np.nan)
    return snap_array(kappa)


def cohen_kappa_matrix(labels: np.ndarray, n_values: int,
                       known: dict[int, tuple[np.ndarray, np.ndarray]] | None = None,
                       count: Callable[[np.ndarray], np.ndarray] = pair_counts,
                       weights: np.ndarray | None = None,
                       ) -> np.ndarray:
    """``(m, m)`` pairwise Cohen's kappa of label rows (NaN where undefined).

    Observed agreement for all pairs at once is ``sum_v B_v B_v^T`` with ``B_v`` the indicator
    matrix of value ``v`` (computed by :func:`pair_counts`), not a loop over pairs.
    ``known`` may give, for a value ``v``, a boolean matrix and its :func:`pair_counts`
    computed already: when it equals ``B_v`` those counts are taken instead of computed again
    (the same integers, so the same kappas). ``count`` counts the rest (an equal way of
    :func:`pair_counts`). With ``weights`` (column ``k`` stands for ``weights[k]`` equal
    characters) the counts are :func:`weighted_pair_counts`.
    """
    m, n = labels.shape
    if weights is not None:
        n = int(np.sum(weights))
        count = partial(weighted_pair_counts, weights=weights)
    if n == 0:
        return np.full((m, m), np.nan)
    agree = np.zeros((m, m))
    p = np.zeros((m, n_values))
    for v in range(n_values):
        b = labels == v
        given = (known or {}).get(v)
        agree += given[1] if given is not None and np.array_equal(given[0], b) else count(b)
        p[:, v] = (b.sum(axis=1) if weights is None else _weighted_sums(b, weights)) / n
    return _kappa_from(agree, p, n)


def _weighted_sums(rows: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Per boolean row, the weights of its True columns (exact integers)."""
    return np.einsum("ik,k->i", np.asarray(rows, dtype=bool).view(np.uint8),
                     np.asarray(weights, dtype=np.int64), optimize=False)


def binary_kappa_matrix(cover: np.ndarray, both: np.ndarray | None = None,
                        weights: np.ndarray | None = None) -> np.ndarray:
    """Pairwise Cohen's kappa of boolean rows (covered by a tag or not); ``both`` may give
    their :func:`pair_counts`, computed already; ``weights`` as for
    :func:`cohen_kappa_matrix`."""
    m, n = cover.shape
    if weights is not None:
        n = int(np.sum(weights))
    if n == 0:
        return np.full((m, m), np.nan)
    if both is None:
        both = pair_counts(cover) if weights is None else weighted_pair_counts(cover, weights)
    ones = (cover.sum(axis=1) if weights is None else _weighted_sums(cover, weights)
            ).astype(np.float64)
    agree = n - ones[:, None] - ones[None, :] + 2.0 * both
    p = np.stack([1.0 - ones / n, ones / n], axis=1)
    return _kappa_from(agree, p, n)


def span_f1_matrix_exact(spans: Sequence[Span], annotators: Sequence[str]) -> np.ndarray:
    """Pairwise span F1 with exact matching (same start, end and tag); NaN if both empty.

    Only spans that two or more listed annotators share enter the matrix product, a few
    thousand at a time, so memory stays small for large classes."""
    index = {a: i for i, a in enumerate(annotators)}
    keys: dict[tuple[int, int, str], int] = {}
    pairs: set[tuple[int, int]] = set()  # duplicates of one span by one annotator count once
    for s in spans:
        if s.annotator in index:
            pairs.add((index[s.annotator], keys.setdefault((s.start, s.end, s.tag), len(keys))))
    m = len(annotators)
    if pairs:
        held = np.array(sorted(pairs), dtype=np.int64)
        rows, cols = held[:, 0], held[:, 1]
    else:
        rows = cols = np.zeros(0, dtype=np.int64)
    sizes = np.bincount(rows, minlength=m)
    shared_keys = np.flatnonzero(np.bincount(cols, minlength=len(keys)) >= 2)
    shared = np.zeros((m, m), dtype=np.int64)
    if shared_keys.size:
        column = np.full(len(keys), -1, dtype=np.int64)
        column[shared_keys] = np.arange(shared_keys.size)
        keep = column[cols] >= 0
        rows, cols = rows[keep], column[cols[keep]]
        step = 4096
        for first in range(0, shared_keys.size, step):
            part = (cols >= first) & (cols < first + step)
            incidence = np.zeros((m, min(step, shared_keys.size - first)), dtype=bool)
            incidence[rows[part], cols[part] - first] = True
            shared += pair_counts(incidence)
    shared[np.diag_indices(m)] = sizes  # every annotator shares all their spans with themselves
    total = sizes[:, None] + sizes[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(total > 0, 2.0 * shared / total, np.nan)


def span_f1_matrix_overlap(overlay: Overlay, annotators: Sequence[str] | None = None,
                           block: int = 64) -> np.ndarray:
    """Pairwise span F1 with lenient overlap matching: a span counts as found by the other
    annotator when they marked at least one of its characters with the same tag.

    ``annotators`` (default: all of the overlay's) picks the rows and columns. Worked
    ``block`` annotators at a time, so memory grows with the class, not its square.

    (Not one-to-one; :func:`annotator.core.scoring.score_against_key` does one-to-one
    matching for scoring. This lenient form is vectorised for whole-class heatmaps.)
    """
    chosen = list(overlay.annotators if annotators is None else annotators)
    m = len(chosen)
    if m == 0:
        return np.zeros((0, 0))
    a_index = {a: i for i, a in enumerate(chosen)}
    spans = [s for s in overlay.spans if s.annotator in a_index]
    if not spans:
        return np.full((m, m), np.nan)
    t_index = {t: i for i, t in enumerate(overlay.tags)}
    rows = np.array([overlay.annotators.index(a) for a in chosen]) if annotators else None
    # per column (nobody's marking changes within one): a span is found when a column it
    # reaches is marked, the first holding its start to the one holding its last character
    cover = overlay.column_cover if rows is None else overlay.column_cover[rows]
    width = cover.shape[2]
    owner = np.array([a_index[s.annotator] for s in spans])
    tag = np.array([t_index[s.tag] for s in spans])
    start = np.searchsorted(overlay.columns, [s.start for s in spans], side="right") - 1
    end = np.searchsorted(overlay.columns, [s.end - 1 for s in spans], side="right")
    order = np.argsort(owner, kind="stable")
    sizes = np.bincount(owner, minlength=m).astype(np.float64)
    present = np.flatnonzero(sizes)
    group_starts = np.concatenate([[0], np.cumsum(sizes[present])[:-1]]).astype(np.int64)
    found = np.zeros((m, m))  # found[i, j]: j's spans that i also marked
    # fewer rows at a time when there are many columns: the int32 prefix sums stay near
    # 64 MB
    row_bytes = 4 * max(1, len(overlay.tags)) * (width + 1)
    block = max(1, min(block, (64 << 20) // row_bytes))
    for first in range(0, m, block):
        part = cover[first : first + block]
        prefix = np.zeros((part.shape[0], len(overlay.tags), width + 1), dtype=np.int32)
        np.cumsum(part, axis=2, out=prefix[:, :, 1:])
        hit = (prefix[:, tag[order], end[order]] - prefix[:, tag[order], start[order]]) > 0
        found[first : first + block, present] = np.add.reduceat(
            hit.astype(np.int64), group_starts, axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        recall = found / sizes[None, :]  # of j's spans, the share i also marked
        precision = recall.T  # of i's spans, the share j also marked
        f1 = np.where(precision + recall > 0, 2 * precision * recall / (precision + recall), 0.0)
    both_empty = (sizes[:, None] == 0) & (sizes[None, :] == 0)
    one_empty = (sizes[:, None] == 0) ^ (sizes[None, :] == 0)
    f1 = np.where(one_empty, 0.0, f1)
    return np.where(both_empty, np.nan, f1)


@dataclass(frozen=True)
class TagAgreement:
    """Agreement on one tag: each character is "this tag" or "not this tag"."""

    alpha: float | None
    fleiss: float | None
    unitizing: float | None
    cohen: np.ndarray = field(repr=False)
    mean_cohen: float | None = None


@dataclass(frozen=True)
class ArticleAgreement:
    """Every agreement figure of one article. The summaries (alpha, kappa, means of the
    pairwise kappas) always cover every annotator; the pairwise matrices cover
    ``pairwise`` (all annotators unless the caller chose a subset, or none)."""

    annotators: tuple[str, ...]
    tags: tuple[str, ...]
    alpha: float | None
    fleiss: float | None
    unitizing: UnitizingAlpha
    cohen: np.ndarray = field(repr=False)
    mean_cohen: float | None
    span_f1_exact: np.ndarray = field(repr=False)
    span_f1_overlap: np.ndarray = field(repr=False)
    per_tag: dict[str, TagAgreement]
    pairwise: tuple[str, ...] = ()


def _off_diagonal_mean(matrix: np.ndarray) -> float | None:
    m = matrix.shape[0]
    if m < 2:
        return None
    values = matrix[~np.eye(m, dtype=bool)]
    values = values[~np.isnan(values)]
    return snap(float(values.mean())) if values.size else None


def article_agreement(overlay: Overlay,
                      pairwise: Sequence[str] | None = None) -> ArticleAgreement:
    """Every agreement figure for one article's overlay.

    ``pairwise`` picks the annotators whose pairwise matrices (Cohen's kappa overall and per
    tag, span F1) are returned, in that order; None means all of them. The mean pairwise
    kappas always use every pair of the class (the kappa matrices are a matrix product, cheap
    even for a large class; what grows with the square is the matrices' size, which is why
    a caller may ask for fewer).
    """
    m = overlay.n_annotators
    chosen = tuple(overlay.annotators if pairwise is None else pairwise)
    at = {a: i for i, a in enumerate(overlay.annotators)}
    unknown = [a for a in chosen if a not in at]
    if unknown:
        raise ValueError(f"not an annotator of this overlay: {unknown[0]!r}")
    rows = np.array([at[a] for a in chosen], dtype=np.int64)

    def pick(matrix: np.ndarray) -> np.ndarray:
        return matrix if pairwise is None else matrix[np.ix_(rows, rows)]

    per_tag: dict[str, TagAgreement] = {}
    # every figure is worked over the overlay's columns, each counted with its width
    widths = overlay.widths
    # each tag's co-occurrence counts serve its own kappas and, where the tag's cover equals
    # the label rows' value for it (always for the first tag; for every tag when no student
    # marked a character with two tags), the overall kappas too: fewer matrix products
    known: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    for t, tag in enumerate(overlay.tags):
        ones = overlay.column_tag_counts[t]
        counts = np.stack([m - ones, ones])
        cover = overlay.column_cover[:, t, :]
        both = weighted_pair_counts(cover, widths) if cover.shape[1] else None
        if both is not None:
            known[t + 1] = (cover, both)
        cohen_t = binary_kappa_matrix(cover, both, widths)
        per_tag[tag] = TagAgreement(
            alpha=nominal_alpha(counts, widths) if m >= 2 else None,
            fleiss=fleiss_kappa(counts, widths) if m >= 2 else None,
            unitizing=(unitizing_alpha(cover.astype(np.int8), counts, widths).u_alpha
                       if m >= 2 else None),
            cohen=pick(cohen_t),
            mean_cohen=_off_diagonal_mean(cohen_t),
        )
    cohen = cohen_kappa_matrix(overlay.column_labels, len(overlay.tags) + 1, known,
                               weights=widths)
    values = overlay.column_value_counts
    return ArticleAgreement(
        annotators=overlay.annotators,
        tags=overlay.tags,
        alpha=nominal_alpha(values, widths) if m >= 2 else None,
        fleiss=fleiss_kappa(values, widths) if m >= 2 else None,
        unitizing=unitizing_alpha(overlay.column_labels, values, widths),
        cohen=pick(cohen),
        mean_cohen=_off_diagonal_mean(cohen),
        span_f1_exact=span_f1_matrix_exact(overlay.spans, chosen),
        span_f1_overlap=span_f1_matrix_overlap(overlay, None if pairwise is None else chosen),
        per_tag=per_tag,
        pairwise=chosen,
    )
