"""Helpers for the panel tests: open a window as a named student and annotate phrases."""

from __future__ import annotations

import uuid

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.gui.workspace import undo
from annotator.services.annotators import create_annotator
from annotator.services.sample import SAMPLE_EXERCISE_ID
from annotator.services.views import AnnotationView
from annotator.storage import models as m


def open_window(qtbot: object, ctx: object, student: str | None = "Ada") -> MainWindow:
    """A shown main window on the sample; ``student`` names the person annotating."""
    win = MainWindow(ctx, Settings(), SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    if student is not None and win.annotator_id is None:
        win.set_annotator(create_annotator(ctx.db, student).id)  # type: ignore[attr-defined]
    win.resize(1440, 900)
    win.show()
    qtbot.waitExposed(win)  # type: ignore[attr-defined]
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # type: ignore[attr-defined]
    return win


def tag_phrase(
    win: MainWindow, article: int, phrase: str, tag_key: str, note: str = ""
) -> AnnotationView:
    """Tag the first occurrence of ``phrase`` in article ``article`` through the undo stack."""
    assert win.exercise is not None and win.annotator_id is not None
    art = win.exercise.articles[article]
    start = art.text.index(phrase)
    tag = next(t for t in win.exercise.tags if t.key == tag_key)
    command = undo.AddAnnotation(win.ctx.annotations, art.id, win.annotator_id, start,
                                 start + len(phrase), tag.id, note, label=tag.label)
    undo.push(win.undo_stack, command)
    assert command.created is not None
    return command.created


def link(win: MainWindow, source: uuid.UUID, target: uuid.UUID, kind: m.LinkKind) -> uuid.UUID:
    command = undo.AddLink(win.ctx.annotations, source, target, kind)
    undo.push(win.undo_stack, command)
    assert command.created is not None
    return command.created.id


def shown_column(table: object, column: int) -> list[str]:
    """The texts a student sees in one column of a table view, top to bottom."""
    model = table.model()  # type: ignore[attr-defined]
    return [model.index(row, column).data() for row in range(model.rowCount())]
