"""Checks for a tag set: shortcuts used twice and colours too alike to tell apart.

Colour distance is CIE76 ΔE in CIELAB (sRGB, D65): below about 20 two highlight colours are
easily confused on screen, and far sooner by readers with a colour-vision deficiency.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from annotator.core.i18n import Texts

SIMILAR_DELTA_E = 20.0


class ColourText(Texts):
    """The translation context of the tag set checks (shown in the tag set editor)."""


@dataclass(frozen=True)
class TagLook:
    label: str
    colour: str
    shortcut: str = ""


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    value = colour.strip().lstrip("#")
    if len(value) != 6:
        raise ValueError(ColourText.tr(
            "{colour} is not a colour of the form #rrggbb").format(colour=repr(colour)))
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def to_lab(colour: str) -> tuple[float, float, float]:
    r, g, b = (_linear(c) for c in hex_to_rgb(colour))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def delta_e(a: str, b: str) -> float:
    """CIE76 colour difference between two ``#rrggbb`` colours."""
    la, lb = to_lab(a), to_lab(b)
    return float(sum((p - q) ** 2 for p, q in zip(la, lb, strict=True)) ** 0.5)


def relative_luminance(colour: str) -> float:
    r, g, b = (_linear(c) for c in hex_to_rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio (1 to 21) between two colours."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def tag_warnings(tags: Sequence[TagLook]) -> list[str]:
    """One plain sentence per problem: a shared shortcut, or two colours too much alike."""
    warnings: list[str] = []
    by_shortcut: dict[str, list[str]] = {}
    for tag in tags:
        if tag.shortcut.strip():
            by_shortcut.setdefault(tag.shortcut.strip().upper(), []).append(tag.label)
    for shortcut, labels in by_shortcut.items():
        if len(labels) > 1:
            warnings.append(ColourText.tr("Shortcut {shortcut} is used by {labels}.").format(
                shortcut=shortcut, labels=ColourText.tr(" and ").join(labels)))
    for i, first in enumerate(tags):
        for second in tags[i + 1:]:
            try:
                distance = delta_e(first.colour, second.colour)
            except ValueError:
                continue
            if distance < SIMILAR_DELTA_E:
                warnings.append(ColourText.tr(
                    "{first} and {second} have colours that are hard to tell apart.").format(
                    first=first.label, second=second.label))
    return warnings
