"""Review > Annotate the Answer Key: the instructor marks up the key in the normal workspace."""

from __future__ import annotations

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.gui.workspace import undo
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


def test_an_open_class_overview_follows_the_key_being_annotated(qtbot, ctx) -> None:
    """The instructor opens the Class Overview, sees 'no answer key', annotates the key in
    the main window and looks back: the overview had kept saying there was no key."""
    window = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)
    qtbot.addWidget(window)
    exercise = window.exercise
    student = create_annotator(ctx.db, "Ada")
    ctx.annotations.add(exercise.articles[0].id, student.id, 0, 6, exercise.tags[0].id)
    overview = window.review.open_overview()
    qtbot.addWidget(overview)
    assert "no answer key" in overview.key_label.text()

    window.review.act_key.trigger()
    undo.push(window.undo_stack, undo.AddAnnotation(
        ctx.annotations, exercise.articles[0].id, window.annotator_id, 0, 6,
        exercise.tags[0].id))
    qtbot.waitUntil(lambda: overview.key_label.text().endswith("an answer key."), timeout=3000)
    overview.tabs.setCurrentWidget(overview.scores_tab)
    assert overview.scores_tab.model.rowCount() > 0
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: "no answer key" in overview.key_label.text(), timeout=3000)
    overview.close()
