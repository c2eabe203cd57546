"""Colour scales for the review heatmaps and overlay, as '#rrggbb' strings (no Qt).

Agreement coefficients run from -1 to 1: values from 0 to 1 go from a pale paper tone to a
calm blue, values below 0 towards a muted terracotta, so "worse than chance" stands out
without shouting. Missing values are a neutral grey.
"""

from __future__ import annotations

import math
import re

__all__ = ["MISSING", "heat_colour", "mix", "safe_colour", "text_on"]

PAPER = (247, 245, 240)
BLUE = (44, 110, 170)
TERRACOTTA = (196, 96, 70)
MISSING = "#e4e2dd"
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def safe_colour(colour: object, fallback: str = "#888888") -> str:
    """``colour`` when it is a '#rrggbb' string, else ``fallback`` (for untrusted input)."""
    return colour.lower() if isinstance(colour, str) and _HEX.match(colour) else fallback


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in rgb)


def mix(a: tuple[int, int, int], b: tuple[int, int, int], t: float) -> str:
    t = max(0.0, min(1.0, t))
    return _hex(tuple(x + (y - x) * t for x, y in zip(a, b, strict=True)))  # type: ignore[arg-type]


def heat_colour(value: float | None) -> str:
    """The cell colour for an agreement value in [-1, 1] (None or NaN: grey)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return MISSING
    if value >= 0:
        return mix(PAPER, BLUE, value)
    return mix(PAPER, TERRACOTTA, -value)


def text_on(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    r, g, b = (int(background[i : i + 2], 16) for i in (1, 3, 5))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#1d1c1a" if luminance > 150 else "#ffffff"
