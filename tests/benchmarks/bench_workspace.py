"""How fast a reading pane opens and takes a new annotation, against Qt's own text layout.

A 100,000-word article (with some emoji, so offsets need converting) carrying 5,000
annotations at random places, so that many overlap (and, as an extra row, 20,000 words with
2,000 annotations):

* floor: a plain ``QTextEdit`` of the same size and font doing ``setPlainText``, laying out
  the whole document and painting once;
* open: an ``ArticlePane`` showing the same text with its reading typography, its highlight
  layer filled with the annotations, laid out and painted once (aim: at most 2 × the floor);
* the pane on a 10,000-word article with 5,000 and with 20,000 annotations: 20,000 may
  cost at most 4 × what 5,000 cost (opening grows linearly in annotations);
* add, re-tag, move and delete one annotation, end to end (aim: p95 under 16 ms, one
  frame, and at most 3 × the floor), on 100,000 words with 5,000 annotations and on
  10,000 words with 20,000: on a real main window over a temporary database holding the
  article and its annotations, the clock runs from ``QTest.keyClick`` on the pane (the tag
  key ``1`` on a passage selected in the visible part; ``2``/``3`` on a selected
  annotation; Alt+Shift+Right to move its end a word on; Delete) through the shortcut, the
  undo command, the SQLite transaction, the bus, the hub, the annotation list's row and
  the highlight layer until ``processEvents()`` has done every pending paint (the changed
  lines of the pane, the list's row, the counts). Afterwards the benchmark checks the
  database and the screen. The floor beside it is a key press on a bare read-only
  ``QTextEdit`` with a full repaint of its viewport;
* add one, storage only: ``AnnotationService.add`` with nobody listening (for comparison).

Run: ``.venv/bin/python tests/benchmarks/bench_workspace.py``; ``BENCH_REPEAT`` sets the
number of opening runs (default 5).
"""

from __future__ import annotations

import os
import random
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from harness import Row, Stats, limit_row, measure, ratio_row, report
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTextEdit

BIG = (100_000, 5_000)
SMALL = (20_000, 2_000)
DENSE = (10_000, 20_000)
KEY_RATIO = 3.0  # a key press may cost at most 3 × the bare key press and repaint
GROWTH = 4.0  # 4 × the annotations may cost at most 4 × the time
ADDS = 100
FRAME_S = 0.016
OPEN_RATIO = 2.0
VOCABULARY = (
    "the", "report", "missile", "engine", "factory", "Ukraine", "Russia", "analysts", "said",
    "could", "may", "evidence", "intelligence", "officials", "claimed", "according", "to",
    "believed", "program", "launch", "test", "Pyongyang", "experts", "suggest", "sources",
    "documents", "numbers", "quoted", "—", "“rapid”", "progress", "😀", "café", "naïve",
)


def make_text(words: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    paragraphs, count = [], 0
    while count < words:
        n = rng.randint(40, 120)
        sentence = " ".join(rng.choice(VOCABULARY) for _ in range(n))
        paragraphs.append(sentence[0].upper() + sentence[1:] + ".")
        count += n
    return "\n\n".join(paragraphs)


def random_spans(text: str, count: int, seed: int, within: tuple[int, int] | None = None
                 ) -> list[tuple[int, int]]:
    """``count`` word-snapped spans of 5 to 90 characters, starting anywhere or ``within``
    a range of code points (and ending inside it)."""
    from annotator.core.selection import snap_selection

    lo, hi = within or (0, len(text))
    rng = random.Random(seed)
    spans: list[tuple[int, int]] = []
    while len(spans) < count:
        start = rng.randrange(lo, hi - 100)
        span = snap_selection(text, start, start + rng.randint(5, 90))
        if span is not None and span[1] <= hi:
            spans.append(span)
    return spans


def overlapping(spans: list[tuple[int, int]]) -> int:
    """How many spans overlap the one before them in start order."""
    ordered = sorted(spans)
    reach, count = -1, 0
    for start, end in ordered:
        count += start < reach
        reach = max(reach, end)
    return count


def open_rows(words: int, count: int, repeat: int) -> list[Row]:
    """Opening a pane on the text with ``count`` annotations, against a bare QTextEdit."""
    from annotator.core.text import fingerprint, normalise_text
    from annotator.gui import theme
    from annotator.gui.workspace.article_pane import ArticlePane
    from annotator.services.views import AnnotationView, ArticleView, TagView

    app = QApplication.instance()
    text = normalise_text(make_text(words))
    article = ArticleView(uuid.uuid4(), 0, "Benchmark", "", "", "", "", "", "en", text,
                          fingerprint(text))
    tags = tuple(TagView(uuid.uuid4(), k, k.title(), c, str(i + 1), k, i) for i, (k, c) in
                 enumerate((("claim", "#E69F00"), ("evidence", "#56B4E9"),
                            ("speculation", "#CC79A7"), ("opinion", "#009E73"))))
    now, me = datetime.now(UTC), uuid.uuid4()
    spans = random_spans(text, count, 1)
    annotations = [AnnotationView(uuid.uuid4(), article.id, me, s, e, text[s:e], "", "",
                                  tags[n % 4].id, "", now, now)
                   for n, (s, e) in enumerate(spans)]
    print(f"article: {len(text.split()):,} words, {len(text):,} characters; "
          f"{len(annotations):,} annotations, {overlapping(spans):,} overlapping another")

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

    def open_pane() -> None:
        pane = ArticlePane(article)
        pane.set_zoom(0)
        pane.resize(700, 980)
        pane.show()
        pane.layer.set_tags(tags)
        pane.layer.set_annotations(annotations)
        pane.view.document().size()
        pane.view.viewport().grab()
        pane.close()
        pane.deleteLater()

    def settle() -> None:
        app.processEvents()  # deleteLater of the previous run, outside the timing

    floor_stats = measure(floor, repeat, setup=settle)
    open_stats = measure(open_pane, repeat, setup=settle)
    label = f"open a {words // 1000}k-word article, {count:,} annotations, painted"
    return [ratio_row(label, open_stats, floor_stats, OPEN_RATIO,
                      note="floor: QTextEdit setPlainText + full layout + paint")]


def select(pane: object, start: int, end: int) -> None:
    """Select code points ``start..end`` as a reader would, and give the pane the focus."""
    offsets = pane.layer.offsets  # type: ignore[attr-defined]
    view = pane.view  # type: ignore[attr-defined]
    cursor = QTextCursor(view.document())
    cursor.setPosition(offsets.to_utf16(start))
    cursor.setPosition(offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
    view.setFocus()
    view.setTextCursor(cursor)


def timed_each(fn: Callable[[int], object], n: int, setup: Callable[[int], object],
               after: Callable[[int], object] | None = None) -> Stats:
    """Time ``fn(i)`` between an untimed ``setup(i)`` and an untimed ``after(i)``."""
    samples = []
    for i in range(n):
        setup(i)
        start = time.perf_counter()
        fn(i)
        samples.append(time.perf_counter() - start)
        if after is not None:
            after(i)
    return Stats.of(samples)


def end_to_end_rows(words: int, count: int) -> list[Row]:
    """Key press to committed row and repainted highlight, on a real main window."""
    from sqlalchemy import func, insert
    from sqlalchemy import select as sql_select

    from annotator.core.text import fingerprint, normalise_text, quote_context
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings
    from annotator.services.annotators import create_annotator
    from annotator.services.context import open_context
    from annotator.services.exercises import load_exercise
    from annotator.services.sample import DEFAULT_TAG_SET_ID, ensure_sample_exercise
    from annotator.storage import models as m

    app = QApplication.instance()
    text = normalise_text(make_text(words))
    with tempfile.TemporaryDirectory() as folder:
        os.environ["ANNOTATOR_CONFIG_DIR"] = folder
        ctx = open_context(f"sqlite:///{Path(folder) / 'bench.sqlite3'}", Path(folder))
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
        for n, (s_, e_) in enumerate(random_spans(text, count, 1)):
            prefix, exact, suffix = quote_context(text, s_, e_)
            rows.append(dict(id=uuid.uuid4(), article_id=article_id, annotator_id=me.id,
                             start=s_, end=e_, exact=exact, prefix=prefix, suffix=suffix,
                             tag_id=tag_ids[n % 4], note=""))
        with ctx.db.session() as s:
            s.execute(insert(m.Annotation), rows)
        settings = Settings(str(Path(folder) / "settings.ini"))
        began = time.perf_counter()
        window = MainWindow(ctx, settings, exercise_id)
        window.set_annotator(me.id)
        window.resize(1400, 1000)
        window.show()
        app.processEvents()
        window.repaint()
        open_s = time.perf_counter() - began
        # The floor, measured beside every press (a busy machine slows both alike): the
        # same kind of key press on a bare read-only QTextEdit of the same text, and a
        # repaint of its whole viewport. Shown before the window
        # is made the active one.
        bare = QTextEdit()
        bare.setReadOnly(True)
        bare.setPlainText(text)
        bare.resize(700, 900)
        bare.show()
        app.processEvents()
        # Qt lays the rest of a long text out in the background after it is shown, in
        # steps that double up to 30 ms (100k words, the first ~0.3 s), the bare editor's
        # as the panes'. Those steps of the bare editor's text ran inside the app's timed
        # presses (its events are handled there); and a student selects a passage before
        # the first key press, which takes longer than the panes' steps. So both are laid
        # out to the end first, untimed (docs/performance.md).
        for document in (bare.document(), *(shown.view.document() for shown in window.panes)):
            document.documentLayout().blockBoundingRect(document.lastBlock())
        app.processEvents()
        floor_samples: list[float] = []
        window.activateWindow()
        window.windowHandle().requestActivate()
        deadline = time.perf_counter() + 5
        while QApplication.activeWindow() is not window and time.perf_counter() < deadline:
            app.processEvents()
        assert QApplication.activeWindow() is window, "the window never became active"
        pane = window.panes[0]
        assert len(pane.layer.annotations) == count
        bar = pane.view.verticalScrollBar()
        spans: list[tuple[int, int]] = []

        def select_on_screen(i: int) -> None:
            """Scroll to the i-th of 2 × ADDS places spread through the article (so that
            the added annotations do not pile up on one screen), let it paint, then select
            a passage there; all outside the timing."""
            bar.setValue(bar.maximum() * (i + 1) // (2 * ADDS + 2))
            app.processEvents()
            first, last = pane.layer.visible_range()
            lo = pane.layer.offsets.to_codepoints(first)
            hi = pane.layer.offsets.to_codepoints(min(last, pane.layer.offsets.length_utf16))
            spans.append(random_spans(text, 1, i, within=(lo, hi))[0])
            select(pane, *spans[-1])


        def key(k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
                ) -> Callable[[int], None]:
            def press(_i: int) -> None:
                QTest.keyClick(pane.view, k, modifiers)
                app.processEvents()  # every pending paint: pane lines, list row, counts
            return press

        def floor_press(_i: int) -> None:
            began = time.perf_counter()
            QTest.keyClick(bare, Qt.Key.Key_Right)  # no shortcut of the window's: a caret step
            bare.viewport().repaint()
            floor_samples.append(time.perf_counter() - began)

        added = timed_each(key(Qt.Key.Key_1), ADDS, select_on_screen, floor_press)
        with ctx.db.session() as s:
            stored = s.scalar(sql_select(func.count()).select_from(m.Annotation)
                              .where(m.Annotation.article_id == article_id))
        assert stored == count + ADDS, f"{stored} rows stored, {count + ADDS} expected"
        assert len(pane.layer.annotations) == count + ADDS
        assert window.panels.annotation_model.rowCount() == count + ADDS
        mine = {(a.start, a.end): a for a in pane.layer.annotations.values()}
        assert all(span in mine for span in spans)
        ours = [mine[span].id for span in spans]

        def select_ours(i: int) -> None:
            """Select the i-th annotation this benchmark added (scrolled into view)."""
            window.actions_pane.select(ours[i])
            pane.layer.scroll_to(ours[i])
            window.actions_pane.select(ours[i])
            window.activateWindow()  # back from the floor's bare editor
            pane.view.setFocus()
            app.processEvents()
            assert QApplication.focusWidget() is pane.view, "the pane lost the focus"

        retag = (key(Qt.Key.Key_2), key(Qt.Key.Key_3))
        retagged = timed_each(lambda i: retag[i % 2](i), ADDS, select_ours, floor_press)
        moved = timed_each(key(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier
                               | Qt.KeyboardModifier.ShiftModifier), ADDS, select_ours,
                           floor_press)
        before = {a.id: a for a in (mine[span] for span in spans)}
        after = pane.layer.annotations
        assert all(after[k].tag_id != before[k].tag_id and after[k].end > before[k].end
                   for k in ours), "every annotation re-tagged and its end moved"
        deleted = timed_each(key(Qt.Key.Key_Delete), ADDS, select_ours, floor_press)
        with ctx.db.session() as s:
            left = s.execute(sql_select(m.Annotation.id, m.Annotation.tag_id, m.Annotation.end)
                             .where(m.Annotation.article_id == article_id)).all()
        assert len(left) == count, f"{len(left)} rows left, {count} expected"
        assert not {row.id for row in left} & set(ours)
        assert len(pane.layer.annotations) == count
        assert window.panels.annotation_model.rowCount() == count

        bare.close()
        bare_stats = Stats.of(floor_samples)

        quiet = open_context(ctx.db.url, Path(folder))  # same file, nobody listening
        storage = timed_each(
            lambda i: quiet.annotations.add(article_id, me.id, spans[i][0] + 1, spans[i][1],
                                            tag_ids[i % 4]), ADDS, lambda _i: None)
        quiet.close()
        window.close()
        ctx.close()
    open_stats = Stats.of([open_s])
    where = f"{words // 1000}k words, {count // 1000}k annotations"
    note = "floor: the same key press and a repaint on a bare read-only QTextEdit"
    rows = []
    for what, stats in (("add", added), ("re-tag", retagged), ("move the end of", moved),
                        ("delete", deleted)):
        row = limit_row(f"{what} one annotation, key press to repaint done ({where})", stats,
                        FRAME_S, floor=bare_stats, on="p95", note=note)
        rows.append(replace(row, aim=f"{row.aim}, ratio ≤ {KEY_RATIO:g}",
                            ok=bool(row.ok) and (row.ratio or 0) <= KEY_RATIO))
    return [
        *rows,
        replace(limit_row(f"add one annotation, storage only, nobody listening ({where})",
                          storage, FRAME_S, on="p95"), aim="", ok=None),
        replace(limit_row(f"main window open ({where}, list and layer)", open_stats, FRAME_S),
                aim="", ok=None, p95=None),
    ]


def main() -> int:
    QApplication.instance() or QApplication([])
    repeat = max(1, int(os.environ.get("BENCH_REPEAT", "5")))
    rows = open_rows(*BIG, repeat) + open_rows(*SMALL, repeat)
    # judged by their growth only (the 2 × aim above is issue 8's, for a normal density)
    five, twenty = ([replace(row, aim="", ok=None) for row in open_rows(words, count, repeat)]
                    for words, count in ((10_000, 5_000), DENSE))
    growth = twenty[0].value / five[0].value
    rows += [*five, *twenty, Row(
        name="open a 10k-word article: 20,000 annotations against 5,000", value=twenty[0].value,
        unit="ms", floor_value=five[0].value, ratio=growth, aim=f"ratio ≤ {GROWTH:g}",
        ok=growth <= GROWTH, p95=twenty[0].p95, runs=twenty[0].runs,
        note="floor: the same pane with 5,000 annotations (linear growth: 4)")]
    rows += end_to_end_rows(*BIG) + end_to_end_rows(*DENSE)
    report(rows, "workspace")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
