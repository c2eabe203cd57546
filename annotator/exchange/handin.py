"""The native hand-in format: one JSON file per student per exercise.

The format is published in ``docs/handin-format.md`` and described by the JSON Schema
``schemas/handin-1.schema.json``. The ``checksum`` is ``"sha256:"`` followed by the SHA-256 of
the canonical JSON of the document without its ``checksum`` member (keys sorted, no
whitespace, UTF-8 without escaping non-ASCII characters); see :func:`content_checksum`.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema_rs
import orjson

from annotator.core.text import without_nul
from annotator.exchange.handin_errors import HandinError, HandinText
from annotator.exchange.handin_records import (
    HandinAnnotation,
    HandinAnnotator,
    HandinAnswer,
    HandinArticle,
    HandinLink,
    HandinRecord,
    HandinTag,
)
from annotator.exchange.jsonsafe import DEFAULT_MAX_BYTES, loads_untrusted, read_json_file

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "content_checksum",
    "dump_handin",
    "format_timestamp",
    "handin_to_json",
    "load_handin",
    "loads_handin",
    "parse_timestamp",
]

FORMAT_NAME = "source-annotator-handin"
FORMAT_VERSION = 1


def _schema() -> dict[str, Any]:
    text = files("annotator.exchange").joinpath("schemas/handin-1.schema.json").read_text("utf-8")
    return json.loads(text)


@cache
def _validator() -> Any:
    """The schema's validator (jsonschema-rs: a whole class of 1,000 hand-ins is validated
    in a fraction of a second; fastjsonschema took 8 ms a file, issue 13)."""
    return jsonschema_rs.validator_for(_schema())


# The schema's maxItems, checked by counting before any validation: a file of a million
# empty objects is refused at once instead of being validated object by object (issue 18).
CAPS = {"articles": 100, "annotations": 100_000, "links": 100_000, "answers": 10_000}
MAX_TAGS = 200
# No article is two billion characters long; larger offsets overflow the database's integers.
MAX_OFFSET = 2**31 - 1


def _over_caps(document: dict[str, Any]) -> str | None:
    counts = {key: document.get(key) for key in CAPS}
    tag_set = document.get("tag_set")
    counts["tags"] = tag_set.get("tags") if isinstance(tag_set, dict) else None
    for key, value in counts.items():
        cap = CAPS.get(key, MAX_TAGS)
        if isinstance(value, list) and len(value) > cap:
            return f"too many {key} ({len(value):,}; a hand-in holds at most {cap:,})"
    return None


def _schema_problem(document: Any) -> str | None:
    """The first schema violation, or None. Only the first: collecting every error of a
    damaged file once took minutes (issue 18)."""
    try:
        _validator().validate(document)
    except jsonschema_rs.ValidationError as exc:
        where = "/".join(str(p) for p in exc.instance_path) or HandinText.tr("top level")
        message = " ".join(str(exc.message).split())
        message = message if len(message) <= 120 else message[:117] + "..."
        return HandinText.tr("does not match the hand-in schema at {where}: {message}").format(
            where=where, message=message)
    return None


def format_timestamp(moment: datetime) -> str:
    """UTC ISO 8601 with microseconds and a ``Z``: ``2026-11-26T06:34:28.000000Z``."""
    if moment.tzinfo is None:
        raise ValueError("naive datetimes are ambiguous; pass an aware UTC datetime")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_timestamp(text: str) -> datetime:
    if text.endswith("Z"):  # what the app writes: already UTC (datetime.UTC) once parsed
        moment = datetime.fromisoformat(text)
        if moment.tzinfo is UTC:
            return moment
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def _canonical(document: dict[str, Any]) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def content_checksum(document: dict[str, Any]) -> str:
    """``"sha256:<hex>"`` of the canonical JSON of ``document`` without ``checksum``."""
    content = {k: v for k, v in document.items() if k != "checksum"}
    return "sha256:" + hashlib.sha256(_canonical(content)).hexdigest()


def _canonical_fast(document: dict[str, Any]) -> bytes | None:
    """The canonical JSON of a parsed document by orjson, or None where it cannot write it.

    For what a hand-in that matches the schema holds (strings, whole numbers, true, false,
    null) orjson writes exactly the standard library's canonical bytes (compared in
    tests/exchange/test_handin_checksum.py), in a fifth of the time (issue 13). Fractions
    can be written differently (``1e-7`` for ``1e-07``), so its checksum only ever
    confirms; the standard library decides otherwise.
    """
    try:
        return orjson.dumps(document, option=orjson.OPT_SORT_KEYS)
    except (orjson.JSONEncodeError, TypeError):  # integers beyond 64 bits
        return None


def _checksum_holds(document: dict[str, Any]) -> bool:
    """Whether the document's ``checksum`` is that of its content. The standard library's
    canonical JSON decides whenever orjson's does not give the stored checksum, so no file
    is refused because of the faster encoder."""
    content = {k: v for k, v in document.items() if k != "checksum"}
    stored = document["checksum"]
    fast = _canonical_fast(content)
    if fast is not None and stored == "sha256:" + hashlib.sha256(fast).hexdigest():
        return True
    return bool(stored == "sha256:" + hashlib.sha256(_canonical(content)).hexdigest())


def handin_to_json(record: HandinRecord) -> dict[str, Any]:
    """The JSON document (with its checksum) for ``record``."""
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": record.app_version,
        "handed_in": format_timestamp(record.handed_in),
        "exercise": {
            "id": str(record.exercise_id),
            "revision": record.exercise_revision,
            "title": record.exercise_title,
        },
        "articles": [
            {"id": str(a.id), "sha256": a.sha256, "title": a.title, "url": a.url}
            for a in record.articles
        ],
        "tag_set": {
            "id": str(record.tag_set_id),
            "name": record.tag_set_name,
            "tags": [
                {"id": str(t.id), "key": t.key, "label": t.label, "colour": t.colour}
                for t in record.tags
            ],
        },
        "annotator": {
            "id": str(record.annotator.id),
            "display_name": record.annotator.display_name,
            "role": record.annotator.role,
        },
        "annotations": [
            {
                "id": str(a.id),
                "article_id": str(a.article_id),
                "start": a.start,
                "end": a.end,
                "exact": a.exact,
                "prefix": a.prefix,
                "suffix": a.suffix,
                "tag_id": str(a.tag_id),
                "tag_key": a.tag_key,
                "note": a.note,
                "created": format_timestamp(a.created),
                "modified": format_timestamp(a.modified),
            }
            for a in record.annotations
        ],
        "links": [
            {
                "id": str(link.id),
                "source_id": str(link.source_id),
                "target_id": str(link.target_id),
                "kind": link.kind,
                "note": link.note,
            }
            for link in record.links
        ],
        "answers": [
            {
                "question_id": str(a.question_id),
                "question_text": a.question_text,
                "article_id": str(a.article_id),
                "value": a.value,
                "rating": a.rating,
            }
            for a in record.answers
        ],
    }
    document["checksum"] = content_checksum(document)
    return document


def dump_handin(record: HandinRecord) -> bytes:
    """The hand-in file's bytes: indented UTF-8 JSON ending in a newline."""
    document = handin_to_json(record)
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def load_handin(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> HandinRecord:
    """Read and fully validate the hand-in at ``path``.

    Raises :class:`HandinError` with a one-line message naming the file for anything wrong:
    unreadable, oversized, malformed JSON, another format, a newer format version, a schema
    violation, a checksum mismatch, or references that do not hold together.
    """
    return _from_document(read_json_file(path, max_bytes=max_bytes), str(path))


def loads_handin(data: bytes, name: str) -> HandinRecord:
    """Like :func:`load_handin`, for bytes already in memory; ``name`` is used in messages."""
    return _from_document(loads_untrusted(data, name), name)


def _from_document(document: Any, name: str) -> HandinRecord:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise HandinError(f"{name}: " + HandinText.tr("not a Source Annotator hand-in"))
    version = document.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise HandinError(f"{name}: " + HandinText.tr(
            "hand-in format version {version} is newer than this app understands (up to "
            "{supported}); update Source Annotator").format(version=version,
                                                            supported=FORMAT_VERSION))
    problem = _over_caps(document) or _schema_problem(document)
    if problem is not None:
        raise HandinError(f"{name}: {problem}")
    if not _checksum_holds(document):
        raise HandinError(f"{name}: " + HandinText.tr(
            "checksum mismatch; the file was changed or damaged"))
    try:
        record = _record(document)
    except (ValueError, TypeError, OverflowError) as exc:
        raise HandinError(f"{name}: {exc}") from None
    _check_references(record, name)
    return record


def _whole(value: Any) -> int:
    """A JSON integer; JSON Schema counts ``300.0`` as one, so it is read as 300."""
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(HandinText.tr("{value} is not a whole number").format(
                value=repr(value)))
        return int(value)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(HandinText.tr("{value} is not a whole number").format(
            value=repr(value)))
    return value


def _rating(value: Any) -> int | None:
    return None if value is None else _whole(value)


def _memo(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    """``parse`` remembering its answers for one file: the article, tag and timestamp
    strings repeat across a hand-in's annotations."""
    seen: dict[str, Any] = {}

    def parsed(text: str) -> Any:
        value = seen.get(text)
        if value is None:
            value = seen[text] = parse(text)
        return value

    return parsed


def _record(d: dict[str, Any]) -> HandinRecord:
    u = _memo(uuid.UUID)
    when = _memo(parse_timestamp)
    exercise = d["exercise"]
    return HandinRecord(
        exercise_id=u(exercise["id"]),
        exercise_revision=_whole(exercise["revision"]),
        exercise_title=exercise["title"],
        annotator=HandinAnnotator(
            u(d["annotator"]["id"]), without_nul(d["annotator"]["display_name"]),
            d["annotator"]["role"]
        ),
        handed_in=when(d["handed_in"]),
        app_version=d["app_version"],
        tag_set_id=u(d["tag_set"]["id"]),
        tag_set_name=d["tag_set"]["name"],
        articles=tuple(
            HandinArticle(u(a["id"]), a["sha256"], a["title"], a["url"]) for a in d["articles"]
        ),
        tags=tuple(
            HandinTag(u(t["id"]), t["key"], t["label"], t["colour"]) for t in d["tag_set"]["tags"]
        ),
        annotations=_annotations(d["annotations"], u, when),
        links=tuple(
            HandinLink(u(k["id"]), u(k["source_id"]), u(k["target_id"]), k["kind"],
                       without_nul(k["note"]))
            for k in d["links"]
        ),
        answers=tuple(
            HandinAnswer(
                u(a["question_id"]),
                a["question_text"],
                u(a["article_id"]),
                without_nul(a["value"]),
                _rating(a["rating"]),
            )
            for a in d["answers"]
        ),
    )


def _annotations(
    items: list[dict[str, Any]], u: Callable[[str], Any], when: Callable[[str], Any]
) -> tuple[HandinAnnotation, ...]:
    """The annotations, built in one loop (a class of 1,000 has 150,000 of them): whole
    numbers that are plain ints pass without a call, notes without NUL as they are."""
    made = []
    new_uuid = uuid.UUID
    for a in items:
        start, end, note = a["start"], a["end"], a["note"]
        made.append(HandinAnnotation(
            new_uuid(a["id"]),  # unique: nothing to remember
            u(a["article_id"]),
            start if type(start) is int else _whole(start),
            end if type(end) is int else _whole(end),
            a["exact"],
            a["prefix"],
            a["suffix"],
            u(a["tag_id"]),
            a["tag_key"],
            without_nul(note) if "\0" in note else note,
            when(a["created"]),
            when(a["modified"]),
        ))
    return tuple(made)


def _check_references(record: HandinRecord, name: str) -> None:
    """Everything the file refers to must be in the file, and ids must be unique."""
    if not record.annotator.display_name.strip():
        raise HandinError(f"{name}: " + HandinText.tr("the student's name is empty"))
    articles = {a.id for a in record.articles}
    tags = {t.id for t in record.tags}
    annotation_ids = [a.id for a in record.annotations]
    if len(set(annotation_ids)) != len(annotation_ids):
        raise HandinError(f"{name}: " + HandinText.tr("the same annotation id appears twice"))
    for n, a in enumerate(record.annotations):
        where = f"{name}: "
        span = {"number": n + 1, "start": a.start, "end": a.end}
        if a.end > MAX_OFFSET:
            raise HandinError(where + HandinText.tr(
                "annotation {number} lies beyond any article ({start}-{end})").format(**span))
        if a.end <= a.start:
            raise HandinError(where + HandinText.tr(
                "annotation {number} ends before it starts ({start}-{end})").format(**span))
        if a.end - a.start != len(a.exact):
            raise HandinError(where + HandinText.tr(
                "annotation {number} quotes {quoted} characters for a {length}-character span"
            ).format(number=n + 1, quoted=len(a.exact), length=a.end - a.start))
        if a.article_id not in articles:
            raise HandinError(where + HandinText.tr(
                "annotation {number} refers to an article the file does not list").format(**span))
        if a.tag_id not in tags:
            raise HandinError(where + HandinText.tr(
                "annotation {number} uses a tag the file does not list").format(**span))
    known = set(annotation_ids)
    for n, link in enumerate(record.links):
        if link.source_id not in known or link.target_id not in known:
            raise HandinError(f"{name}: " + HandinText.tr(
                "link {number} refers to an annotation not in the file").format(number=n + 1))
        if link.source_id == link.target_id:
            raise HandinError(f"{name}: " + HandinText.tr(
                "link {number} links an annotation to itself").format(number=n + 1))
    for n, answer in enumerate(record.answers):
        if answer.article_id not in articles:
            raise HandinError(f"{name}: " + HandinText.tr(
                "answer {number} refers to an article the file does not list"
            ).format(number=n + 1))
