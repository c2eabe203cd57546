"""Axis ticks for count charts: whole numbers at 1, 2 or 5 times a power of ten."""

from __future__ import annotations

__all__ = ["count_ticks"]


def count_ticks(largest: int, most: int = 6) -> list[int]:
    """Ticks from 0 to at least ``largest`` with at most ``most`` intervals, whole numbers."""
    largest = max(1, int(largest))
    power = 1
    while True:
        for step in (1 * power, 2 * power, 5 * power):
            intervals = -(-largest // step)
            if intervals <= most:
                return [k * step for k in range(intervals + 1)]
        power *= 10
