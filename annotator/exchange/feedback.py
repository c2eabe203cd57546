"""The feedback file: what an instructor returns to one student about one hand-in.

The format is published in ``docs/feedback-format.md`` and described by the JSON Schema
``schemas/feedback-1.schema.json``. Like a hand-in it checks itself: ``checksum`` is
``"sha256:"`` followed by the SHA-256 of the canonical JSON of the document without its
``checksum`` member (:func:`annotator.exchange.handin.content_checksum`).

Files are read as untrusted input (:mod:`annotator.exchange.jsonsafe`): size cap, strict
UTF-8, no duplicate keys, bounded nesting, then the schema, the checksum and the internal
references; the first problem found is raised as a :class:`FeedbackError` whose one-line
message names the file.
"""

from __future__ import annotations

import json
import uuid
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from jsonschema import Draft7Validator
from jsonschema.exceptions import best_match

from annotator.core.i18n import Texts
from annotator.core.scoring import Prf
from annotator.exchange.errors import ExchangeError
from annotator.exchange.feedback_records import (
    INCLUDE_PARTS,
    ClassCounts,
    FeedbackArticle,
    FeedbackComments,
    FeedbackRecord,
    FeedbackTag,
    KeyPassage,
    OwnAnnotation,
    ScoreSheet,
)
from annotator.exchange.handin import content_checksum, format_timestamp, parse_timestamp
from annotator.exchange.handin_errors import HandinError
from annotator.exchange.jsonsafe import loads_untrusted, read_json_file

__all__ = [
    "FEEDBACK_SUFFIX",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_BYTES",
    "FeedbackError",
    "dump_feedback",
    "feedback_to_json",
    "load_feedback",
    "loads_feedback",
]

FORMAT_NAME = "source-annotator-feedback"
FORMAT_VERSION = 1
FEEDBACK_SUFFIX = ".feedback.json"
MAX_BYTES = 20 * 1024 * 1024


class FeedbackFileText(Texts):
    """The translation context of feedback-file problems."""


class FeedbackError(ExchangeError):
    """A feedback file could not be read, validated or written; ``str(error)`` names it."""

    def __init__(self, file: str, problem: str) -> None:
        super().__init__(file, problem)


@cache
def _validator() -> Draft7Validator:
    text = files("annotator.exchange").joinpath("schemas/feedback-1.schema.json").read_text(
        "utf-8"
    )
    schema = json.loads(text)
    Draft7Validator.check_schema(schema)
    return Draft7Validator(schema)


def _schema_problem(document: Any) -> str | None:
    error = best_match(_validator().iter_errors(document))
    if error is None:
        return None
    where = "/".join(str(p) for p in error.absolute_path) or FeedbackFileText.tr("top level")
    message = error.message if len(error.message) <= 120 else error.message[:117] + "..."
    return FeedbackFileText.tr("does not match the feedback schema at {where}: {message}").format(
        where=where, message=message)


# -- writing -------------------------------------------------------------------------------


def _prf(per_tag: dict[str, Prf]) -> dict[str, Any]:
    return {tag: prf.as_dict() for tag, prf in per_tag.items()}


def _article_json(a: FeedbackArticle) -> dict[str, Any]:
    return {
        "id": str(a.id),
        "sha256": a.sha256,
        "title": a.title,
        "n_chars": a.n_chars,
        "yours": [
            {"id": str(y.id), "start": y.start, "end": y.end, "exact": y.exact,
             "tag_key": y.tag_key, "note": y.note}
            for y in a.yours
        ],
        "key": None if a.key is None else [
            {"start": k.start, "end": k.end, "exact": k.exact, "tag_key": k.tag_key,
             "explanation": k.explanation}
            for k in a.key
        ],
        "class": None if a.class_counts is None else {
            "n_students": a.class_counts.n_students,
            "counts": {tag: [list(run) for run in runs]
                       for tag, runs in a.class_counts.runs.items()},
        },
        "scores": None if a.scores is None else {
            "exact": _prf(a.scores.exact),
            "overlap": _prf(a.scores.overlap),
            "chars": _prf(a.scores.chars),
            "confusion": {
                "labels": list(a.scores.confusion_labels),
                "counts": [list(row) for row in a.scores.confusion_counts],
            },
        },
    }


def feedback_to_json(record: FeedbackRecord) -> dict[str, Any]:
    """The JSON document (with its checksum) for ``record``."""
    comments = record.comments
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": record.app_version,
        "created": format_timestamp(record.created),
        "handed_in": format_timestamp(record.handed_in),
        "exercise": {"id": str(record.exercise_id), "revision": record.exercise_revision,
                     "title": record.exercise_title},
        "student": {"id": str(record.student_id), "display_name": record.student_name},
        "includes": list(record.includes),
        "tags": [{"key": t.key, "label": t.label, "colour": t.colour} for t in record.tags],
        "articles": [_article_json(a) for a in record.articles],
        "comments": None if comments is None else {
            "overall": comments.overall,
            "annotations": [{"annotation_id": str(i), "text": text}
                            for i, text in comments.annotations],
        },
    }
    document["checksum"] = content_checksum(document)
    return document


def dump_feedback(record: FeedbackRecord) -> bytes:
    """The feedback file's bytes: UTF-8 JSON on one line, ending in a newline (the class
    counts would spread over thousands of lines if indented)."""
    document = feedback_to_json(record)
    return (json.dumps(document, ensure_ascii=False) + "\n").encode("utf-8")


# -- reading -------------------------------------------------------------------------------


def load_feedback(path: Path | str, *, max_bytes: int = MAX_BYTES) -> FeedbackRecord:
    """Read and fully validate the feedback file at ``path``.

    Raises :class:`FeedbackError` with a one-line message naming the file for anything
    wrong: unreadable, oversized, malformed JSON, another format, a newer format version, a
    schema violation, a checksum mismatch, or content that does not hold together.
    """
    try:
        document = read_json_file(path, max_bytes=max_bytes)
    except HandinError as exc:
        raise FeedbackError(exc.file, exc.problem) from None
    return _from_document(document, str(path))


def loads_feedback(data: bytes, name: str) -> FeedbackRecord:
    """Like :func:`load_feedback`, for bytes already in memory; ``name`` is used in messages."""
    if len(data) > MAX_BYTES:
        raise FeedbackError(name, FeedbackFileText.tr("larger than {size} MB, refused").format(
            size=MAX_BYTES // (1024 * 1024)))
    try:
        document = loads_untrusted(data, name)
    except HandinError as exc:
        raise FeedbackError(exc.file, exc.problem) from None
    return _from_document(document, name)


def _from_document(document: Any, name: str) -> FeedbackRecord:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise FeedbackError(name, FeedbackFileText.tr("not a Source Annotator feedback file"))
    version = document.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise FeedbackError(name, FeedbackFileText.tr(
            "feedback format version {version} is newer than this app understands (up to "
            "{supported}); update Source Annotator").format(version=version,
                                                            supported=FORMAT_VERSION))
    problem = _schema_problem(document)
    if problem is not None:
        raise FeedbackError(name, problem)
    if document["checksum"] != content_checksum(document):
        raise FeedbackError(name, FeedbackFileText.tr(
            "checksum mismatch; the file was changed or damaged"))
    try:
        record = _record(document)
    except ValueError as exc:
        raise FeedbackError(name, str(exc)) from None
    from annotator.exchange.feedback_checks import check_feedback

    problem = check_feedback(record)
    if problem is not None:
        raise FeedbackError(name, problem)
    return record


def _prf_in(per_tag: dict[str, Any], where: str) -> dict[str, Prf]:
    out = {}
    for tag, d in per_tag.items():
        prf = Prf(d["tp"], d["predicted"], d["reference"])
        for measure in ("precision", "recall", "f1"):
            stated, actual = d[measure], getattr(prf, measure)
            if (stated is None) != (actual is None) or (
                stated is not None and abs(stated - actual) > 1e-6
            ):
                raise ValueError(f"{where}: " + FeedbackFileText.tr(
                    "the {measure} of tag {tag} does not follow from its counts").format(
                    measure=measure, tag=repr(tag)))
        out[tag] = prf
    return out


def _article(d: dict[str, Any], n: int) -> FeedbackArticle:
    u = uuid.UUID
    scores = d["scores"]
    counts = d["class"]
    where = FeedbackFileText.tr("article {n}").format(n=n)
    return FeedbackArticle(
        id=u(d["id"]),
        sha256=d["sha256"],
        title=d["title"],
        n_chars=d["n_chars"],
        yours=tuple(OwnAnnotation(u(y["id"]), y["start"], y["end"], y["exact"], y["tag_key"],
                                  y["note"]) for y in d["yours"]),
        key=None if d["key"] is None else tuple(
            KeyPassage(k["start"], k["end"], k["exact"], k["tag_key"], k["explanation"])
            for k in d["key"]),
        class_counts=None if counts is None else ClassCounts(
            counts["n_students"],
            {tag: tuple((r[0], r[1], r[2]) for r in runs)
             for tag, runs in counts["counts"].items()}),
        scores=None if scores is None else ScoreSheet(
            exact=_prf_in(scores["exact"], where),
            overlap=_prf_in(scores["overlap"], where),
            chars=_prf_in(scores["chars"], where),
            confusion_labels=tuple(scores["confusion"]["labels"]),
            confusion_counts=tuple(tuple(row) for row in scores["confusion"]["counts"]),
        ),
    )


def _record(d: dict[str, Any]) -> FeedbackRecord:
    u = uuid.UUID
    comments = d["comments"]
    return FeedbackRecord(
        exercise_id=u(d["exercise"]["id"]),
        exercise_revision=d["exercise"]["revision"],
        exercise_title=d["exercise"]["title"],
        student_id=u(d["student"]["id"]),
        student_name=d["student"]["display_name"],
        handed_in=parse_timestamp(d["handed_in"]),
        created=parse_timestamp(d["created"]),
        app_version=d["app_version"],
        includes=tuple(p for p in INCLUDE_PARTS if p in d["includes"]),
        tags=tuple(FeedbackTag(t["key"], t["label"], t["colour"]) for t in d["tags"]),
        articles=tuple(_article(a, n) for n, a in enumerate(d["articles"], start=1)),
        comments=None if comments is None else FeedbackComments(
            comments["overall"],
            tuple((u(c["annotation_id"]), c["text"]) for c in comments["annotations"]),
        ),
    )
