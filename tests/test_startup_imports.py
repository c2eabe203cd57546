"""Start-up stays lean: opening the window on the sample exercise imports none of the
heavy libraries that only importing, reviewing or upgrading need (docs/performance.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("alembic", "trafilatura", "lxml", "pypdf", "docx", "numpy", "rapidfuzz",
         "jsonschema", "charset_normalizer", "odf", "mako")

PROBE = f"""
import gc, json, os, sys
os.environ["ANNOTATOR_EXIT_AFTER_PAINT"] = "1"
from annotator.cli import main
code = main([])
heavy = sorted({{m.split(".")[0] for m in sys.modules}} & set({HEAVY!r}))
print(json.dumps({{"code": code, "heavy": heavy, "gc": gc.isenabled()}}))
"""


def _start(home: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "ANNOTATOR_DATA_DIR": str(home / "data"), "ANNOTATOR_CONFIG_DIR": str(home / "config"),
           "ANNOTATOR_LOG_DIR": str(home / "log")}
    env.pop("ANNOTATOR_DB", None)
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                          text=True, timeout=90, check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[0].startswith("first-paint "), done.stdout
    return json.loads(lines[-1])


def test_first_and_second_start_import_no_heavy_library(tmp_path: Path) -> None:
    first = _start(tmp_path)
    assert (tmp_path / "data" / "annotator.sqlite3").exists()
    second = _start(tmp_path)
    assert first == {"code": 0, "heavy": [], "gc": True}
    assert second == {"code": 0, "heavy": [], "gc": True}
