"""Review > Annotate the Answer Key: the instructor marks up the key in the normal workspace."""

from __future__ import annotations

from annotator.gui import undo
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.annotators import create_annotator, get_annotator
from annotator.services.review import review_figures
from annotator.services.sample import SAMPLE_EXERCISE_ID
from annotator.storage.models import Role


def test_key_mode_annotates_as_the_key_and_switches_back(qtbot, ctx) -> None:
    window = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)
    qtbot.addWidget(window)
    teacher = create_annotator(ctx.db, "Ms Rivera")
    window.set_annotator(teacher.id)
    action = window.review.act_key
    assert not action.isChecked()

    action.trigger()
    key = get_annotator(ctx.db, window.annotator_id)
    assert key is not None
    assert key.role is Role.KEY
    assert window.windowTitle().endswith("— Answer key")
    exercise = window.exercise
    undo.push(window.undo_stack, undo.AddAnnotation(
        ctx.annotations, exercise.articles[0].id, key.id, 0, 6, exercise.tags[0].id))

    action.trigger()
    assert window.annotator_id == teacher.id
    assert not window.windowTitle().endswith("— Answer key")
    action.trigger()  # the same key again, not a second one
    assert window.annotator_id == key.id

    student = create_annotator(ctx.db, "Ada")
    ctx.annotations.add(exercise.articles[0].id, student.id, 0, 6, exercise.tags[0].id)
    figures = review_figures(ctx.db, SAMPLE_EXERCISE_ID, exercise.articles[0].id)
    article = figures["articles"][0]
    assert article["key"] == {"id": str(key.id), "spans": 1}
    assert article["scores"]  # the student is scored against the key
