"""The error for an exercise id that names no exercise, importable without SQLAlchemy (the
reading commands meet it before anything heavy is loaded)."""

from __future__ import annotations

import uuid

__all__ = ["ExerciseNotFoundError"]


class ExerciseNotFoundError(LookupError):
    def __init__(self, exercise_id: uuid.UUID | str) -> None:
        super().__init__(f"no exercise with id {exercise_id}")
