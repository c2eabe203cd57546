"""Start-up stays lean: opening the window on the sample exercise imports none of the
heavy libraries that only importing, reviewing or upgrading need, and the first paint (the
opening texts, gui/first_paint.py) comes before SQLAlchemy is even imported
(docs/performance.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("alembic", "trafilatura", "lxml", "pypdf", "docx", "numpy", "rapidfuzz",
         "jsonschema", "charset_normalizer", "odf", "mako")
# Loaded when first used, not to open the window.
DEFERRED = ("annotator.gui.authoring.exercise_editor", "annotator.gui.authoring.tag_set_editor",
            "annotator.gui.authoring_undo", "annotator.gui.review.window",
            "PySide6.QtPrintSupport")
# Not before the first paint.
AFTER_PAINT = ("sqlalchemy", "annotator.storage.models", "annotator.services",
               "annotator.gui.main_window", "importlib.metadata")

PROBE = f"""
import gc, json, os, sys
os.environ["ANNOTATOR_EXIT_AFTER_PAINT"] = "1"
from annotator.gui import paint_probe
at_paint = []
first_paint = paint_probe.FirstPaintProbe.first_paint
def record(self):
    at_paint.extend(m for m in {AFTER_PAINT!r} if m in sys.modules)
    first_paint(self)
paint_probe.FirstPaintProbe.first_paint = record
from annotator.cli import main
code = main([])
heavy = sorted({{m.split(".")[0] for m in sys.modules}} & set({HEAVY!r}))
deferred = sorted(set(sys.modules) & set({DEFERRED!r}))
print(json.dumps({{"code": code, "heavy": heavy, "deferred": deferred,
                   "before_paint": at_paint, "gc": gc.isenabled()}}))
"""


def _start(home: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "ANNOTATOR_DATA_DIR": str(home / "data"), "ANNOTATOR_CONFIG_DIR": str(home / "config"),
           "ANNOTATOR_LOG_DIR": str(home / "log")}
    env.pop("ANNOTATOR_DB", None)
    # -X faulthandler: should the app ever crash here again, the failure shows where.
    done = subprocess.run([sys.executable, "-X", "faulthandler", "-c", PROBE], env=env,
                          capture_output=True, text=True, timeout=90, check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[0].startswith("first-paint ") and lines[1].startswith("ready "), done.stdout
    assert float(lines[0].split()[1]) <= float(lines[1].split()[1])
    return json.loads(lines[-1])


def test_first_and_second_start_import_no_heavy_library(tmp_path: Path) -> None:
    first = _start(tmp_path)
    assert (tmp_path / "data" / "annotator.sqlite3").exists()
    second = _start(tmp_path)
    expected = {"code": 0, "heavy": [], "deferred": [], "before_paint": [], "gc": True}
    assert first == expected
    assert second == expected
