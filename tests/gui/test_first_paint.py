"""The first paint shows what the main window will open, read-only (gui/first_paint.py)."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

from annotator.gui import application, session
from annotator.gui import settings as opt
from annotator.gui.first_paint import PreviewWindow, opening_exercise, show_preview
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.paths import data_dir
from annotator.services.context import open_context
from annotator.services.exercises import load_exercise
from annotator.services.sample import SAMPLE_EXERCISE_ID
from annotator.storage import models as m


def _texts(window: PreviewWindow) -> list[str]:
    return [pane.view.toPlainText() for pane in window.panes]


def test_first_start_shows_the_sample_the_window_then_opens(qtbot: object) -> None:
    settings = Settings()
    preview = show_preview(settings, None, None)  # no database yet: nothing is created
    assert preview is not None
    qtbot.addWidget(preview)  # type: ignore[attr-defined]
    assert preview.isVisible() and preview.exercise.id == SAMPLE_EXERCISE_ID
    assert not (data_dir() / "annotator.sqlite3").exists()
    ctx = open_context()
    from annotator.gui.application import initial_exercise

    window = MainWindow(ctx, settings, initial_exercise(ctx, settings, None))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert _texts(preview) == [pane.view.toPlainText() for pane in window.panes]
    assert preview.windowTitle() == window.windowTitle()
    assert all(pane.view.isReadOnly() for pane in preview.panes)
    # the same size, fitted to the (small, 800x800 offscreen) screen: no jump, nothing off it
    assert preview.size() == window.size() and preview.width() <= 800
    window.close()
    ctx.close()


def test_second_start_shows_the_last_exercise_in_the_saved_pane_order(
    qtbot: object, ctx: object, db_url: str
) -> None:
    db = ctx.db  # type: ignore[attr-defined]
    with db.session() as s:
        exercise = m.Exercise(title="Water", instructions="",
                              tag_set_id=load_exercise(db, SAMPLE_EXERCISE_ID).tag_set_id)
        for n, text in enumerate(("First text.", "Second text.", "Third text.")):
            exercise.articles.append(m.Article(title=f"T{n}", text=text, sha256=str(n) * 64,
                                               position=n))
        s.add(exercise)
        s.flush()
        water = exercise.id
        ids = [str(a.id) for a in exercise.articles]
    settings = Settings()
    settings.set(opt.LAST_EXERCISE, str(water))
    settings.set(opt.PANE_ORDER, json.dumps({str(water): [ids[2], ids[0], ids[1]]}))
    peeked = opening_exercise(settings, db_url, None)
    assert peeked is not None and peeked.id == water
    preview = PreviewWindow(settings, peeked)
    qtbot.addWidget(preview)  # type: ignore[attr-defined]
    assert _texts(preview) == ["Third text.", "First text.", "Second text."]
    assert preview.windowTitle().startswith("Water — ")
    # asked for on the command line: that one; an unknown id falls back like the window does
    asked = opening_exercise(settings, db_url, str(SAMPLE_EXERCISE_ID))
    assert asked is not None and asked.id == SAMPLE_EXERCISE_ID
    unknown = opening_exercise(settings, db_url, str(uuid.uuid4()))
    assert unknown is not None and unknown.id == water


def test_no_preview_where_it_cannot_be_read_cheaply(tmp_path: Path) -> None:
    settings = Settings()
    assert opening_exercise(settings, "postgresql://server/class", None) is None
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"\0" * 4096)
    assert opening_exercise(settings, str(damaged), None) is None
    assert show_preview(settings, str(damaged), None) is None


def test_a_failing_preview_never_stops_the_app_starting(
    tmp_path: Path, monkeypatch: object, qapp: object
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("preview broke")

    shown: list[object] = []

    def fake_exec() -> int:
        shown.extend(w.windowTitle() for w in qapp.topLevelWidgets()  # type: ignore[attr-defined]
                     if w.isVisible())
        return 0

    monkeypatch.setattr(application, "show_preview", broken)  # type: ignore[attr-defined]
    monkeypatch.setattr(qapp, "exec", fake_exec)  # type: ignore[attr-defined]
    monkeypatch.setattr(session, "_show", lambda *a, **k: None)  # type: ignore[attr-defined]
    assert application.run_gui(str(tmp_path / "class.sqlite3")) == 0
    assert any(str(title).startswith("Who is behind") for title in shown)
    log = (Path(str(os.environ["ANNOTATOR_LOG_DIR"])) / "annotator.log").read_text("utf-8")
    assert "the first-paint preview failed" in log and "preview broke" in log
