"""Export a hand-in as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/).

The document is one ``AnnotationCollection`` whose ``first`` (and ``last``) page is embedded
with every annotation in its ``items``. The ``@context`` is given once, on the collection;
the embedded page and annotations are covered by it, as the model's examples of collections
do. Each annotation has:

* ``id`` ``urn:uuid:<annotation id>``, ``type`` ``Annotation``, ``motivation`` ``tagging``;
* ``creator`` (a ``Person`` with the annotator's ``urn:uuid`` and display name), ``created``
  and ``modified`` as UTC ``xsd:dateTime``;
* ``body``: a ``TextualBody`` with purpose ``tagging`` (the tag label) and, when there is a
  note, one with purpose ``commenting``;
* ``target``: a ``SpecificResource`` whose ``source`` is the article's URL (or
  ``urn:uuid:<article id>`` when it has none) and whose ``selector`` lists a
  ``TextQuoteSelector`` and a ``TextPositionSelector`` (code points), which the model treats
  as alternatives.

Links between annotations become annotations with motivation ``linking`` whose body is the
linked annotation and a ``describing`` text naming the kind of link.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from annotator.exchange.handin_records import HandinAnnotation, HandinRecord

__all__ = ["ANNO_CONTEXT", "dump_w3c", "handin_to_w3c"]

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
_NAMESPACE = uuid.UUID("6b1d7f0e-3c0a-5d6e-9a57-0c6e2f1a9b42")


def _urn(value: uuid.UUID) -> str:
    return f"urn:uuid:{value}"


def _datetime(moment: datetime) -> str:
    text = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f").rstrip("0").rstrip(".")
    return text + "Z"


def _annotation(
    record: HandinRecord,
    a: HandinAnnotation,
    sources: dict[uuid.UUID, str],
    creator: dict[str, str],
) -> dict[str, Any]:
    tag = record.tag(a.tag_id)
    body: list[dict[str, Any]] = [
        {
            "type": "TextualBody",
            "purpose": "tagging",
            "value": tag.label if tag else a.tag_key,
            "format": "text/plain",
        }
    ]
    if a.note:
        body.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "value": a.note,
                "format": "text/plain",
            }
        )
    quote: dict[str, Any] = {"type": "TextQuoteSelector", "exact": a.exact}
    if a.prefix:
        quote["prefix"] = a.prefix
    if a.suffix:
        quote["suffix"] = a.suffix
    return {
        "id": _urn(a.id),
        "type": "Annotation",
        "motivation": "tagging",
        "creator": creator,
        "created": _datetime(a.created),
        "modified": _datetime(a.modified),
        "body": body,
        "target": {
            "type": "SpecificResource",
            "source": sources.get(a.article_id, _urn(a.article_id)),
            "selector": [
                quote,
                {"type": "TextPositionSelector", "start": a.start, "end": a.end},
            ],
        },
    }


def handin_to_w3c(record: HandinRecord) -> dict[str, Any]:
    """The AnnotationCollection (a JSON-ready dict) for ``record``."""
    sources = {a.id: a.url or _urn(a.id) for a in record.articles}
    creator = {
        "id": _urn(record.annotator.id),
        "type": "Person",
        "name": record.annotator.display_name,
    }
    items = [_annotation(record, a, sources, creator) for a in record.annotations]
    items.extend(
        {
            "id": _urn(link.id),
            "type": "Annotation",
            "motivation": "linking",
            "creator": creator,
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
        for link in record.links
    )
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


def dump_w3c(record: HandinRecord) -> bytes:
    """The JSON-LD file's bytes (UTF-8, indented)."""
    document = handin_to_w3c(record)
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
