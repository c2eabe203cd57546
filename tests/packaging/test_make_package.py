"""`make package` runs the build's self-test after building, so a broken build fails it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_package_target_builds_then_runs_the_self_test_offscreen() -> None:
    done = subprocess.run(["make", "-n", "package"], cwd=ROOT, capture_output=True, text=True,
                          timeout=30, check=True)
    lines = done.stdout.splitlines()
    build = next(i for i, line in enumerate(lines) if "pyinstaller" in line)
    check = next(i for i, line in enumerate(lines) if "--self-test" in line)
    assert build < check
    assert lines[check].split() == ["QT_QPA_PLATFORM=offscreen", "dist/annotator/annotator",
                                    "--self-test"]
