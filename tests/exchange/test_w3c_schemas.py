"""The W3C export validated against the W3C Web Annotation test suite's own JSON Schemas
(vendored in web_annotation/, see its README and LICENSE): every annotation, taken out of
the collection with ``standalone``, passes the MUST assertions of the model's sections 3.1,
3.2 and 3.3.1, and its bodies, target and selectors pass the suite's definitions."""

from __future__ import annotations

import dataclasses
import json
from datetime import timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from handin_sample import WHEN, sample_record
from jsonschema import Draft4Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from annotator.core.text import quote_context
from annotator.exchange.w3c import dump_w3c

SCHEMAS = Path(__file__).parent / "web_annotation"
MUSTS = sorted(p.name for p in (SCHEMAS / "annotations").glob("*.json"))


@cache
def registry() -> Registry:
    resources = []
    for path in sorted(SCHEMAS.glob("*/*.json")):
        contents = json.loads(path.read_text("utf-8"))
        resources.append((contents["id"], Resource.from_contents(contents,
                                                                 default_specification=DRAFT4)))
    return Registry().with_resources(resources)


def validator(ref: str) -> Draft4Validator:
    """A validator for ``ref`` (a file name, or file#/definitions/name)."""
    return Draft4Validator({"$ref": ref}, registry=registry(),
                           format_checker=Draft4Validator.FORMAT_CHECKER)


def errors(ref: str, instance: Any) -> list[str]:
    return [e.message for e in validator(ref).iter_errors(instance)]


def record_with_everything():  # type: ignore[no-untyped-def]
    """A link with a time, a German article, an edited annotation and one at offset 0."""
    record = sample_record()
    from handin_sample import TEXT

    prefix, exact, suffix = quote_context(TEXT, 0, 9)
    first = dataclasses.replace(record.annotations[0], start=0, end=9, exact=exact,
                                prefix=prefix, suffix=suffix,
                                modified=WHEN + timedelta(hours=1))
    return dataclasses.replace(
        record,
        articles=(dataclasses.replace(record.articles[0], language="de",
                                      url="https://example.org/news/1"),),
        annotations=(first, record.annotations[1]),
        links=(dataclasses.replace(record.links[0], created=WHEN + timedelta(minutes=2)),),
    )


def items() -> list[dict[str, Any]]:
    document = json.loads(dump_w3c(record_with_everything(), standalone=True))
    return document["first"]["items"]


def test_the_vendored_schemas_are_the_suites_and_load() -> None:
    sizes = {p.name: p.stat().st_size for p in (SCHEMAS / "definitions").glob("*.json")}
    assert sizes == {"annotations.json": 8885, "bodyTarget.json": 34882, "choiceSet.json": 6505,
                     "id.json": 1091, "otherProperties.json": 46651,
                     "specificResource.json": 36700}
    assert len(MUSTS) == 8
    for name in MUSTS:
        Draft4Validator.check_schema(json.loads((SCHEMAS / "annotations" / name).read_text()))


@pytest.mark.parametrize("assertion", MUSTS)
def test_every_exported_annotation_meets_the_musts(assertion: str) -> None:
    for item in items():
        assert errors(assertion, item) == [], (assertion, item["id"])


def test_bodies_target_and_selectors_meet_the_definitions() -> None:
    tagging, _, linking = items()
    for body in tagging["body"]:
        for ref in ("bodyTarget.json#/definitions/optionalBodyPropertiesShould",
                    "bodyTarget.json#/definitions/optionalBodyPropertiesMust",
                    "bodyTarget.json#/definitions/optionalBodyPurposePropertyShould",
                    "bodyTarget.json#/definitions/languagePropertyFound",
                    "bodyTarget.json#/definitions/formatPropertyFound"):
            assert errors(ref, body) == [], ref
    target = tagging["target"]
    # optionalTargetPropertiesShould also wants the target's type from the classes of 3.2.2
    # (Text, Image...), but section 4 says a Specific Resource SHOULD have the type
    # SpecificResource, as ours has; its other checks are applied one by one.
    for ref in ("bodyTarget.json#/definitions/formatValidIfPresent",
                "bodyTarget.json#/definitions/languageValidIfPresent",
                "bodyTarget.json#/definitions/processingLanguageValidIfPresent",
                "bodyTarget.json#/definitions/optionalTargetPropertiesMust",
                "bodyTarget.json#/definitions/languagePropertyFound",
                "bodyTarget.json#/definitions/formatPropertyFound",
                "specificResource.json#/definitions/specificeResourceDetected",
                "specificResource.json#/definitions/selectorDetected"):
        assert errors(ref, target) == [], ref
    quote, position = target["selector"]
    assert errors("specificResource.json#/definitions/prefixPropertyFound", quote) == []
    assert quote["prefix"] == ""  # offset 0: the empty prefix is kept
    assert errors("specificResource.json#/definitions/textPositionSelectorDetected",
                  position) == []
    for item in (tagging, linking):
        assert errors("annotations.json#/definitions/singleMotivationPropertyFound", item) == []
        assert errors("otherProperties.json#/definitions/createdPropertyFound", item) == []
        assert errors("otherProperties.json#/definitions/creatorPropertyFound", item) == []
    assert errors("otherProperties.json#/definitions/modifiedPropertyFound", tagging) == []
    assert "modified" not in items()[1]  # never edited


@pytest.mark.parametrize(("change", "assertion"), [
    (lambda a: a.pop("@context"), "3.1-annotationContextValidated.json"),
    (lambda a: a.update(id="not a uri"), "3.1-annotationIdValidated.json"),
    (lambda a: a.update(modified="yesterday"), "3.3.1-annotationModifiedValidated.json"),
    (lambda a: a.update(created=[a["created"], a["created"]]),
     "3.3.1-annotationCreatedValidated.json"),
    (lambda a: a.update(target={"selector": []}), "3.2-targetObjectsRecognized.json"),
])
def test_the_schemas_catch_what_the_model_forbids(change, assertion: str) -> None:  # type: ignore[no-untyped-def]
    item = items()[0]
    change(item)
    assert errors(assertion, item) != []


def test_a_bad_language_tag_would_be_caught() -> None:
    target = items()[0]["target"]
    target["language"] = "German"
    assert errors("bodyTarget.json#/definitions/languageValidIfPresent", target) != []
