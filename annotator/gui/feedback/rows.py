"""The Feedback view's passages as plain rows: one per article heading and one per verdict.

Verdicts come from :func:`annotator.core.verdicts.passage_verdicts` over the student's own
annotations as handed in and the key, both read from the feedback file.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from annotator.core.spans import Span
from annotator.core.text import excerpt as text_excerpt
from annotator.core.verdicts import PassageVerdict, Verdict, passage_verdicts
from annotator.exchange.feedback_records import FeedbackArticle, FeedbackRecord

__all__ = ["FeedbackRow", "build_rows", "excerpt"]

QUOTE_CHARS = 90




def excerpt(text: str, limit: int = QUOTE_CHARS) -> str:
    return text_excerpt(text, limit, trim=False)


@dataclass(frozen=True)
class FeedbackRow:
    """One line of the passage list: an article heading (``verdict`` None) or a verdict."""

    article_id: uuid.UUID
    title: str  # the headline: the verdict in words, or the article title
    quote: str = ""
    explanation: str = ""  # the key's explanation
    comment: str = ""  # the instructor's comment on the student's annotation
    verdict: Verdict | None = None
    start: int = 0
    end: int = 0
    colour: str = ""  # the key's tag colour (or the student's, for EXTRA)
    annotation_id: uuid.UUID | None = None  # the student's annotation, when there is one
    is_heading: bool = False

    def as_text(self) -> str:
        """Everything the row says, as plain text (for tooltips and screen readers)."""
        parts = [self.title]
        if self.quote:
            parts.append(f"“{self.quote}”")
        if self.explanation:
            parts.append(QCoreApplication.translate(
                    "FeedbackRows", "Why: %1").replace("%1", self.explanation))
        if self.comment:
            parts.append(QCoreApplication.translate(
                    "FeedbackRows", "Your teacher: %1").replace("%1", self.comment))
        return "\n".join(parts)


def _headline(record: FeedbackRecord, v: PassageVerdict) -> str:
    key_label = record.tag(v.key.tag).label if v.key else ""
    your_label = record.tag(v.yours.tag).label if v.yours else ""
    if v.verdict == Verdict.AGREE:
        return QCoreApplication.translate(
                "FeedbackRows", "You and the key agree: %1").replace("%1", key_label)
    if v.verdict == Verdict.SHIFTED:
        return QCoreApplication.translate(
            "FeedbackRows",
            "You and the key agree on %1, but mark a slightly different passage").replace(
            "%1", key_label)
    if v.verdict == Verdict.DIFFERENT_TAG:
        return QCoreApplication.translate(
                "FeedbackRows", "You tagged %1, the key says %2").replace("%1", your_label).replace(
            "%2", key_label)
    if v.verdict == Verdict.MISSED:
        return QCoreApplication.translate(
                "FeedbackRows", "You missed this: the key marks %1").replace("%1", key_label)
    return QCoreApplication.translate(
            "FeedbackRows", "You marked this (%1), the key did not").replace("%1", your_label)


def _article_rows(record: FeedbackRecord, article: FeedbackArticle,
                  text_of: dict[tuple[int, int], str]) -> list[FeedbackRow]:
    assert article.key is not None
    key = [Span("key", k.start, k.end, k.tag_key) for k in article.key]
    yours = [Span("you", y.start, y.end, y.tag_key) for y in article.yours]
    explanations = {(k.start, k.end, k.tag_key): k.explanation for k in article.key}
    own = {(y.start, y.end, y.tag_key): y.id for y in article.yours}
    comments = record.comments
    rows = []
    for v in passage_verdicts(key, yours):
        shown = v.key or v.yours
        assert shown is not None
        annotation_id = own.get((v.yours.start, v.yours.end, v.yours.tag)) if v.yours else None
        tag = v.key.tag if v.key else shown.tag
        rows.append(FeedbackRow(
            article_id=article.id,
            title=_headline(record, v),
            quote=excerpt(text_of.get((shown.start, shown.end), "")),
            explanation=explanations.get((v.key.start, v.key.end, v.key.tag), "") if v.key
            else "",
            comment=comments.on(annotation_id) if comments and annotation_id else "",
            verdict=v.verdict,
            start=v.start,
            end=v.end,
            colour=record.tag(tag).colour,
            annotation_id=annotation_id,
        ))
    return rows


def _own_rows(record: FeedbackRecord, article: FeedbackArticle) -> list[FeedbackRow]:
    """Without the key: the student's annotations that have a comment."""
    comments = record.comments
    if comments is None:
        return []
    return [
        FeedbackRow(article.id, QCoreApplication.translate(
                "FeedbackRows", "Your %1").replace("%1", record.tag(y.tag_key).label),
                    quote=excerpt(y.exact), comment=comments.on(y.id), start=y.start,
                    end=y.end, colour=record.tag(y.tag_key).colour, annotation_id=y.id)
        for y in article.yours if comments.on(y.id)
    ]


def build_rows(record: FeedbackRecord) -> list[FeedbackRow]:
    """Heading and verdict rows for every article, in the exercise's order."""
    rows: list[FeedbackRow] = []
    for article in record.articles:
        rows.append(FeedbackRow(article.id, article.title or QCoreApplication.translate(
                "FeedbackRows", "Untitled article"),
                                is_heading=True))
        text_of = {(k.start, k.end): k.exact for k in article.key or ()}
        text_of.update({(y.start, y.end): y.exact for y in article.yours})
        if article.key is not None:
            found = _article_rows(record, article, text_of)
            rows += found or [FeedbackRow(article.id, QCoreApplication.translate("FeedbackRows",
                "Neither you nor the key marked anything here."))]
        else:
            rows += _own_rows(record, article)
    return rows
