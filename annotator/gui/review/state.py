"""What the review window shows, as plain data: the class per article, which students are
switched on, whether names are anonymised, and the figures computed from that.

No widgets here; the window asks for an :class:`ArticleReview` and paints it.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from annotator.core.offsets import OffsetMap
from annotator.core.overlay import Overlay, class_overlay
from annotator.gui.i18n import QT_TRANSLATE_NOOP
from annotator.services.exercises import load_exercise
from annotator.services.review import ArticleClass, gather_article, review_article
from annotator.services.views import ExerciseView
from annotator.storage.database import Database

KEY_NAME = QT_TRANSLATE_NOOP("ReviewState", "Answer key")


def natural_key(name: str) -> list[object]:
    """Sort "Student 2" before "Student 10"."""
    return [int(p) if p.isdigit() else p.casefold() for p in re.split(r"(\d+)", name)]


@dataclass(frozen=True)
class ArticleReview:
    """One article as shown: only the switched-on students, in display order."""

    data: ArticleClass
    overlay: Overlay
    figures: dict[str, Any]
    offsets: OffsetMap

    def name(self, annotator: str) -> str:
        if annotator == self.data.key_id:
            return QCoreApplication.translate("ReviewState", KEY_NAME)
        return self.data.names.get(annotator, QCoreApplication.translate("ReviewState", "Unknown"))


class ReviewState:
    def __init__(self, db: Database, exercise_id: uuid.UUID) -> None:
        self.db = db
        self.exercise: ExerciseView = load_exercise(db, exercise_id)
        self.anonymise = False
        self.excluded: set[str] = set()
        self._gathered: dict[tuple[uuid.UUID, bool], ArticleClass] = {}
        self._reviews: dict[uuid.UUID, ArticleReview] = {}

    def reload(self) -> None:
        """Forget everything read so far (after hand-ins were imported or markups changed)."""
        self.exercise = load_exercise(self.db, self.exercise.id)
        self._gathered.clear()
        self._reviews.clear()

    # -- raw class ---------------------------------------------------------------------

    def _class(self, article_id: uuid.UUID) -> ArticleClass:
        key = (article_id, self.anonymise)
        if key not in self._gathered:
            self._gathered[key] = gather_article(self.db, self.exercise.id, article_id,
                                                 self.anonymise)
        return self._gathered[key]

    def students(self) -> list[tuple[str, str]]:
        """Every student of the exercise (any article) as (id, shown name), in display order."""
        names: dict[str, str] = {}
        for article in self.exercise.articles:
            data = self._class(article.id)
            names.update({s: data.names.get(s, "") for s in data.students})
        return sorted(names.items(), key=lambda item: (natural_key(item[1]), item[0]))

    # -- switches ----------------------------------------------------------------------

    def set_anonymise(self, on: bool) -> None:
        if on != self.anonymise:
            self.anonymise = on
            self._reviews.clear()

    def set_included(self, student: str, on: bool) -> None:
        before = set(self.excluded)
        if on:
            self.excluded.discard(student)
        else:
            self.excluded.add(student)
        if before != self.excluded:
            self._reviews.clear()

    # -- figures -----------------------------------------------------------------------

    def article(self, article_id: uuid.UUID) -> ArticleReview:
        if article_id not in self._reviews:
            data = self._class(article_id)
            kept = [s for s in data.students if s not in self.excluded]
            kept.sort(key=lambda s: (natural_key(data.names.get(s, "")), s))
            data = dataclasses.replace(
                data,
                students=tuple(kept),
                student_spans=tuple(s for s in data.student_spans if s.annotator in kept),
            )
            overlay = class_overlay(len(data.text), data.student_spans, data.tags, data.students)
            self._reviews[article_id] = ArticleReview(
                data, overlay, review_article(data), OffsetMap(data.text)
            )
        return self._reviews[article_id]

    def figures(self) -> dict[str, Any]:
        """The figures of every article, shaped like ``review_figures`` (for scores/exports)."""
        return {
            "exercise": {"id": str(self.exercise.id), "title": self.exercise.title},
            "anonymised": self.anonymise,
            "articles": [self.article(a.id).figures for a in self.exercise.articles],
        }
