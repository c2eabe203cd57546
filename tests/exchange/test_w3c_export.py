"""W3C Web Annotation JSON-LD export, checked against the model's required structure.

The schema below restates the MUSTs of https://www.w3.org/TR/annotation-model/ that apply to
what we write: collection (5.1), page (5.2), annotation (3.1), textual body (3.2.4), agent
(3.3.2), specific resource (4), TextQuoteSelector (4.2.4) and TextPositionSelector (4.2.5).
"""

from __future__ import annotations

import json
import re
from typing import Any

from handin_sample import TEXT, sample_record
from jsonschema import Draft7Validator

from annotator.exchange.w3c import ANNO_CONTEXT, dump_w3c, handin_to_w3c

IRI = {"type": "string", "pattern": "^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+$"}
DATETIME = {"type": "string", "pattern": r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$"}
TEXT_QUOTE = {
    "type": "object",
    "required": ["type", "exact"],
    "properties": {
        "type": {"const": "TextQuoteSelector"},
        "exact": {"type": "string"},
        "prefix": {"type": "string"},
        "suffix": {"type": "string"},
    },
}
TEXT_POSITION = {
    "type": "object",
    "required": ["type", "start", "end"],
    "properties": {
        "type": {"const": "TextPositionSelector"},
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 0},
    },
}
TEXTUAL_BODY = {
    "type": "object",
    "required": ["type", "value"],
    "properties": {
        "type": {"const": "TextualBody"},
        "value": {"type": "string"},
        "purpose": {
            "enum": [
                "assessing",
                "bookmarking",
                "classifying",
                "commenting",
                "describing",
                "editing",
                "highlighting",
                "identifying",
                "linking",
                "moderating",
                "questioning",
                "replying",
                "tagging",
            ]
        },
        "format": {"type": "string"},
    },
}
BODY = {"oneOf": [IRI, TEXTUAL_BODY]}
TARGET = {
    "oneOf": [
        IRI,
        {
            "type": "object",
            "required": ["source"],
            "properties": {
                "type": {"const": "SpecificResource"},
                "source": IRI,
                "selector": {
                    "type": "array",
                    "minItems": 1,
                    "items": {"oneOf": [TEXT_QUOTE, TEXT_POSITION]},
                },
            },
        },
    ]
}
AGENT = {
    "type": "object",
    "required": ["id"],
    "properties": {
        "id": IRI,
        "type": {"enum": ["Person", "Organization", "Software"]},
        "name": {"type": "string"},
    },
}
ANNOTATION = {
    "type": "object",
    "required": ["id", "type", "target"],
    "properties": {
        "id": IRI,
        "type": {"const": "Annotation"},
        "motivation": {"enum": ["tagging", "linking", "commenting", "highlighting"]},
        "creator": AGENT,
        "created": DATETIME,
        "modified": DATETIME,
        "body": {"oneOf": [BODY, {"type": "array", "minItems": 1, "items": BODY}]},
        "target": {"oneOf": [TARGET, {"type": "array", "minItems": 1, "items": TARGET}]},
    },
}
PAGE = {
    "type": "object",
    "required": ["id", "type", "items"],
    "properties": {
        "id": IRI,
        "type": {"const": "AnnotationPage"},
        "partOf": {"oneOf": [IRI, {"type": "object", "required": ["id"]}]},
        "startIndex": {"type": "integer", "minimum": 0},
        "items": {"type": "array", "items": ANNOTATION},
    },
}
COLLECTION = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object",
    "required": ["@context", "id", "type"],
    "properties": {
        "@context": {
            "oneOf": [
                {"const": ANNO_CONTEXT},
                {"type": "array", "contains": {"const": ANNO_CONTEXT}},
            ]
        },
        "id": IRI,
        "type": {"const": "AnnotationCollection"},
        "label": {"type": "string"},
        "total": {"type": "integer", "minimum": 0},
        "first": {"oneOf": [IRI, PAGE]},
        "last": {"oneOf": [IRI, PAGE]},
    },
}


def test_collection_is_valid_against_the_models_required_structure() -> None:
    document = json.loads(dump_w3c(sample_record()))

    errors = [e.message for e in Draft7Validator(COLLECTION).iter_errors(document)]
    assert errors == []
    assert document["total"] == len(document["first"]["items"]) == 3


def test_each_annotation_has_quote_and_code_point_position_selectors() -> None:
    record = sample_record()
    items = handin_to_w3c(record)["first"]["items"]
    first = items[0]

    assert "@context" not in first  # covered by the collection's context
    assert first["id"] == f"urn:uuid:{record.annotations[0].id}"
    assert first["creator"] == {
        "id": f"urn:uuid:{record.annotator.id}",
        "type": "Person",
        "name": "@Alex",
    }
    assert first["created"] == "2026-11-25T08:15:30.25Z"
    quote, position = first["target"]["selector"]
    assert quote["exact"] == 'the plan "will work"'
    assert TEXT[position["start"] : position["end"]] == quote["exact"]
    # Code points, not UTF-16: the emoji before the span counts once.
    assert position["start"] == TEXT.index("the plan")
    assert first["target"]["source"] == f"urn:uuid:{record.articles[0].id}"


def test_tag_is_a_tagging_body_and_a_note_a_commenting_body() -> None:
    items = handin_to_w3c(sample_record())["first"]["items"]

    assert [b["purpose"] for b in items[0]["body"]] == ["tagging"]
    assert items[0]["body"][0]["value"] == "Claim"
    assert [(b["purpose"], b["value"]) for b in items[1]["body"]] == [
        ("tagging", "=Opinion"),
        ("commenting", 'Line one\nline two, "quoted"'),
    ]


def test_links_become_linking_annotations_between_annotation_urns() -> None:
    record = sample_record()
    linking: dict[str, Any] = handin_to_w3c(record)["first"]["items"][2]

    assert linking["motivation"] == "linking"
    assert linking["target"] == f"urn:uuid:{record.links[0].source_id}"
    assert linking["body"][0] == f"urn:uuid:{record.links[0].target_id}"
    assert linking["body"][1]["value"] == "supports: both"


def test_ids_are_stable_urns() -> None:
    one, two = handin_to_w3c(sample_record()), handin_to_w3c(sample_record())

    assert one == two
    assert re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", one["id"])
    assert one["first"]["partOf"] == one["id"]
    assert one["last"] == one["first"]["id"]
