"""What the review window shows, as plain data: the class per article, which students are
switched on, whether names are anonymised, and the figures computed from that.

No widgets here; the window asks for an :class:`ArticleReview` and paints it. The work of
computing an article is :func:`compute_article`, a pure function of a :class:`Request`, so the
window can run it on a worker thread (``job.py``) and hand the result back with
:meth:`ReviewState.store`; :meth:`ReviewState.article` computes in the caller's thread.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from annotator.core.offsets import OffsetMap
from annotator.core.overlay import Overlay, class_overlay
from annotator.gui.i18n import QT_TRANSLATE_NOOP
from annotator.services.exercises import load_exercise
from annotator.services.review import (
    PAIRWISE_LIMIT,
    PARTS,
    ArticleClass,
    ReviewOptions,
    StudentInfo,
    count_student_highlights,
    exercise_students,
    gather_article,
    review_article,
)
from annotator.services.views import ExerciseView
from annotator.storage.database import Database

KEY_NAME = QT_TRANSLATE_NOOP("ReviewState", "Answer key")
# below this many student highlights in the whole exercise, computing the review takes a few
# tens of milliseconds and is done at once; above it, on a worker thread with progress
SYNC_LIMIT_SPANS = 3000
# below this many, the overlay's figures (reading the class, the overlay, the contested
# passages: a few tens of milliseconds) are computed at once and only the rest on the worker
FIRST_SYNC_LIMIT_SPANS = 10000
# and the same for students x characters (reading the text, the contested passages and the
# overlay's columns grow with it: 40 students on a 10,000-word article, 2.5 million, took
# 0.1-0.2 s, on a 100,000-word one a few tenths: too long for the GUI thread to stand still)
SYNC_LIMIT_CELLS = 1_000_000
FIRST_SYNC_LIMIT_CELLS = 1_000_000

# what the Class Overlay and Compare tabs need, computed and shown first; the rest (the
# agreement with its pairwise matrices, the scores) follows
FIRST_PARTS = frozenset({"overlay", "contested"})
REST_PARTS = frozenset(PARTS) - FIRST_PARTS
Pairwise = bool | tuple[str, ...] | None  # all, none, chosen students, or automatic
Progress = Callable[[int, int, str], None]  # step, of steps, what


class Cancelled(Exception):
    """The person pressed Cancel; the work stopped between two steps."""


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

    @property
    def pairwise_omitted(self) -> bool:
        return "omitted" in self.figures.get("agreement", {}).get("pairwise", {})

    @property
    def complete(self) -> bool:
        """Whether every figure is computed (not only the overlay's, shown first)."""
        return "agreement" in self.figures

    def first_part(self) -> ArticleReview:
        """This review without the figures computed after the overlay (a request for the
        pairwise matrices changes only those)."""
        return dataclasses.replace(self, figures={k: v for k, v in self.figures.items()
                                                  if k not in REST_PARTS})


@dataclass(frozen=True)
class Request:
    """Everything that decides the figures of one article (hashable data, no widgets)."""

    db: Database
    exercise_id: uuid.UUID
    article_id: uuid.UUID
    anonymise: bool
    excluded: frozenset[str]
    pairwise: Pairwise


def _options(pairwise: Pairwise, parts: frozenset[str]) -> ReviewOptions:
    if isinstance(pairwise, tuple):
        return ReviewOptions(parts=parts, pairwise_students=pairwise)
    return ReviewOptions(parts=parts, pairwise=pairwise)


def _merged(first: dict[str, Any], rest: dict[str, Any]) -> dict[str, Any]:
    """The figures of both parts in the order one computation of every part gives."""
    out = {k: v for k, v in first.items() if k not in FIRST_PARTS and k != "charts"}
    for key in ("overlay", "agreement", "scores", "contested", "charts"):
        if key in first or key in rest:
            out[key] = first[key] if key in first else rest[key]
    return out


def compute_article(request: Request, gathered: ArticleClass | None = None,
                    progress: Progress | None = None,
                    cancelled: Callable[[], bool] = lambda: False,
                    first: ArticleReview | None = None,
                    shown: Callable[[ArticleClass, ArticleReview], None] | None = None,
                    only_first: bool = False,
                    ) -> tuple[ArticleClass, ArticleReview]:
    """Read (unless ``gathered`` is given) and compute one article; any thread. Raises
    :class:`Cancelled` between steps once ``cancelled()`` says so.

    The overlay's figures come first: ``shown(gathered, review)`` is called with a review
    of those alone (not :attr:`ArticleReview.complete`) before the agreement and the scores
    are computed, so a window can paint the overlay while the rest is worked out. ``first``
    is such a review already computed: only the rest is computed then. ``only_first``
    stops after the overlay's figures and returns those."""

    def step(done: int, what: str) -> None:
        if cancelled():
            raise Cancelled
        if progress is not None:
            progress(done, 3, what)

    step(0, QCoreApplication.translate("ReviewState", "Reading the class"))
    if gathered is None:
        gathered = gather_article(request.db, request.exercise_id, request.article_id,
                                  request.anonymise)
    if first is None:
        data = gathered
        kept = [s for s in data.students if s not in request.excluded]
        kept.sort(key=lambda s: (natural_key(data.names.get(s, "")), s))
        shown_ids = set(kept)
        data = dataclasses.replace(
            data,
            students=tuple(kept),
            student_spans=(data.student_spans if len(shown_ids) == len(data.students) else
                           tuple(s for s in data.student_spans if s.annotator in shown_ids)),
        )
        overlay = class_overlay(len(data.text), data.student_spans, data.tags, data.students)
        figures = review_article(data, options=_options(request.pairwise, FIRST_PARTS),
                                 overlay=overlay)
        first = ArticleReview(data, overlay, figures, OffsetMap(data.text))
        if only_first:
            return gathered, first
        step(1, QCoreApplication.translate("ReviewState", "Overlay and agreement"))
        if shown is not None:
            shown(gathered, first)
    else:
        step(1, QCoreApplication.translate("ReviewState", "Overlay and agreement"))
    data, overlay = first.data, first.overlay
    rest = review_article(data, options=_options(request.pairwise, frozenset({"agreement"})),
                          overlay=overlay)
    step(2, QCoreApplication.translate("ReviewState", "Scores"))
    rest.update(review_article(data, options=_options(request.pairwise, frozenset({"scores"})),
                               overlay=overlay))
    step(3, QCoreApplication.translate("ReviewState", "Done"))
    return gathered, dataclasses.replace(first, figures=_merged(first.figures, rest))


class ReviewState:
    def __init__(self, db: Database, exercise_id: uuid.UUID) -> None:
        self.db = db
        self.exercise: ExerciseView = load_exercise(db, exercise_id)
        self.anonymise = False
        self.excluded: set[str] = set()
        self.pairwise: dict[uuid.UUID, Pairwise] = {}
        self._gathered: dict[tuple[uuid.UUID, bool], ArticleClass] = {}
        self._reviews: dict[uuid.UUID, ArticleReview] = {}
        self._people: dict[bool, list[StudentInfo]] = {}

    def reload(self) -> None:
        """Forget everything read so far (after hand-ins were imported or markups changed)."""
        self.exercise = load_exercise(self.db, self.exercise.id)
        self._gathered.clear()
        self._reviews.clear()
        self._people.clear()

    # -- raw class ---------------------------------------------------------------------

    def people(self) -> list[StudentInfo]:
        """Every student of the exercise (marked something or handed in), one quick query."""
        if self.anonymise not in self._people:
            self._people[self.anonymise] = exercise_students(self.db, self.exercise.id,
                                                             self.anonymise)
        return self._people[self.anonymise]

    def students(self) -> list[tuple[str, str]]:
        """Every student of the exercise as (id, shown name), in display order; those who
        handed in and marked nothing say so after their name."""
        empty = QCoreApplication.translate("ReviewState", "handed in, nothing marked")
        rows = [(p.id, p.name if p.marked else f"{p.name} ({empty})") for p in self.people()]
        return sorted(rows, key=lambda item: (natural_key(item[1]), item[0]))

    def workload(self) -> int:
        """Student highlights in the exercise (decides whether to compute at once)."""
        return count_student_highlights(self.db, self.exercise.id)

    def cells(self) -> int:
        """Students times the characters of the exercise's articles (decides too)."""
        return len(self.people()) * sum(len(a.text) for a in self.exercise.articles)

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

    def set_pairwise(self, article_id: uuid.UUID, pairwise: Pairwise) -> None:
        """Ask for the pairwise matrices of one article (all, chosen students, automatic):
        the overlay's figures stay, the rest is computed again."""
        if self.pairwise.get(article_id) != pairwise:
            self.pairwise[article_id] = pairwise
            review = self._reviews.get(article_id)
            if review is not None:
                self._reviews[article_id] = review.first_part()

    # -- figures -----------------------------------------------------------------------

    def request(self, article_id: uuid.UUID) -> Request:
        return Request(self.db, self.exercise.id, article_id, self.anonymise,
                       frozenset(self.excluded), self.pairwise.get(article_id))

    def missing(self, first: uuid.UUID | None = None) -> list[uuid.UUID]:
        """Articles whose figures are not all computed yet, ``first`` first."""
        ids = [a.id for a in self.exercise.articles]
        if first in ids:
            ids.remove(first)
            ids.insert(0, first)
        return [a for a in ids if a not in self._reviews or not self._reviews[a].complete]

    def gathered(self, article_id: uuid.UUID) -> ArticleClass | None:
        return self._gathered.get((article_id, self.anonymise))

    def store(self, request: Request, gathered: ArticleClass, review: ArticleReview) -> bool:
        """Keep what a worker computed, unless the switches changed meanwhile (then False)."""
        self._gathered[(request.article_id, request.anonymise)] = gathered
        if request != self.request(request.article_id):
            return False
        self._reviews[request.article_id] = review
        return True

    def ready(self, article_id: uuid.UUID) -> ArticleReview | None:
        """What is computed of the article: every figure, or the overlay's first (see
        :attr:`ArticleReview.complete`), or nothing yet (None)."""
        return self._reviews.get(article_id)

    def first_part(self, article_id: uuid.UUID) -> ArticleReview:
        """The article's overlay figures (or more), computed now in this thread if need be."""
        known = self._reviews.get(article_id)
        if known is None:
            request = self.request(article_id)
            gathered, known = compute_article(request, self.gathered(article_id),
                                              only_first=True)
            self.store(request, gathered, known)
        return known

    def article(self, article_id: uuid.UUID) -> ArticleReview:
        """The article's figures, computed now in this thread when not all known yet."""
        known = self._reviews.get(article_id)
        if known is None or not known.complete:
            request = self.request(article_id)
            gathered, review = compute_article(request, self.gathered(article_id),
                                               first=known)
            self.store(request, gathered, review)
        return self._reviews[article_id]

    def figures(self) -> dict[str, Any]:
        """The figures of every article, shaped like ``review_figures`` (for scores/exports)."""
        return {
            "exercise": {"id": str(self.exercise.id), "title": self.exercise.title},
            "anonymised": self.anonymise,
            "students": [p.as_dict() for p in self.people()],
            "articles": [self.article(a.id).figures for a in self.exercise.articles],
        }


def iter_missing(state: ReviewState, first: uuid.UUID | None) -> Iterator[Request]:
    for article_id in state.missing(first):
        yield state.request(article_id)


__all__ = ["FIRST_PARTS", "FIRST_SYNC_LIMIT_CELLS", "FIRST_SYNC_LIMIT_SPANS", "KEY_NAME",
           "PAIRWISE_LIMIT", "REST_PARTS", "SYNC_LIMIT_CELLS", "SYNC_LIMIT_SPANS",
           "ArticleReview", "Cancelled", "Request", "ReviewState", "compute_article",
           "iter_missing", "natural_key"]
