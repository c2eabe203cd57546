"""Render the app icon's PNG sizes (and the Windows/macOS icon files) from the SVG with Qt.

    .venv/bin/python packaging/render_icons.py           # rewrite resources/icons/icon-N.png
    .venv/bin/python packaging/render_icons.py --check   # exit 1 if a committed PNG is stale

The PNGs are committed as source assets (the Linux hicolor sizes). The ``.ico`` and ``.icns``
files are build products: the PyInstaller spec calls :func:`platform_icon` into its work folder.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
APP_ID = "org.sourceannotator.SourceAnnotator"
SVG = ICONS / f"{APP_ID}.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return ICONS / f"icon-{size}.png"


def render(size: int) -> QImage:
    """The SVG drawn on a transparent ``size`` x ``size`` QImage."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def _pixels(image: QImage) -> np.ndarray:
    import numpy as np
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    height, width = image.height(), image.width()
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(height, image.bytesPerLine())
    return rows[:, : width * 4].astype(np.int16)


def _same_pixels(path: Path, image: QImage) -> bool:
    """Equal up to anti-aliasing noise: a Qt update may shift a few edge pixels slightly."""
    from PySide6.QtGui import QImage

    old = QImage(str(path))
    if old.isNull() or old.size() != image.size():
        return False
    differs = abs(_pixels(old) - _pixels(image)) > 24
    return bool(differs.mean() < 0.01)


def write_pngs(check: bool = False) -> list[Path]:
    """Write every size; with ``check`` only report the files that differ from the SVG."""
    stale = []
    for size in SIZES:
        image = render(size)
        path = png_path(size)
        if check:
            if not _same_pixels(path, image):
                stale.append(path)
        elif not image.save(str(path)):  # PNG, from the suffix
            raise SystemExit(f"{path}: could not write the PNG")
    return stale


def platform_icon(kind: str, folder: Path) -> Path:
    """Write ``annotator.ico`` (Windows) or ``annotator.icns`` (macOS) into ``folder``."""
    from PySide6.QtGui import QImageWriter

    size = {"ico": 256, "icns": 512}[kind]
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"annotator.{kind}"
    writer = QImageWriter(str(target), kind.encode())
    if not writer.write(render(size)):
        raise SystemExit(f"{target}: {writer.errorString()}")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - fonts, plugins
    stale = write_pngs(check=args.check)
    for path in stale:
        print(f"{path.relative_to(ROOT)}: differs from the SVG; run packaging/render_icons.py")
    if not args.check:
        print(f"wrote {len(SIZES)} PNGs into {ICONS.relative_to(ROOT)}")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
