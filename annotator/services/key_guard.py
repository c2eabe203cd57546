"""The answer key stays in the instructor's database: it reaches students only inside
feedback files (services/feedback.py), never as a hand-in, an export or a printed report,
and never in an exercise package (exercises_io.exercise_record holds no annotations)."""

from __future__ import annotations

import uuid

from annotator.exchange.handin_errors import HandinError, HandinText
from annotator.storage import models as m
from annotator.storage.database import Database

__all__ = ["KEY_STAYS", "refuse_key"]

# in English; refuse_key says it in the language shown
KEY_STAYS = ("nothing written: the answer key is not exported; students see it only in their "
             "feedback files (Review > Return Feedback…)")


def refuse_key(db: Database, annotator_id: uuid.UUID, target: object) -> None:
    """Raise :class:`HandinError` naming ``target`` when ``annotator_id`` is an answer key."""
    with db.session() as session:
        person = session.get(m.Annotator, annotator_id)
        if person is not None and person.role == m.Role.KEY:
            raise HandinError(f"{target}: " + HandinText.tr(
                "nothing written: the answer key is not exported; students see it only in "
                "their feedback files (Review > Return Feedback…)"))
