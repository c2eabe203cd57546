"""Importing hand-ins as an instructor would: a folder of files, replacing, re-anchoring."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from handin_fixtures import (
    QUOTES,
    T0,
    TEXT_A,
    TEXT_B,
    Ids,
    fixed_ids,
    mutate,
    new_db,
    seed_exercise,
    spans,
    student_handin,
    table_counts,
    truncate,
)
from sqlalchemy import select

from annotator.exchange.handin import content_checksum
from annotator.services.handins import (
    ImportStatus,
    import_handins,
    list_handins,
    list_orphans,
)
from annotator.storage.database import Database
from annotator.storage.models import Annotator, Handin, OrphanAnnotation

# Run on SQLite and PostgreSQL (tests/conftest.py, tests/services/conftest.py).
pytestmark = pytest.mark.usefixtures("backend")

@pytest.fixture
def ids() -> Ids:
    return fixed_ids()


@pytest.fixture
def classroom(tmp_path: Path, ids: Ids) -> Iterator[Database]:
    db = new_db(tmp_path, "instructor.sqlite")
    seed_exercise(db, ids)
    yield db
    db.close()


def test_a_folder_of_handins_is_imported_with_one_row_per_file(
    tmp_path: Path, ids: Ids, classroom: Database
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    path_a, sid_a = student_handin(folder, ids, "Alex", QUOTES)
    path_b, _sid_b = student_handin(folder, ids, "Sam", QUOTES[:1])
    for extra in folder.glob("*.sqlite*"):
        extra.unlink()
    (folder / "notes.txt").write_text("not a hand-in")
    seen: list[tuple[int, int]] = []

    results = import_handins(classroom, [folder], progress=lambda i, n, _f: seen.append((i, n)))

    assert sorted(r.file for r in results) == sorted([path_a, path_b])
    by_student = {r.student: r for r in results}
    assert by_student["Alex"].status == ImportStatus.IMPORTED
    assert (by_student["Alex"].imported, by_student["Alex"].reanchored) == (3, 0)
    assert by_student["Sam"].imported == 1
    assert seen[0] == (0, 2)
    assert seen[-1] == (2, 2)
    assert sorted(q for _s, _e, q, _n in spans(classroom, sid_a)) == sorted(q for _a, q in QUOTES)
    counts = table_counts(classroom)
    assert counts["link"] == 1
    assert counts["answer"] == 4
    assert counts["handin"] == 2


def test_same_or_newer_handin_replaces_and_older_is_refused(
    tmp_path: Path, ids: Ids, classroom: Database
) -> None:
    sid = uuid.uuid4()
    first, _ = student_handin(tmp_path, ids, "Alex", QUOTES, student_id=sid, file_name="a1.json")
    newer, _ = student_handin(
        tmp_path,
        ids,
        "Alex",
        QUOTES[:1],
        student_id=sid,
        handed_in=T0 + timedelta(hours=2),
        file_name="a2.json",
    )
    older, _ = student_handin(
        tmp_path,
        ids,
        "Alex",
        QUOTES[1:],
        student_id=sid,
        handed_in=T0 - timedelta(days=1),
        file_name="a0.json",
    )

    assert import_handins(classroom, [first])[0].status == ImportStatus.IMPORTED
    again = import_handins(classroom, [first])[0]
    assert again.status == ImportStatus.REPLACED
    assert again.imported == 3
    assert len(spans(classroom, sid)) == 3
    assert table_counts(classroom)["annotation"] == 3

    assert import_handins(classroom, [newer])[0].status == ImportStatus.REPLACED
    assert [q for *_x, q, _n in spans(classroom, sid)] == ['the plan "will work"']
    before = table_counts(classroom)

    refused = import_handins(classroom, [older])[0]

    assert refused.status == ImportStatus.OLDER
    assert str(older) in refused.problem
    assert "older" in refused.problem
    assert table_counts(classroom) == before
    assert [q for *_x, q, _n in spans(classroom, sid)] == ['the plan "will work"']
    (summary,) = list_handins(classroom, ids.exercise)
    assert (summary.student, summary.handed_in) == ("Alex", T0 + timedelta(hours=2))
    with classroom.session() as s:
        row = s.scalars(select(Handin)).one()
        assert row.handed_in == T0 + timedelta(hours=2)
        assert row.source_file == str(newer)


def test_two_students_with_the_same_display_name_stay_distinct(
    tmp_path: Path, ids: Ids, classroom: Database
) -> None:
    one, sid_one = student_handin(tmp_path, ids, "Alex Smith", QUOTES[:1])
    two, sid_two = student_handin(tmp_path, ids, "Alex Smith", QUOTES[1:])

    results = import_handins(classroom, [one, two])

    assert [r.status for r in results] == [ImportStatus.IMPORTED, ImportStatus.IMPORTED]
    with classroom.session() as s:
        people = s.scalars(select(Annotator).where(Annotator.display_name == "Alex Smith")).all()
        assert {p.id for p in people} == {sid_one, sid_two}
    assert len(spans(classroom, sid_one)) == 1
    assert len(spans(classroom, sid_two)) == 2


def test_changed_article_text_is_reanchored_and_lost_quotes_kept_as_orphans(
    tmp_path: Path, ids: Ids
) -> None:
    # The student worked on an older wording of article A; the instructor has the new one.
    old_a = TEXT_A.replace("Critics disagree.", 'Critics disagree, and "loudly".')
    path, sid = student_handin(
        tmp_path,
        ids,
        "Alex",
        [(0, 'the plan "will work"'), (0, 'Critics disagree, and "loudly".'), (1, "1,200 jobs")],
        texts=(old_a, TEXT_B),
    )
    new_a = "Breaking: a late update. " + TEXT_A.replace('"will work"', "“will work”")
    db = new_db(tmp_path, "instructor2.sqlite")
    seed_exercise(db, ids, (new_a, TEXT_B))

    result = import_handins(db, [path])[0]

    assert result.status == ImportStatus.IMPORTED
    assert (result.imported, result.reanchored, result.orphaned) == (2, 1, 1)
    assert "orphan" in result.problem
    assert "link" in result.problem
    placed = spans(db, sid)
    assert placed[0][2] == "the plan “will work”"
    assert new_a[placed[0][0] : placed[0][1]] == "the plan “will work”"
    assert placed[1][2] == "1,200 jobs"
    (listed,) = list_orphans(db, ids.exercise)
    assert (listed.student, listed.tag_key, listed.article_title) == ("Alex", "claim", "Article 1")
    assert (listed.original_start, listed.original_end) == (
        old_a.index("Critics"),
        old_a.index("Critics") + len('Critics disagree, and "loudly".'),
    )
    with db.session() as s:
        orphan = s.scalars(select(OrphanAnnotation)).one()
        assert orphan.exact == 'Critics disagree, and "loudly".'
        assert orphan.note == 'note on Critics disagree, and "loudly".'
        assert orphan.annotator_id == sid
        assert orphan.article_id == ids.articles[0]
    db.close()


def test_one_bad_file_does_not_stop_the_others(
    tmp_path: Path, ids: Ids, classroom: Database
) -> None:
    first, sid1 = student_handin(tmp_path, ids, "First", QUOTES, file_name="1.json")
    bad, _ = student_handin(tmp_path, ids, "Bad", QUOTES, file_name="2.json")
    last, sid3 = student_handin(tmp_path, ids, "Last", QUOTES[:2], file_name="3.json")
    truncate(bad)

    results = import_handins(classroom, [first, bad, last, tmp_path / "missing.json"])

    assert [r.status for r in results] == ["imported", "rejected", "imported", "rejected"]
    assert "missing.json" in results[3].problem
    assert len(spans(classroom, sid1)) == 3
    assert len(spans(classroom, sid3)) == 2


def test_a_copied_handin_with_another_students_annotations_is_refused(
    tmp_path: Path, ids: Ids, classroom: Database
) -> None:
    original, _ = student_handin(tmp_path, ids, "Author", QUOTES, file_name="orig.json")
    copy = tmp_path / "copy.json"
    copy.write_bytes(original.read_bytes())
    mutate(copy, lambda d: d["annotator"].update(id=str(uuid.uuid4()), display_name="Copier"))
    import_handins(classroom, [original])
    before = table_counts(classroom)

    result = import_handins(classroom, [copy])[0]

    assert result.status == ImportStatus.REJECTED
    assert "'Author'" in result.problem
    assert table_counts(classroom) == before


def test_cancel_stops_before_the_next_file(tmp_path: Path, ids: Ids, classroom: Database) -> None:
    files = [
        student_handin(tmp_path, ids, f"S{i}", QUOTES[:1], file_name=f"{i}.json")[0]
        for i in range(3)
    ]
    calls: list[Path] = []

    def progress(_i: int, _n: int, file: Path) -> None:
        calls.append(file)

    results = import_handins(classroom, files, progress, cancelled=lambda: len(calls) >= 1)

    assert [r.status for r in results] == ["imported", "cancelled", "cancelled"]
    assert table_counts(classroom)["handin"] == 1


def test_forty_handins_of_300_annotations_all_import(
    tmp_path: Path, ids: Ids, classroom: Database
) -> None:
    path, _ = student_handin(tmp_path, ids, "Template", [(0, "plan")])
    template = json.loads(path.read_text("utf-8"))
    base = template["annotations"][0]
    words = [(k % (len(TEXT_A) - 20), k % (len(TEXT_A) - 20) + 4 + k % 13) for k in range(300)]
    files = []
    for n in range(40):
        document = json.loads(json.dumps(template))
        document["annotator"]["id"] = str(uuid.uuid4())
        document["annotator"]["display_name"] = f"Student {n}"
        document["links"] = []
        document["annotations"] = [
            {
                **base,
                "id": str(uuid.uuid4()),
                "start": s,
                "end": e,
                "exact": TEXT_A[s:e],
                "prefix": TEXT_A[max(0, s - 32) : s],
                "suffix": TEXT_A[e : e + 32],
            }
            for s, e in words
        ]
        document["checksum"] = content_checksum(document)
        file = tmp_path / f"bulk-{n}.json"
        file.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
        files.append(file)

    # Speed is measured by tests/benchmarks/bench_handin_import.py against a floor, never
    # here: a busy machine must not turn the suite red.
    results = import_handins(classroom, files)

    assert [(r.status, r.imported, r.problem) for r in results] == [("imported", 300, "")] * 40
    assert table_counts(classroom)["annotation"] == 40 * 300


def test_a_handin_cannot_make_its_author_the_answer_key(
    tmp_path: Path, ids: Ids, classroom: Database
) -> None:
    path, sid = student_handin(tmp_path, ids, "Mallory", QUOTES[:1])
    mutate(path, lambda doc: doc["annotator"].update(role="key"))
    [result] = import_handins(classroom, [path])
    assert result.ok
    with classroom.session() as session:
        person = session.get(Annotator, sid)
        assert person is not None
        assert person.role.value == "student"
