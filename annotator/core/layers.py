"""An index of spans for drawing highlights: which spans touch a range, and in which layer.

Spans are ``(start, end)`` half-open intervals with a hashable key. The index keeps them
sorted by start, so adding or removing one costs a binary search plus a list insert (fast
even with thousands of spans), and asking for the spans that touch a visible range only
looks at the candidates whose start could reach it.

Layers are the classic greedy colouring of an interval graph: overlapping spans get
different layer numbers, nested spans sit one layer above the span that contains them.
:func:`assign_layers` colours a set of spans from scratch; :class:`StableLayers` keeps each
span's layer once given, so that adding, moving or removing one span changes the layers of
that span and the spans nested in it only, never a chain of spans across the text.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections.abc import Hashable, Iterable

__all__ = ["SpanIndex", "StableLayers", "assign_layers"]


# One span in start order: (start, end, repr of its key). Plain tuples, compared in C:
# a frozen dataclass costs a Python __init__ per span and a Python __lt__ per comparison.
_Entry = tuple[int, int, str]


class SpanIndex:
    """Spans sorted by start, with an upper bound on their length for range queries."""

    def __init__(self, spans: Iterable[tuple[Hashable, int, int]] = ()) -> None:
        self._spans: dict[Hashable, tuple[int, int]] = {}
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
        self._entries: list[_Entry] = sorted(t[:3] for t in named)
        self._starts = [entry[0] for entry in self._entries]

    def __len__(self) -> int:
        return len(self._spans)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._spans

    def span(self, key: Hashable) -> tuple[int, int]:
        return self._spans[key]

    def add(self, key: Hashable, start: int, end: int) -> None:
        if key in self._spans:
            self.remove(key)
        entry = (start, end, repr(key))
        index = bisect_left(self._entries, entry)
        self._entries.insert(index, entry)
        self._starts.insert(index, start)
        self._spans[key] = (start, end)
        self._keys[entry[2]] = key
        self._longest = max(self._longest, end - start)

    def remove(self, key: Hashable) -> None:
        start, end = self._spans.pop(key)
        entry = (start, end, repr(key))
        index = bisect_left(self._entries, entry)
        if index < len(self._entries) and self._entries[index] == entry:
            del self._entries[index]
            del self._starts[index]
        del self._keys[entry[2]]

    def overlapping(self, start: int, end: int) -> list[tuple[Hashable, int, int]]:
        """Spans with ``span.start < end`` and ``span.end > start``, in start order.

        An empty range (``start == end``) asks for the spans that cover that position.
        """
        if start == end:
            end = start + 1
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        keys = self._keys
        return [(keys[r], s, e) for s, e, r in self._entries[lo:hi] if e > start]

    def ordered(self) -> list[Hashable]:
        return [self._keys[r] for _, _, r in self._entries]


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



class StableLayers:
    """Layers of the spans of a :class:`SpanIndex` that stay put once given.

    Spans get a layer when first asked for (:meth:`ensure`, in start order, the lowest layer
    no overlapping span holds: on a fresh index that is exactly :func:`assign_layers`).
    :meth:`place` lays out a span just added to the index or moved, with the spans nested
    in it (so that a new span around others still goes below them where it can), and
    leaves every other span's layer alone; :meth:`forget` drops a removed span's. At all
    times two overlapping spans that have layers have different ones. The layers therefore
    depend on the order of changes, not only on the spans: a fresh colouring may differ.
    """

    def __init__(self, index: SpanIndex) -> None:
        self.index = index
        self.of: dict[Hashable, int] = {}

    def reset(self, index: SpanIndex) -> None:
        self.index = index
        self.of.clear()

    def ensure(self, spans: Iterable[tuple[Hashable, int, int]]) -> dict[Hashable, int]:
        """Give a layer to each of ``spans`` that has none; return the layers."""
        of = self.of
        new = [span for span in spans if span[0] not in of]
        if new and not of:  # the first screen: nothing to fit around, one sweep
            of.update(assign_layers(new))
        elif new:
            new.sort(key=lambda s: (s[1], -s[2]))
            for key, start, end in new:
                used = {of.get(k) for k, _, _ in self.index.overlapping(start, end)}
                layer = 0
                while layer in used:
                    layer += 1
                of[key] = layer
        return of

    def place(self, key: Hashable) -> list[Hashable]:
        """Lay out ``key`` (just added or moved in the index) and the spans nested in it,
        so that a new span around others goes below them where it can; every other
        span keeps its layer (and so its place on screen). Returns the keys laid out."""
        start, end = self.index.span(key)
        inside = [span for span in self.index.overlapping(start, end)
                  if span[0] == key or (start <= span[1] and span[2] <= end)]
        for other, _, _ in inside:
            self.of.pop(other, None)
        self.ensure(inside)
        return [span[0] for span in inside]

    def forget(self, key: Hashable) -> None:
        self.of.pop(key, None)
