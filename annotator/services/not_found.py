"""The error for an exercise id that names no exercise, importable without SQLAlchemy (the
reading commands meet it before anything heavy is loaded)."""

from __future__ import annotations

import uuid

from annotator.core.i18n import Texts

__all__ = ["ExerciseNotFoundError", "NotFoundText"]


class NotFoundText(Texts):
    """The translation context of ids that name nothing."""


class ExerciseNotFoundError(LookupError):
    def __init__(self, exercise_id: uuid.UUID | str) -> None:
        super().__init__(NotFoundText.tr("no exercise with id {id}").format(id=exercise_id))
