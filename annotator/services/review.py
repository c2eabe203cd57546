"""Instructor review of an exercise: the class overlay, agreement, scores against the key,
contested passages and chart data, as one JSON-serialisable dict per article.

Who counts: students are annotators with role STUDENT who made at least one annotation in the
article (a student who handed in nothing for an article is missing data, not "no highlights",
and is left out of that article's agreement; they are still listed, in ``not_marked``, and
the exercise's ``students`` list names everyone who handed in, "handed in, nothing marked"
when their hand-in held no annotations). The key is the KEY annotator with the most
annotations in the article (ties: the earliest created).

Names: two students with the same display name are told apart everywhere by their hand-in
file name (or, without one, the start of their id) after the name, "Ada (ada-2.json)".
Anonymised mode numbers the exercise's students "Student 1..N" in a stable order that reveals
nothing (sorted by their permanent id), the same numbers in every article.

Large classes: the pairwise matrices (N x N) are left out above ``PAIRWISE_LIMIT`` students
unless asked for (all, or a chosen subset); every summary figure is always there. ``parts``
picks what to compute at all. :func:`iter_review` gives the same figures lazily (articles and
students one at a time) for streaming them out as JSON.
"""

from __future__ import annotations

import math
import uuid
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath
from typing import Any

import numpy as np
from sqlalchemy import func, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from annotator.core.agreement import ArticleAgreement, article_agreement
from annotator.core.charts import tag_distribution, tags_per_annotator
from annotator.core.contested import rank_contested
from annotator.core.overlay import Overlay, class_overlay
from annotator.core.readings import plain_reading
from annotator.core.scoring import Prf, score_class
from annotator.core.spans import Span, check_spans
from annotator.storage import models as m
from annotator.storage.database import Database

__all__ = [
    "NOTHING_MARKED",
    "PAIRWISE_LIMIT",
    "PARTS",
    "SCORE_COLUMNS",
    "ArticleClass",
    "ReviewOptions",
    "StudentInfo",
    "count_student_highlights",
    "exercise_students",
    "gather_article",
    "iter_review",
    "review_article",
    "review_figures",
    "score_rows",
]

PARTS = ("scores", "agreement", "contested", "overlay")
PAIRWISE_LIMIT = 200
NOTHING_MARKED = "handed in, nothing marked"


@dataclass(frozen=True)
class ReviewOptions:
    """What to compute: ``parts`` (of ``PARTS``); the pairwise matrices for everyone
    (``pairwise=True``), nobody (False) or, by default (None), everyone up to
    ``PAIRWISE_LIMIT`` students; or for the students ``pairwise_students`` (ids) only."""

    parts: frozenset[str] = frozenset(PARTS)
    pairwise: bool | None = None
    pairwise_students: tuple[str, ...] | None = None
    contested_limit: int = 10

    def __post_init__(self) -> None:
        unknown = set(self.parts) - set(PARTS)
        if unknown:
            raise ValueError(f"unknown review part {sorted(unknown)[0]!r} "
                             f"(one of {', '.join(PARTS)})")


@dataclass(frozen=True)
class StudentInfo:
    """A student of the exercise as the review lists them."""

    id: str
    name: str  # as shown: the display name, told apart from a namesake when needed
    display_name: str
    handin_file: str  # the file name of their last imported hand-in, or ""
    marked: bool  # made at least one annotation in the exercise

    def as_dict(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "display_name": self.display_name,
                "handin_file": self.handin_file,
                "status": "marked" if self.marked else NOTHING_MARKED}


@dataclass(frozen=True)
class ArticleClass:
    """Everything the review measures need about one article, as plain data."""

    article_id: str
    title: str
    text: str
    tags: tuple[str, ...]  # tag keys in tag-set order
    tag_info: dict[str, dict[str, str]]  # key -> {"label", "colour"}
    students: tuple[str, ...]  # annotator ids (str) with at least one annotation here
    names: dict[str, str]  # annotator id -> shown name (namesakes told apart)
    student_spans: tuple[Span, ...]
    key_id: str | None
    key_spans: tuple[Span, ...]
    not_marked: tuple[str, ...] = ()  # students of the exercise with no annotation here


def _exercise(session: Session, exercise_id: uuid.UUID) -> m.Exercise:
    row = session.get(m.Exercise, exercise_id)
    if row is None:
        raise LookupError(f"no exercise with id {exercise_id}")
    return row


_RAW = NullType()  # ids as the driver gives them, mapped through a small dict (fast)


def _students(session: Session, exercise: m.Exercise, anonymise: bool) -> list[StudentInfo]:
    """Every student who annotated an article of the exercise or handed it in."""
    article_ids = [a.id for a in exercise.articles]
    marked = {
        str(r[0]) for r in session.execute(
            select(m.Annotator.id)
            .join(m.Annotation, m.Annotation.annotator_id == m.Annotator.id)
            .where(m.Annotation.article_id.in_(article_ids), m.Annotator.role == m.Role.STUDENT)
            .distinct()
        )
    }
    files = {
        str(r.annotator_id): PurePath(r.source_file.replace("\\", "/")).name
        for r in session.execute(
            select(m.Handin.annotator_id, m.Handin.source_file)
            .where(m.Handin.exercise_id == exercise.id))
    }
    rows = session.execute(
        select(m.Annotator.id, m.Annotator.display_name)
        .where(m.Annotator.id.in_([uuid.UUID(i) for i in marked | set(files)]),
               m.Annotator.role == m.Role.STUDENT)
    ).all() if marked or files else []
    people = {str(r.id): r.display_name for r in rows}
    if anonymise:  # nothing that could name them: no display name, no file name
        shown = {sid: f"Student {i}" for i, sid in enumerate(sorted(people), start=1)}
        people, files = shown, {}
    else:
        shown = _told_apart(people, files)
    return [StudentInfo(sid, shown[sid], people[sid], files.get(sid, ""), sid in marked)
            for sid in sorted(people, key=lambda sid: (shown[sid].casefold(), sid))]


def _told_apart(people: dict[str, str], files: dict[str, str]) -> dict[str, str]:
    """Display names, with the hand-in file (or the id's start) after names held by two or
    more students."""
    counts = Counter(name.casefold() for name in people.values())
    shown = {}
    for sid, name in people.items():
        if counts[name.casefold()] < 2:
            shown[sid] = name
        else:
            shown[sid] = f"{name} ({files.get(sid) or sid[:8]})"
    if len(set(shown.values())) < len(shown):  # the same file name in two folders
        shown = {sid: (f"{name} ({sid[:8]})" if counts[people[sid].casefold()] > 1 else name)
                 for sid, name in shown.items()}
    return shown


def _gather(session: Session, exercise: m.Exercise, article: m.Article,
            people: Sequence[StudentInfo]) -> ArticleClass:
    tag_rows = list(exercise.tag_set.tags)
    tag_key = {t.id: t.key for t in tag_rows}
    raw_tag = dict(session.execute(
        select(type_coerce(m.Tag.id, _RAW), m.Tag.id).where(m.Tag.id.in_(list(tag_key)))
    ).all())
    annotators = session.execute(
        select(type_coerce(m.Annotator.id, _RAW), m.Annotator.id, m.Annotator.role,
               m.Annotator.created)
        .where(m.Annotator.id.in_(
            select(m.Annotation.annotator_id).where(m.Annotation.article_id == article.id)))
    ).all()
    who = {raw: (str(ident), role, created) for raw, ident, role, created in annotators}
    rows = session.execute(
        select(type_coerce(m.Annotation.annotator_id, _RAW),
               type_coerce(m.Annotation.tag_id, _RAW), m.Annotation.start, m.Annotation.end)
        .where(m.Annotation.article_id == article.id)
    ).all()
    student_spans: list[Span] = []
    key_spans: dict[str, list[Span]] = {}
    key_created: dict[str, datetime] = {}
    for raw_who, raw_tag_id, start, end in rows:
        tag_id = raw_tag.get(raw_tag_id)
        if tag_id is None:
            raise ValueError(
                f"article {article.title!r}: an annotation uses a tag outside the exercise's "
                "tag set"
            )
        ident, role, created = who[raw_who]
        span = Span(ident, start, end, tag_key[tag_id])
        if role == m.Role.STUDENT:
            student_spans.append(span)
        elif role == m.Role.KEY:
            key_spans.setdefault(ident, []).append(span)
            key_created[ident] = created
    names = {p.id: p.name for p in people}
    present = {s.annotator for s in student_spans}
    students = tuple(sorted(present, key=lambda sid: (names.get(sid, "").casefold(), sid)))
    key_id = None
    if key_spans:
        key_id = min(key_spans, key=lambda k: (-len(key_spans[k]), key_created[k], k))
    return ArticleClass(
        article_id=str(article.id),
        title=article.title,
        text=article.text,
        tags=tuple(t.key for t in tag_rows),
        tag_info={t.key: {"label": t.label, "colour": t.colour} for t in tag_rows},
        students=students,
        names=names,
        student_spans=tuple(sorted(student_spans)),
        key_id=key_id,
        key_spans=tuple(sorted(key_spans.get(key_id, []))) if key_id else (),
        not_marked=tuple(p.id for p in people if p.id not in present),
    )


def gather_article(db: Database, exercise_id: uuid.UUID, article_id: uuid.UUID,
                   anonymise: bool = False) -> ArticleClass:
    """The students' and the key's spans of one article of an exercise."""
    with db.session() as session:
        exercise = _exercise(session, exercise_id)
        article = next((a for a in exercise.articles if a.id == article_id), None)
        if article is None:
            raise LookupError(f"exercise {exercise_id} has no article with id {article_id}")
        return _gather(session, exercise, article, _students(session, exercise, anonymise))


def exercise_students(db: Database, exercise_id: uuid.UUID,
                      anonymise: bool = False) -> list[StudentInfo]:
    """Every student of the exercise (marked something, or handed in), in display order."""
    with db.session() as session:
        return _students(session, _exercise(session, exercise_id), anonymise)


def count_student_highlights(db: Database, exercise_id: uuid.UUID) -> int:
    """How many highlights students made in the exercise (one COUNT query)."""
    with db.session() as session:
        articles = select(m.Article.id).where(m.Article.exercise_id == exercise_id)
        return int(session.scalar(
            select(func.count()).select_from(m.Annotation)
            .join(m.Annotator, m.Annotation.annotator_id == m.Annotator.id)
            .where(m.Annotation.article_id.in_(articles), m.Annotator.role == m.Role.STUDENT)
        ) or 0)


def _number(value: float | None) -> float | None:
    if value is None or math.isnan(value):
        return None
    rounded = round(float(value), 4)
    return rounded + 0.0  # -0.0 (a rounding residue) reads 0.0


def _figure(measure: str, value: float | None) -> dict[str, object]:
    return {"value": _number(value), "reading": plain_reading(measure, value)}


def _matrix(matrix: np.ndarray) -> list[list[float | None]]:
    """Rounded to 4 decimals exactly as ``round(v, 4)`` does, NaN as None, never -0.0.

    numpy rounds ``v * 10**4`` to an integer and divides; that is Python's result except
    when ``v * 10**4`` lies within a hair of a half, and those few are rounded by Python."""
    values = np.asarray(matrix, dtype=np.float64)
    scaled = values * 1e4
    rounded = np.rint(scaled) / 1e4 + 0.0
    fraction = np.abs(scaled - np.floor(scaled) - 0.5)
    out = rounded.tolist()
    for i, j in zip(*np.nonzero(fraction < 1e-6), strict=True):
        out[i][j] = round(float(values[i, j]), 4) + 0.0
    nan_rows, nan_cols = np.nonzero(np.isnan(values))
    for i, j in zip(nan_rows.tolist(), nan_cols.tolist(), strict=True):
        out[i][j] = None
    return out


def _overlay_summary(overlay: Overlay) -> dict[str, object]:
    n = overlay.n_chars
    highlighted = int((overlay.coverage > 0).sum())
    return {
        "n_students": overlay.n_annotators,
        "highlighted_chars": highlighted,
        "share_highlighted": _number(highlighted / n) if n else None,
        "mean_coverage_where_highlighted": _number(
            float(overlay.coverage[overlay.coverage > 0].mean()) if highlighted else None
        ),
        "disputed_chars": int(overlay.disagreement.sum()),
        "runs": [
            {"start": r.start, "end": r.end, "coverage": r.coverage,
             "majority": overlay.tags[r.majority] if r.majority >= 0 else None,
             "disagreement": r.disagreement}
            for r in overlay.runs()
        ],
    }


def _pairwise(agreement: ArticleAgreement, n_students: int, asked: bool) -> dict[str, object]:
    if not asked:
        return {
            "students": [],
            "omitted": (f"{n_students} students: the pairwise matrices are left out above "
                        f"{PAIRWISE_LIMIT} students; ask for them (for everyone or for chosen "
                        "students) to see them"),
        }
    return {
        "students": list(agreement.pairwise),
        "cohen_kappa": _matrix(agreement.cohen),
        "cohen_kappa_per_tag": {
            tag: _matrix(t.cohen) for tag, t in agreement.per_tag.items()
        },
        "span_f1_exact": _matrix(agreement.span_f1_exact),
        "span_f1_overlap": _matrix(agreement.span_f1_overlap),
    }


def _agreement(agreement: ArticleAgreement, n_students: int, asked: bool) -> dict[str, object]:
    return {
        "krippendorff_alpha": _figure("krippendorff_alpha", agreement.alpha),
        "fleiss_kappa": _figure("fleiss_kappa", agreement.fleiss),
        "mean_cohen_kappa": _figure("cohen_kappa", agreement.mean_cohen),
        "unitizing_alpha": {
            "u_alpha": _figure("unitizing_alpha", agreement.unitizing.u_alpha),
            "binary_alpha": _figure("unitizing_alpha", agreement.unitizing.binary_alpha),
            "cu_alpha": _figure("unitizing_alpha", agreement.unitizing.cu_alpha),
        },
        "per_tag": {
            tag: {
                "krippendorff_alpha": _figure("krippendorff_alpha", t.alpha),
                "fleiss_kappa": _figure("fleiss_kappa", t.fleiss),
                "mean_cohen_kappa": _figure("cohen_kappa", t.mean_cohen),
                "unitizing_alpha": _figure("unitizing_alpha", t.unitizing),
            }
            for tag, t in agreement.per_tag.items()
        },
        "pairwise": _pairwise(agreement, n_students, asked),
    }


def _prf(p: Prf) -> dict[str, float | int | None]:
    return {"tp": p.tp, "predicted": p.predicted, "reference": p.reference,
            "precision": _number(p.precision), "recall": _number(p.recall),
            "f1": _number(p.f1)}


def _scores(data: ArticleClass, overlay: Overlay) -> Iterator[dict[str, object]]:
    """One entry per student, made as it is asked for (the matching is done for the whole
    class at once, first)."""
    if data.key_id is None:
        return
    by_student: dict[str, list[Span]] = {s: [] for s in data.students}
    for span in data.student_spans:
        if span.annotator in by_student:
            by_student[span.annotator].append(span)
    scores = score_class(len(data.text), list(by_student.values()), data.key_spans, data.tags,
                         cover=overlay.tag_cover if overlay.annotators == data.students else None)
    for student, score in zip(data.students, scores, strict=True):
        report = score.report
        yield {
            "student": student,
            "name": data.names.get(student, ""),
            "exact": {k: _prf(v) for k, v in report.exact.items()},
            "overlap": {k: _prf(v) for k, v in report.overlap.items()},
            "chars": {k: _prf(v) for k, v in report.chars.items()},
            "confusion": report.confusion.as_dict(),
            "differences": [d.as_dict() for d in score.differences],
        }


def _wants_pairwise(options: ReviewOptions, data: ArticleClass) -> tuple[bool, list[str] | None]:
    """(whether the matrices are given, the students they cover or None for all)."""
    if options.pairwise_students is not None:
        chosen = set(options.pairwise_students)
        return True, [s for s in data.students if s in chosen]
    if options.pairwise is None:
        return len(data.students) <= PAIRWISE_LIMIT, None
    return options.pairwise, None


def _article(data: ArticleClass, options: ReviewOptions, lazy: bool,
             overlay: Overlay | None = None) -> dict[str, object]:
    try:
        if overlay is None or overlay.annotators != data.students:
            overlay = class_overlay(len(data.text), data.student_spans, data.tags,
                                    data.students)
        check_spans(len(data.text), data.key_spans, data.tags)
    except ValueError as exc:
        raise ValueError(f"article {data.title!r}: {exc}") from exc
    names = data.names
    figures: dict[str, object] = {
        "article": {"id": data.article_id, "title": data.title, "n_chars": len(data.text)},
        "tags": [{"key": k, **data.tag_info[k]} for k in data.tags],
        "students": [{"id": s, "name": names.get(s, "")} for s in data.students],
        "not_marked": [{"id": s, "name": names.get(s, "")} for s in data.not_marked],
        "key": None if data.key_id is None else {"id": data.key_id, "spans": len(data.key_spans)},
    }
    if "overlay" in options.parts:
        figures["overlay"] = _overlay_summary(overlay)
    if "agreement" in options.parts:
        asked, chosen = _wants_pairwise(options, data)
        agreement = article_agreement(overlay, chosen if asked else [])
        figures["agreement"] = _agreement(agreement, len(data.students), asked)
    if "scores" in options.parts:
        scores = _scores(data, overlay)
        figures["scores"] = scores if lazy else list(scores)
    if "contested" in options.parts:
        figures["contested"] = [c.as_dict() for c in
                                rank_contested(data.text, overlay, options.contested_limit)]
    if "overlay" in options.parts:
        figures["charts"] = {
            "tags_per_student": [
                {"student": a, "name": names.get(a, ""), "counts": row}
                for a, row in tags_per_annotator(
                    data.student_spans, data.tags, data.students
                ).items()
            ],
            "tag_distribution": tag_distribution(data.student_spans, data.tags),
        }
    return figures


def review_article(data: ArticleClass, contested_limit: int = 10,
                   options: ReviewOptions | None = None,
                   overlay: Overlay | None = None) -> dict[str, object]:
    """All review figures for one gathered article (pure: no database). ``overlay`` may
    pass the class overlay of ``data`` when the caller has built it already.

    Raises ``ValueError`` naming the article when a stored span lies outside its text.
    """
    options = options or ReviewOptions(contested_limit=contested_limit)
    return _article(data, options, lazy=False, overlay=overlay)


def iter_review(
    db: Database,
    exercise_id: uuid.UUID,
    article_id: uuid.UUID | None = None,
    anonymise: bool = False,
    options: ReviewOptions | None = None,
) -> dict[str, Any]:
    """The review as :func:`review_figures` shapes it, but with ``articles`` and each
    article's ``scores`` as iterators, computed as they are read: for streaming the JSON.

    Raises ``LookupError`` for an unknown exercise or article (before anything is read).
    """
    options = options or ReviewOptions()
    with db.session() as session:
        exercise = _exercise(session, exercise_id)
        articles: Sequence[m.Article] = exercise.articles
        if article_id is not None:
            articles = [a for a in articles if a.id == article_id]
            if not articles:
                raise LookupError(f"exercise {exercise_id} has no article with id {article_id}")
        people = _students(session, exercise, anonymise)
        ids = [a.id for a in articles]
        title = exercise.title

    def each_article() -> Iterator[dict[str, object]]:
        for ident in ids:
            with db.session() as session:
                exercise = _exercise(session, exercise_id)
                article = next(a for a in exercise.articles if a.id == ident)
                data = _gather(session, exercise, article, people)
            yield _article(data, options, lazy=True)

    return {
        "exercise": {"id": str(exercise_id), "title": title},
        "anonymised": anonymise,
        "students": [p.as_dict() for p in people],
        "articles": each_article(),
    }


def review_figures(
    db: Database,
    exercise_id: uuid.UUID,
    article_id: uuid.UUID | None = None,
    anonymise: bool = False,
    options: ReviewOptions | None = None,
) -> dict[str, Any]:
    """The review of an exercise (every article, or only ``article_id``) as a JSON-ready dict.

    Raises ``LookupError`` for an unknown exercise or article.
    """
    figures = iter_review(db, exercise_id, article_id, anonymise, options)
    articles = []
    for article in figures["articles"]:
        if "scores" in article:
            article["scores"] = list(article["scores"])  # type: ignore[call-overload]
        articles.append(article)
    figures["articles"] = articles
    return figures


SCORE_COLUMNS = (
    "article", "student", "name", "tag",
    "exact_precision", "exact_recall", "exact_f1",
    "overlap_precision", "overlap_recall", "overlap_f1",
    "char_precision", "char_recall", "char_f1",
)


def score_rows(figures: dict[str, object]) -> list[dict[str, object]]:
    """The scores of :func:`review_figures` as flat rows (one per article, student and tag,
    plus tag "all"), with the keys of ``SCORE_COLUMNS``: ready for a table model or CSV."""
    rows: list[dict[str, object]] = []
    for article in figures["articles"]:  # type: ignore[attr-defined]
        for entry in article["scores"]:
            for tag in entry["exact"]:
                row: dict[str, object] = {
                    "article": article["article"]["title"],
                    "student": entry["student"],
                    "name": entry["name"],
                    "tag": tag,
                }
                for kind, prefix in (("exact", "exact"), ("overlap", "overlap"),
                                     ("chars", "char")):
                    for measure in ("precision", "recall", "f1"):
                        row[f"{prefix}_{measure}"] = entry[kind][tag][measure]
                rows.append(row)
    return rows
