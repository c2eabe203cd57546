"""Count-chart ticks and the heatmap colour scale."""

from __future__ import annotations

import math

import pytest

from annotator.core.axis import count_ticks
from annotator.core.colour_scale import MISSING, heat_colour, safe_colour, text_on


@pytest.mark.parametrize(("largest", "ticks"), [
    (0, [0, 1]),
    (1, [0, 1]),
    (5, [0, 1, 2, 3, 4, 5]),
    (7, [0, 2, 4, 6, 8]),
    (48, [0, 10, 20, 30, 40, 50]),
    (130, [0, 50, 100, 150]),
])
def test_count_ticks(largest: int, ticks: list[int]) -> None:
    assert count_ticks(largest) == ticks


def test_heat_colour_ends_and_missing() -> None:
    assert heat_colour(0.0) == "#f7f5f0"
    assert heat_colour(1.0) == "#2c6eaa"
    assert heat_colour(-1.0) == "#c46046"
    assert heat_colour(None) == heat_colour(math.nan) == MISSING
    assert text_on(heat_colour(1.0)) == "#ffffff" and text_on(heat_colour(0.1)) == "#1d1c1a"


def test_safe_colour() -> None:
    assert safe_colour("#AABBCC") == "#aabbcc"
    assert safe_colour("red") == safe_colour(None) == "#888888"
