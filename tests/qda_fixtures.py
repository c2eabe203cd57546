"""A small class in a real database, for the REFI-QDA and gradebook tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from annotator.services.annotators import create_annotator
from annotator.services.context import AppContext, open_context
from annotator.services.exercises import load_exercise
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise
from annotator.services.views import AnnotatorView, ExerciseView
from annotator.storage import models as m


@dataclass
class ClassDb:
    ctx: AppContext
    exercise: ExerciseView
    ada: AnnotatorView
    ben: AnnotatorView
    key: AnnotatorView


def make_class(path: Path) -> ClassDb:
    """The sample exercise; Ada (two highlights, a note, a link), Ben (one) and a key."""
    ctx = open_context(str(path))
    ensure_sample_exercise(ctx.db)
    ex = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    ada = create_annotator(ctx.db, "Ada Lovelace")
    ben = create_annotator(ctx.db, "=Ben")
    key = create_annotator(ctx.db, "Answer key", role=m.Role.KEY)
    one, two = ex.articles[0], ex.articles[1]
    start = one.text.index("black-market factory")
    first = ctx.annotations.add(one.id, ada.id, start, start + 20, ex.tags[0].id,
                                'She says "maybe"\nsecond line')
    other = two.text.index(two.text.split()[3])
    second = ctx.annotations.add(two.id, ada.id, other, other + 12, ex.tags[1].id)
    ctx.annotations.add_link(first.id, second.id, m.LinkKind.SAME_CLAIM, note="both say it")
    ctx.annotations.add(one.id, ben.id, start + 6, start + 13, ex.tags[2].id)
    ctx.annotations.add(one.id, key.id, start, start + 20, ex.tags[0].id)
    return ClassDb(ctx, ex, ada, ben, key)
