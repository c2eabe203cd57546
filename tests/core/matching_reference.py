"""One-to-one matching of spans by overlap.

Spans from two sides are paired so that first as many pairs as possible are formed, then
(among those) the preferred pairs (for example same tag) win, then the total overlap is as
large as possible. Only overlapping spans can be paired. The overlap graph is split into
connected components and each component is solved exactly with the Hungarian algorithm
(Kuhn-Munkres, the shortest-augmenting-path form with potentials), vectorised with numpy.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from annotator.core.spans import Span

__all__ = ["hungarian_max", "match_spans"]


def hungarian_max(weights: np.ndarray) -> list[tuple[int, int]]:
    """Row/column pairs of a maximum-weight assignment of a non-negative weight matrix.

    Every row (or every column, whichever is fewer) is assigned; pairs of weight 0 are
    included, callers drop them when 0 means "no edge".
    """
    w = np.asarray(weights, dtype=float)
    if w.size == 0:
        return []
    transposed = w.shape[0] > w.shape[1]
    if transposed:
        w = w.T
    n, m = w.shape
    cost = w.max() - w  # minimise cost == maximise weight
    inf = np.inf
    u = np.zeros(n + 1)
    v = np.zeros(m + 1)
    p = np.zeros(m + 1, dtype=int)  # p[j]: row (1-based) assigned to column j, 0 = free
    way = np.zeros(m + 1, dtype=int)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = np.full(m + 1, inf)
        used = np.zeros(m + 1, dtype=bool)
        while True:
            used[j0] = True
            i0 = p[j0]
            free = ~used
            free[0] = False
            cur = np.full(m + 1, inf)
            cur[1:] = cost[i0 - 1] - u[i0] - v[1:]
            better = free & (cur < minv)
            minv[better] = cur[better]
            way[better] = j0
            masked = np.where(free, minv, inf)
            j1 = int(np.argmin(masked))
            delta = masked[j1]
            u[p[used]] += delta
            v[used] -= delta
            minv[free] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0 != 0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    pairs = [(int(p[j]) - 1, j - 1) for j in range(1, m + 1) if p[j] != 0]
    if transposed:
        pairs = [(c, r) for r, c in pairs]
    return sorted(pairs)


def _components(edges: np.ndarray, n_a: int, n_b: int) -> list[tuple[list[int], list[int]]]:
    parent = list(range(n_a + n_b))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(int(a)), find(n_a + int(b))
        if ra != rb:
            parent[ra] = rb
    groups: dict[int, tuple[list[int], list[int]]] = {}
    for a in sorted({int(a) for a in edges[:, 0]}):
        groups.setdefault(find(a), ([], []))[0].append(a)
    for b in sorted({int(b) for b in edges[:, 1]}):
        groups.setdefault(find(n_a + b), ([], []))[1].append(b)
    return list(groups.values())


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
    sa = np.array([[s.start, s.end] for s in a])
    sb = np.array([[s.start, s.end] for s in b])
    ov = np.minimum(sa[:, 1, None], sb[None, :, 1]) - np.maximum(sa[:, 0, None], sb[None, :, 0])
    ov = np.clip(ov, 0, None)
    edges = np.argwhere(ov > 0)
    if allow is not None:
        edges = np.array([e for e in edges if allow(a[e[0]], b[e[1]])], dtype=int).reshape(-1, 2)
    if len(edges) == 0:
        return []
    total_overlap = float(ov[edges[:, 0], edges[:, 1]].sum()) + 1.0
    prefer_bonus = total_overlap
    pair_bonus = (prefer_bonus + total_overlap) * (len(edges) + 1)
    result: list[tuple[int, int]] = []
    for rows, cols in _components(edges, len(a), len(b)):
        weights = np.zeros((len(rows), len(cols)))
        row_at = {r: k for k, r in enumerate(rows)}
        col_at = {c: k for k, c in enumerate(cols)}
        for i, j in edges:
            if int(i) in row_at and int(j) in col_at:
                bonus = prefer_bonus if prefer is not None and prefer(a[i], b[j]) else 0.0
                weights[row_at[int(i)], col_at[int(j)]] = pair_bonus + bonus + ov[i, j]
        for r, c in hungarian_max(weights):
            if weights[r, c] > 0:
                result.append((rows[r], cols[c]))
    return sorted(result)
