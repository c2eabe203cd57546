"""The native hand-in file: schema, checksum, round trip, refusal of newer versions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from handin_sample import sample_record

from annotator.exchange.handin import (
    FORMAT_VERSION,
    content_checksum,
    dump_handin,
    load_handin,
    loads_handin,
)
from annotator.exchange.handin_errors import HandinError


def test_dump_then_load_gives_the_same_record(tmp_path: Path) -> None:
    record = sample_record()
    path = tmp_path / "alex.json"
    path.write_bytes(dump_handin(record))

    assert load_handin(path) == record


def test_the_file_carries_format_version_and_a_checksum_of_its_content() -> None:
    document = json.loads(dump_handin(sample_record()))

    assert document["format"] == "source-annotator-handin"
    assert document["format_version"] == FORMAT_VERSION
    assert document["checksum"] == content_checksum(document)
    assert document["annotations"][0]["created"] == "2026-11-25T08:15:30.250000Z"
    assert document["articles"][0]["sha256"] == sample_record().articles[0].sha256


def test_published_schema_matches_the_files_we_write() -> None:
    from jsonschema import Draft7Validator

    schema_path = Path(__file__).parents[2] / "annotator/exchange/schemas/handin-1.schema.json"
    schema = json.loads(schema_path.read_text("utf-8"))
    Draft7Validator.check_schema(schema)
    assert not list(Draft7Validator(schema).iter_errors(json.loads(dump_handin(sample_record()))))


def _resigned(change: object) -> bytes:
    document = json.loads(dump_handin(sample_record()))
    change(document)  # type: ignore[operator]
    document["checksum"] = content_checksum(document)
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.update(format_version=2), "format version 2 is newer"),
        (lambda d: d["annotations"][0].update(end=d["annotations"][0]["start"]), "ends before"),
        (lambda d: d["annotations"][0].update(exact="x"), "quotes 1 characters"),
        (lambda d: d["links"][0].update(target_id=d["links"][0]["source_id"]), "to itself"),
        (lambda d: d["annotations"][1].update(id=d["annotations"][0]["id"]), "appears twice"),
        (lambda d: d["annotations"][0].update(created="2026-13-45T00:00:00Z"), "month"),
        (lambda d: d["tag_set"]["tags"][0].update(colour="red"), "colour"),
        (lambda d: d.update(surprise=True), "surprise"),
        (lambda d: d["answers"][0].update(rating=9), "rating"),
    ],
)
def test_inconsistent_files_are_refused_with_one_line(change: object, expected: str) -> None:
    with pytest.raises(HandinError) as caught:
        loads_handin(_resigned(change), "bob.json")

    message = str(caught.value)
    assert message.startswith("bob.json: ")
    assert expected in message
    assert "\n" not in message


def test_a_changed_byte_breaks_the_checksum() -> None:
    data = dump_handin(sample_record()).replace(b"Not very", b"Very")

    with pytest.raises(HandinError, match=r"^x\.json: checksum mismatch"):
        loads_handin(data, "x.json")
