"""File > Open Recent lists the exercises opened last and opens them."""

from __future__ import annotations

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.authoring import AuthoringService
from annotator.services.sample import SAMPLE_EXERCISE_ID


def test_recent_exercises_are_listed_newest_first_and_open(qtbot, ctx) -> None:
    other = AuthoringService(ctx.db, ctx.bus).create_exercise("Second & last lesson")
    other_id = getattr(other, "id", other)
    window = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)
    qtbot.addWidget(window)
    window.open_exercise(other_id)
    window.menu_recent.rebuild()
    labels = [a.text() for a in window.menu_recent.actions()]
    assert labels == ["&1 Second && last lesson", "&2 Who is behind North Korea's missile engines?"]
    window.menu_recent.actions()[1].trigger()
    assert window.exercise is not None
    assert window.exercise.id == SAMPLE_EXERCISE_ID
    reopened = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)
    qtbot.addWidget(reopened)
    assert [a.text()[:2] for a in reopened.menu_recent.actions()] == ["&1", "&2"]
