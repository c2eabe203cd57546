"""Typography and colours for long reading.

A serif face at a comfortable size, 150 % line height, a measure of about 70 characters,
and tag colours from the Okabe-Ito palette, which stays distinguishable for the common
kinds of colour blindness.
"""

from __future__ import annotations

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
    size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, BASE_POINT_SIZE + zoom))
    font.setPointSize(size)
    return font


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark (follows the system appearance)."""
    hints = QGuiApplication.styleHints()
    if palette is None and hints is not None:
        scheme = hints.colorScheme()
        if scheme != Qt.ColorScheme.Unknown:
            return scheme == Qt.ColorScheme.Dark
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def highlight_colour(colour: str, dark: bool, strength: float = 1.0) -> QColor:
    """A tag colour made soft enough to read black (or white) text through."""
    base = QColor(colour)
    alpha = int(255 * (0.42 if dark else 0.34) * max(0.15, min(1.0, strength)))
    base.setAlpha(alpha)
    return base


def dark_palette() -> QPalette:
    """A calm dark palette for the Fusion style, for when the user picks dark."""
    p = QPalette()
    window, base, text = QColor("#1f2023"), QColor("#17181a"), QColor("#e6e4df")
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
        (QPalette.ColorRole.PlaceholderText, QColor("#8d8b86")),
        (QPalette.ColorRole.Highlight, QColor("#3d6fb4")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.Link, QColor("#7fb2f0")),
    ):
        p.setColor(role, colour)
    _mute_disabled(p, QColor("#85837e"))
    return p


def light_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#f4f2ee"), QColor("#fffdf8"), QColor("#1d1c1a")
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
        (QPalette.ColorRole.PlaceholderText, QColor("#7a776f")),
        (QPalette.ColorRole.Highlight, QColor("#2f6db5")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.Link, QColor("#1d5fa8")),
    ):
        p.setColor(role, colour)
    _mute_disabled(p, QColor("#8a877f"))
    return p


def _mute_disabled(palette: QPalette, muted: QColor) -> None:
    """Disabled text (greyed actions, a missing byline) reads as secondary, not as normal."""
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, muted)
