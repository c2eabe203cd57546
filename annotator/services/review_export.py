"""Exporting the instructor's review: an HTML report and the scores as CSV, both written
atomically. The GUI passes the figures it shows (students toggled off stay off); the menu
and the CLI let the service compute them."""

from __future__ import annotations

import os
import uuid
from collections.abc import Mapping
from typing import Any

from annotator.exchange.review_report import write_review_report
from annotator.exchange.scores_csv import write_scores_csv
from annotator.services.exercises import load_exercise
from annotator.services.review import SCORE_COLUMNS, review_figures, score_rows
from annotator.storage.database import Database

__all__ = ["export_review_report", "export_scores_csv"]


def export_review_report(
    db: Database,
    exercise_id: uuid.UUID,
    path: str | os.PathLike[str],
    anonymise: bool = False,
    figures: Mapping[str, Any] | None = None,
) -> None:
    """Write the review of the exercise as one HTML file (raises ``ExchangeError``)."""
    exercise = load_exercise(db, exercise_id)
    if figures is None:
        figures = review_figures(db, exercise_id, anonymise=anonymise)
    texts = {str(a.id): a.text for a in exercise.articles}
    write_review_report(path, figures, texts)


def export_scores_csv(
    db: Database,
    exercise_id: uuid.UUID,
    path: str | os.PathLike[str],
    anonymise: bool = False,
    figures: Mapping[str, Any] | None = None,
) -> int:
    """Write every student's scores against the key as CSV; return the number of rows."""
    if figures is None:
        figures = review_figures(db, exercise_id, anonymise=anonymise)
    rows = score_rows(dict(figures))
    write_scores_csv(path, rows, SCORE_COLUMNS)
    return len(rows)
