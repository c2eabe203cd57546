"""Gradebook export for Moodle and Canvas, and the student identifiers it needs.

The grade of a student on an exercise is their F1 score against the answer key (overlap
matching, all tags: the "overlap_f1" of tag "all" in the scores CSV), averaged over the
articles that have a key, as a percentage with one decimal. An article a student left
untouched counts 0; an exercise without any key cannot be graded.

Identifiers are stored in the database (table ``gradebook_id``), one per student and
platform, not in the app's settings: the instructor's database is the class (its students
are rows there), the command line reads it without Qt, it travels with the database file
and its backups to another computer, and a student keeps one Moodle or Canvas identity
across every exercise, so mapping them once covers every later export.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from annotator.exchange.atomic import atomic_write_bytes
from annotator.exchange.gradebook_csv import (
    PLATFORMS,
    GradebookRow,
    GradebookText,
    gradebook_csv,
)
from annotator.storage import models as m
from annotator.storage.database import Database

__all__ = [
    "PLATFORMS",
    "GradebookExport",
    "StudentIdentity",
    "class_students",
    "export_gradebook",
    "gradebook_rows",
    "identifiers",
    "set_identifiers",
]


@dataclass(frozen=True)
class StudentIdentity:
    annotator_id: uuid.UUID
    name: str
    identifier: str


@dataclass(frozen=True)
class GradebookExport:
    rows: tuple[GradebookRow, ...]
    unmapped: tuple[str, ...]  # names of students without an identifier on the platform


def _check(platform: str) -> str:
    if platform not in PLATFORMS:
        raise ValueError(GradebookText.tr("unknown gradebook platform {platform} (moodle or "
                                          "canvas)").format(platform=repr(platform)))
    return platform


def identifiers(db: Database, platform: str) -> dict[uuid.UUID, str]:
    """Every stored identifier on ``platform``, by annotator id."""
    _check(platform)
    with db.session() as session:
        rows = session.scalars(select(m.GradebookId).where(m.GradebookId.platform == platform))
        return {row.annotator_id: row.identifier for row in rows}


def set_identifiers(db: Database, platform: str, values: Mapping[uuid.UUID, str]) -> int:
    """Store (or with an empty text remove) identifiers, in one transaction; return how many
    changed. Raises ``LookupError`` for an unknown annotator."""
    _check(platform)
    changed = 0
    with db.session() as session:
        stored = {row.annotator_id: row for row in session.scalars(
            select(m.GradebookId).where(m.GradebookId.platform == platform))}
        for annotator_id, value in values.items():
            if session.get(m.Annotator, annotator_id) is None:
                raise LookupError(GradebookText.tr("no student with id {id}").format(
                    id=annotator_id))
            text = " ".join(value.split())[:200]
            row = stored.get(annotator_id)
            if not text:
                if row is not None:
                    session.execute(delete(m.GradebookId).where(m.GradebookId.id == row.id))
                    changed += 1
            elif row is None:
                session.add(m.GradebookId(annotator_id=annotator_id, platform=platform,
                                          identifier=text))
                changed += 1
            elif row.identifier != text:
                row.identifier = text
                changed += 1
    return changed


def _grades(figures: Mapping[str, Any]) -> tuple[dict[str, float], dict[str, str]]:
    keyed = [a for a in figures["articles"] if a["key"]]
    if not keyed:
        raise ValueError(GradebookText.tr("the exercise has no answer key yet, so there is "
                                          "nothing to grade (Review > Annotate the Answer "
                                          "Key)"))
    totals: dict[str, float] = {}
    names: dict[str, str] = {}
    for article in figures["articles"]:
        for entry in article["scores"]:
            names[entry["student"]] = entry["name"]
    for article in keyed:
        for entry in article["scores"]:
            f1 = entry["overlap"]["all"]["f1"]
            totals[entry["student"]] = totals.get(entry["student"], 0.0) + (f1 or 0.0)
    return ({s: round(100 * totals.get(s, 0.0) / len(keyed), 1) for s in names}, names)


def class_students(db: Database, exercise_id: uuid.UUID, platform: str) -> list[StudentIdentity]:
    """The students with work on the exercise (or a hand-in for it), with their identifier
    on ``platform`` ("" when not mapped yet), by name."""
    _check(platform)
    known = identifiers(db, platform)
    with db.session() as session:
        exercise = session.get(m.Exercise, exercise_id)
        if exercise is None:
            raise LookupError(GradebookText.tr("no exercise with id {id}").format(
                id=exercise_id))
        article_ids = [a.id for a in exercise.articles]
        worked = select(m.Annotation.annotator_id).where(
            m.Annotation.article_id.in_(article_ids))
        handed = select(m.Handin.annotator_id).where(m.Handin.exercise_id == exercise_id)
        people = session.scalars(select(m.Annotator).where(
            m.Annotator.role == m.Role.STUDENT,
            m.Annotator.id.in_(worked.union(handed).scalar_subquery())))
        found = [StudentIdentity(p.id, p.display_name, known.get(p.id, "")) for p in people]
    return sorted(found, key=lambda s: (s.name.casefold(), str(s.annotator_id)))


def gradebook_rows(db: Database, exercise_id: uuid.UUID, platform: str,
                   figures: Mapping[str, Any] | None = None) -> GradebookExport:
    """One row per student of the exercise: name, identifier and grade."""
    from annotator.services.review import review_figures  # numpy: only when grading

    students = class_students(db, exercise_id, platform)
    figures = figures if figures is not None else review_figures(db, exercise_id)
    grades, _ = _grades(figures)
    rows = tuple(GradebookRow(s.name, s.identifier, grades.get(str(s.annotator_id), 0.0))
                 for s in students)
    return GradebookExport(rows, tuple(s.name for s in students if not s.identifier))


def export_gradebook(db: Database, exercise_id: uuid.UUID, platform: str,
                     path: str | os.PathLike[str], column: str = "") -> GradebookExport:
    """Write the gradebook CSV for ``platform`` atomically. ``column`` names the grade item
    or assignment (default: the exercise's title). Raises ``ValueError`` when there is no
    key, ``ExchangeError`` when the file cannot be written."""
    with db.session() as session:
        exercise = session.get(m.Exercise, exercise_id)
        if exercise is None:
            raise LookupError(GradebookText.tr("no exercise with id {id}").format(
                id=exercise_id))
        title = exercise.title
    export = gradebook_rows(db, exercise_id, platform)
    atomic_write_bytes(path, gradebook_csv(platform, export.rows, column.strip() or title))
    return export
