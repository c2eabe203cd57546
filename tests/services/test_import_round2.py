"""Issue 18 and 13: hand-ins that crashed the import, overwrote other people, or were
quietly dropped or guessed at. Each test reproduces what was found, then checks the fix."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
from handin_fixtures import (
    QUOTES,
    TEXT_A,
    Ids,
    add_student,
    annotate,
    fixed_ids,
    mutate,
    new_db,
    seed_exercise,
    spans,
    student_handin,
    table_counts,
)
from sqlalchemy import select

from annotator.exchange import handin as handin_format
from annotator.services import handin_import
from annotator.services.handins import ImportStatus, import_handins, list_handins
from annotator.storage.database import Database
from annotator.storage.models import Annotation, Annotator, Handin, OrphanAnnotation, Role


@pytest.fixture
def ids() -> Ids:
    return fixed_ids()


@pytest.fixture
def classroom(tmp_path: Path, ids: Ids) -> Iterator[Database]:
    db = new_db(tmp_path, "instructor.sqlite")
    seed_exercise(db, ids)
    yield db
    db.close()


def _good(tmp_path: Path, ids: Ids, name: str = "Good") -> tuple[Path, uuid.UUID]:
    return student_handin(tmp_path, ids, name, QUOTES, file_name=f"{name}.json")


# -- issue 18, item 4: one file's exception never aborts the batch ------------------------


def test_a_float_offset_is_read_as_the_integer_it_is_and_the_batch_goes_on(
    tmp_path: Path, ids: Ids, classroom: Database
) -> None:
    odd, sid = student_handin(tmp_path, ids, "Float", QUOTES[:1], file_name="float.json")
    raw = json.loads(odd.read_text("utf-8"))
    start, end = raw["annotations"][0]["start"], raw["annotations"][0]["end"]
    mutate(odd, lambda d: d["annotations"][0].update(start=float(start), end=float(end)))
    good, good_id = _good(tmp_path, ids)

    results = import_handins(classroom, [odd, good])

    assert [r.status for r in results] == [ImportStatus.IMPORTED, ImportStatus.IMPORTED]
    assert spans(classroom, sid)[0][:2] == (start, end)
    assert len(spans(classroom, good_id)) == 3


def test_a_fractional_offset_is_refused_in_one_line(
    tmp_path: Path, ids: Ids, classroom: Database
) -> None:
    odd, _ = student_handin(tmp_path, ids, "Frac", QUOTES[:1], file_name="frac.json")
    mutate(odd, lambda d: d["annotations"][0].update(start=1.5))
    good, _ = _good(tmp_path, ids)

    results = import_handins(classroom, [odd, good])

    assert [r.status for r in results] == [ImportStatus.REJECTED, ImportStatus.IMPORTED]
    assert results[0].problem.startswith(str(odd))
    assert "\n" not in results[0].problem


def test_an_orphan_beyond_any_integer_is_refused_and_the_batch_goes_on(
    tmp_path: Path, ids: Ids, classroom: Database
) -> None:
    huge, _ = student_handin(tmp_path, ids, "Huge", QUOTES[:1], file_name="huge.json")

    def far(document: dict[str, object]) -> None:
        annotation = document["annotations"][0]  # type: ignore[index]
        annotation.update(start=2**63, end=2**63 + len(annotation["exact"]))

    mutate(huge, far)
    good, good_id = _good(tmp_path, ids)
    before = table_counts(classroom)

    results = import_handins(classroom, [huge, good])

    assert [r.status for r in results] == [ImportStatus.REJECTED, ImportStatus.IMPORTED]
    assert str(huge) in results[0].problem
    assert table_counts(classroom)["annotation"] == before["annotation"] + 3
    assert len(spans(classroom, good_id)) == 3


def test_any_unexpected_error_in_one_file_rejects_that_file_only(
    tmp_path: Path, ids: Ids, classroom: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad, _ = student_handin(tmp_path, ids, "Boom", QUOTES[:1], file_name="boom.json")
    good, good_id = _good(tmp_path, ids)
    real = handin_import.place

    def explode(record, *args, **kwargs):  # type: ignore[no-untyped-def]
        if record.annotator.display_name == "Boom":
            raise ZeroDivisionError("a bug")
        return real(record, *args, **kwargs)

    monkeypatch.setattr(handin_import, "place", explode)

    results = import_handins(classroom, [bad, good])

    assert [r.status for r in results] == [ImportStatus.REJECTED, ImportStatus.IMPORTED]
    assert results[0].problem.startswith(f"{bad}: ")
    assert "ZeroDivisionError" in results[0].problem
    assert len(spans(classroom, good_id)) == 3
    with classroom.session() as s:
        assert s.scalars(select(Annotator).where(Annotator.display_name == "Boom")).first() is None


# -- item 5: reject on the first error, caps before validating ----------------------------


def test_a_flood_of_empty_objects_is_refused_by_its_count_before_validation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "flood.json"
    document = {"format": "source-annotator-handin", "annotations": [{}] * 1_000_000}
    path.write_text(json.dumps(document), "utf-8")

    def never(*_a: object, **_k: object) -> None:
        raise AssertionError("the schema must not be run on a file over the caps")

    monkeypatch.setattr(handin_format, "_schema_problem", never)

    with pytest.raises(handin_format.HandinError, match="too many annotations"):
        handin_format.load_handin(path)


def test_schema_errors_stop_at_the_first_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "many-errors.json"
    document = {"format": "source-annotator-handin", "annotations": [{}] * 20_000}
    path.write_text(json.dumps(document), "utf-8")

    def never(*_a: object, **_k: object) -> None:
        raise AssertionError("collecting every error is what took minutes")

    monkeypatch.setattr(jsonschema.Draft7Validator, "iter_errors", never)

    with pytest.raises(handin_format.HandinError, match="does not match the hand-in schema"):
        handin_format.load_handin(path)


# -- item 6: a hand-in only ever touches students made from hand-ins ----------------------


@pytest.mark.parametrize("role", [Role.KEY, Role.INSTRUCTOR, Role.STUDENT])
def test_a_handin_naming_someone_not_made_from_handins_becomes_a_new_student(
    tmp_path: Path, ids: Ids, classroom: Database, role: Role
) -> None:
    with classroom.session() as s:
        s.add(Annotator(id=(victim := uuid.uuid4()), display_name="Keeper", role=role))
    annotate(classroom, ids, victim, 0, "Critics disagree.")
    kept = spans(classroom, victim)
    attack, _ = student_handin(tmp_path, ids, "Mallory", QUOTES, student_id=victim,
                               file_name="attack.json")
    before = table_counts(classroom)

    [result] = import_handins(classroom, [attack])

    assert result.ok
    assert "new student" in result.problem
    assert spans(classroom, victim) == kept
    with classroom.session() as s:
        person = s.get(Annotator, victim)
        assert person is not None and (person.display_name, person.role) == ("Keeper", role)
        assert s.scalars(select(Handin).where(Handin.annotator_id == victim)).first() is None
        mallory = s.scalars(select(Annotator).where(Annotator.display_name == "Mallory")).one()
        assert mallory.id != victim and mallory.role == Role.STUDENT
    assert len(spans(classroom, mallory.id)) == 3
    assert table_counts(classroom)["annotator"] == before["annotator"] + 1

    # Importing the same file again replaces that new student's work, nobody else's.
    [again] = import_handins(classroom, [attack])
    assert again.status == ImportStatus.REPLACED
    assert spans(classroom, victim) == kept
    assert table_counts(classroom)["annotator"] == before["annotator"] + 1


def test_a_handin_replaces_a_student_an_earlier_handin_made(
    tmp_path: Path, ids: Ids, classroom: Database
) -> None:
    first, sid = student_handin(tmp_path, ids, "Alex", QUOTES, file_name="a.json")
    import_handins(classroom, [first])
    second, _ = student_handin(tmp_path, ids, "Alex B.", QUOTES[:1], student_id=sid,
                               file_name="b.json")

    [result] = import_handins(classroom, [second])

    assert (result.status, result.problem) == (ImportStatus.REPLACED, "")
    with classroom.session() as s:
        assert s.get(Annotator, sid).display_name == "Alex B."  # type: ignore[union-attr]


# -- item 9: names --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_an_empty_or_blank_name_is_refused(
    tmp_path: Path, ids: Ids, classroom: Database, name: str
) -> None:
    path, _ = student_handin(tmp_path, ids, "Someone", QUOTES[:1], file_name="blank.json")
    mutate(path, lambda d: d["annotator"].update(display_name=name))
    before = table_counts(classroom)

    [result] = import_handins(classroom, [path])

    assert result.status == ImportStatus.REJECTED
    assert "name" in result.problem
    assert table_counts(classroom) == before


# -- issue 13: duplicates, re-anchoring guesses, empty hand-ins ----------------------------


def test_two_identical_handins_are_both_reported_as_duplicates_of_each_other(
    tmp_path: Path, ids: Ids, classroom: Database
) -> None:
    original, _ = student_handin(tmp_path, ids, "Author", QUOTES, file_name="b-orig.json")
    copy = tmp_path / "a-copy.json"
    copy.write_bytes(original.read_bytes())
    mutate(copy, lambda d: d["annotator"].update(id=str(uuid.uuid4()), display_name="Copier"))
    good, _ = _good(tmp_path, ids)
    before = table_counts(classroom)

    results = import_handins(classroom, [copy, original, good])

    assert [r.status for r in results] == [
        ImportStatus.DUPLICATE, ImportStatus.DUPLICATE, ImportStatus.IMPORTED]
    assert "b-orig.json" in results[0].problem and "Author" in results[0].problem
    assert "a-copy.json" in results[1].problem and "Copier" in results[1].problem
    assert table_counts(classroom)["annotation"] == before["annotation"] + 3

    # The instructor chooses: importing the one to keep on its own works.
    [chosen] = import_handins(classroom, [original])
    assert chosen.status == ImportStatus.IMPORTED


def test_a_span_outside_its_own_text_is_an_orphan_not_a_guess(
    tmp_path: Path, ids: Ids, classroom: Database
) -> None:
    path, sid = student_handin(tmp_path, ids, "Off", [(0, "The plan will work")],
                               file_name="off.json")

    def push_out(document: dict[str, object]) -> None:
        annotation = document["annotations"][0]  # type: ignore[index]
        annotation.update(start=len(TEXT_A) + 10, end=len(TEXT_A) + 10 + len(annotation["exact"]))

    mutate(path, push_out)

    [result] = import_handins(classroom, [path])

    assert (result.imported, result.reanchored, result.orphaned) == (0, 0, 1)
    assert spans(classroom, sid) == []
    with classroom.session() as s:
        orphan = s.scalars(select(OrphanAnnotation)).one()
        assert orphan.original_start == len(TEXT_A) + 10


def test_a_handin_with_nothing_marked_is_imported_and_says_so(
    tmp_path: Path, ids: Ids, classroom: Database
) -> None:
    path, sid = student_handin(tmp_path, ids, "Blank", [], file_name="blank.json")

    [result] = import_handins(classroom, [path])

    assert result.status == ImportStatus.IMPORTED
    assert result.imported == 0
    assert "nothing marked" in result.problem
    with classroom.session() as s:
        assert s.get(Annotator, sid) is not None
        assert s.scalars(select(Handin).where(Handin.annotator_id == sid)).one()
        assert s.scalars(select(Annotation).where(Annotation.annotator_id == sid)).first() is None
    assert [h.student for h in list_handins(classroom, ids.exercise)] == ["Blank"]


def test_one_backup_per_import_run(tmp_path: Path, ids: Ids, classroom: Database,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    files = [student_handin(tmp_path, ids, f"S{i}", QUOTES[:1], file_name=f"{i}.json")[0]
             for i in range(4)]
    made: list[str] = []
    monkeypatch.setattr(handin_import, "backup_before",
                        lambda _db, reason: made.append(reason))

    results = import_handins(classroom, files)

    assert all(r.ok for r in results)
    assert made == ["before-import"]


def test_a_student_made_locally_keeps_their_work_even_with_a_local_student_seed(
    tmp_path: Path, ids: Ids, classroom: Database
) -> None:
    local = add_student(classroom, "Local")
    annotate(classroom, ids, local, 1, "gamble")
    good, _ = _good(tmp_path, ids)
    import_handins(classroom, [good])
    assert [q for *_x, q, _n in spans(classroom, local)] == ["gamble"]


def test_many_copies_of_one_file_are_all_duplicates_and_said_briefly(
    tmp_path: Path, ids: Ids, classroom: Database
) -> None:
    original, _ = student_handin(tmp_path, ids, "Author", QUOTES, file_name="orig.json")
    copies = [original]
    for n in range(6):
        copy = tmp_path / f"copy-{n}.json"
        copy.write_bytes(original.read_bytes())
        mutate(copy, lambda d, n=n: d["annotator"].update(id=str(uuid.uuid4()),
                                                         display_name=f"C{n}"))
        copies.append(copy)

    results = import_handins(classroom, copies)

    assert {r.status for r in results} == {ImportStatus.DUPLICATE}
    assert all(len(r.duplicate_of) == 6 for r in results)
    assert "and 3 more" in results[0].problem
    assert table_counts(classroom)["annotation"] == 0


def test_the_cli_says_which_duplicate_is_which(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from handin_mutations import class_setup

    from annotator.cli import main
    from annotator.services.context import open_context
    from annotator.services.sample import ensure_sample_exercise

    setup = class_setup(tmp_path / "setup", students=1)
    folder = tmp_path / "inbox"
    folder.mkdir()
    first = folder / "ana.json"
    first.write_bytes(setup.handins[0])
    second = folder / "bo.json"
    second.write_bytes(setup.handins[0])
    mutate(second, lambda d: d["annotator"].update(id=str(uuid.uuid4()), display_name="Bo"))
    teacher = tmp_path / "teacher.sqlite3"
    ctx = open_context(str(teacher))
    ensure_sample_exercise(ctx.db)
    ctx.close()

    assert main(["--db", str(teacher), "import", str(folder)]) == 1

    out = capsys.readouterr().out
    ana_line = next(line for line in out.splitlines() if line.startswith("ana.json"))
    bo_line = next(line for line in out.splitlines() if line.startswith("bo.json"))
    assert "duplicate" in ana_line and "bo.json (Bo)" in ana_line
    assert "duplicate" in bo_line and "ana.json (Student 0)" in bo_line
