"""The app icon: PNGs in the hicolor sizes, current with the SVG, loaded into the window icon."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from annotator.gui.icons import ICON_SIZES, app_icon

ROOT = Path(__file__).resolve().parents[2]


def test_every_hicolor_size_is_a_square_png_of_that_size() -> None:
    assert ICON_SIZES == (16, 24, 32, 48, 64, 128, 256, 512)
    for size in ICON_SIZES:
        image = QImage(str(ROOT / "resources" / "icons" / f"icon-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        assert image.pixelColor(0, 0).alpha() == 0  # transparent corner: no square backdrop


def test_committed_pngs_match_the_svg() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "render_icons.py"), "--check"],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_app_icon_offers_every_size_and_the_application_uses_it(qapp: object) -> None:
    from annotator.gui.application import make_application

    icon = app_icon()
    assert sorted(s.width() for s in icon.availableSizes()) == list(ICON_SIZES)
    app = make_application()
    assert sorted(s.width() for s in app.windowIcon().availableSizes()) == list(ICON_SIZES)
