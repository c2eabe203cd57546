"""The hand-in checksum read with orjson's canonical JSON: the same bytes as the standard
library's (existing files and databases hold checksums made with it), and the standard
library still decides whenever the two could differ."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from handin_sample import sample_record

from annotator.exchange import handin
from annotator.exchange.handin import (
    _canonical,
    _canonical_fast,
    content_checksum,
    dump_handin,
    loads_handin,
    parse_timestamp,
)
from annotator.exchange.handin_errors import HandinError

EVERY_BMP_CHARACTER = "".join(chr(c) for c in range(0xD800)) + "".join(
    chr(c) for c in range(0xE000, 0x10000))


def _random_value(rng: random.Random, depth: int = 0) -> Any:
    kind = rng.randrange(8 if depth < 4 else 5)
    if kind == 0:
        return rng.choice([None, True, False])
    if kind == 1:
        return rng.choice([0, -1, 2**31 - 1, 2**53, 2**63 - 1, -(2**63), 2**64 - 1,
                           rng.randrange(-10**9, 10**9)])
    if kind == 2:
        # the schema allows whole numbers only, and JSON Schema counts 300.0 as one
        return rng.choice([0.0, -0.0, 300.0, 1e15, 1e16, 1e17, 1.7e308, 2.0**53 + 2,
                           float(rng.getrandbits(rng.randrange(1, 1024)))])
    if kind in (3, 4):
        return "".join(chr(rng.choice([rng.randrange(0x20), rng.randrange(0x80),
                                       rng.randrange(0xD800), rng.randrange(0xE000, 0x110000)]))
                       for _ in range(rng.randrange(12)))
    if kind == 5:
        return [_random_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    return {str(_random_value(rng, 5)):
            _random_value(rng, depth + 1) for _ in range(rng.randrange(5))}


def test_orjson_writes_the_standard_librarys_canonical_bytes() -> None:
    rng = random.Random(13)
    documents: list[Any] = [
        {"text": EVERY_BMP_CHARACTER, "astral": "\U0001f600\U0010ffff", "keys": {
            "\uffff": 1, "\U0001f600": 2, "Z": 3, "a": 4, "é": 5, "": 6}},
        json.loads(dump_handin(sample_record())),
    ]
    documents += [{"v": _random_value(rng)} for _ in range(2000)]
    for document in documents:
        # what reading gives: parsed from text
        parsed = json.loads(json.dumps(document))
        assert _canonical_fast(parsed) == _canonical(parsed), parsed


def test_fractions_may_differ_which_is_why_the_standard_library_decides() -> None:
    # 1e-07 against 1e-7: no schema-valid hand-in holds a fraction, and a file whose
    # checksum orjson's bytes do not give is checked with the standard library's
    assert _canonical_fast({"v": 1e-7}) != _canonical({"v": 1e-7})


def test_integers_orjson_cannot_write_go_to_the_standard_library() -> None:
    document = {"n": 2**70}
    assert _canonical_fast(document) is None
    assert content_checksum(document).startswith("sha256:")


def test_a_file_is_read_whichever_encoder_agrees_with_its_checksum(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = dump_handin(sample_record())
    # an encoder that disagrees never refuses a file the standard library accepts
    monkeypatch.setattr(handin, "_canonical_fast", lambda document: b"{}")
    assert loads_handin(data, "alex.json") == sample_record()
    monkeypatch.setattr(handin, "_canonical_fast", lambda document: None)
    assert loads_handin(data, "alex.json") == sample_record()


def test_a_changed_file_is_still_refused() -> None:
    document = json.loads(dump_handin(sample_record()))
    document["annotations"][0]["note"] += "!"
    with pytest.raises(HandinError, match="checksum mismatch"):
        loads_handin(json.dumps(document).encode(), "alex.json")


@pytest.mark.parametrize("text", [
    "2026-11-26T06:34:28.000000Z", "2026-11-26T06:34:28Z", "2026-11-26T06:34:28.5+00:00",
    "2026-11-26T07:34:28.250000+01:00", "2026-11-26T06:34:28.000001-05:30",
])
def test_timestamps_parse_to_the_same_utc_moment_as_before(text: str) -> None:
    before = datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)
    parsed = parse_timestamp(text)
    assert parsed == before
    assert parsed.tzinfo is UTC
    assert parsed.isoformat() == before.isoformat()


def test_timestamp_offsets_are_kept_as_moments() -> None:
    moment = datetime(2026, 11, 26, 6, 34, 28, tzinfo=timezone(timedelta(hours=2)))
    assert parse_timestamp(moment.isoformat()) == moment
