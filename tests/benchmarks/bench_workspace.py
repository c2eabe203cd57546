"""How fast a reading pane opens and takes a new annotation, against Qt's own text layout.

A 20,000-word article (with some emoji, so offsets need converting) carrying 2,000
annotations:

* floor: a plain ``QTextEdit`` of the same size and font doing ``setPlainText`` and laying
  out the whole document, then painting once;
* open: an ``ArticlePane`` showing the same text with its reading typography, its highlight
  layer filled with the 2,000 annotations, laid out and painted once;
* add one (GUI): one more annotation added to the highlight layer and the viewport painted
  again (``grab()`` paints synchronously): what the student waits for after pressing a tag
  key, storage aside;
* add one (end to end): the same through the real path: ``undo.push(AddAnnotation)`` on a
  main window, i.e. an SQLite transaction, the bus, the hub, the layer and the repaint.

Run: ``.venv/bin/python tests/benchmarks/bench_workspace.py``.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QTextEdit

WORDS = 20_000
ANNOTATIONS = 2_000
ADDS = 200
FRAME_MS = 16.0
VOCABULARY = (
    "the", "report", "missile", "engine", "factory", "Ukraine", "Russia", "analysts", "said",
    "could", "may", "evidence", "intelligence", "officials", "claimed", "according", "to",
    "believed", "program", "launch", "test", "Pyongyang", "experts", "suggest", "sources",
    "documents", "numbers", "quoted", "—", "“rapid”", "progress", "😀", "café", "naïve",
)


def make_text(seed: int = 7) -> str:
    rng = random.Random(seed)
    paragraphs, words = [], 0
    while words < WORDS:
        n = rng.randint(40, 120)
        sentence = " ".join(rng.choice(VOCABULARY) for _ in range(n))
        paragraphs.append(sentence[0].upper() + sentence[1:] + ".")
        words += n
    return "\n\n".join(paragraphs)


def random_spans(text: str, count: int, seed: int) -> list[tuple[int, int]]:
    from annotator.core.selection import snap_selection

    rng = random.Random(seed)
    spans: list[tuple[int, int]] = []
    while len(spans) < count:
        start = rng.randrange(0, len(text) - 200)
        span = snap_selection(text, start, start + rng.randint(5, 90))
        if span is not None:
            spans.append(span)
    return spans


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000.0


def median_of(fn: Callable[[], object], runs: int = 5) -> float:
    return statistics.median(timed(fn) for _ in range(runs))


def p95(values: list[float]) -> float:
    return sorted(values)[int(0.95 * (len(values) - 1))]


def main() -> int:
    from annotator.core.text import fingerprint, normalise_text
    from annotator.gui import theme
    from annotator.gui.article_pane import ArticlePane
    from annotator.services.views import AnnotationView, ArticleView, TagView

    app = QApplication.instance() or QApplication([])
    text = normalise_text(make_text())
    article = ArticleView(uuid.uuid4(), 0, "Benchmark", "", "", "", "", "", "en", text,
                          fingerprint(text))
    tags = tuple(TagView(uuid.uuid4(), k, k.title(), c, str(i + 1), k, i) for i, (k, c) in
                 enumerate((("claim", "#E69F00"), ("evidence", "#56B4E9"),
                            ("speculation", "#CC79A7"), ("opinion", "#009E73"))))
    now = datetime.now(UTC)
    me = uuid.uuid4()

    def view_of(n: int, start: int, end: int) -> AnnotationView:
        return AnnotationView(uuid.uuid4(), article.id, me, start, end, text[start:end], "", "",
                              tags[n % 4].id, "", now, now)

    annotations = [view_of(n, s, e) for n, (s, e) in enumerate(random_spans(text, ANNOTATIONS,
                                                                              1))]
    print(f"article: {len(text.split())} words, {len(text)} characters; "
          f"{len(annotations)} annotations")

    def floor() -> None:
        edit = QTextEdit()
        edit.setFont(theme.reading_font(0))
        edit.resize(700, 900)
        edit.show()
        edit.setPlainText(text)
        edit.document().size()  # lays out the whole document
        edit.viewport().grab()  # paints the visible part once
        edit.close()
        edit.deleteLater()

    def open_pane() -> ArticlePane:
        pane = ArticlePane(article)
        pane.set_zoom(0)
        pane.resize(700, 980)
        pane.show()
        pane.layer.set_tags(tags)
        pane.layer.set_annotations(annotations)
        pane.view.document().size()
        pane.view.viewport().grab()
        return pane

    floor()  # warm up fonts and caches
    open_pane().close()
    app.processEvents()
    floor_ms = median_of(floor)
    open_times = []
    for _ in range(5):
        start = time.perf_counter()
        pane = open_pane()
        open_times.append((time.perf_counter() - start) * 1000.0)
        pane.close()
        pane.deleteLater()
        app.processEvents()
    open_ms = statistics.median(open_times)

    pane = open_pane()
    bar = pane.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    first, last = pane.layer.visible_range()
    lo = pane.layer.offsets.to_codepoints(first)
    hi = pane.layer.offsets.to_codepoints(min(last, pane.layer.offsets.length_utf16))
    visible = [(s, e) for s, e in random_spans(text, ADDS * 20, 2) if lo <= s and e <= hi]
    adds = []
    for n, (s, e) in enumerate(visible[:ADDS]):
        extra = view_of(n, s, e)
        adds.append(timed(lambda a=extra: (pane.layer.add(a), pane.view.viewport().grab())))
    shown = len(pane.layer.shown())
    print(f"floor  (QTextEdit setPlainText + layout + paint): {floor_ms:8.1f} ms")
    print(f"open   (pane + 2,000 highlights + layout + paint): {open_ms:8.1f} ms  "
          f"ratio {open_ms / floor_ms:5.2f}")
    gui_median, gui_p95 = statistics.median(adds), p95(adds)
    print(f"add one, GUI (layer add + repaint, {shown} highlights on screen): median "
          f"{gui_median:6.2f} ms, p95 {gui_p95:6.2f} ms  ratio {gui_median / floor_ms:6.4f}  "
          f"{'under' if gui_p95 < FRAME_MS else 'OVER'} one frame ({FRAME_MS:.0f} ms)")
    end_to_end(text, adds_wanted=60)
    return 0


def end_to_end(text: str, adds_wanted: int) -> None:
    """Adding through undo.push on a real main window over a temporary database."""
    from sqlalchemy import insert

    from annotator.core.text import fingerprint, quote_context
    from annotator.gui import undo
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings
    from annotator.services.annotators import create_annotator
    from annotator.services.context import open_context
    from annotator.services.exercises import load_exercise
    from annotator.services.sample import DEFAULT_TAG_SET_ID, ensure_sample_exercise
    from annotator.storage import models as m

    with tempfile.TemporaryDirectory() as folder:
        os.environ["ANNOTATOR_CONFIG_DIR"] = folder
        ctx = open_context(f"sqlite:///{Path(folder) / 'bench.sqlite3'}", Path(folder))
        ensure_sample_exercise(ctx.db)
        with ctx.db.session() as s:
            exercise = m.Exercise(title="Benchmark", instructions="", tag_set_id=DEFAULT_TAG_SET_ID)
            exercise.articles.append(m.Article(title="Long", text=text, sha256=fingerprint(text),
                                               position=0))
            s.add(exercise)
            s.flush()
            exercise_id, article_id = exercise.id, exercise.articles[0].id
        tag_ids = [t.id for t in load_exercise(ctx.db, exercise_id).tags]
        me = create_annotator(ctx.db, "Bench")
        rows = []
        for n, (s_, e_) in enumerate(random_spans(text, ANNOTATIONS, 1)):
            prefix, exact, suffix = quote_context(text, s_, e_)
            rows.append(dict(id=uuid.uuid4(), article_id=article_id, annotator_id=me.id,
                             start=s_, end=e_, exact=exact, prefix=prefix, suffix=suffix,
                             tag_id=tag_ids[n % 4], note=""))
        with ctx.db.session() as s:
            s.execute(insert(m.Annotation), rows)
        settings = Settings(str(Path(folder) / "settings.ini"))
        start = time.perf_counter()
        window = MainWindow(ctx, settings, exercise_id)
        window.set_annotator(me.id)
        window.resize(900, 1000)
        window.show()
        QApplication.processEvents()
        open_ms = (time.perf_counter() - start) * 1000.0
        pane = window.panes[0]
        assert len(pane.layer.annotations) == ANNOTATIONS
        bar = pane.view.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        first, last = pane.layer.visible_range()
        lo = pane.layer.offsets.to_codepoints(first)
        hi = pane.layer.offsets.to_codepoints(min(last, pane.layer.offsets.length_utf16))
        spans = [(s_, e_) for s_, e_ in random_spans(text, adds_wanted * 40, 3)
                 if lo <= s_ and e_ <= hi][:adds_wanted]
        times = []
        for n, (s_, e_) in enumerate(spans):
            command = undo.AddAnnotation(ctx.annotations, article_id, me.id, s_, e_,
                                         tag_ids[n % 4])
            times.append(timed(lambda c=command: (undo.push(window.undo_stack, c),
                                                  pane.view.viewport().grab())))
        storage = []
        quiet = open_context(ctx.db.url, Path(folder))  # same file, no window listening
        for n, (s_, e_) in enumerate(spans):
            storage.append(timed(lambda a=s_, b=e_, k=n: quiet.annotations.add(
                article_id, me.id, a, b, tag_ids[k % 4])))
        quiet.close()
        print(f"main window open (2,000 annotations from the database): {open_ms:8.1f} ms")
        print(f"add one, storage only (one SQLite transaction, nobody listening): median "
              f"{statistics.median(storage):6.2f} ms, p95 {p95(storage):6.2f} ms")
        print(f"add one, end to end (SQLite commit + bus + hub + layer + repaint): median "
              f"{statistics.median(times):6.2f} ms, p95 {p95(times):6.2f} ms")
        window.close()
        ctx.close()


if __name__ == "__main__":
    raise SystemExit(main())
