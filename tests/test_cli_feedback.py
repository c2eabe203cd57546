"""`annotator feedback` writes one file per student; `export` records a hand-in attempt."""

from __future__ import annotations

import json
from pathlib import Path

from feedback_scenario import build_classroom

from annotator.cli import main
from annotator.exchange.feedback import load_feedback
from annotator.services.feedback_student import list_attempts
from annotator.services.sample import SAMPLE_EXERCISE_ID

EXERCISE = str(SAMPLE_EXERCISE_ID)[:8]


def test_feedback_command_writes_a_file_per_student(tmp_path: Path, capsys) -> None:
    room = build_classroom(tmp_path / "class")
    room.close()
    db = str(room.folder / "teacher.sqlite")
    out = tmp_path / "returned"

    code = main(["--db", db, "feedback", "--exercise", EXERCISE, "--output", str(out),
                 "--include", "key,scores", "--json"])

    assert code == 0
    rows = json.loads(capsys.readouterr().out)
    assert sorted(r["student"] for r in rows) == ["Alice", "Bob", "Cara"]
    for row in rows:
        record = load_feedback(row["file"])
        assert record.includes == ("key", "scores")
        assert record.comments is None
    assert len(list(out.glob("*.feedback.json"))) == 3


def test_feedback_command_refuses_an_unknown_part(tmp_path: Path, capsys) -> None:
    code = main(["--db", str(tmp_path / "x.sqlite"), "feedback", "--exercise", EXERCISE,
                 "--output", str(tmp_path), "--include", "key,grades"])

    assert code == 2
    err = capsys.readouterr().err
    assert "unknown part 'grades'" in err
    assert err.count("\n") == 1


def test_feedback_command_says_when_nobody_handed_in(tmp_path: Path, capsys) -> None:
    code = main(["--db", str(tmp_path / "x.sqlite"), "feedback", "--exercise", EXERCISE,
                 "--output", str(tmp_path / "out")])

    assert code == 2
    assert "nobody has handed in" in capsys.readouterr().err


def test_export_as_a_student_records_an_attempt(tmp_path: Path, capsys) -> None:
    room = build_classroom(tmp_path / "class")
    alice = room.students["Alice"]
    room.close()
    db = str(room.folder / "alice.sqlite")

    assert main(["--db", db, "export", "--exercise", EXERCISE, "--annotator", "Alice",
                 "--output", str(tmp_path / "again.handin.json")]) == 0

    from annotator.storage.database import open_database

    reopened = open_database(f"sqlite:///{db}")
    assert [a.number for a in list_attempts(reopened, SAMPLE_EXERCISE_ID, alice.id)] == [1, 2]
    reopened.close()
