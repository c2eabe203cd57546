"""Command output never fails on a character the output's encoding lacks (Windows writes
redirected output in the ANSI code page, the console in an OEM one)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from annotator.cli import safe_output


class _Console(io.TextIOWrapper):
    def isatty(self) -> bool:
        return True


def test_redirected_output_becomes_utf8() -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252")
    safe_output(stream)
    stream.write("Κρίση “quoted” ok")
    stream.flush()
    assert raw.getvalue().decode("utf-8") == "Κρίση “quoted” ok"


def test_a_console_keeps_its_code_page_and_replaces_what_it_cannot_show() -> None:
    raw = io.BytesIO()
    stream = _Console(raw, encoding="cp437")
    safe_output(stream)
    stream.write("Κρίση ok")
    stream.flush()
    assert stream.encoding == "cp437"
    assert raw.getvalue().decode("cp437").endswith(" ok")


def test_the_self_test_passes_with_a_windows_code_page(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "cp437", "QT_QPA_PLATFORM": "offscreen",
           "ANNOTATOR_DATA_DIR": str(tmp_path / "data"),
           "ANNOTATOR_CONFIG_DIR": str(tmp_path / "config"),
           "ANNOTATOR_LOG_DIR": str(tmp_path / "log")}
    done = subprocess.run([sys.executable, "-m", "annotator", "--self-test"], env=env,
                          capture_output=True, timeout=120, check=False)
    out = done.stdout.decode("utf-8")
    assert done.returncode == 0, out + done.stderr.decode("utf-8", "replace")
    assert "“Russia" in out and out.rstrip().endswith("ok")
