"""Exporting a student's work from the database in the three formats."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from handin_fixtures import add_student, annotate, fixed_ids, new_db, seed_exercise

from annotator.exchange.handin import load_handin
from annotator.exchange.handin_errors import HandinError
from annotator.services.handins import export_handin
from annotator.storage.database import Database

# Run on SQLite and PostgreSQL (tests/conftest.py, tests/services/conftest.py).
pytestmark = pytest.mark.usefixtures("backend")

@pytest.fixture
def student(tmp_path: Path) -> Iterator[tuple[Database, uuid.UUID]]:
    ids = fixed_ids()
    db = new_db(tmp_path, "student.sqlite")
    seed_exercise(db, ids)
    sid = add_student(db, "=Robin")
    annotate(db, ids, sid, 0, "3,000 new jobs 😀", tag="evidence", note="-check\nsource")
    annotate(db, ids, sid, 1, "“It is speculation,”", tag="speculation")
    yield db, sid
    db.close()


def test_native_handin_holds_the_students_work(
    tmp_path: Path, student: tuple[Database, uuid.UUID]
) -> None:
    db, sid = student
    path = tmp_path / "out" / "robin.json"
    path.parent.mkdir()

    export_handin(db, fixed_ids().exercise, sid, path)
    record = load_handin(path)

    assert record.annotator.id == sid
    assert record.annotator.display_name == "=Robin"
    assert [a.exact for a in record.annotations] == ["3,000 new jobs 😀", "“It is speculation,”"]
    assert [a.tag_key for a in record.annotations] == ["evidence", "speculation"]
    assert [t.key for t in record.tags] == ["claim", "evidence", "speculation", "opinion"]
    assert sorted(p.name for p in path.parent.iterdir()) == ["robin.json"]


def test_w3c_export_is_json_ld_with_one_annotation_each(
    tmp_path: Path, student: tuple[Database, uuid.UUID]
) -> None:
    db, sid = student
    path = tmp_path / "robin.jsonld"

    export_handin(db, fixed_ids().exercise, sid, path, fmt="w3c")
    document = json.loads(path.read_text("utf-8"))

    assert document["type"] == "AnnotationCollection"
    items = document["first"]["items"]
    assert [i["target"]["selector"][0]["exact"] for i in items] == [
        "3,000 new jobs 😀",
        "“It is speculation,”",
    ]
    assert items[0]["target"]["source"] == "https://news.example/1"
    assert items[0]["body"][1] == {
        "type": "TextualBody",
        "purpose": "commenting",
        "value": "-check\nsource",
        "format": "text/plain",
    }


def test_csv_export_escapes_and_has_a_bom(
    tmp_path: Path, student: tuple[Database, uuid.UUID]
) -> None:
    db, sid = student
    path = tmp_path / "robin.csv"

    export_handin(db, fixed_ids().exercise, sid, path, fmt="csv")
    data = path.read_bytes()

    assert data.startswith(b"\xef\xbb\xbf")
    assert "'=Robin" in data.decode("utf-8-sig")
    assert '"\'-check\nsource"' in data.decode("utf-8-sig")
    assert data.count(b"\r\n") == 3


def test_bad_requests_name_the_file_and_write_nothing(
    tmp_path: Path, student: tuple[Database, uuid.UUID]
) -> None:
    db, sid = student
    target = tmp_path / "x.json"

    with pytest.raises(HandinError, match=r"x\.json: unknown export format 'pdf'"):
        export_handin(db, fixed_ids().exercise, sid, target, fmt="pdf")  # type: ignore[arg-type]
    with pytest.raises(HandinError, match=r"x\.json: nothing written, no exercise"):
        export_handin(db, uuid.uuid4(), sid, target)
    with pytest.raises(HandinError, match=r"x\.json: nothing written, no annotator"):
        export_handin(db, fixed_ids().exercise, uuid.uuid4(), target)
    assert not target.exists()
