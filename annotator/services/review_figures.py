"""The review's figures of one article as JSON-ready dicts: the overlay summary, agreement
(with the pairwise matrices when asked for), scores against the key, contested passages and
chart data. Pure: no database (``services/review_read.py`` reads the class).

Large classes: the pairwise matrices (N x N) are left out above ``PAIRWISE_LIMIT`` students
unless asked for (all, or a chosen subset); every summary figure is always there. ``parts``
picks what to compute at all; with ``lazy`` the scores are an iterator, one student at a
time, for streaming them out as JSON.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator

import numpy as np

from annotator.core.agreement import ArticleAgreement, article_agreement
from annotator.core.charts import tag_distribution, tags_per_annotator
from annotator.core.contested import rank_contested
from annotator.core.overlay import Overlay, class_overlay
from annotator.core.readings import plain_reading
from annotator.core.scoring import Prf, score_class
from annotator.core.spans import Span, check_spans
from annotator.exchange.json_stream import FloatFree
from annotator.services import review_types
from annotator.services.review_types import ArticleClass, ReviewOptions

__all__ = ["article_figures"]


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
    # per column, weighted by its width: the same integers as per character
    widths, coverage = overlay.widths, overlay.column_coverage
    marked = coverage > 0
    highlighted = int(widths[marked].sum())
    covered = int((coverage[marked].astype(np.int64) * widths[marked]).sum())
    starts, ends, run_coverage, majority, disputed = overlay.run_arrays()
    names = (*overlay.tags, None)  # majority -1: nobody highlighted
    return {
        "n_students": overlay.n_annotators,
        "highlighted_chars": highlighted,
        "share_highlighted": _number(highlighted / n) if n else None,
        "mean_coverage_where_highlighted": _number(covered / highlighted if highlighted
                                                   else None),
        "disputed_chars": int(widths[overlay.column_disagreement].sum()),
        "runs": [
            {"start": s, "end": e, "coverage": c, "majority": names[t], "disagreement": d}
            for s, e, c, t, d in zip(starts.tolist(), ends.tolist(), run_coverage.tolist(),
                                     majority.tolist(), disputed.tolist(), strict=True)
        ],
    }


def _pairwise(agreement: ArticleAgreement, n_students: int, asked: bool) -> dict[str, object]:
    if not asked:
        return {
            "students": [],
            "omitted": (f"{n_students} students: the pairwise matrices are left out above "
                        f"{review_types.PAIRWISE_LIMIT} students; ask for them (for everyone "
                        "or for chosen students) to see them"),
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


def _scores(data: ArticleClass, overlay: Overlay, streamed: bool
            ) -> Iterator[dict[str, object]]:
    """One entry per student, made as it is asked for (the matching is done for the whole
    class at once, first). ``streamed``: the confusion and the differences (whole numbers
    and text only, most of the review's bytes) are marked for the JSON writer's quick
    path (``exchange/json_stream.py``)."""
    mark: Callable[[object], object] = FloatFree if streamed else _same
    if data.key_id is None:
        return
    by_student: dict[str, list[Span]] = {s: [] for s in data.students}
    for span in data.student_spans:
        if span.annotator in by_student:
            by_student[span.annotator].append(span)
    cover = columns = None
    if overlay.annotators == data.students:  # the overlay's columns, cut at the key's spans
        columns, cover = overlay.cover_with(np.array(
            [b for s in data.key_spans for b in (s.start, s.end)], dtype=np.int64))
    scores = score_class(len(data.text), list(by_student.values()), data.key_spans, data.tags,
                         cover=cover, columns=columns)
    for student, score in zip(data.students, scores, strict=True):
        report = score.report
        yield {
            "student": student,
            "name": data.names.get(student, ""),
            "exact": {k: _prf(v) for k, v in report.exact.items()},
            "overlap": {k: _prf(v) for k, v in report.overlap.items()},
            "chars": {k: _prf(v) for k, v in report.chars.items()},
            "confusion": mark(report.confusion.as_dict()),
            "differences": mark([d.as_dict() for d in score.differences]),
        }


def _wants_pairwise(options: ReviewOptions, data: ArticleClass) -> tuple[bool, list[str] | None]:
    """(whether the matrices are given, the students they cover or None for all)."""
    if options.pairwise_students is not None:
        chosen = set(options.pairwise_students)
        return True, [s for s in data.students if s in chosen]
    if options.pairwise is None:
        return len(data.students) <= review_types.PAIRWISE_LIMIT, None
    return options.pairwise, None


def _same(value: object) -> object:
    return value


def article_figures(data: ArticleClass, options: ReviewOptions, lazy: bool,
                    overlay: Overlay | None = None, streamed: bool = False
                    ) -> dict[str, object]:
    """One article's figures; ``lazy``: the scores as an iterator; ``streamed``: parts
    marked for the streamed JSON writer (:func:`_scores`), not for reading here."""
    try:
        if overlay is None or overlay.annotators != data.students:
            overlay = class_overlay(len(data.text), data.student_spans, data.tags,
                                    data.students)
        check_spans(len(data.text), data.key_spans, data.tags)
    except ValueError as exc:
        from annotator.services.review_types import ReviewText

        raise ValueError(ReviewText.tr("article {title}: {problem}").format(
            title=repr(data.title), problem=exc)) from exc
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
        scores = _scores(data, overlay, streamed)
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
