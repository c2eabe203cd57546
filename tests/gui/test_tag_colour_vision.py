"""Tags stay apart for colour-blind readers and in greyscale, and text stays readable.

The colours are read back from what the reading pane paints (light and dark): every pair of
default tag fills is at least 20 CIE76 ΔE apart under normal vision and under the Machado,
Oliveira & Fernandes (2009) simulations of deuteranopia, protanopia and tritanopia at
severity 1.0 (``colorspacious``), at least 8 apart in lightness (L*), and the article text
keeps 4.5:1 over every fill, including a nested overlap, which shows the inner tag's own
colour and names both tags.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import numpy as np
import pytest
from colorspacious import cspace_convert
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from annotator.core.colours import contrast_ratio
from annotator.gui import theme
from annotator.gui.main_window import MainWindow

SIMULATIONS = {
    "normal": None,
    "deuteranopia": {"name": "sRGB1+CVD", "cvd_type": "deuteranomaly", "severity": 100},
    "protanopia": {"name": "sRGB1+CVD", "cvd_type": "protanomaly", "severity": 100},
    "tritanopia": {"name": "sRGB1+CVD", "cvd_type": "tritanomaly", "severity": 100},
}
PHRASES = {  # one passage per default tag (key), and a nested one inside the first
    "claim": "black-market factory that once produced",
    "evidence": "classified assessments",
    "speculation": "thankfully we have a president",
    "opinion": "rapid missile-program improvements",
}
NESTED = ("factory", "evidence")


def _lab(colours: list[QColor], simulation: dict | None) -> np.ndarray:
    rgb = np.array([[c.redF(), c.greenF(), c.blueF()] for c in colours])
    if simulation is not None:
        rgb = np.clip(cspace_convert(rgb, simulation, "sRGB1"), 0, 1)
    return np.asarray(cspace_convert(rgb, "sRGB1", "CIELab"))


def _painted(image: object, rect: object, inset: float) -> QColor:
    """The fill colour along the top of a line box (above the letters): the commonest pixel."""
    y = int(rect.top() + inset + 1.5)  # type: ignore[attr-defined]
    xs = range(int(rect.left()) + 4, int(rect.right()) - 4)  # type: ignore[attr-defined]
    pixels = [image.pixelColor(x, y).name() for x in xs]  # type: ignore[attr-defined]
    return QColor(max(set(pixels), key=pixels.count))


@pytest.fixture(params=[False, True], ids=["light", "dark"])
def window(request: pytest.FixtureRequest, qtbot: object, ctx: object) -> Iterator[MainWindow]:
    from panel_helpers import open_window

    app = QApplication.instance()
    old = app.palette()  # type: ignore[union-attr]
    app.setPalette(theme.dark_palette() if request.param else theme.light_palette())  # type: ignore[union-attr]
    win = open_window(qtbot, ctx)
    yield win
    win.close()
    app.setPalette(old)  # type: ignore[union-attr]


def test_default_tags_stay_apart_under_colour_vision_deficiencies(
    window: MainWindow, qtbot: object, screenshot: object
) -> None:
    from panel_helpers import tag_phrase

    pane = window.panes[0]
    rows = {key: tag_phrase(window, 0, phrase, key) for key, phrase in PHRASES.items()}
    inner = tag_phrase(window, 0, NESTED[0], NESTED[1])
    for row in rows.values():
        pane.layer.scroll_to(row.id)
        qtbot.wait(10)  # type: ignore[attr-defined]
    pane.view.verticalScrollBar().setValue(0)
    qtbot.wait(20)  # type: ignore[attr-defined]
    image = pane.view.viewport().grab().toImage()
    shown = {s.annotation_id: s for s in pane.layer.shown()}
    fills = {key: _painted(image, shown[row.id].rects[0], 0) for key, row in rows.items()}
    text = pane.view.palette().color(QPalette.ColorRole.Text)

    labels = {t.key: t.label for t in window.exercise.tags}  # type: ignore[union-attr]
    pairs = list(itertools.combinations(sorted(fills), 2))
    for name, simulation in SIMULATIONS.items():
        lab = dict(zip(sorted(fills), _lab([fills[k] for k in sorted(fills)], simulation),
                       strict=True))
        for a, b in pairs:
            distance = float(np.linalg.norm(lab[a] - lab[b]))
            assert distance >= 20, (name, labels[a], labels[b], distance)
    lightness = dict(zip(sorted(fills), _lab([fills[k] for k in sorted(fills)], None)[:, 0],
                         strict=True))
    for a, b in pairs:
        assert abs(lightness[a] - lightness[b]) >= 8, (labels[a], labels[b])

    # the nested passage shows its own tag's colour over the outer one, not a mix
    box = shown[inner.id]
    overlap = _painted(image, box.rects[0], box.layer * 2.0)
    assert overlap.name() == fills[NESTED[1]].name()
    for colour in [*fills.values(), overlap]:
        assert contrast_ratio(text.name(), colour.name()) >= 4.5, colour.name()
    # and pointing at it names both tags
    point = box.rects[0].center().toPoint()
    assert pane.layer.describe_at(point).split("\n") == [labels["claim"], labels["evidence"]]
    window.resize(1366, 768)
    qtbot.wait(20)  # type: ignore[attr-defined]
    dark = theme.is_dark(window.palette())
    screenshot(window, f"tag_colours_1366_{'dark' if dark else 'light'}")  # type: ignore[operator]


def test_secondary_text_is_readable(window: MainWindow) -> None:
    palette = window.palette()
    muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    hint = window.panels.annotations.placeholder
    assert not hint.isEnabled()  # the empty-list hint is drawn in the muted colour
    shown_in = hint.palette().color(QPalette.ColorGroup.Disabled,
                                    QPalette.ColorRole.WindowText).name()
    assert shown_in == muted
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        assert contrast_ratio(muted, palette.color(role).name()) >= 4.5, role
        placeholder = palette.color(QPalette.ColorRole.PlaceholderText).name()
        assert contrast_ratio(placeholder, palette.color(role).name()) >= 4.5, role


def test_the_class_overlay_keeps_text_readable_over_the_strongest_colour(
    window: MainWindow, qtbot: object
) -> None:
    """The review overlay paints a tag colour stronger as more students chose it; even the
    whole class's choice keeps the text at 4.5:1 (light and dark)."""
    from annotator.gui.review.window import ReviewWindow
    from annotator.services.annotators import create_annotator
    from annotator.services.sample import SAMPLE_EXERCISE_ID

    exercise = window.exercise
    assert exercise is not None
    article = exercise.articles[0]
    for name in ("Ada", "Ben", "Cy"):  # the whole class agrees: the strongest colours
        who = create_annotator(window.ctx.db, f"{name} Student")
        for (key, phrase), tag in zip(PHRASES.items(), exercise.tags, strict=True):
            start = article.text.index(phrase)
            assert tag.key == key
            window.ctx.annotations.add(article.id, who.id, start, start + len(phrase), tag.id)
    review = ReviewWindow(window.ctx, SAMPLE_EXERCISE_ID)
    qtbot.addWidget(review)  # type: ignore[attr-defined]
    view = review.overlay_tab.view
    palette = view.palette()
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    for phrase in PHRASES.values():
        painted = view.look_at(article.text.index(phrase) + 1).background
        assert painted is not None
        share = painted.alpha() / 255
        shown = QColor(*(round(b + share * (c - b)) for c, b in (
            (painted.red(), base.red()), (painted.green(), base.green()),
            (painted.blue(), base.blue()))))
        assert painted.alpha() > 0
        assert contrast_ratio(text.name(), shown.name()) >= 4.5, (phrase, painted.name())
    review.close()
