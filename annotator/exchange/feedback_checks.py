"""The consistency checks a feedback file must pass after its schema and checksum.

:func:`check_feedback` returns the first problem as a short phrase (the caller adds the file
name), or None when the content holds together: spans inside their article and quoting as
many characters as they cover, tags the file lists, class counts no larger than the class,
scores only over known tags, comments only on the student's own annotations, and each part
present exactly when ``includes`` names it.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotator.core.i18n import Texts
from annotator.core.scoring import ALL, NONE
from annotator.exchange.feedback_records import (
    ClassCounts,
    FeedbackArticle,
    FeedbackRecord,
    KeyPassage,
    OwnAnnotation,
    ScoreSheet,
)

__all__ = ["FeedbackCheckText", "check_feedback"]


class FeedbackCheckText(Texts):
    """The translation context of inconsistent feedback files (the file name goes in front)."""


def _span_problem(where: str, spans: Sequence[OwnAnnotation | KeyPassage], n_chars: int,
                  tags: set[str]) -> str | None:
    for n, s in enumerate(spans, start=1):
        if not 0 <= s.start < s.end <= n_chars:
            return FeedbackCheckText.tr(
                "{where} {n} lies outside a text of %n character(s)", "", n_chars).format(
                where=where, n=n)
        if s.end - s.start != len(s.exact):
            return FeedbackCheckText.tr(
                "{where} {n} quotes {quoted} characters for a span of %n", "",
                s.end - s.start).format(where=where, n=n, quoted=len(s.exact))
        if s.tag_key not in tags:
            return FeedbackCheckText.tr("{where} {n} uses a tag the file does not list").format(
                where=where, n=n)
    return None


def _class_problem(where: str, counts: ClassCounts, n_chars: int, tags: set[str]) -> str | None:
    for tag, runs in counts.runs.items():
        if tag not in tags:
            return f"{where}: " + FeedbackCheckText.tr(
                "the class counts use a tag the file does not list")
        last_end = 0
        for start, end, count in runs:
            if not last_end <= start < end <= n_chars:
                return f"{where}: " + FeedbackCheckText.tr(
                    "the class counts for {tag} are out of order or outside the text").format(
                    tag=repr(tag))
            if not 1 <= count <= counts.n_students:
                return f"{where}: " + FeedbackCheckText.tr(
                    "a class count for {tag} exceeds the class size").format(tag=repr(tag))
            last_end = end
    return None


def _scores_problem(where: str, scores: ScoreSheet, tags: set[str]) -> str | None:
    for kind in (scores.exact, scores.overlap, scores.chars):
        for tag, prf in kind.items():
            if tag not in tags and tag != ALL:
                return f"{where}: " + FeedbackCheckText.tr(
                    "the scores use a tag the file does not list")
            if prf.tp > min(prf.predicted, prf.reference):
                return f"{where}: " + FeedbackCheckText.tr(
                    "the scores for {tag} count more matches than passages").format(
                    tag=repr(tag))
    labels = scores.confusion_labels
    if any(label not in tags and label != NONE for label in labels):
        return f"{where}: " + FeedbackCheckText.tr(
            "the confusion matrix uses a tag the file does not list")
    if len(scores.confusion_counts) != len(labels) or any(
        len(row) != len(labels) for row in scores.confusion_counts
    ):
        return f"{where}: " + FeedbackCheckText.tr("the confusion matrix is not {n} by {n}").format(
            n=len(labels))
    return None


def _article_problem(n: int, a: FeedbackArticle, tags: set[str],
                     includes: tuple[str, ...]) -> str | None:
    where = FeedbackCheckText.tr("article {n}").format(n=n)
    yours = FeedbackCheckText.tr("{where}, your annotation").format(where=where)
    problem = _span_problem(yours, a.yours, a.n_chars, tags)
    if problem:
        return problem
    if (a.key is not None) != ("key" in includes):
        missing = a.key is None
        return f"{where}: " + (FeedbackCheckText.tr("the answer key is missing") if missing
                               else FeedbackCheckText.tr("the answer key is not announced"))
    if a.key is not None:
        passage = FeedbackCheckText.tr("{where}, key passage").format(where=where)
        problem = _span_problem(passage, a.key, a.n_chars, tags)
        if problem:
            return problem
    if (a.class_counts is not None) != ("class" in includes):
        missing = a.class_counts is None
        return f"{where}: " + (FeedbackCheckText.tr("the class overlay is missing") if missing
                               else FeedbackCheckText.tr("the class overlay is not announced"))
    if a.class_counts is not None:
        problem = _class_problem(where, a.class_counts, a.n_chars, tags)
        if problem:
            return problem
    if a.scores is not None:
        if "scores" not in includes:
            return f"{where}: " + FeedbackCheckText.tr("the scores are not announced")
        return _scores_problem(where, a.scores, tags)
    return None


def check_feedback(record: FeedbackRecord) -> str | None:
    """The first inconsistency in ``record``, or None."""
    keys = [t.key for t in record.tags]
    if len(set(keys)) != len(keys):
        return FeedbackCheckText.tr("the same tag is listed twice")
    tags = set(keys)
    article_ids = [a.id for a in record.articles]
    if len(set(article_ids)) != len(article_ids):
        return FeedbackCheckText.tr("the same article is listed twice")
    own_ids = [y.id for a in record.articles for y in a.yours]
    if len(set(own_ids)) != len(own_ids):
        return FeedbackCheckText.tr("the same annotation id appears twice")
    for n, article in enumerate(record.articles, start=1):
        problem = _article_problem(n, article, tags, record.includes)
        if problem:
            return problem
    if (record.comments is not None) != ("comments" in record.includes):
        return (FeedbackCheckText.tr("the comments are missing") if record.comments is None
                else FeedbackCheckText.tr("the comments are not announced"))
    if record.comments is not None:
        known = set(own_ids)
        for n, (annotation_id, _text) in enumerate(record.comments.annotations, start=1):
            if annotation_id not in known:
                return FeedbackCheckText.tr(
                    "comment {n} is on an annotation that is not yours").format(n=n)
    return None
