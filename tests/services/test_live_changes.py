"""The change stamp the Class Overview polls: it moves with every kind of change."""

from __future__ import annotations

from annotator.services.annotators import create_annotator
from annotator.services.exercises import load_exercise
from annotator.services.live import change_stamp
from annotator.services.sample import SAMPLE_EXERCISE_ID
from annotator.storage import models as m


def test_the_stamp_changes_with_additions_edits_answers_links_and_deletions(ctx: object) -> None:
    db = ctx.db  # type: ignore[attr-defined]
    exercise = load_exercise(db, SAMPLE_EXERCISE_ID)
    student = create_annotator(db, "Ada")
    service = ctx.annotations  # type: ignore[attr-defined]
    seen = [change_stamp(db, exercise.id)]
    assert seen[0].annotations == 0 and seen[0].newest is None
    a = service.add(exercise.articles[0].id, student.id, 0, 5, exercise.tags[0].id)
    b = service.add(exercise.articles[1].id, student.id, 0, 5, exercise.tags[0].id)
    seen.append(change_stamp(db, exercise.id))
    service.update(a.id, note="edited")
    seen.append(change_stamp(db, exercise.id))
    service.add_link(a.id, b.id, m.LinkKind.SUPPORTS)
    seen.append(change_stamp(db, exercise.id))
    service.set_answer(exercise.questions[0].id, student.id, exercise.articles[0].id, "yes")
    seen.append(change_stamp(db, exercise.id))
    service.delete(b.id)
    seen.append(change_stamp(db, exercise.id))
    assert len(set(seen)) == len(seen)  # every change gives a new stamp
    assert seen[-1].annotations == 1 and seen[-1].links == 0 and seen[-1].answers == 1
    assert change_stamp(db, exercise.id) == seen[-1]  # and nothing else does
