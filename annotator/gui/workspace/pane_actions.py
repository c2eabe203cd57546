"""What the student does in the reading panes: tag, select, re-tag, note, adjust, delete.

Every change goes through a command from :mod:`annotator.gui.workspace.undo` on the window's undo
stack; the panes then update from the hub's signals like every other view.

Keys (active while a reading pane has the focus; all are also in the Edit menu):

* ``1``-``4`` (each tag's shortcut): tag the selected text, or re-tag the selected
  annotation. The selection snaps to whole words without surrounding spaces and
  punctuation, unless it was dragged with Alt held or is tagged with ``Alt+1``-``Alt+4``
  (Edit > Tag Exactly as Selected).
* ``N`` edit the note, ``Delete``/``Backspace`` delete, ``Escape`` clear the selection.
* ``Alt+Left``/``Alt+Right`` move the start one word earlier/later,
  ``Alt+Shift+Left``/``Alt+Shift+Right`` move the end one word earlier/later.
* ``Alt+Down``/``Alt+Up`` select the next/previous annotation in the pane.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

from annotator.core import selection as sel
from annotator.core.text import excerpt as text_excerpt
from annotator.gui.i18n import QT_TRANSLATE_NOOP, arg
from annotator.gui.workspace import undo
from annotator.gui.workspace.article_pane import ArticlePane
from annotator.gui.workspace.pane_menu import build_context_menu
from annotator.services.annotations import AnnotationError
from annotator.services.views import AnnotationView, TagView

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

EXCERPT = 48
SELECTED_KEYS = QT_TRANSLATE_NOOP(
    "PaneActions", "N note · L link · Del delete · drag the dots or Alt+arrows to adjust")
NAME_NEEDED = QT_TRANSLATE_NOOP(
    "PaneActions",
    "Nothing was saved: your work needs your name, so your teacher knows whose it is.")


def excerpt(text: str, limit: int = EXCERPT) -> str:
    return text_excerpt(text, limit, trim=False)


def menu_text(text: str) -> str:
    """Untrusted text for a menu item: ``&`` must not become a mnemonic."""
    return text.replace("&", "&&")


class PaneActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.current_pane: ArticlePane | None = None
        self.selected: tuple[ArticlePane, uuid.UUID] | None = None
        self.tag_actions: dict[uuid.UUID, QAction] = {}
        self.listeners: list[Callable[[], None]] = []  # told when the selection changes
        self.exact_actions: dict[uuid.UUID, QAction] = {}
        self.menu_tags = QMenu(self.tr("&Tag Selection As"))
        self.menu_exact = QMenu(self.tr("Tag Exactl&y as Selected"))  # no snapping to whole words
        self.act_note = self._action(self.tr("Edit &Note…"), self.edit_note, ["N"])
        self.act_delete = self._action(
            self.tr("&Delete Annotation"), self.delete_selected, ["Delete", "Backspace"]
        )
        self.act_start_earlier = self._action(
            self.tr("Move Start &Earlier"), lambda: self.adjust("start", -1), ["Alt+Left"])
        self.act_start_later = self._action(
            self.tr("Move Start &Later"), lambda: self.adjust("start", +1), ["Alt+Right"])
        self.act_end_earlier = self._action(
            self.tr("Move End Ea&rlier"), lambda: self.adjust("end", -1), ["Alt+Shift+Left"])
        self.act_end_later = self._action(
            self.tr("Move End La&ter"), lambda: self.adjust("end", +1), ["Alt+Shift+Right"])
        self.act_next = self._action(self.tr("Select Ne&xt Annotation"), lambda: self.step(+1),
                                     ["Alt+Down"], needs_selection=False)
        self.act_previous = self._action(self.tr("Select &Previous Annotation"),
                                         lambda: self.step(-1),
                                         ["Alt+Up"], needs_selection=False)
        self.act_clear = self._action(self.tr("&Clear Selection"), self.clear_selection, ["Escape"],
                                      needs_selection=False)
        self._update_enabled()

    # -- actions -------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], None], keys: list[str],
                needs_selection: bool = True) -> QAction:
        action = QAction(text, self.w)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        action.setProperty("needs_selection", needs_selection)
        self.w.splitter.addAction(action)
        return action

    def all_actions(self) -> list[QAction]:
        return [self.act_note, self.act_delete, self.act_start_earlier, self.act_start_later,
                self.act_end_earlier, self.act_end_later, self.act_next, self.act_previous,
                self.act_clear]

    def fill_edit_menu(self, menu: QMenu) -> None:
        menu.addMenu(self.menu_tags)
        menu.addMenu(self.menu_exact)
        menu.addAction(self.act_note)
        menu.addAction(self.act_delete)
        adjust = menu.addMenu(self.tr("Adjust &Span"))
        for action in (self.act_start_earlier, self.act_start_later, self.act_end_earlier,
                       self.act_end_later):
            adjust.addAction(action)
        menu.addSeparator()
        menu.addAction(self.act_next)
        menu.addAction(self.act_previous)
        menu.addAction(self.act_clear)

    def set_tags(self, tags: tuple[TagView, ...]) -> None:
        """One action per tag (its key), and a twin that tags exactly as selected (Alt+key)."""
        for action in [*self.tag_actions.values(), *self.exact_actions.values()]:
            self.w.splitter.removeAction(action)
            action.deleteLater()
        self.menu_tags.clear()
        self.menu_exact.clear()
        self.tag_actions, self.exact_actions = {}, {}
        for tag in tags:
            for exact, menu, store in ((False, self.menu_tags, self.tag_actions),
                                       (True, self.menu_exact, self.exact_actions)):
                action = QAction(menu_text(tag.label), self.w)
                if tag.shortcut:
                    key = f"Alt+{tag.shortcut}" if exact else tag.shortcut
                    action.setShortcut(QKeySequence(key))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.triggered.connect(
                    lambda _=False, t=tag.id, e=exact: self.tag(t, exact=e))
                self.w.splitter.addAction(action)
                menu.addAction(action)
                store[tag.id] = action

    # -- panes ---------------------------------------------------------------------------

    def attach(self, pane: ArticlePane) -> None:
        view = pane.view
        view.focused.connect(lambda p=pane: self._set_current(p))
        view.selectionChanged.connect(lambda p=pane: self._on_text_selection(p))
        view.clicked.connect(lambda point, p=pane: self.click(p, point))
        view.edgeDragged.connect(lambda key, edge, pos, p=pane: self.drag_edge(p, key, edge, pos))
        view.menu_provider = lambda point, p=pane: self.context_menu(p, point)

    def _set_current(self, pane: ArticlePane) -> None:
        self.current_pane = pane

    def _on_text_selection(self, pane: ArticlePane) -> None:
        if pane.view.textCursor().hasSelection():
            self.current_pane = pane
            if self.selected is not None:
                self.select(None)

    def pane_of(self, annotation_id: uuid.UUID) -> ArticlePane | None:
        for pane in self.w.panes:
            if annotation_id in pane.layer.annotations:
                return pane
        return None

    def annotation(self, annotation_id: uuid.UUID) -> AnnotationView | None:
        pane = self.pane_of(annotation_id)
        return None if pane is None else pane.layer.annotations.get(annotation_id)

    # -- selecting an annotation ----------------------------------------------------------

    def select(self, annotation_id: uuid.UUID | None) -> None:
        pane = self.pane_of(annotation_id) if annotation_id is not None else None
        for p in self.w.panes:
            if p is not pane and p.layer.selected is not None:
                p.layer.select(None)
        if pane is None or annotation_id is None:
            self.selected = None
        else:
            self.selected = (pane, annotation_id)
            self.current_pane = pane
            pane.layer.select(annotation_id)
            a = pane.layer.annotations[annotation_id]
            tag = self.w.exercise.tag(a.tag_id) if self.w.exercise else None
            label = tag.label if tag else self.tr("Annotation")
            note = arg(self.tr(" (note: %1)"), excerpt(a.note, 20)) if a.note else ""
            self.w.statusBar().showMessage(
                f"{label}: “{excerpt(a.exact, 26)}”{note} — {self.tr(SELECTED_KEYS)}", 8000)
        self._update_enabled()
        for listener in self.listeners:
            listener()

    def selected_annotation(self) -> AnnotationView | None:
        if self.selected is None:
            return None
        return self.selected[0].layer.annotations.get(self.selected[1])

    def clear_selection(self) -> None:
        """Escape: forget the selected annotation, any selected text and a pending link."""
        self.w.link_flow.cancel()
        for pane in self.w.panes:
            cursor = pane.view.textCursor()
            if cursor.hasSelection():
                cursor.clearSelection()
                pane.view.setTextCursor(cursor)
        self.select(None)

    def click(self, pane: ArticlePane, point: QPoint) -> None:
        self.current_pane = pane
        hits = pane.layer.at(point)
        if not hits:
            self.select(None)
            return
        chosen: AnnotationView | None = hits[0]
        if len(hits) > 1:
            options = [self.describe(a) for a in hits]
            index = self.w.prompts.choose(
                self.w, self.tr("Several annotations here: choose one"), options,
                pane.view.viewport().mapToGlobal(point),
            )
            chosen = None if index is None else hits[index]
        if chosen is not None:
            self.select(chosen.id)
            self.w.link_flow.offer()

    def describe(self, a: AnnotationView) -> str:
        tag = self.w.exercise.tag(a.tag_id) if self.w.exercise else None
        return menu_text(f"{tag.label if tag else self.tr('Annotation')}: “{excerpt(a.exact)}”")

    def _walk_pane(self) -> ArticlePane | None:
        """Alt+Down/Up walk the pane with the caret; in link mode, the other article."""
        focus = QApplication.focusWidget()
        pane = next((p for p in self.w.panes if focus is not None and p.isAncestorOf(focus)),
                    self.current_pane)
        if pane is None and self.w.panes:
            pane = self.w.panes[0]
        source = self.w.link_flow.source
        first = self.pane_of(source) if source is not None else None
        if first is not None and pane is first and len(self.w.panes) > 1:
            pane = self.w.panes[(self.w.panes.index(first) + 1) % len(self.w.panes)]
        return pane

    def step(self, direction: int) -> None:
        pane = self._walk_pane()
        if pane is None:
            return
        order = pane.layer.index.ordered()
        if not order:
            return
        if self.selected is not None and self.selected[0] is pane and self.selected[1] in order:
            i = order.index(self.selected[1]) + direction
        else:
            caret = pane.view.textCursor().position()
            starts = [pane.layer.index.span(k)[0] for k in order]
            i = next((n for n, s in enumerate(starts) if s >= caret), len(order))
            i = i if direction > 0 else i - 1
        key = order[i % len(order)]
        self.select(key)  # type: ignore[arg-type]
        pane.layer.scroll_to(key)  # type: ignore[arg-type]

    def _update_enabled(self) -> None:
        has = self.selected is not None
        for action in self.all_actions():
            if action.property("needs_selection"):
                action.setEnabled(has)

    # -- changing ----------------------------------------------------------------------

    def ensure_annotator(self) -> uuid.UUID | None:
        found = self.w.identity.ensure()
        if found is None:
            self.w.statusBar().showMessage(self.tr(NAME_NEEDED), 8000)
        return found

    def _push(self, command: undo.QUndoCommand) -> bool:
        try:
            return undo.push(self.w.undo_stack, command)
        except AnnotationError as error:
            self.w.show_error(self.tr("Cannot change the annotation"), str(error))
            return False

    def text_selection(self) -> tuple[ArticlePane, int, int] | None:
        """The pane with selected text (the current pane first), as code points."""
        panes = [self.current_pane] if self.current_pane is not None else []
        panes += [p for p in self.w.panes if p is not self.current_pane]
        for pane in panes:
            cursor = pane.view.textCursor()
            if cursor.hasSelection():
                offsets = pane.layer.offsets
                return (pane, offsets.to_codepoints(cursor.selectionStart()),
                        offsets.to_codepoints(cursor.selectionEnd()))
        return None

    def tag(self, tag_id: uuid.UUID, exact: bool = False) -> None:
        if self.w.exercise is None:
            return
        tag = self.w.exercise.tag(tag_id)
        found = self.text_selection()
        if found is not None:
            pane, start, end = found
            alt = QApplication.keyboardModifiers() & Qt.KeyboardModifier.AltModifier
            if not (exact or pane.view.exact_selection or alt):
                span = sel.snap_selection(pane.article.text, start, end)
                if span is None:
                    self.w.statusBar().showMessage(self.tr("Select some words to tag."), 4000)
                    return
                start, end = span
            annotator = self.ensure_annotator()
            if annotator is None:
                return
            command = undo.AddAnnotation(self.w.ctx.annotations, pane.article.id, annotator,
                                         start, end, tag_id, label=tag.label)
            with pane.layer.held():  # added and selected: one repaint of what changed
                if not (self._push(command) and command.created is not None):
                    return
                cursor = pane.view.textCursor()
                cursor.clearSelection()
                pane.view.setTextCursor(cursor)
                self.select(command.created.id)
            flow = self.w.link_flow
            if flow.source is not None and self.pane_of(flow.source) is not pane:
                flow.offer()  # linking, and the other end was not tagged yet
            return
        current = self.selected_annotation()
        if current is not None:
            if current.tag_id != tag_id:
                self._push(undo.UpdateAnnotation(self.w.ctx.annotations, current.id,
                                                 tag_id=tag_id,
                                                 text=arg(self.tr("Tag as %1"), tag.label)))
            return
        self.w.statusBar().showMessage(
            self.tr("Select a passage first (mouse, or Shift+arrow keys), then choose a tag."), 5000
        )

    def edit_note(self) -> None:
        a = self.selected_annotation()
        if a is None or self.w.exercise is None:
            return
        tag = self.w.exercise.tag(a.tag_id)
        note = self.w.prompts.note(self.w, a.exact, a.note, tag.label)
        if note is not None and note != a.note:
            self._push(undo.UpdateAnnotation(self.w.ctx.annotations, a.id, note=note,
                                             text=self.tr("Edit note")))

    def delete_selected(self) -> None:
        a = self.selected_annotation()
        if a is not None and self._push(undo.DeleteAnnotation(self.w.ctx.annotations, a.id)):
            self.w.statusBar().showMessage(
                arg(self.tr("Deleted “%1”. Ctrl+Z brings it back."), excerpt(a.exact, 30)), 6000)

    def adjust(self, edge: str, direction: int) -> None:
        a = self.selected_annotation()
        if a is None:
            return
        text = self.selected[0].article.text  # type: ignore[index]
        start, end = a.start, a.end
        if edge == "start":
            step = sel.previous_word_start if direction < 0 else sel.next_word_start
            start = step(text, start)
        else:
            step = sel.previous_word_end if direction < 0 else sel.next_word_end
            end = step(text, end)
        if start >= end or (start, end) == (a.start, a.end):
            return
        self._push(undo.UpdateAnnotation(self.w.ctx.annotations, a.id, start=start, end=end,
                                         text=self.tr("Adjust span")))

    def drag_edge(self, pane: ArticlePane, key: uuid.UUID, edge: str, pos16: int) -> None:
        a = pane.layer.annotations.get(key)
        if a is None:
            return
        pos = pane.layer.offsets.to_codepoints(pos16)
        start, end = (pos, a.end) if edge == "start" else (a.start, pos)
        alt = QApplication.keyboardModifiers() & Qt.KeyboardModifier.AltModifier
        if not alt:
            snapped = sel.snap_selection(pane.article.text, start, end)
            if snapped is None:
                return
            start, end = snapped
        if start < end and (start, end) != (a.start, a.end):
            self._push(undo.UpdateAnnotation(self.w.ctx.annotations, key, start=start,
                                             end=end, text=self.tr("Adjust span")))

    def context_menu(self, pane: ArticlePane, point: QPoint) -> QMenu:
        """The right-click menu for ``point`` (viewport coordinates) in ``pane``."""
        return build_context_menu(self, pane, point)

    def move_caret_to(self, pane: ArticlePane, position: int) -> None:
        cursor = QTextCursor(pane.view.document())
        cursor.setPosition(pane.layer.offsets.to_utf16(position))
        pane.view.setTextCursor(cursor)
