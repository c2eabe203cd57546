"""Typography and colours for long reading.

A serif face at a comfortable size, 150 % line height, a measure of about 70 characters,
and default tag colours chosen so that their fills, as painted over the light and the dark
reading background, stay apart under simulated deuteranopia, protanopia and tritanopia and
in greyscale (tests/gui/test_tag_colour_vision.py).
"""

from __future__ import annotations

import sys
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette

READING_FAMILIES = (
    "Charis SIL",
    "Source Serif 4",
    "Source Serif Pro",
    "Georgia",
    "Cambria",
    "Noto Serif",
    "DejaVu Serif",
    "Liberation Serif",
    "Times New Roman",
)
BASE_POINT_SIZE = 13
TYPICAL_SYSTEM_POINT_SIZE = 10.0  # Windows 9, KDE 10, GNOME 11 (macOS: 13)
MIN_POINT_SIZE = 8
MAX_POINT_SIZE = 36
LINE_HEIGHT_PERCENT = 150
MEASURE_CHARS = 70


def reading_font(zoom: int = 0) -> QFont:
    """The article font: the first installed serif of :data:`READING_FAMILIES`."""
    families = set(QFontDatabase.families())
    family = next((f for f in READING_FAMILIES if f in families), None)
    if family:
        font = QFont(family)
    else:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setStyleHint(QFont.StyleHint.Serif)
    size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, base_point_size() + zoom))
    font.setPointSize(size)
    return font


def base_point_size() -> int:
    """The article size before zoom: 13 pt for a usual system font, scaled up with a larger
    one (a 14 pt system font reads at 18 pt), so the desktop's text size setting counts."""
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        system = QGuiApplication.font().pointSizeF()
    usual = 13.0 if sys.platform == "darwin" else TYPICAL_SYSTEM_POINT_SIZE
    if system <= 0:
        return BASE_POINT_SIZE
    return max(BASE_POINT_SIZE, round(BASE_POINT_SIZE * system / usual))


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark (follows the system appearance)."""
    hints = QGuiApplication.styleHints()
    if palette is None and hints is not None:
        scheme = hints.colorScheme()
        if scheme != Qt.ColorScheme.Unknown:
            return scheme == Qt.ColorScheme.Dark
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


# The reading background of each palette: highlight fills are blended over it beforehand and
# painted opaque, so a nested or overlapping passage shows its own tag's colour (with its
# parent's as a band above and below) instead of a mix that is no tag's colour.
LIGHT_BASE = "#fffdf8"
DARK_BASE = "#17181a"
FILL_LIGHT = 0.58  # share of the tag colour in a fill on the light background
FILL_DARK = 0.41
# Secondary text (byline, empty-list hints, placeholders, "Tag the selection:"): at least
# 4.5:1 over the window, the reading background and buttons.
MUTED_LIGHT = "#6a675f"
MUTED_DARK = "#95938e"


def highlight_colour(colour: str, dark: bool, strength: float = 1.0) -> QColor:
    """A tag colour blended into the reading background, soft enough to read text through.

    With the default tags (resources/sample/exercise.json) every pair of fills stays at
    least 20 CIE76 ΔE apart, also under simulated colour-vision deficiencies, and the text
    keeps a 4.5:1 contrast over each (tests/gui/test_tag_colour_vision.py).
    """
    base, tint = QColor(DARK_BASE if dark else LIGHT_BASE), QColor(colour)
    share = (FILL_DARK if dark else FILL_LIGHT) * max(0.15, min(1.0, strength))
    return QColor(*(round(b + share * (t - b)) for b, t in (
        (base.red(), tint.red()), (base.green(), tint.green()), (base.blue(), tint.blue()))))


def readable_alpha(colour: QColor, alpha: int, base: QColor, text: QColor,
                   ratio: float = 4.5) -> int:
    """``alpha`` (0-255) for ``colour`` over ``base``, lowered until ``text`` keeps ``ratio``
    contrast over the blend (a strong tag colour at full strength can hide the words)."""
    return _readable_alpha(colour.name(), alpha, base.name(), text.name(), ratio)


@lru_cache(maxsize=4096)
def _readable_alpha(colour: str, alpha: int, base: str, text: str, ratio: float) -> int:
    from annotator.core.colours import contrast_ratio, hex_to_rgb

    tint, under = hex_to_rgb(colour), hex_to_rgb(base)

    def blend(a: int) -> str:
        mixed = [round(b + a / 255 * (c - b)) for c, b in zip(tint, under, strict=True)]
        return "#{:02x}{:02x}{:02x}".format(*mixed)

    while alpha > 0 and contrast_ratio(text, blend(alpha)) < ratio:
        alpha -= 5
    return max(0, alpha)


def dark_palette() -> QPalette:
    """A calm dark palette for the Fusion style, for when the user picks dark."""
    p = QPalette()
    window, base, text = QColor("#1f2023"), QColor(DARK_BASE), QColor("#e6e4df")
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor("#232427")),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, QColor("#2a2b2f")),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.ToolTipBase, QColor("#2a2b2f")),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, QColor(MUTED_DARK)),
        (QPalette.ColorRole.Highlight, QColor("#3d6fb4")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.Link, QColor("#7fb2f0")),
    ):
        p.setColor(role, colour)
    _mute_disabled(p, QColor(MUTED_DARK))
    return p


def light_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#f4f2ee"), QColor(LIGHT_BASE), QColor("#1d1c1a")
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor("#f0ede6")),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, QColor("#ebe8e1")),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.ToolTipBase, QColor("#fffdf8")),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, QColor(MUTED_LIGHT)),
        (QPalette.ColorRole.Highlight, QColor("#2f6db5")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.Link, QColor("#1d5fa8")),
    ):
        p.setColor(role, colour)
    _mute_disabled(p, QColor(MUTED_LIGHT))
    return p


def _mute_disabled(palette: QPalette, muted: QColor) -> None:
    """Disabled text (greyed actions, a missing byline) reads as secondary, not as normal."""
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, muted)
