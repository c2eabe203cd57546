"""Suggested export names are safe on Windows, macOS and Linux, whatever the exercise title."""

from __future__ import annotations

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.authoring import AuthoringService
from annotator.services.sample import SAMPLE_EXERCISE_ID


def test_package_and_review_names_avoid_device_names_and_separators(qtbot, ctx) -> None:
    service = AuthoringService(ctx.db, ctx.bus)
    service.set_details(SAMPLE_EXERCISE_ID, title="CON")
    window = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)
    qtbot.addWidget(window)
    suggested: list[str] = []
    window.authoring.choose_export_path = lambda name: suggested.append(name) or ""
    window.authoring.export_package()
    assert suggested
    assert suggested[0].endswith(".saexercise")
    assert not suggested[0].upper().startswith("CON.")

    service.set_details(SAMPLE_EXERCISE_ID, title="Who is behind: North/Korea?")
    review = window.review.open_overview()
    name = review._suggested(".html")
    assert name.endswith(" review.html")
    assert not any(ch in name for ch in '/\\:?*"<>|')
