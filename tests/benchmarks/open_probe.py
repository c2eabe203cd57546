"""Run by bench_open_scale.py in a fresh process: make a database holding one article of
WORDS words carrying COUNT annotations of one student, then time the main window opening
on it (built, the student set, shown, painted) and print one JSON line with that time and
the process's peak RSS.

``python open_probe.py WORDS COUNT``
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_workspace import make_text, random_spans
from harness import peak_rss_mb


def main(words: int, count: int) -> int:
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import insert

    from annotator.core.text import fingerprint, normalise_text, quote_context
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings
    from annotator.services.annotators import create_annotator
    from annotator.services.context import open_context
    from annotator.services.exercises import load_exercise
    from annotator.services.sample import DEFAULT_TAG_SET_ID, ensure_sample_exercise
    from annotator.storage import models as m

    app = QApplication.instance() or QApplication([])
    text = normalise_text(make_text(words))
    with tempfile.TemporaryDirectory() as folder:
        os.environ["ANNOTATOR_CONFIG_DIR"] = folder
        ctx = open_context(f"sqlite:///{Path(folder) / 'open.sqlite3'}", Path(folder))
        ensure_sample_exercise(ctx.db)
        with ctx.db.session() as s:
            exercise = m.Exercise(title="Benchmark", instructions="",
                                  tag_set_id=DEFAULT_TAG_SET_ID)
            exercise.articles.append(m.Article(title="Long", text=text,
                                               sha256=fingerprint(text), position=0))
            s.add(exercise)
            s.flush()
            exercise_id, article_id = exercise.id, exercise.articles[0].id
        tag_ids = [t.id for t in load_exercise(ctx.db, exercise_id).tags]
        me = create_annotator(ctx.db, "Bench")
        rows = []
        for n, (start, end) in enumerate(random_spans(text, count, 1)):
            prefix, exact, suffix = quote_context(text, start, end)
            rows.append(dict(id=uuid.uuid4(), article_id=article_id, annotator_id=me.id,
                             start=start, end=end, exact=exact, prefix=prefix,
                             suffix=suffix, tag_id=tag_ids[n % 4], note=""))
        with ctx.db.session() as s:
            s.execute(insert(m.Annotation), rows)
        del rows
        settings = Settings(str(Path(folder) / "settings.ini"))
        began = time.perf_counter()
        window = MainWindow(ctx, settings, exercise_id)
        window.set_annotator(me.id)
        window.resize(1400, 1000)
        window.show()
        app.processEvents()
        window.repaint()
        opened = time.perf_counter() - began
        shown = len(window.panes[0].layer.annotations)
        listed = window.panels.annotation_model.rowCount()
        window.close()
        ctx.close()
    assert shown == listed == count, (shown, listed, count)
    print(json.dumps({"open_s": opened, "peak_rss_mb": peak_rss_mb(),
                      "characters": len(text)}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(int(sys.argv[1]), int(sys.argv[2])))
