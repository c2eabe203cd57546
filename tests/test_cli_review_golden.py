"""``annotator review --json`` gives the very same bytes for the same class, whatever is done
to make it faster: a generated class of 12 students x 40 highlights (one of them handed in
nothing) plus an answer key, written as hand-in files and imported as an instructor's class
is, against the output the command gave before (``tests/golden/``, ids replaced by
``id-N`` in order of appearance: the generated people get new ids every time).

If the figures are *meant* to change, write the golden file again with
``ANNOTATOR_WRITE_GOLDEN=1`` and say why in the commit.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

from annotator.cli import main
from annotator.services.context import open_context
from annotator.services.review import review_figures

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden" / "review_class_12x40.json.gz"
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _class_data() -> Any:
    """``tests/benchmarks/review_classdata.py``, the benchmarks' class generator."""
    name = "review_classdata_for_golden"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            name, HERE / "benchmarks" / "review_classdata.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def _ids_numbered(text: str) -> str:
    seen: dict[str, str] = {}
    return _UUID.sub(lambda m: seen.setdefault(m.group(0), f"id-{len(seen)}"), text)


def test_review_json_is_byte_for_byte_the_same(tmp_path: Path, capsys: Any) -> None:
    made = _class_data().build_class(tmp_path, 12, per_student=40, seed=13, empty=1)
    code = main(["--db", str(made.db_path), "review", "--exercise", str(made.exercise_id),
                 "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    got = _ids_numbered(out)
    if os.environ.get("ANNOTATOR_WRITE_GOLDEN"):
        with gzip.GzipFile(GOLDEN, "wb", mtime=0) as sink:
            sink.write(got.encode("utf-8"))
    expected = gzip.decompress(GOLDEN.read_bytes()).decode("utf-8")
    if got != expected:  # show where, figure by figure
        assert json.loads(got) == json.loads(expected)
        assert got == expected  # same values, different text (number format, key order)
    figures = json.loads(got)
    assert [len(a["students"]) for a in figures["articles"]] == [0, 11]
    assert [s["status"] for s in figures["students"]].count("marked") == 11
    # the same figures as plain data (the streamed writer's quick path marks parts of them)
    ctx = open_context(f"sqlite:///{made.db_path}")
    try:
        plain = review_figures(ctx.db, made.exercise_id)
    finally:
        ctx.close()
    assert json.loads(out) == json.loads(json.dumps(plain, default=str))
