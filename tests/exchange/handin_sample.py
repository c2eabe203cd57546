"""A hand-in record built by hand, for the format tests."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from annotator.core.text import fingerprint, quote_context
from annotator.exchange.handin_records import (
    HandinAnnotation,
    HandinAnnotator,
    HandinAnswer,
    HandinArticle,
    HandinLink,
    HandinRecord,
    HandinTag,
)

TEXT = "Officials said 😀 the plan \"will work\". =cmd|' /C calc'!A0 is a classic."
WHEN = datetime(2026, 11, 25, 8, 15, 30, 250000, tzinfo=UTC)


def _u(n: int) -> uuid.UUID:
    return uuid.UUID(int=0xB000 + n)


def sample_record(notes: tuple[str, str] = ("", 'Line one\nline two, "quoted"')) -> HandinRecord:
    claim = HandinTag(_u(1), "claim", "Claim", "#aa3300")
    opinion = HandinTag(_u(2), "opinion", "=Opinion", "#0033aa")
    spans = [
        (TEXT.index("the plan"), TEXT.index("the plan") + 20),
        (TEXT.index("=cmd"), TEXT.index(" is a")),
    ]
    annotations = []
    for n, ((start, end), tag, note) in enumerate(zip(spans, (claim, opinion), notes, strict=True)):
        prefix, exact, suffix = quote_context(TEXT, start, end)
        annotations.append(
            HandinAnnotation(
                id=_u(10 + n),
                article_id=_u(5),
                start=start,
                end=end,
                exact=exact,
                prefix=prefix,
                suffix=suffix,
                tag_id=tag.id,
                tag_key=tag.key,
                note=note,
                created=WHEN,
                modified=WHEN,
            )
        )
    return HandinRecord(
        exercise_id=_u(3),
        exercise_revision=2,
        exercise_title="Jobs plan",
        annotator=HandinAnnotator(_u(4), "@Alex", "student"),
        handed_in=WHEN,
        app_version="0.1.0",
        tag_set_id=_u(6),
        tag_set_name="Claims",
        articles=(HandinArticle(_u(5), fingerprint(TEXT), "-Minus title", ""),),
        tags=(claim, opinion),
        annotations=tuple(annotations),
        links=(HandinLink(_u(20), _u(10), _u(11), "supports", "both"),),
        answers=(HandinAnswer(_u(30), "How reliable?", _u(5), "Not very", 2),),
    )
