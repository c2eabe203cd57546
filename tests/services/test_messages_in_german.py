"""A refused hand-in import says why in the instructor's language, file name in front."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from handin_fixtures import QUOTES, Ids, fixed_ids, mutate, new_db, seed_exercise, student_handin

from annotator.core import i18n
from annotator.services.handins import ImportStatus, import_handins
from annotator.storage.database import Database


@pytest.fixture
def classroom(tmp_path: Path) -> Iterator[tuple[Database, Ids]]:
    ids = fixed_ids()
    db = new_db(tmp_path, "instructor.sqlite")
    seed_exercise(db, ids)
    yield db, ids
    db.close()


def test_a_copied_handin_is_refused_in_german(
    tmp_path: Path, classroom: tuple[Database, Ids]
) -> None:
    db, ids = classroom
    original, _ = student_handin(tmp_path, ids, "Author", QUOTES, file_name="orig.json")
    copy = tmp_path / "copy.json"
    copy.write_bytes(original.read_bytes())
    mutate(copy, lambda d: d["annotator"].update(id=str(uuid.uuid4()), display_name="Copier"))
    import_handins(db, [original])
    i18n.set_language("de")

    result = import_handins(db, [copy])[0]

    assert result.status == ImportStatus.REJECTED
    assert result.problem == (
        f"{copy}: enthält Anmerkungen, die bereits für 'Author' importiert wurden "
        "(eine kopierte Abgabe?); nicht importiert")
