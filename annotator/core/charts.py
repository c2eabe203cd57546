"""Plain data for the review charts."""

from __future__ import annotations

from collections.abc import Sequence

from annotator.core.spans import Span

__all__ = ["tag_distribution", "tags_per_annotator"]


def tags_per_annotator(
    spans: Sequence[Span], tags: Sequence[str], annotators: Sequence[str]
) -> dict[str, dict[str, int]]:
    """How many spans each annotator made with each tag (every tag and annotator present)."""
    table = {a: dict.fromkeys(tags, 0) for a in annotators}
    for span in spans:
        row = table.get(span.annotator)
        if row is not None and span.tag in row:
            row[span.tag] += 1
    return table


def tag_distribution(spans: Sequence[Span], tags: Sequence[str]) -> dict[str, dict[str, int]]:
    """Per tag: the number of spans and the number of characters they cover in total."""
    out = {tag: {"spans": 0, "chars": 0} for tag in tags}
    for span in spans:
        if span.tag in out:
            out[span.tag]["spans"] += 1
            out[span.tag]["chars"] += span.length
    return out
