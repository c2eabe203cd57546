"""The student's scores in plain words: what the exact, overlap and character measures and
the confusion matrix of a feedback file say, one short paragraph per article."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from annotator.core.scoring import ALL, NONE
from annotator.exchange.feedback_records import FeedbackRecord, ScoreSheet

__all__ = ["f1_reading", "score_paragraph", "score_paragraphs"]


class _Plurals(QObject):
    """Plural forms need ``self.tr(text, "", n)``: lupdate reads no count from translate()."""

    def most_often(self, n: int) -> str:
        return self.tr("Most often, you tagged %1 where the key says %2 (%n time(s)).", "", n)


def f1_reading(value: float | None) -> str:
    if value is None:
        return QCoreApplication.translate(
                "FeedbackScores", "nothing to compare: neither you nor the key marked anything")
    if value >= 0.8:
        return QCoreApplication.translate("FeedbackScores", "very close to the key")
    if value >= 0.5:
        return QCoreApplication.translate("FeedbackScores", "partly like the key")
    if value > 0:
        return QCoreApplication.translate("FeedbackScores", "mostly different from the key")
    return QCoreApplication.translate("FeedbackScores", "nothing in common with the key")


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _confusion_line(record: FeedbackRecord, sheet: ScoreSheet) -> str:
    labels = sheet.confusion_labels
    worst: tuple[int, str, str] | None = None
    for i, mine in enumerate(labels):
        for j, theirs in enumerate(labels):
            count = sheet.confusion_counts[i][j]
            if mine == theirs or NONE in (mine, theirs) or count == 0:
                continue
            if worst is None or count > worst[0]:
                worst = (count, mine, theirs)
    if worst is None:
        return QCoreApplication.translate(
            "FeedbackScores",
            "Where you and the key marked the same passage, you chose the same tag.")
    count, mine, theirs = worst
    return _Plurals().most_often(count).replace(
        "%1", record.tag(mine).label).replace("%2", record.tag(theirs).label)


def score_paragraph(record: FeedbackRecord, sheet: ScoreSheet) -> str:
    overlap, exact, chars = sheet.overlap[ALL], sheet.exact[ALL], sheet.chars[ALL]
    lines = [
        QCoreApplication.translate(
            "FeedbackScores",
            "You found %1 of the key's %2 passages; %3 of your %4 passages match it.")
        .replace("%1", str(overlap.tp)).replace("%2", str(overlap.reference))
        .replace("%3", str(overlap.tp)).replace("%4", str(overlap.predicted)),
        QCoreApplication.translate(
                "FeedbackScores", "Exactly the same words and tag: %1 of the key's %2.").replace(
            "%1", str(exact.tp)).replace("%2", str(exact.reference)),
        QCoreApplication.translate(
                "FeedbackScores", "Character F1 %1: %2.").replace("%1", _number(chars.f1)).replace(
            "%2", f1_reading(chars.f1)),
    ]
    per_tag = [f"{record.tag(tag).label} {_number(prf.f1)}" for tag, prf in sheet.chars.items()
               if tag != ALL and (prf.predicted or prf.reference)]
    if per_tag:
        lines.append(QCoreApplication.translate(
                "FeedbackScores", "By tag (character F1): %1.").replace("%1", ", ".join(per_tag)))
    lines.append(_confusion_line(record, sheet))
    return "\n".join(lines)


def score_paragraphs(record: FeedbackRecord) -> list[tuple[str, str]]:
    """(article title, paragraph) for every article that has scores."""
    return [(a.title, score_paragraph(record, a.scores)) for a in record.articles
            if a.scores is not None]
