"""W3C export details: standalone annotations, link times, language, format, modified only
when edited, an empty prefix at offset 0."""

from __future__ import annotations

import dataclasses
import json
from datetime import timedelta

from handin_sample import TEXT, WHEN, sample_record

from annotator.core.text import quote_context
from annotator.exchange.w3c import ANNO_CONTEXT, dump_w3c, handin_to_w3c, w3c_language


def _items(record=None, **kwargs):  # type: ignore[no-untyped-def]
    return handin_to_w3c(record or sample_record(), **kwargs)["first"]["items"]


def test_standalone_gives_every_annotation_its_own_context() -> None:
    plain = _items()
    alone = json.loads(dump_w3c(sample_record(), standalone=True))["first"]["items"]

    assert all("@context" not in item for item in plain)
    assert [item["@context"] for item in alone] == [ANNO_CONTEXT] * 3
    assert next(iter(alone[0])) == "@context"  # first key, as JSON-LD readers expect
    assert [{k: v for k, v in item.items() if k != "@context"} for item in alone] == plain


def test_link_annotations_carry_created() -> None:
    record = sample_record()
    made = WHEN + timedelta(minutes=3)
    linked = dataclasses.replace(record, links=(dataclasses.replace(record.links[0],
                                                                    created=made),))

    assert _items(linked)[2]["created"] == "2026-11-25T08:18:30.25Z"
    # read back from a hand-in file (no link time): the later of the linked annotations
    assert _items(record)[2]["created"] == "2026-11-25T08:15:30.25Z"


def test_language_on_bodies_and_target_only_when_the_article_has_one() -> None:
    record = sample_record()
    assert all("language" not in b for item in _items(record)[:2] for b in item["body"])
    assert "language" not in _items(record)[0]["target"]

    german = dataclasses.replace(
        record, articles=(dataclasses.replace(record.articles[0], language="DE-ch"),))
    first, second = _items(german)[:2]
    assert first["target"]["language"] == "de-ch"
    assert [b["language"] for b in first["body"] + second["body"]] == ["de-ch"] * 3


def test_target_has_a_format() -> None:
    assert {item["target"]["format"] for item in _items()[:2]} == {"text/plain"}


def test_modified_only_when_edited() -> None:
    record = sample_record()
    edited = dataclasses.replace(record.annotations[1],
                                 modified=WHEN + timedelta(minutes=5))
    stamped = dataclasses.replace(record.annotations[0],  # two clock readings at creation
                                  modified=WHEN + timedelta(microseconds=40))
    items = _items(dataclasses.replace(record, annotations=(stamped, edited)))

    assert "modified" not in items[0]
    assert items[1]["modified"] == "2026-11-25T08:20:30.25Z"


def test_empty_prefix_at_offset_zero_is_kept() -> None:
    record = sample_record()
    prefix, exact, suffix = quote_context(TEXT, 0, 9)
    at_start = dataclasses.replace(record.annotations[0], start=0, end=9, exact=exact,
                                   prefix=prefix, suffix=suffix)
    quote = _items(dataclasses.replace(record, annotations=(at_start,), links=()))[0][
        "target"]["selector"][0]

    assert prefix == ""
    assert quote == {"type": "TextQuoteSelector", "exact": "Officials", "prefix": "",
                     "suffix": suffix}


def test_language_tags_are_normalised_or_dropped() -> None:
    assert w3c_language("en") == "en"
    assert w3c_language("pt_BR") == "pt-BR"
    assert w3c_language("English") == ""
    assert w3c_language("") == ""
