"""The student's scores in plain words: what the exact, overlap and character measures and
the confusion matrix of a feedback file say, one short paragraph per article."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.core.scoring import ALL, NONE
from annotator.exchange.feedback_records import FeedbackRecord, ScoreSheet

__all__ = ["f1_reading", "score_paragraph", "score_paragraphs"]


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("FeedbackScores", text, None, n)


def f1_reading(value: float | None) -> str:
    if value is None:
        return _tr("nothing to compare: neither you nor the key marked anything")
    if value >= 0.8:
        return _tr("very close to the key")
    if value >= 0.5:
        return _tr("partly like the key")
    if value > 0:
        return _tr("mostly different from the key")
    return _tr("nothing in common with the key")


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
        return _tr("Where you and the key marked the same passage, you chose the same tag.")
    count, mine, theirs = worst
    return _tr("Most often, you tagged %1 where the key says %2 (%n time(s)).", count).replace(
        "%1", record.tag(mine).label).replace("%2", record.tag(theirs).label)


def score_paragraph(record: FeedbackRecord, sheet: ScoreSheet) -> str:
    overlap, exact, chars = sheet.overlap[ALL], sheet.exact[ALL], sheet.chars[ALL]
    lines = [
        _tr("You found %1 of the key's %2 passages; %3 of your %4 passages match it.")
        .replace("%1", str(overlap.tp)).replace("%2", str(overlap.reference))
        .replace("%3", str(overlap.tp)).replace("%4", str(overlap.predicted)),
        _tr("Exactly the same words and tag: %1 of the key's %2.").replace(
            "%1", str(exact.tp)).replace("%2", str(exact.reference)),
        _tr("Character F1 %1: %2.").replace("%1", _number(chars.f1)).replace(
            "%2", f1_reading(chars.f1)),
    ]
    per_tag = [f"{record.tag(tag).label} {_number(prf.f1)}" for tag, prf in sheet.chars.items()
               if tag != ALL and (prf.predicted or prf.reference)]
    if per_tag:
        lines.append(_tr("By tag (character F1): %1.").replace("%1", ", ".join(per_tag)))
    lines.append(_confusion_line(record, sheet))
    return "\n".join(lines)


def score_paragraphs(record: FeedbackRecord) -> list[tuple[str, str]]:
    """(article title, paragraph) for every article that has scores."""
    return [(a.title, score_paragraph(record, a.scores)) for a in record.articles
            if a.scores is not None]
