"""`annotator export` and `annotator import` on the command line, headless."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.cli import build_parser, main
from annotator.exchange.handin import load_handin
from annotator.services.annotators import create_annotator, list_annotators
from annotator.services.context import open_context
from annotator.services.exercises import load_exercise
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise

EXERCISE = str(SAMPLE_EXERCISE_ID)[:8]


@pytest.fixture
def student_db(tmp_path: Path) -> str:
    """A database holding the sample exercise and Ada's two highlights (and a second Ben)."""
    path = str(tmp_path / "student.sqlite3")
    ctx = open_context(path)
    ensure_sample_exercise(ctx.db)
    ex = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    ada = create_annotator(ctx.db, "Ada")
    for name in ("Ben", "Ben"):
        create_annotator(ctx.db, name)
    text = ex.articles[0].text
    start = text.index("black-market factory")
    ctx.annotations.add(ex.articles[0].id, ada.id, start, start + 20, ex.tags[0].id, "=SUM(1)")
    ctx.annotations.add(ex.articles[0].id, ada.id, start + 6, start + 13, ex.tags[1].id)
    ctx.close()
    return path


def _export(db: str, out: Path, fmt: str = "handin", who: str = "Ada") -> int:
    return main(["--db", db, "export", "--exercise", EXERCISE, "--annotator", who,
                 "--format", fmt, "--output", str(out)])


def test_export_writes_every_format(student_db: str, tmp_path: Path, capsys) -> None:
    for fmt, name in (("handin", "ada.handin.json"), ("w3c", "ada.jsonld"), ("csv", "ada.csv"),
                      ("html", "ada.html")):
        assert _export(student_db, tmp_path / name, fmt) == 0
        assert f"wrote {tmp_path / name} ({fmt}) for Ada" in capsys.readouterr().out
    record = load_handin(tmp_path / "ada.handin.json")
    assert [a.exact for a in record.annotations] == ["black-market factory", "market "]
    assert json.loads((tmp_path / "ada.jsonld").read_text("utf-8"))["total"] == 2
    assert "'=SUM(1)" in (tmp_path / "ada.csv").read_text("utf-8-sig")
    html = (tmp_path / "ada.html").read_text("utf-8")
    assert html.startswith("<!DOCTYPE html>") and "=SUM(1)</td>" in html
    nested = r'>black-</span><span class="hl"[^>]*><span class="hl"[^>]*>market </span></span>'
    assert re.search(nested, html)  # "market " lies in both highlights: two nested spans


def test_html_export_runs_without_qt(student_db: str, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    code = (
        "import sys; from annotator.cli import main; "
        f"code = main(['--db', {student_db!r}, 'export', '--exercise', {EXERCISE!r}, "
        f"'--annotator', 'Ada', '--format', 'html', '--output', {str(out)!r}]); "
        "assert code == 0; "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 1000


@pytest.mark.parametrize(
    ("who", "message"),
    [("Nobody", "no annotator with id or name 'Nobody'"),
     ("Ben", "2 annotators are called 'Ben'; give the id instead")],
)
def test_export_with_an_unknown_or_ambiguous_student_is_refused(
    student_db: str, tmp_path: Path, capsys, who: str, message: str
) -> None:
    assert _export(student_db, tmp_path / "x.json", who=who) == 2
    err = capsys.readouterr().err
    assert err == f"annotator: error: {message}\n"
    assert not (tmp_path / "x.json").exists()


def test_a_name_beats_an_id_prefix(student_db: str, tmp_path: Path, capsys) -> None:
    ctx = open_context(student_db)
    ben = next(a for a in list_annotators(ctx.db) if a.display_name == "Ben")
    tricky = create_annotator(ctx.db, str(ben.id)[:6])  # a name that is also an id prefix
    ctx.close()
    assert _export(student_db, tmp_path / "t.json", who=str(ben.id)[:6]) == 0
    assert load_handin(tmp_path / "t.json").annotator.id == tricky.id
    assert _export(student_db, tmp_path / "b.json", who=str(ben.id)[:8]) == 0
    assert load_handin(tmp_path / "b.json").annotator.id == ben.id
    capsys.readouterr()


def test_export_into_a_missing_folder_is_one_line(student_db: str, tmp_path: Path, capsys) -> None:
    assert _export(student_db, tmp_path / "gone" / "x.json") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "folder does not exist" in err


def test_import_reports_each_file_and_exits_1_when_some_were_rejected(
    student_db: str, tmp_path: Path, capsys
) -> None:
    folder = tmp_path / "handins"
    folder.mkdir()
    assert _export(student_db, folder / "ada.handin.json") == 0
    (folder / "broken.json").write_text('{"format": "source-annotator-handin", "vers', "utf-8")
    capsys.readouterr()
    teacher = str(tmp_path / "teacher.sqlite3")

    assert main(["--db", teacher, "import", str(folder), "--json"]) == 1
    rows = json.loads(capsys.readouterr().out)
    assert [(r["file"], r["status"], r["imported"]) for r in rows] == [
        (str(folder / "ada.handin.json"), "imported", 2),
        (str(folder / "broken.json"), "rejected", 0),
    ]
    assert "broken.json" in rows[1]["problem"] and rows[0]["ok"] and not rows[1]["ok"]

    assert main(["--db", teacher, "import", str(folder / "ada.handin.json")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["file", "student", "imported", "reanchored", "orphaned", "status",
                              "problem"]
    assert out[1].split() == ["ada.handin.json", "Ada", "2", "0", "0", "replaced"]
    assert out[-1] == "1 of 1 file imported"


def test_import_bad_usage_exits_2(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "t.sqlite3")
    assert main(["--db", db, "import", str(tmp_path / "nope.json")]) == 2
    assert capsys.readouterr().err == f"annotator: error: {tmp_path / 'nope.json'}: no such file " \
        "or folder\n"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["--db", db, "import", str(empty)]) == 2
    assert "no *.json hand-in files found" in capsys.readouterr().err


def test_import_help_explains_the_exit_codes() -> None:
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    text = sub.choices["import"].format_help()  # type: ignore[attr-defined]
    assert "1  some files were rejected" in text and "0  every file was imported" in text


def test_import_as_a_separate_process(student_db: str, tmp_path: Path) -> None:
    assert _export(student_db, tmp_path / "ada.handin.json") == 0
    teacher = str(tmp_path / "teacher.sqlite3")
    run = subprocess.run(
        [sys.executable, "-m", "annotator", "--db", teacher, "import",
         str(tmp_path / "ada.handin.json"), "--json"],
        capture_output=True, text=True, timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)[0]["student"] == "Ada"
    check = subprocess.run(
        [sys.executable, "-m", "annotator", "--db", teacher, "annotations", "--exercise",
         EXERCISE, "--json"], capture_output=True, text=True, timeout=60,
    )
    assert sorted(r["exact"] for r in json.loads(check.stdout)) == ["black-market factory",
                                                                   "market "]


def test_import_says_when_files_went_into_more_than_one_exercise(
    student_db: str, tmp_path: Path, capsys
) -> None:
    """One student of the Riverside class handed in the sample exercise instead: the table
    said 'imported' like every other row; now the exercise is named (and in --json)."""
    import shutil

    from annotator.exchange.articles import ImportedArticle
    from annotator.services.authoring import AuthoringService

    ctx = open_context(student_db)
    other = AuthoringService(ctx.db, ctx.bus).create_exercise(
        "Riverside library", articles=[ImportedArticle("The council voted to close it.")])
    ada = next(a for a in list_annotators(ctx.db) if a.display_name == "Ada")
    article = load_exercise(ctx.db, other).articles[0]
    ctx.annotations.add(article.id, ada.id, 4, 11, load_exercise(ctx.db, other).tags[0].id)
    ctx.close()
    teacher = str(tmp_path / "teacher.sqlite3")
    shutil.copy(student_db, teacher)
    folder = tmp_path / "handins"
    folder.mkdir()
    assert _export(student_db, folder / "a-sample.handin.json") == 0
    assert main(["--db", student_db, "export", "--exercise", str(other), "--annotator", "Ada",
                 "--output", str(folder / "b-riverside.handin.json")]) == 0
    capsys.readouterr()

    assert main(["--db", teacher, "import", str(folder)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == ("The imported files were for 2 exercises: “Who is behind North "
                       "Korea's missile engines?” (1 file), “Riverside library” (1 file)")
    assert main(["--db", teacher, "import", str(folder), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["exercise"], r["exercise_id"]) for r in rows] == [
        ("Who is behind North Korea's missile engines?", str(SAMPLE_EXERCISE_ID)),
        ("Riverside library", str(other))]


def test_export_w3c_standalone_gives_each_annotation_its_context(student_db: str,
                                                                  tmp_path: Path) -> None:
    out = tmp_path / "ada.jsonld"
    assert main(["--db", student_db, "export", "--exercise", EXERCISE, "--annotator", "Ada",
                 "--format", "w3c", "--standalone", "--output", str(out)]) == 0
    items = json.loads(out.read_text("utf-8"))["first"]["items"]
    assert [item["@context"] for item in items] == ["http://www.w3.org/ns/anno.jsonld"] * 2
    assert all("modified" not in item for item in items)  # never edited
