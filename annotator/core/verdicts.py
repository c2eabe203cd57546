"""Per-passage verdicts for a student's feedback: where their markup meets the key's.

Built on :func:`annotator.core.scoring.compare_annotators` (spans paired one-to-one by
overlap, same-tag pairs preferred), so a verdict always says what the instructor's Compare
view and the scores say:

* AGREE: the same passage with the same tag;
* SHIFTED: the same tag on an overlapping passage whose boundaries differ;
* DIFFERENT_TAG: overlapping passages, different tags;
* MISSED: a key passage the student did not mark;
* EXTRA: a passage the student marked that the key does not.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from annotator.core.scoring import DifferenceKind, compare_annotators
from annotator.core.spans import Span

__all__ = ["PassageVerdict", "Verdict", "passage_verdicts"]


class Verdict(enum.StrEnum):
    AGREE = "agree"
    SHIFTED = "shifted"
    DIFFERENT_TAG = "different_tag"
    MISSED = "missed"
    EXTRA = "extra"


_FROM_DIFFERENCE = {
    DifferenceKind.SHIFTED: Verdict.SHIFTED,
    DifferenceKind.DIFFERENT_TAG: Verdict.DIFFERENT_TAG,
    DifferenceKind.MISSING: Verdict.MISSED,
    DifferenceKind.EXTRA: Verdict.EXTRA,
}


@dataclass(frozen=True)
class PassageVerdict:
    verdict: Verdict
    key: Span | None  # the key's passage (None for EXTRA)
    yours: Span | None  # the student's passage (None for MISSED)

    @property
    def start(self) -> int:
        return min(s.start for s in (self.key, self.yours) if s is not None)

    @property
    def end(self) -> int:
        return max(s.end for s in (self.key, self.yours) if s is not None)


def passage_verdicts(key: Sequence[Span], yours: Sequence[Span]) -> list[PassageVerdict]:
    """Every key passage and every passage of the student, each in one verdict, in text
    order. ``key`` and ``yours`` are one article's spans (their ``annotator`` is ignored)."""
    differences = compare_annotators(key, yours)
    verdicts = [PassageVerdict(_FROM_DIFFERENCE[d.kind], d.reference, d.other)
                for d in differences]
    # compare_annotators leaves identical pairs out: they are the agreements
    in_key = Counter((s.start, s.end, s.tag) for s in key)
    in_yours = Counter((s.start, s.end, s.tag) for s in yours)
    for d in differences:
        if d.reference is not None:
            in_key[(d.reference.start, d.reference.end, d.reference.tag)] -= 1
        if d.other is not None:
            in_yours[(d.other.start, d.other.end, d.other.tag)] -= 1
    agreed = in_key & in_yours
    by_place = {(s.start, s.end, s.tag): s for s in key}
    by_place_yours = {(s.start, s.end, s.tag): s for s in yours}
    for place, n in agreed.items():
        verdicts += [PassageVerdict(Verdict.AGREE, by_place[place], by_place_yours[place])] * n
    return sorted(verdicts, key=lambda v: (v.start, v.end, str(v.verdict)))
