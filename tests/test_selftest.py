"""``annotator --self-test`` checks an installation end to end and leaves no trace."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator import __version__
from annotator.selftest import run_self_test

ROOT = Path(__file__).resolve().parent.parent


def test_self_test_passes_in_a_subprocess_and_touches_no_user_folder(
    isolated_folders: Path,
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "--self-test"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"Source Annotator {__version__} self-test")
    assert lines[-1] == "ok"
    assert any(line.startswith("migrations: ") and line.endswith(" ok") for line in lines)
    assert any("written and read back" in line for line in lines)
    database = next(line for line in lines if line.startswith("database: "))
    assert not Path(database.removeprefix("database: ")).exists()  # the temp folder is gone
    assert not isolated_folders.exists()  # no data, config or log folder was created


def test_missing_migrations_fail_with_one_line_naming_the_step(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # What a frozen build without its migration modules looks like to Alembic.
    monkeypatch.setattr("annotator.storage.database.MIGRATIONS", "annotator.storage:nowhere")
    out = io.StringIO()
    assert run_self_test(out) == 1
    last = out.getvalue().splitlines()[-1]
    assert last.startswith("self-test failed: migrations: ")
    assert "ok" not in out.getvalue().splitlines()
