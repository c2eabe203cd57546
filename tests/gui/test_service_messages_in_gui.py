"""Messages from below the GUI show in the window's language: the tag set editor's warnings
(core/colours.py) and a refused key (services/tag_sets.py) in a German window, and what
removing an annotated article would delete (services/authoring_work.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from annotator.gui import i18n
from annotator.gui.authoring.tag_set_editor import TagSetEditor
from annotator.gui.authoring.tag_table import KEY, SHORTCUT
from annotator.services.annotators import create_annotator
from annotator.services.authoring import AuthoringService
from annotator.services.exercises import load_exercise
from annotator.services.sample import SAMPLE_EXERCISE_ID
from annotator.services.tag_sets import TagSetService


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "de")
    yield
    i18n.install(qapp, "en")


def _type_into_cell(qtbot, editor: TagSetEditor, row: int, column: int, text: str) -> None:
    index = editor.model.index(row, column)
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    (line,) = [w for w in editor.table.viewport().findChildren(QLineEdit) if w.isVisible()]
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits a Return in a queued call


def test_the_tag_set_editor_warns_and_refuses_in_german(qtbot, ctx, german) -> None:
    service = TagSetService(ctx.db, ctx.bus)
    editor = TagSetEditor(service, load_exercise(ctx.db, SAMPLE_EXERCISE_ID).tag_set_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    labels = [editor.model.tag(row).label for row in range(2)]
    _type_into_cell(qtbot, editor, 0, SHORTCUT, "7")
    _type_into_cell(qtbot, editor, 1, SHORTCUT, "7")
    assert editor.warnings.isVisible()
    assert (f"Das Tastenkürzel 7 wird von {labels[0]} und {labels[1]} verwendet."
            in editor.warnings.text())
    assert "Shortcut" not in editor.warnings.text()
    errors: list[str] = []
    editor.show_error = errors.append
    taken = editor.model.tag(0).key
    _type_into_cell(qtbot, editor, 1, KEY, taken)
    assert errors == [f"eine andere Kategorie in diesem Satz hat bereits den Schlüssel "
                      f"'{taken}'"]


def test_what_removing_an_article_deletes_reads_in_german(ctx, german) -> None:
    ex = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
    ada = create_annotator(ctx.db, "Ada")
    for start in (0, 20):
        ctx.annotations.add(ex.articles[0].id, ada.id, start, start + 5, ex.tags[0].id)
    loss = AuthoringService(ctx.db, ctx.bus).removal_loss(ex.articles[0].id)
    assert loss.describe() == "2 Markierungen von Ada"
