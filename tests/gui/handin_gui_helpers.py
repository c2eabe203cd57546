"""Shared pieces of the hand-in GUI tests: a window on a database, students' hand-in files."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.annotators import create_annotator
from annotator.services.context import AppContext, open_context
from annotator.services.exercises import load_exercise
from annotator.services.exercises_io import update_article_text
from annotator.services.handins import export_handin
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise

QUOTES = ((0, "black-market factory"), (1, "Kim Jong-un"), (0, "classified assessments"))


@contextmanager
def open_window(qtbot: object, ctx: AppContext) -> Iterator[MainWindow]:
    window = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.resize(1200, 800)
    yield window
    window.close()


class Recorder:
    """Stands in for the modal parts of HandinActions: collects dialogs and messages."""

    def __init__(self) -> None:
        self.dialogs: list[object] = []
        self.messages: list[tuple[str, str, bool]] = []

    def install(self, actions: object) -> None:
        actions.show_dialog = self.dialogs.append  # type: ignore[attr-defined]
        actions.notify = (  # type: ignore[attr-defined]
            lambda title, text, error=False: self.messages.append((title, text, error))
        )


def student_handin(
    folder: Path, name: str, *, prepend: str = "", quotes: tuple[tuple[int, str], ...] = QUOTES
) -> tuple[Path, uuid.UUID]:
    """A student's own database holding the sample exercise (the first article's text starting
    with ``prepend`` when given), a few highlights and answers, and their hand-in file."""
    folder.mkdir(parents=True, exist_ok=True)
    ctx = open_context(f"sqlite:///{folder / f'{name}-{uuid.uuid4().hex[:6]}.sqlite3'}")
    try:
        ensure_sample_exercise(ctx.db)
        exercise = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
        if prepend:
            first = exercise.articles[0]
            update_article_text(ctx.db, first.id, prepend + first.text)
            exercise = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
        me = create_annotator(ctx.db, name)
        for n, (article, quote) in enumerate(quotes):
            text = exercise.articles[article].text
            start = text.index(quote)
            ctx.annotations.add(exercise.articles[article].id, me.id, start, start + len(quote),
                                exercise.tags[n % len(exercise.tags)].id, f"note {n}")
        ctx.annotations.set_answer(exercise.questions[0].id, me.id, exercise.articles[0].id,
                                   "The New York Times")
        path = folder / f"{name}.handin.json"
        export_handin(ctx.db, exercise.id, me.id, path)
        return path, me.id
    finally:
        ctx.close()
