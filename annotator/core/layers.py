"""An index of spans for drawing highlights: which spans touch a range, and in which layer.

Spans are ``(start, end)`` half-open intervals with a hashable key. The index keeps them
sorted by start, so adding or removing one costs a binary search plus a list insert (fast
even with thousands of spans), and asking for the spans that touch a visible range only
looks at the candidates whose start could reach it.

Layers are the classic greedy colouring of an interval graph: overlapping spans get
different layer numbers, nested spans sit one layer above the span that contains them.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

__all__ = ["SpanIndex", "assign_layers"]


@dataclass(frozen=True, order=True)
class _Entry:
    start: int
    end: int
    key: str


class SpanIndex:
    """Spans sorted by start, with an upper bound on their length for range queries."""

    def __init__(self, spans: Iterable[tuple[Hashable, int, int]] = ()) -> None:
        self._spans: dict[Hashable, tuple[int, int]] = {}
        self._entries: list[_Entry] = []
        self._starts: list[int] = []
        self._longest = 0
        items = [(key, start, end) for key, start, end in spans]
        for key, start, end in items:
            self._spans[key] = (start, end)
            self._longest = max(self._longest, end - start)
        # each key's repr made once; sorted as plain tuples (compared in C), not as
        # dataclasses (compared in Python)
        named = [(s, e, repr(k), k) for k, s, e in items]
        self._keys = {r: k for _, _, r, k in named}
        self._entries = [_Entry(s, e, r) for s, e, r in sorted(t[:3] for t in named)]
        self._starts = [entry.start for entry in self._entries]

    def __len__(self) -> int:
        return len(self._spans)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._spans

    def span(self, key: Hashable) -> tuple[int, int]:
        return self._spans[key]

    def add(self, key: Hashable, start: int, end: int) -> None:
        if key in self._spans:
            self.remove(key)
        entry = _Entry(start, end, repr(key))
        index = bisect_left(self._entries, entry)
        self._entries.insert(index, entry)
        self._starts.insert(index, start)
        self._spans[key] = (start, end)
        self._keys[entry.key] = key
        self._longest = max(self._longest, end - start)

    def remove(self, key: Hashable) -> None:
        start, end = self._spans.pop(key)
        entry = _Entry(start, end, repr(key))
        index = bisect_left(self._entries, entry)
        if index < len(self._entries) and self._entries[index] == entry:
            del self._entries[index]
            del self._starts[index]
        del self._keys[entry.key]

    def overlapping(self, start: int, end: int) -> list[tuple[Hashable, int, int]]:
        """Spans with ``span.start < end`` and ``span.end > start``, in start order.

        An empty range (``start == end``) asks for the spans that cover that position.
        """
        if start == end:
            end = start + 1
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return [
            (self._keys[e.key], e.start, e.end)
            for e in self._entries[lo:hi]
            if e.end > start
        ]

    def ordered(self) -> list[Hashable]:
        return [self._keys[e.key] for e in self._entries]


def assign_layers(spans: Iterable[tuple[Hashable, int, int]]) -> dict[Hashable, int]:
    """Give each span the lowest layer not used by an overlapping span started before it.

    Longer spans starting at the same place go first, so a nested span always sits above
    the span that contains it.
    """
    ordered = sorted(spans, key=lambda s: (s[1], -s[2]))
    layers: dict[Hashable, int] = {}
    busy: list[tuple[int, int]] = []  # (end, layer) of spans still open
    free: list[int] = []
    next_layer = 0
    for key, start, end in ordered:
        while busy and busy[0][0] <= start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            layer = heapq.heappop(free)
        else:
            layer, next_layer = next_layer, next_layer + 1
        layers[key] = layer
        heapq.heappush(busy, (end, layer))
    return layers

