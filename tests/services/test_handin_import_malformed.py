"""Importing damaged, foreign or hostile hand-ins: each is refused alone and changes nothing."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from handin_fixtures import (
    QUOTES,
    Ids,
    fixed_ids,
    move_first_article,
    mutate,
    new_db,
    replace_text,
    seed_exercise,
    spans,
    student_handin,
    table_counts,
    truncate,
)

from annotator.services.handins import (
    ImportStatus,
    import_handins,
)
from annotator.storage.database import Database


@pytest.fixture
def ids() -> Ids:
    return fixed_ids()


@pytest.fixture
def classroom(tmp_path: Path, ids: Ids) -> Iterator[Database]:
    db = new_db(tmp_path, "instructor.sqlite")
    seed_exercise(db, ids)
    yield db
    db.close()


MALFORMED = {
    "truncated": (truncate, "truncated JSON"),
    "wrong encoding": (lambda p: p.write_bytes(p.read_text("utf-8").encode("utf-16")), "not UTF-8"),
    "nan": (lambda p: replace_text(p, '"format_version": 1', '"format_version": NaN'), "NaN"),
    "infinity": (lambda p: replace_text(p, '"rating": 3', '"rating": -Infinity'), "Infinity"),
    "duplicate keys": (
        lambda p: replace_text(p, '"format_version": 1,', '"format_version": 1, "format": 1,'),
        "duplicate key 'format'",
    ),
    "deep nesting": (
        lambda p: replace_text(p, '"answers": [', '"answers": [' + "[" * 50_000),
        "nested",
    ),
    "moderate nesting": (
        lambda p: replace_text(p, '"answers": [', '"answers": [' + "[" * 40 + "]" * 40 + ","),
        "nested",
    ),
    "lone surrogate": (
        lambda p: replace_text(p, '"note": "note on', '"note": "\\udc80note on'),
        "lone surrogate",
    ),
    "newer version": (
        lambda p: replace_text(p, '"format_version": 1', '"format_version": 7'),
        "format version 7 is newer",
    ),
    "checksum mismatch": (
        lambda p: replace_text(p, '"note": "note on', '"note": "edited note on'),
        "checksum",
    ),
    "wrong exercise": (
        lambda p: mutate(p, lambda d: d["exercise"].update(id=str(uuid.uuid4()))),
        "not in this database",
    ),
    "unknown article": (
        lambda p: mutate(p, move_first_article),
        "not part of exercise",
    ),
    "schema violation": (
        lambda p: mutate(p, lambda d: d["annotations"][0].pop("exact")),
        "schema",
    ),
    "negative offset": (
        lambda p: mutate(p, lambda d: d["annotations"][0].update(start=-4)),
        "schema",
    ),
    "not a hand-in": (lambda p: p.write_text('{"hello": "world"}'), "not a Source Annotator"),
    "empty": (lambda p: p.write_bytes(b""), "empty"),
    "oversized": (lambda p: p.write_bytes(p.read_bytes() + b" " * 300_000), "larger than"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_handin_is_rejected_and_changes_nothing(
    tmp_path: Path, ids: Ids, classroom: Database, case: str
) -> None:
    good, sid_good = student_handin(tmp_path, ids, "Good", QUOTES[:1], file_name="good.json")
    bad, _ = student_handin(tmp_path, ids, "Bad", QUOTES, file_name="bad.json")
    damage, expected = MALFORMED[case]
    damage(bad)
    # An earlier hand-in from another student is already there and must survive untouched.
    import_handins(classroom, [good])
    before = table_counts(classroom)

    results = import_handins(classroom, [bad], max_bytes=200_000)

    (result,) = results
    assert result.status == ImportStatus.REJECTED
    assert str(bad) in result.problem
    assert expected in result.problem
    assert "\n" not in result.problem
    assert len(result.problem) < 300
    assert table_counts(classroom) == before
    assert len(spans(classroom, sid_good)) == 1
