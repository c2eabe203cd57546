"""The plain-language readings of the review figures (core/readings.py) in the UI's language,
with the figure written in the locale's digits ("0,80" in German). The readings and their
translations live in core/readings.py (context "Readings"); this only supplies the digits."""

from __future__ import annotations

from annotator.core.readings import plain_reading
from annotator.gui.i18n import number

__all__ = ["translated_reading"]


def translated_reading(measure: str, value: float | None) -> str:
    """:func:`core.readings.plain_reading` in the UI's language."""
    return plain_reading(measure, value, translated=True, number=number)
