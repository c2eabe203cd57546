"""One-to-one matching of spans by overlap, for one pair of markups or a whole class at once.

Spans from two sides are paired so that first as many pairs as possible are formed, then
(among those) the preferred pairs (for example same tag) win, then the total overlap is as
large as possible. Only overlapping spans can be paired. The overlap graph is split into
connected components and each component is solved exactly with the Hungarian algorithm
(Kuhn-Munkres, the shortest-augmenting-path form with potentials).

Everything is vectorised with numpy across problems: :func:`match_many` takes the problems
of a whole class (every student against the key), labels the components of all their overlap
graphs together, and runs the Hungarian algorithm on all components of similar size in one
batch, one numpy step per augmenting step instead of one Python loop per component. The
arithmetic per component is the very same as solving it alone (same operations in the same
order, ties going to the lowest column), so a batch gives exactly the pairs that one-by-one
solving gives; ``tests/core/test_span_matching.py`` checks this against the former
one-component-at-a-time implementation kept in ``tests/core/matching_reference.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from annotator.core.spans import Span

__all__ = ["MatchProblem", "hungarian_max", "hungarian_max_many", "match_many", "match_spans"]

# elements of padded cost matrices solved in one batch (bounds memory: 8 bytes each)
_BATCH_ELEMENTS = 1 << 21


@dataclass(frozen=True, eq=False)
class MatchProblem:
    """Spans ``a`` (``(k, 2)`` start, end) against spans ``b`` (``(l, 2)``); ``allow``
    (``(k, l)`` bool) restricts which overlapping pairs may be matched, ``prefer`` marks the
    pairs that win once the number of pairs is maximal."""

    a: np.ndarray
    b: np.ndarray
    allow: np.ndarray | None = None
    prefer: np.ndarray | None = None


# -- the Hungarian algorithm, batched --------------------------------------------------


def _solve(costs: np.ndarray, n: np.ndarray) -> np.ndarray:
    """Minimum-cost assignments of a batch. ``costs`` is ``(B, R + 1, C + 1)`` with row and
    column 0 and the padding set to infinity; element ``b`` has ``n[b] <= C`` real rows.
    Returns ``p`` ``(B, C + 1)``: the row (1-based, 0 = none) given each column."""
    batch, rows, cols = costs.shape[0], costs.shape[1] - 1, costs.shape[2] - 1
    u = np.zeros((batch, rows + 1))
    v = np.zeros((batch, cols + 1))
    p = np.zeros((batch, cols + 1), dtype=np.int64)
    way = np.zeros((batch, cols + 1), dtype=np.int64)
    for i in range(1, rows + 1):
        act = np.flatnonzero(n >= i)
        count = act.size
        p[act, 0] = i
        j0 = np.zeros(count, dtype=np.int64)
        minv = np.full((count, cols + 1), np.inf)
        used = np.zeros((count, cols + 1), dtype=bool)
        live = np.arange(count)
        while live.size:
            b = act[live]
            jl = j0[live]
            used[live, jl] = True
            i0 = p[b, jl]
            cur = costs[b, i0] - u[b, i0][:, None] - v[b]
            us = used[live]
            free = ~us
            free[:, 0] = False
            mv = minv[live]
            better = free & (cur < mv)
            mv = np.where(better, cur, mv)
            way[b] = np.where(better, jl[:, None], way[b])
            masked = np.where(free, mv, np.inf)
            j1 = masked.argmin(axis=1)
            delta = masked[np.arange(live.size), j1]
            hit_row, hit_col = np.nonzero(us)
            u[b[hit_row], p[b[hit_row], hit_col]] += delta[hit_row]
            v[b] -= np.where(us, delta[:, None], 0.0)
            minv[live] = np.where(free, mv - delta[:, None], mv)
            j0[live] = j1
            live = live[p[b, j1] != 0]
        going = np.arange(count)
        while going.size:
            b, j = act[going], j0[going]
            j1 = way[b, j]
            p[b, j] = p[b, j1]
            j0[going] = j1
            going = going[j1 != 0]
    return p


def _batches(sizes: np.ndarray) -> list[np.ndarray]:
    """Indices of matrices (rows <= cols, as ``(n, m)`` rows of ``sizes``) grouped so that
    rows are padded to at most twice their number and a batch stays within memory."""
    bucket = np.ceil(np.log2(np.maximum(sizes[:, 0], 1))).astype(np.int64)
    order = np.lexsort((sizes[:, 1], bucket))
    groups: list[np.ndarray] = []
    start = 0
    while start < order.size:
        first = order[start]
        stop = start + 1
        rows = sizes[first, 0]
        while stop < order.size and bucket[order[stop]] == bucket[first]:
            rows = max(rows, sizes[order[stop], 0])
            if (stop - start + 1) * (rows + 1) * (sizes[order[stop], 1] + 1) > _BATCH_ELEMENTS:
                break
            stop += 1
        groups.append(order[start:stop])
        start = stop
    return groups


def hungarian_max_many(matrices: Sequence[np.ndarray]) -> list[list[tuple[int, int]]]:
    """:func:`hungarian_max` of every matrix, solved in batches."""
    results: list[list[tuple[int, int]]] = [[] for _ in matrices]
    prepared: list[tuple[int, np.ndarray, bool]] = []
    for k, weights in enumerate(matrices):
        w = np.asarray(weights, dtype=float)
        if w.size == 0:
            continue
        transposed = w.shape[0] > w.shape[1]
        if transposed:
            w = w.T
        prepared.append((k, w.max() - w, transposed))
    if not prepared:
        return results
    sizes = np.array([c.shape for _, c, _ in prepared], dtype=np.int64)
    for group in _batches(sizes):
        n = sizes[group, 0]
        m = sizes[group, 1]
        costs = np.full((group.size, int(n.max()) + 1, int(m.max()) + 1), np.inf)
        for slot, index in enumerate(group):
            costs[slot, 1 : n[slot] + 1, 1 : m[slot] + 1] = prepared[index][1]
        p = _solve(costs, n)
        for slot, index in enumerate(group):
            k, _, transposed = prepared[index]
            cols = np.flatnonzero(p[slot, 1 : m[slot] + 1]) + 1
            pairs = [(int(p[slot, j]) - 1, int(j) - 1) for j in cols]
            if transposed:
                pairs = [(c, r) for r, c in pairs]
            results[k] = sorted(pairs)
    return results


def hungarian_max(weights: np.ndarray) -> list[tuple[int, int]]:
    """Row/column pairs of a maximum-weight assignment of a non-negative weight matrix.

    Every row (or every column, whichever is fewer) is assigned; pairs of weight 0 are
    included, callers drop them when 0 means "no edge".
    """
    return hungarian_max_many([weights])[0]


# -- span problems ---------------------------------------------------------------------


def _component_labels(ea: np.ndarray, eb: np.ndarray, n_nodes: int) -> np.ndarray:
    """A label per node, equal within connected components (minimum-label propagation with
    pointer jumping over all edges at once)."""
    label = np.arange(n_nodes)
    while True:
        low = np.minimum(label[ea], label[eb])
        new = label.copy()
        np.minimum.at(new, ea, low)
        np.minimum.at(new, eb, low)
        new = new[new]
        if np.array_equal(new, label):
            return label
        label = new


def _ranks(nodes: np.ndarray, comp: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For distinct ``nodes`` with component ids ``comp``: each node's rank among its
    component's nodes in ascending order, and the count per component."""
    order = np.lexsort((nodes, comp))
    counts = np.bincount(comp, minlength=int(comp.max()) + 1 if comp.size else 0)
    first = np.concatenate([[0], np.cumsum(counts)[:-1]])
    rank = np.empty(nodes.size, dtype=np.int64)
    rank[order] = np.arange(nodes.size) - first[comp[order]]
    return rank, counts


def match_many(problems: Sequence[MatchProblem]) -> list[list[tuple[int, int]]]:
    """For every problem, the pairs ``(i, j)`` of :func:`match_spans`, sorted."""
    results: list[list[tuple[int, int]]] = [[] for _ in problems]
    ea_parts, eb_parts, w_parts, q_parts = [], [], [], []
    offset = 0
    offsets = np.zeros(len(problems) + 1, dtype=np.int64)
    sizes_a = np.zeros(len(problems), dtype=np.int64)
    for q, problem in enumerate(problems):
        sa = np.asarray(problem.a, dtype=np.int64).reshape(-1, 2)
        sb = np.asarray(problem.b, dtype=np.int64).reshape(-1, 2)
        offsets[q] = offset
        sizes_a[q] = len(sa)
        offset += len(sa) + len(sb)
        if not len(sa) or not len(sb):
            continue
        ov = np.minimum(sa[:, 1, None], sb[None, :, 1]) - np.maximum(sa[:, 0, None],
                                                                     sb[None, :, 0])
        ov = np.clip(ov, 0, None)
        edge = ov > 0
        if problem.allow is not None:
            edge &= problem.allow
        ei, ej = np.nonzero(edge)
        if ei.size == 0:
            continue
        overlap = ov[ei, ej].astype(float)
        total_overlap = float(overlap.sum()) + 1.0
        prefer_bonus = total_overlap
        pair_bonus = (prefer_bonus + total_overlap) * (ei.size + 1)
        bonus = np.full(ei.size, pair_bonus)
        if problem.prefer is not None:
            bonus[problem.prefer[ei, ej]] = pair_bonus + prefer_bonus
        ea_parts.append(ei + offsets[q])
        eb_parts.append(ej + offsets[q] + len(sa))
        w_parts.append(bonus + overlap)
        q_parts.append(np.full(ei.size, q, dtype=np.int64))
    offsets[len(problems)] = offset
    if not ea_parts:
        return results
    ea, eb = np.concatenate(ea_parts), np.concatenate(eb_parts)
    weight, _edge_q = np.concatenate(w_parts), np.concatenate(q_parts)
    label = _component_labels(ea, eb, offset)

    # renumber components 0..K-1; rank rows (a side) and columns (b side) within each
    a_nodes, a_inv = np.unique(ea, return_inverse=True)
    b_nodes, b_inv = np.unique(eb, return_inverse=True)
    comp_ids, comp_of_b = np.unique(label[b_nodes], return_inverse=True)
    comp_of_a = np.searchsorted(comp_ids, label[a_nodes])
    row_rank, n_rows = _ranks(a_nodes, comp_of_a)
    col_rank, n_cols = _ranks(b_nodes, comp_of_b)
    edge_comp = comp_of_a[a_inv]
    edge_row, edge_col = row_rank[a_inv], col_rank[b_inv]

    # each component as a dense weight matrix, transposed when it has more rows
    transposed = n_rows > n_cols
    short = np.where(transposed, n_cols, n_rows)
    long = np.where(transposed, n_rows, n_cols)
    local_r = np.where(transposed[edge_comp], edge_col, edge_row)
    local_c = np.where(transposed[edge_comp], edge_row, edge_col)
    w_max = np.zeros(comp_ids.size)
    np.maximum.at(w_max, edge_comp, weight)
    a_by_comp = np.argsort(comp_of_a, kind="stable")
    b_by_comp = np.argsort(comp_of_b, kind="stable")
    a_start = np.searchsorted(comp_of_a[a_by_comp], np.arange(comp_ids.size))
    b_start = np.searchsorted(comp_of_b[b_by_comp], np.arange(comp_ids.size))
    # nodes of a component in rank order (a_by_comp is stable over sorted node ids)
    found_q: list[np.ndarray] = []
    found_i: list[np.ndarray] = []
    found_j: list[np.ndarray] = []
    for group in _batches(np.stack([short, long], axis=1)):
        n, m = short[group], long[group]
        rows, cols = int(n.max()), int(m.max())
        slot_of = np.full(comp_ids.size, -1, dtype=np.int64)
        slot_of[group] = np.arange(group.size)
        real = (np.arange(rows + 1)[None, :, None] <= n[:, None, None]) & (
            np.arange(cols + 1)[None, None, :] <= m[:, None, None])
        real[:, 0, :] = False
        real[:, :, 0] = False
        costs = np.where(real, w_max[group][:, None, None], np.inf)
        dense = np.zeros((group.size, rows + 1, cols + 1))
        mine = np.flatnonzero(slot_of[edge_comp] >= 0)
        slot = slot_of[edge_comp[mine]]
        dense[slot, local_r[mine] + 1, local_c[mine] + 1] = weight[mine]
        costs[slot, local_r[mine] + 1, local_c[mine] + 1] = (
            w_max[edge_comp[mine]] - weight[mine])
        p = _solve(costs, n)
        s_idx, col = np.nonzero(p[:, 1:])
        col = col + 1
        row = p[s_idx, col]
        keep = dense[s_idx, row, col] > 0
        s_idx, row, col = s_idx[keep], row[keep] - 1, col[keep] - 1
        comp = group[s_idx]
        flip = transposed[comp]
        r_rank = np.where(flip, col, row)
        c_rank = np.where(flip, row, col)
        a_node = a_nodes[a_by_comp[a_start[comp] + r_rank]]
        b_node = b_nodes[b_by_comp[b_start[comp] + c_rank]]
        q = np.searchsorted(offsets, a_node, side="right") - 1
        found_q.append(q)
        found_i.append(a_node - offsets[q])
        found_j.append(b_node - offsets[q] - sizes_a[q])
    q_all = np.concatenate(found_q)
    i_all = np.concatenate(found_i)
    j_all = np.concatenate(found_j)
    order = np.lexsort((j_all, i_all, q_all))
    q_all, i_all, j_all = q_all[order], i_all[order], j_all[order]
    bounds = np.searchsorted(q_all, np.arange(len(problems) + 1))
    for found in np.flatnonzero(np.diff(bounds)).tolist():
        lo, hi = bounds[found], bounds[found + 1]
        results[found] = list(zip(i_all[lo:hi].tolist(), j_all[lo:hi].tolist(), strict=True))
    return results


def _as_problem(a: Sequence[Span], b: Sequence[Span],
                prefer: Callable[[Span, Span], bool] | None,
                allow: Callable[[Span, Span], bool] | None) -> MatchProblem:
    def mask(rule: Callable[[Span, Span], bool] | None) -> np.ndarray | None:
        if rule is None:
            return None
        return np.array([[rule(x, y) for y in b] for x in a], dtype=bool).reshape(len(a), len(b))

    return MatchProblem(
        np.array([[s.start, s.end] for s in a], dtype=np.int64).reshape(-1, 2),
        np.array([[s.start, s.end] for s in b], dtype=np.int64).reshape(-1, 2),
        allow=mask(allow), prefer=mask(prefer),
    )


def match_spans(
    a: Sequence[Span],
    b: Sequence[Span],
    prefer: Callable[[Span, Span], bool] | None = None,
    allow: Callable[[Span, Span], bool] | None = None,
) -> list[tuple[int, int]]:
    """Indices ``(i, j)`` pairing ``a[i]`` with ``b[j]``, one-to-one, overlapping only.

    ``allow`` restricts which overlapping pairs may be matched (for example same tag only);
    ``prefer`` marks pairs that should win over others once the number of pairs is maximal.
    """
    if not a or not b:
        return []
    return match_many([_as_problem(a, b, prefer, allow)])[0]
