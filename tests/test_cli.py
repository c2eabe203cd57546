"""The headless command line: no Qt, JSON for scripts, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from annotator import __version__
from annotator.cli import main


def test_version_from_package_metadata(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"annotator {__version__}"
    assert __version__ != "0.0.0+unknown"


def test_exercises_json_lists_the_sample(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(tmp_path / "x.db"), "exercises", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["articles"] for r in rows] == [2]


def test_annotations_of_unknown_exercise_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--db", str(tmp_path / "x.db"), "annotations", "--exercise", "ffff", "--json"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "no exercise" in err


def test_not_a_database_is_a_one_line_error(tmp_path: Path, capsys) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"this is not a database at all" * 100)
    assert main(["--db", str(bogus), "exercises"]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bogus.db" in err


def test_cli_never_imports_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from annotator.cli import main; "
        f"main(['--db', {str(tmp_path / 'y.db')!r}, 'exercises']); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_python_dash_m_prints_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0 and __version__ in result.stdout
