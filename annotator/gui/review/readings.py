"""The plain-language readings of the review figures (core/readings.py) in the UI's language,
with the figure written in the locale's digits ("0,80" in German)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from annotator.core.readings import ENGLISH, reading_key
from annotator.gui.i18n import arg, number

__all__ = ["translated_reading"]


# One function per key of core.readings.ENGLISH, so lupdate sees every literal string.
_TEXTS: dict[str, Callable[[], str]] = {
    "undefined": lambda: QCoreApplication.translate(
        "Readings",
        "Cannot be computed: there are fewer than two annotators, or nobody's markup varied "
        "(for example nothing was highlighted), so there is no agreement to measure."),
    "undefined_score": lambda: QCoreApplication.translate(
        "Readings",
        "Cannot be computed: there is nothing to compare on either side."),
    "alpha_reliable": lambda: QCoreApplication.translate(
        "Readings",
        "%1. Reliable agreement: the class marked this text in much the same way. "
        "(1 = perfect agreement, 0 = chance, 0.8+ is reliable.)"),
    "alpha_tentative": lambda: QCoreApplication.translate(
        "Readings",
        "%1. Tentative agreement: broadly similar markups, but enough differences that "
        "conclusions should be drawn with care. (1 = perfect agreement, 0 = chance, "
        "0.8+ is reliable.)"),
    "alpha_low": lambda: QCoreApplication.translate(
        "Readings",
        "%1. Low agreement: students often marked different passages or chose different "
        "tags; worth discussing in class. (1 = perfect agreement, 0 = chance, 0.8+ is "
        "reliable.)"),
    "alpha_chance": lambda: QCoreApplication.translate(
        "Readings",
        "%1. Hardly better than chance: the markups look about as alike as random "
        "highlighting with the same amounts would. (1 = perfect agreement, 0 = chance, "
        "0.8+ is reliable.)"),
    "alpha_systematic": lambda: QCoreApplication.translate(
        "Readings",
        "%1. Systematic disagreement: students differ more than chance would predict, "
        "perhaps the tags were understood differently. (1 = perfect agreement, 0 = chance, "
        "0.8+ is reliable.)"),
    "kappa_poor": lambda: QCoreApplication.translate(
        "Readings",
        "%1: poor (below chance) agreement beyond chance (1 = perfect, 0 = what chance "
        "alone would give)."),
    "kappa_slight": lambda: QCoreApplication.translate(
        "Readings",
        "%1: slight agreement beyond chance (1 = perfect, 0 = what chance alone would give)."),
    "kappa_fair": lambda: QCoreApplication.translate(
        "Readings",
        "%1: fair agreement beyond chance (1 = perfect, 0 = what chance alone would give)."),
    "kappa_moderate": lambda: QCoreApplication.translate(
        "Readings",
        "%1: moderate agreement beyond chance (1 = perfect, 0 = what chance alone would "
        "give)."),
    "kappa_substantial": lambda: QCoreApplication.translate(
        "Readings",
        "%1: substantial agreement beyond chance (1 = perfect, 0 = what chance alone would "
        "give)."),
    "kappa_almost_perfect": lambda: QCoreApplication.translate(
        "Readings",
        "%1: almost perfect agreement beyond chance (1 = perfect, 0 = what chance alone "
        "would give)."),
    "precision": lambda: QCoreApplication.translate(
        "Readings",
        "%1% of what was marked is also in the reference."),
    "recall": lambda: QCoreApplication.translate(
        "Readings",
        "%1% of what the reference marks was found."),
    "score_close": lambda: QCoreApplication.translate(
        "Readings",
        "%1: close match (1 = the same spans, 0 = nothing in common)."),
    "score_partial": lambda: QCoreApplication.translate(
        "Readings",
        "%1: partial match (1 = the same spans, 0 = nothing in common)."),
    "score_different": lambda: QCoreApplication.translate(
        "Readings",
        "%1: mostly different (1 = the same spans, 0 = nothing in common)."),
    "score_none": lambda: QCoreApplication.translate(
        "Readings",
        "%1: no overlap (1 = the same spans, 0 = nothing in common)."),
}
assert _TEXTS.keys() == ENGLISH.keys()


def translated_reading(measure: str, value: float | None) -> str:
    """:func:`core.readings.plain_reading` in the UI's language."""
    key = reading_key(measure, value)
    text = _TEXTS[key]()
    if value is None or key.startswith("undefined"):
        return text
    if key in ("precision", "recall"):
        return arg(text, round(value * 100))
    return arg(text, number(round(value, 2) + 0.0, 2))
