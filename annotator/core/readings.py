"""Short plain-language readings of the review figures, for instructors.

Bands: kappa coefficients follow Landis & Koch (1977) (below 0 poor, 0-0.20 slight,
0.21-0.40 fair, 0.41-0.60 moderate, 0.61-0.80 substantial, above 0.80 almost perfect), judged
on the value as shown to two decimals: exactly 0 (chance) is "slight", not "poor";
Krippendorff's alpha follows Krippendorff (2004): 0.800 and above reliable, 0.667-0.800
tentative conclusions only, below 0.667 not reliable.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from annotator.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["CONTEXT", "ENGLISH", "MEASURES", "format_value", "plain_reading", "reading_key"]

_ALPHA = {"krippendorff_alpha", "unitizing_alpha", "alpha", "u_alpha", "binary_alpha",
          "cu_alpha"}
_KAPPA = {"fleiss_kappa", "cohen_kappa", "kappa"}
_SCORES = {"f1", "span_f1", "precision", "recall", "char_f1"}
MEASURES = tuple(sorted(_ALPHA | _KAPPA | _SCORES))
CONTEXT = "Readings"  # the translation context of the readings


# Each reading by its key (see reading_key); {value} is the figure to two decimals, {percent}
# a whole percentage. The English is data (the review JSON holds it); the GUI shows each
# translated (plain_reading(..., translated=True)).
ENGLISH = {
    "undefined": QT_TRANSLATE_NOOP(
        "Readings",
        "Cannot be computed: there are fewer than two annotators, or nobody's markup varied "
        "(for example nothing was highlighted), so there is no agreement to measure."),
    "undefined_score": QT_TRANSLATE_NOOP(
        "Readings", "Cannot be computed: there is nothing to compare on either side."),
    "alpha_reliable": QT_TRANSLATE_NOOP(
        "Readings",
        "{value}. Reliable agreement: the class marked this text in much the same way. "
        "(1 = perfect agreement, 0 = chance, 0.8+ is reliable.)"),
    "alpha_tentative": QT_TRANSLATE_NOOP(
        "Readings",
        "{value}. Tentative agreement: broadly similar markups, but enough differences that "
        "conclusions should be drawn with care. (1 = perfect agreement, 0 = chance, "
        "0.8+ is reliable.)"),
    "alpha_low": QT_TRANSLATE_NOOP(
        "Readings",
        "{value}. Low agreement: students often marked different passages or chose different "
        "tags; worth discussing in class. (1 = perfect agreement, 0 = chance, 0.8+ is "
        "reliable.)"),
    "alpha_chance": QT_TRANSLATE_NOOP(
        "Readings",
        "{value}. Hardly better than chance: the markups look about as alike as random "
        "highlighting with the same amounts would. (1 = perfect agreement, 0 = chance, "
        "0.8+ is reliable.)"),
    "alpha_systematic": QT_TRANSLATE_NOOP(
        "Readings",
        "{value}. Systematic disagreement: students differ more than chance would predict, "
        "perhaps the tags were understood differently. (1 = perfect agreement, 0 = chance, "
        "0.8+ is reliable.)"),
    "kappa_poor": QT_TRANSLATE_NOOP(
        "Readings",
        "{value}: poor (below chance) agreement beyond chance (1 = perfect, 0 = what chance "
        "alone would give)."),
    "kappa_slight": QT_TRANSLATE_NOOP(
        "Readings",
        "{value}: slight agreement beyond chance (1 = perfect, 0 = what chance alone would "
        "give)."),
    "kappa_fair": QT_TRANSLATE_NOOP(
        "Readings",
        "{value}: fair agreement beyond chance (1 = perfect, 0 = what chance alone would "
        "give)."),
    "kappa_moderate": QT_TRANSLATE_NOOP(
        "Readings",
        "{value}: moderate agreement beyond chance (1 = perfect, 0 = what chance alone would "
        "give)."),
    "kappa_substantial": QT_TRANSLATE_NOOP(
        "Readings",
        "{value}: substantial agreement beyond chance (1 = perfect, 0 = what chance alone "
        "would give)."),
    "kappa_almost_perfect": QT_TRANSLATE_NOOP(
        "Readings",
        "{value}: almost perfect agreement beyond chance (1 = perfect, 0 = what chance alone "
        "would give)."),
    "precision": QT_TRANSLATE_NOOP(
        "Readings", "{percent}% of what was marked is also in the reference."),
    "recall": QT_TRANSLATE_NOOP("Readings", "{percent}% of what the reference marks was found."),
    "score_close": QT_TRANSLATE_NOOP(
        "Readings", "{value}: close match (1 = the same spans, 0 = nothing in common)."),
    "score_partial": QT_TRANSLATE_NOOP(
        "Readings", "{value}: partial match (1 = the same spans, 0 = nothing in common)."),
    "score_different": QT_TRANSLATE_NOOP(
        "Readings", "{value}: mostly different (1 = the same spans, 0 = nothing in common)."),
    "score_none": QT_TRANSLATE_NOOP(
        "Readings", "{value}: no overlap (1 = the same spans, 0 = nothing in common)."),
}


def format_value(value: float, digits: int = 2) -> str:
    """``value`` with ``digits`` decimals; a small negative rounding residue shows as 0.00,
    never -0.00."""
    return f"{round(value, digits) + 0.0:.{digits}f}"


def _alpha(value: float) -> str:
    if value >= 0.8:
        return "alpha_reliable"
    if value >= 0.667:
        return "alpha_tentative"
    if value > 0.2:
        return "alpha_low"
    if value > -0.05:
        return "alpha_chance"
    return "alpha_systematic"


def _kappa(value: float) -> str:
    # Landis & Koch give their bands to two decimals: the band is that of the value as shown,
    # so 0 (chance) and a residue like -0.0001 (shown 0.00) read "slight", not "below chance"
    shown = round(value, 2) + 0.0
    bands = [(0.2, "slight"), (0.4, "fair"), (0.6, "moderate"), (0.8, "substantial"),
             (math.inf, "almost_perfect")]
    word = "poor" if shown < 0 else next(name for limit, name in bands if shown <= limit)
    return f"kappa_{word}"


def _score(measure: str, value: float) -> str:
    if measure in ("precision", "recall"):
        return measure
    if value >= 0.8:
        return "score_close"
    if value >= 0.5:
        return "score_partial"
    if value > 0:
        return "score_different"
    return "score_none"


def reading_key(measure_name: str, value: float | None) -> str:
    """The key in :data:`ENGLISH` of the reading of ``value`` of ``measure_name``."""
    measure = measure_name.lower()
    if measure not in MEASURES:
        raise ValueError(f"no plain reading for unknown measure {measure_name!r}")  # a bug
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "undefined_score" if measure in _SCORES else "undefined"
    if measure in _ALPHA:
        return _alpha(value)
    if measure in _KAPPA:
        return _kappa(value)
    return _score(measure, value)


def plain_reading(measure_name: str, value: float | None, *, translated: bool = False,
                  number: Callable[[float, int], str] = format_value) -> str:
    """A one- or two-sentence reading of ``value`` of ``measure_name`` (see ``MEASURES``).

    English by default (the review JSON keeps it as data); ``translated`` gives it in the
    language of the messages (core/i18n.py: in the GUI, View > Language), with ``number``
    writing the figure (``gui.i18n.number`` for the locale's digits, "0,80" in German)."""
    key = reading_key(measure_name, value)
    text = translate(CONTEXT, ENGLISH[key]) if translated else ENGLISH[key]
    if value is None or key.startswith("undefined"):
        return text
    percent = round(value * 100)
    return text.format(value=number(round(value, 2) + 0.0, 2),
                       percent=number(percent, 0) if translated else str(percent))
