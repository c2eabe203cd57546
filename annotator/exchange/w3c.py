"""Export a hand-in as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/).

The document is one ``AnnotationCollection`` whose ``first`` (and ``last``) page is embedded
with every annotation in its ``items``. The ``@context`` is given on the collection; with
``standalone=True`` (``annotator export --format w3c --standalone``) every annotation carries
its own ``@context`` too, so any one of them can be taken out of the collection and still be
a complete Web Annotation. Each annotation has:

* ``id`` ``urn:uuid:<annotation id>``, ``type`` ``Annotation``, ``motivation`` ``tagging``;
* ``creator`` (a ``Person`` with the annotator's ``urn:uuid`` and display name), ``created``
  as UTC ``xsd:dateTime``, and ``modified`` only when the annotation was edited after it was
  made (more than :data:`EDIT_TOLERANCE` later);
* ``body``: a ``TextualBody`` with purpose ``tagging`` (the tag label) and, when there is a
  note, one with purpose ``commenting``;
* ``target``: a ``SpecificResource`` whose ``source`` is the article's URL (or
  ``urn:uuid:<article id>`` when it has none), with ``format`` ``text/plain`` (the article's
  normalised text, which the offsets count) and whose ``selector`` lists a
  ``TextQuoteSelector`` and a ``TextPositionSelector`` (code points), which the model treats
  as alternatives. A quote at offset 0 keeps its empty ``prefix``: it says the quote opens
  the text, which an absent prefix would not.

When the article's language is known (a BCP 47 tag), the target and the textual bodies carry
it as ``language``.

Links between annotations become annotations with motivation ``linking``, the time the link
was made as ``created``, whose body is the linked annotation and a ``describing`` text naming
the kind of link.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from annotator.exchange.handin_records import HandinAnnotation, HandinLink, HandinRecord

__all__ = ["ANNO_CONTEXT", "EDIT_TOLERANCE", "dump_w3c", "handin_to_w3c", "w3c_language"]

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
_NAMESPACE = uuid.UUID("6b1d7f0e-3c0a-5d6e-9a57-0c6e2f1a9b42")
#: ``created`` and ``modified`` are stamped separately when an annotation is made; an
#: annotation counts as edited only when ``modified`` is later than this.
EDIT_TOLERANCE = timedelta(seconds=1)
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")


def w3c_language(tag: str) -> str:
    """A BCP 47 tag as the model writes it (primary subtag lower case), or "" if unusable."""
    tag = tag.strip().replace("_", "-")
    if not _LANGUAGE.fullmatch(tag):
        return ""
    primary, _, rest = tag.partition("-")
    return primary.lower() + ("-" + rest if rest else "")


def _urn(value: uuid.UUID) -> str:
    return f"urn:uuid:{value}"


def _datetime(moment: datetime) -> str:
    text = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f").rstrip("0").rstrip(".")
    return text + "Z"


def _text_body(value: str, purpose: str, language: str) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": "TextualBody",
        "purpose": purpose,
        "value": value,
        "format": "text/plain",
    }
    if language:
        body["language"] = language
    return body


def _annotation(
    record: HandinRecord,
    a: HandinAnnotation,
    sources: dict[uuid.UUID, str],
    languages: dict[uuid.UUID, str],
    creator: dict[str, str],
) -> dict[str, Any]:
    tag = record.tag(a.tag_id)
    language = languages.get(a.article_id, "")
    body = [_text_body(tag.label if tag else a.tag_key, "tagging", language)]
    if a.note:
        body.append(_text_body(a.note, "commenting", language))
    quote: dict[str, Any] = {"type": "TextQuoteSelector", "exact": a.exact}
    if a.prefix or a.start == 0:
        quote["prefix"] = a.prefix
    if a.suffix:
        quote["suffix"] = a.suffix
    target: dict[str, Any] = {
        "type": "SpecificResource",
        "source": sources.get(a.article_id, _urn(a.article_id)),
        "format": "text/plain",
        "selector": [
            quote,
            {"type": "TextPositionSelector", "start": a.start, "end": a.end},
        ],
    }
    if language:
        target["language"] = language
    annotation: dict[str, Any] = {
        "id": _urn(a.id),
        "type": "Annotation",
        "motivation": "tagging",
        "creator": creator,
        "created": _datetime(a.created),
    }
    if a.modified - a.created > EDIT_TOLERANCE:
        annotation["modified"] = _datetime(a.modified)
    annotation["body"] = body
    annotation["target"] = target
    return annotation


def _link(record: HandinRecord, link: HandinLink, creator: dict[str, str]) -> dict[str, Any]:
    created = link.created
    if created is None:  # a record read back from a hand-in file: the later of the two ends
        ends = [a.created for a in record.annotations if a.id in (link.source_id, link.target_id)]
        created = max(ends) if ends else record.handed_in
    return {
        "id": _urn(link.id),
        "type": "Annotation",
        "motivation": "linking",
        "creator": creator,
        "created": _datetime(created),
        "body": [
            _urn(link.target_id),
            {
                "type": "TextualBody",
                "purpose": "describing",
                "value": link.kind + (f": {link.note}" if link.note else ""),
                "format": "text/plain",
            },
        ],
        "target": _urn(link.source_id),
    }


def handin_to_w3c(record: HandinRecord, *, standalone: bool = False) -> dict[str, Any]:
    """The AnnotationCollection (a JSON-ready dict) for ``record``; with ``standalone``
    every annotation in it carries its own ``@context``."""
    sources = {a.id: a.url or _urn(a.id) for a in record.articles}
    languages = {a.id: w3c_language(a.language) for a in record.articles}
    creator = {
        "id": _urn(record.annotator.id),
        "type": "Person",
        "name": record.annotator.display_name,
    }
    items = [_annotation(record, a, sources, languages, creator) for a in record.annotations]
    items.extend(_link(record, link, creator) for link in record.links)
    if standalone:
        items = [{"@context": ANNO_CONTEXT, **item} for item in items]
    key = f"{record.exercise_id}/{record.annotator.id}/{record.handed_in.isoformat()}"
    collection_id = _urn(uuid.uuid5(_NAMESPACE, key))
    page_id = _urn(uuid.uuid5(_NAMESPACE, key + "/page/1"))
    return {
        "@context": ANNO_CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": f"{record.exercise_title} – {record.annotator.display_name}",
        "creator": creator,
        "created": _datetime(record.handed_in),
        "generator": {"type": "Software", "name": f"Source Annotator {record.app_version}"},
        "total": len(items),
        "first": {
            "id": page_id,
            "type": "AnnotationPage",
            "partOf": collection_id,
            "startIndex": 0,
            "items": items,
        },
        "last": page_id,
    }


def dump_w3c(record: HandinRecord, *, standalone: bool = False) -> bytes:
    """The JSON-LD file's bytes (UTF-8, indented)."""
    document = handin_to_w3c(record, standalone=standalone)
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
