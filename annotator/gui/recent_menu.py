"""File > Open Recent: the exercises this person opened last, newest first."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QWidget

from annotator.gui import settings as opt
from annotator.gui.settings import Settings
from annotator.services.exercises import list_exercises
from annotator.storage.database import Database

MAX_RECENT = 8


def remember(settings: Settings, exercise_id: uuid.UUID) -> list[str]:
    """Move ``exercise_id`` to the front of the recent list and store it."""
    recent = [i for i in settings.get(opt.RECENT) if i != str(exercise_id)]
    recent.insert(0, str(exercise_id))
    del recent[MAX_RECENT:]
    settings.set(opt.RECENT, recent)
    return recent


class RecentMenu(QMenu):
    """Rebuilt each time it opens, so deleted exercises never show up."""

    def __init__(
        self, db: Database, settings: Settings, open_exercise: Callable[[uuid.UUID], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Open &Recent"), parent)
        self._db, self._settings, self._open = db, settings, open_exercise
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        titles = {str(s.id): s.title for s in list_exercises(self._db)}
        recent = [i for i in self._settings.get(opt.RECENT) if i in titles]
        for number, exercise_id in enumerate(recent, start=1):
            label = titles[exercise_id].replace("&", "&&")
            action = self.addAction(f"&{number} {label}" if number < 10 else label)
            action.triggered.connect(
                lambda _checked=False, i=exercise_id: self._open(uuid.UUID(i))
            )
        if not recent:
            self.addAction(self.tr("No recent exercises")).setEnabled(False)
