"""Instructor review of an exercise: the class overlay, agreement, scores against the key,
contested passages and chart data, as one JSON-serialisable dict per article.

Who counts: students are annotators with role STUDENT who made at least one annotation in the
article (a student who handed in nothing for an article is missing data, not "no highlights",
and is left out of that article's agreement). The key is the KEY annotator with the most
annotations in the article (ties: the earliest created).

Anonymised mode numbers the exercise's students "Student 1..N" in a stable order that reveals
nothing (sorted by their permanent id), the same numbers in every article.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from annotator.core.agreement import ArticleAgreement, article_agreement
from annotator.core.charts import tag_distribution, tags_per_annotator
from annotator.core.contested import rank_contested
from annotator.core.overlay import Overlay, class_overlay
from annotator.core.readings import plain_reading
from annotator.core.scoring import compare_annotators, score_against_key
from annotator.core.spans import Span, check_spans
from annotator.storage import models as m
from annotator.storage.database import Database

__all__ = [
    "SCORE_COLUMNS",
    "ArticleClass",
    "gather_article",
    "review_article",
    "review_figures",
    "score_rows",
]


@dataclass(frozen=True)
class ArticleClass:
    """Everything the review measures need about one article, as plain data."""

    article_id: str
    title: str
    text: str
    tags: tuple[str, ...]  # tag keys in tag-set order
    tag_info: dict[str, dict[str, str]]  # key -> {"label", "colour"}
    students: tuple[str, ...]  # annotator ids (str) with at least one annotation here
    names: dict[str, str]  # annotator id -> shown name
    student_spans: tuple[Span, ...]
    key_id: str | None
    key_spans: tuple[Span, ...]


def _exercise(session: Session, exercise_id: uuid.UUID) -> m.Exercise:
    row = session.get(m.Exercise, exercise_id)
    if row is None:
        raise LookupError(f"no exercise with id {exercise_id}")
    return row


def _student_names(session: Session, exercise: m.Exercise, anonymise: bool) -> dict[str, str]:
    article_ids = [a.id for a in exercise.articles]
    rows = session.execute(
        select(m.Annotator.id, m.Annotator.display_name)
        .join(m.Annotation, m.Annotation.annotator_id == m.Annotator.id)
        .where(m.Annotation.article_id.in_(article_ids), m.Annotator.role == m.Role.STUDENT)
        .distinct()
    ).all()
    if anonymise:
        ordered = sorted(str(r.id) for r in rows)
        return {sid: f"Student {i}" for i, sid in enumerate(ordered, start=1)}
    return {str(r.id): r.display_name for r in rows}


def _gather(session: Session, exercise: m.Exercise, article: m.Article,
            names: dict[str, str]) -> ArticleClass:
    tag_rows = list(exercise.tag_set.tags)
    tag_key = {t.id: t.key for t in tag_rows}
    rows = session.execute(
        select(m.Annotation, m.Annotator)
        .join(m.Annotator, m.Annotation.annotator_id == m.Annotator.id)
        .where(m.Annotation.article_id == article.id)
    ).all()
    student_spans: list[Span] = []
    key_spans: dict[str, list[Span]] = {}
    key_created: dict[str, datetime] = {}
    for annotation, annotator in rows:
        if annotation.tag_id not in tag_key:
            raise ValueError(
                f"article {article.title!r}: an annotation uses a tag outside the exercise's "
                "tag set"
            )
        span = Span(str(annotator.id), annotation.start, annotation.end,
                    tag_key[annotation.tag_id])
        if annotator.role == m.Role.STUDENT:
            student_spans.append(span)
        elif annotator.role == m.Role.KEY:
            key_spans.setdefault(span.annotator, []).append(span)
            key_created[span.annotator] = annotator.created
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
    )


def gather_article(db: Database, exercise_id: uuid.UUID, article_id: uuid.UUID,
                   anonymise: bool = False) -> ArticleClass:
    """The students' and the key's spans of one article of an exercise."""
    with db.session() as session:
        exercise = _exercise(session, exercise_id)
        article = next((a for a in exercise.articles if a.id == article_id), None)
        if article is None:
            raise LookupError(f"exercise {exercise_id} has no article with id {article_id}")
        return _gather(session, exercise, article, _student_names(session, exercise, anonymise))


def _number(value: float | None) -> float | None:
    if value is None or math.isnan(value):
        return None
    return round(float(value), 4)


def _figure(measure: str, value: float | None) -> dict[str, object]:
    return {"value": _number(value), "reading": plain_reading(measure, value)}


def _matrix(matrix: np.ndarray) -> list[list[float | None]]:
    return [[_number(v) for v in row] for row in matrix.tolist()]


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


def _agreement(agreement: ArticleAgreement) -> dict[str, object]:
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
        "pairwise": {
            "students": list(agreement.annotators),
            "cohen_kappa": _matrix(agreement.cohen),
            "cohen_kappa_per_tag": {
                tag: _matrix(t.cohen) for tag, t in agreement.per_tag.items()
            },
            "span_f1_exact": _matrix(agreement.span_f1_exact),
            "span_f1_overlap": _matrix(agreement.span_f1_overlap),
        },
    }


def _scores(data: ArticleClass) -> list[dict[str, object]]:
    if data.key_id is None:
        return []
    n = len(data.text)
    out = []
    for student in data.students:
        mine = [s for s in data.student_spans if s.annotator == student]
        report = score_against_key(n, mine, data.key_spans, data.tags)
        entry: dict[str, object] = {"student": student, "name": data.names.get(student, "")}
        entry.update(report.as_dict())
        entry["differences"] = [d.as_dict() for d in compare_annotators(data.key_spans, mine)]
        out.append(entry)
    return out


def _round_scores(value: object) -> object:
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, dict):
        return {k: _round_scores(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_round_scores(v) for v in value]
    return value


def review_article(data: ArticleClass, contested_limit: int = 10) -> dict[str, object]:
    """All review figures for one gathered article (pure: no database).

    Raises ``ValueError`` naming the article when a stored span lies outside its text.
    """
    try:
        overlay = class_overlay(len(data.text), data.student_spans, data.tags, data.students)
        check_spans(len(data.text), data.key_spans, data.tags)
    except ValueError as exc:
        raise ValueError(f"article {data.title!r}: {exc}") from exc
    agreement = article_agreement(overlay)
    return {
        "article": {"id": data.article_id, "title": data.title, "n_chars": len(data.text)},
        "tags": [{"key": k, **data.tag_info[k]} for k in data.tags],
        "students": [{"id": s, "name": data.names.get(s, "")} for s in data.students],
        "key": None if data.key_id is None else {"id": data.key_id, "spans": len(data.key_spans)},
        "overlay": _overlay_summary(overlay),
        "agreement": _agreement(agreement),
        "scores": _round_scores(_scores(data)),
        "contested": [c.as_dict() for c in rank_contested(data.text, overlay, contested_limit)],
        "charts": {
            "tags_per_student": [
                {"student": a, "name": data.names.get(a, ""), "counts": row}
                for a, row in tags_per_annotator(
                    data.student_spans, data.tags, data.students
                ).items()
            ],
            "tag_distribution": tag_distribution(data.student_spans, data.tags),
        },
    }


def review_figures(
    db: Database,
    exercise_id: uuid.UUID,
    article_id: uuid.UUID | None = None,
    anonymise: bool = False,
) -> dict[str, object]:
    """The review of an exercise (every article, or only ``article_id``) as a JSON-ready dict.

    Raises ``LookupError`` for an unknown exercise or article.
    """
    with db.session() as session:
        exercise = _exercise(session, exercise_id)
        articles: Sequence[m.Article] = exercise.articles
        if article_id is not None:
            articles = [a for a in articles if a.id == article_id]
            if not articles:
                raise LookupError(f"exercise {exercise_id} has no article with id {article_id}")
        names = _student_names(session, exercise, anonymise)
        gathered = [_gather(session, exercise, a, names) for a in articles]
        title = exercise.title
    return {
        "exercise": {"id": str(exercise_id), "title": title},
        "anonymised": anonymise,
        "articles": [review_article(data) for data in gathered],
    }


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
