"""The app icon, built from the PNG sizes shipped in ``annotator.resources.icons``."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon, QPixmap

ICON_PACKAGE = "annotator.resources.icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """Every shipped size in one QIcon, so each platform picks the sharpest for its use."""
    folder = resources.files(ICON_PACKAGE)
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap()
        if pixmap.loadFromData((folder / f"icon-{size}.png").read_bytes(), "PNG"):
            icon.addPixmap(pixmap)
    return icon
