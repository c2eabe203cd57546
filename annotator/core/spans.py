"""Spans as the review measures see them: who marked which characters with which tag.

Offsets are Unicode code points into the normalised article text, start inclusive, end
exclusive (see ARCHITECTURE.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from annotator.core.text import SpanText

__all__ = ["Span", "check_spans", "overlap"]


@dataclass(frozen=True, order=True)
class Span:
    """One highlight: ``annotator`` marked ``[start, end)`` with ``tag`` (a tag key)."""

    annotator: str
    start: int
    end: int
    tag: str

    @property
    def length(self) -> int:
        return self.end - self.start


def overlap(a: Span, b: Span) -> int:
    """How many characters ``a`` and ``b`` share."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def check_spans(n_chars: int, spans: Iterable[Span], tags: Sequence[str]) -> None:
    """Raise ``ValueError`` naming the first span that lies outside the text or has an unknown
    tag."""
    known = set(tags)
    for span in spans:
        if not 0 <= span.start < span.end <= n_chars:
            raise ValueError(SpanText.tr(
                "span {start}-{end} of {name} lies outside a text of %n character(s)", "",
                n_chars).format(start=span.start, end=span.end, name=repr(span.annotator)))
        if span.tag not in known:
            raise ValueError(SpanText.tr(
                "span {start}-{end} of {name} has unknown tag {tag}").format(
                start=span.start, end=span.end, name=repr(span.annotator), tag=repr(span.tag)))
