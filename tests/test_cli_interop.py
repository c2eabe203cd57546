"""`annotator export-project`, `import-project`, `gradebook` and `gradebook-ids`."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest
from qda_fixtures import make_class

from annotator.cli import main


@pytest.fixture
def class_db(tmp_path: Path) -> tuple[str, str]:
    klass = make_class(tmp_path / "class.sqlite3")
    exercise = str(klass.exercise.id)[:8]
    klass.ctx.close()
    return str(tmp_path / "class.sqlite3"), exercise


def test_export_project_then_import_it_into_another_database(class_db, tmp_path: Path,
                                                             capsys) -> None:
    db, exercise = class_db
    out = tmp_path / "class.qdpx"
    assert main(["--db", db, "export-project", "--exercise", exercise, "--output",
                 str(out)]) == 0
    assert "4 selections, 1 link" in capsys.readouterr().out
    assert "project.qde" in zipfile.ZipFile(out).namelist()

    fresh = str(tmp_path / "fresh.sqlite3")
    assert main(["--db", fresh, "import-project", str(out), "--exercise", exercise,
                 "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["ok"], row["coders"], row["imported"], row["links"]) == (True, 3, 4, 1)


def test_import_project_reports_a_bad_file_and_exits_1(class_db, tmp_path: Path,
                                                       capsys) -> None:
    db, exercise = class_db
    bad = tmp_path / "bad.qdpx"
    bad.write_text("not a zip", encoding="utf-8")
    assert main(["--db", db, "import-project", str(bad), "--exercise", exercise]) == 1
    assert capsys.readouterr().out.startswith("bad.qdpx: not imported: bad.qdpx: not a zip")
    assert main(["--db", db, "import-project", str(tmp_path / "none.qdpx"), "--exercise",
                 exercise]) == 2


def test_gradebook_ids_then_gradebook(class_db, tmp_path: Path, capsys) -> None:
    db, exercise = class_db
    ids = tmp_path / "ids.csv"
    ids.write_text("student,identifier\n=Ben,20231234\n", encoding="utf-8")
    assert main(["--db", db, "gradebook-ids", "--platform", "moodle", "--set",
                 "Ada Lovelace=ada@school.org", "--from-csv", str(ids)]) == 0
    assert "2 moodle identifiers changed" in capsys.readouterr().out
    assert main(["--db", db, "gradebook-ids", "--platform", "canvas", "--exercise",
                 exercise, "--json"]) == 0
    assert [r["identifier"] for r in json.loads(capsys.readouterr().out)] == ["", ""]

    out = tmp_path / "grades.csv"
    assert main(["--db", db, "gradebook", "--exercise", exercise, "--platform", "moodle",
                 "--output", str(out)]) == 0
    captured = capsys.readouterr()
    assert "2 students" in captured.out and captured.err == ""
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"), newline="")))
    assert rows[1:] == [["20231234", "", "'=Ben", "0.0"],
                        ["", "ada@school.org", "Ada Lovelace", "100.0"]]
    assert main(["--db", db, "gradebook", "--exercise", exercise, "--platform", "canvas",
                 "--output", str(tmp_path / "c.csv")]) == 0
    assert "2 students have no canvas identifier" in capsys.readouterr().err


def test_gradebook_ids_refuses_a_bad_pair(class_db, capsys) -> None:
    db, _ = class_db
    assert main(["--db", db, "gradebook-ids", "--platform", "moodle", "--set", "Ada"]) == 2
    assert "STUDENT=IDENTIFIER" in capsys.readouterr().err
