"""The main window takes over from the start-up preview: what the student did stays.

The annotations the preview stored (``gui/preview_keys.py``) are in the database, so the
window shows them as it shows every other. This carries over the rest: each pane's text
selection and scroll position, the pane with the keyboard focus, the annotation just added
(selected, as after a tag key in the window), and one undo step per stored annotation, so
Ctrl+Z removes them like any other. Until the preview is closed, a tag key that still
reaches it is handed to the window with the preview's selection.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

from annotator.gui.workspace import undo

if TYPE_CHECKING:
    from annotator.gui.first_paint import PreviewWindow
    from annotator.gui.main_window import MainWindow


def copy_selections(preview: PreviewWindow, window: MainWindow, *, scroll: bool) -> None:
    """Each pane's selection (and ``scroll``: its scroll position) as in the preview."""
    panes = {pane.article.id: pane for pane in window.panes}
    for shown in preview.panes:
        pane = panes.get(shown.article.id)
        if pane is None:
            continue
        was = shown.view.textCursor()
        cursor = QTextCursor(pane.view.document())
        end = pane.view.document().characterCount() - 1
        cursor.setPosition(min(was.anchor(), end))
        cursor.setPosition(min(was.position(), end), QTextCursor.MoveMode.KeepAnchor)
        pane.view.exact_selection = shown.view.exact_selection
        pane.view.setTextCursor(cursor)
        if scroll:
            show_from(pane.view, top_position(shown.view))


def top_position(view: QTextEdit) -> int:
    """The text position at the top of ``view``'s visible part (UTF-16)."""
    margin = round(view.document().documentMargin())
    return view.cursorForPosition(QPoint(margin, 1)).position()


def show_from(view: QTextEdit, position: int) -> None:
    """Scroll ``view`` so that the line holding ``position`` is at its top: the same place
    in the text even where the panes are narrower than the preview's."""
    if position <= 0:
        return
    cursor = QTextCursor(view.document())
    cursor.setPosition(min(position, view.document().characterCount() - 1))
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + view.cursorRect(cursor).top())


def focused_pane(preview: PreviewWindow, window: MainWindow) -> None:
    """Give the keyboard focus to the pane that had it in the preview."""
    for shown in preview.panes:
        if shown.view.hasFocus():
            for pane in window.panes:
                if pane.article.id == shown.article.id:
                    pane.view.setFocus()
            return


def take_over(preview: PreviewWindow, window: MainWindow) -> None:
    """Before the window is shown: the preview's state and the undo steps of what it
    stored."""
    copy_selections(preview, window, scroll=True)
    labels = {} if window.exercise is None else {t.id: t.label for t in window.exercise.tags}
    for made in preview.added:
        view = window.actions_pane.annotation(made.id)
        if view is None:
            continue
        command = undo.AddAnnotation(window.ctx.annotations, made.article_id, view.annotator_id,
                                     made.start, made.end, made.tag_id,
                                     label=labels.get(made.tag_id, ""))
        command.created = view
        undo.record_done(window.undo_stack, command)
    keys = preview.keys
    if keys is not None and keys.selected is not None:
        window.actions_pane.select(keys.selected.id)
    if keys is not None:
        keys.forward = lambda tag_id, exact: _forward(preview, window, tag_id, exact)


def after_show(preview: PreviewWindow, window: MainWindow) -> None:
    """Once shown (laid out): scroll positions again, and the focus."""
    tops = {p.article.id: top_position(p.view) for p in preview.panes}
    for pane in window.panes:
        if pane.article.id in tops:
            show_from(pane.view, tops[pane.article.id])
    focused_pane(preview, window)


def _forward(preview: PreviewWindow, window: MainWindow, tag_id: uuid.UUID,
             exact: bool) -> None:
    copy_selections(preview, window, scroll=False)
    window.actions_pane.tag(tag_id, exact=exact)
