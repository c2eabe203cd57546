"""Tag keys in the start-up preview: the student can annotate before the main window is up.

When the database can be written without the full opening (``storage/early_annotate.py``),
the preview takes the same keys as the main window's panes: a tag's shortcut (``1``-``4``)
tags the selected text, snapped to whole words as the window does, and ``Alt`` with it (or
a selection dragged with ``Alt``) tags exactly as selected. The annotation is committed at
once with plain ``sqlite3`` and shown as a soft fill in its tag's colour, and the status bar
says what was tagged. When the main window takes over it shows the stored annotations as
usual, with the same selection and scroll positions, and Ctrl+Z undoes them like any other
(``gui/preview_handover.py``). Changing an annotation (re-tag, note, delete, adjust) needs
the full window: those keys are answered "not saved yet", never silently dropped.

Without a writable database the preview stays read-only, and a digit key is answered the
same way.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit, QWidget

from annotator.core import selection as sel
from annotator.core.offsets import OffsetMap
from annotator.core.text import excerpt
from annotator.gui import theme
from annotator.gui.i18n import QT_TRANSLATE_NOOP, arg
from annotator.storage.early_annotate import EarlyAnnotation, EarlyDesk, SpanRefused

if TYPE_CHECKING:
    from annotator.gui.first_paint import PreviewPane

NOT_YET = QT_TRANSLATE_NOOP(
    "PreviewKeys", "Still opening: nothing was changed. Press the key again in a moment.")
EXCERPT = 30

Forward = Callable[[uuid.UUID, bool], None]


class PreviewKeys(QObject):
    """The preview's tag actions; ``panes`` are the preview's panes (``.view``, ``.article``)."""

    def __init__(self, window: QMainWindow, splitter: QWidget,
                 panes: list[PreviewPane], desk: EarlyDesk
                 ) -> None:
        super().__init__(window)
        self.w, self.panes = window, panes
        self.desk: EarlyDesk | None = desk  # None once the file is handed to the full opening
        self.current = panes[0] if panes else None
        self.selected: EarlyAnnotation | None = None  # the last one added, as the window selects
        self.forward: Forward | None = None  # set once the main window has taken over
        self._offsets: dict[int, OffsetMap] = {}
        self._spans: dict[int, list[tuple[int, int, uuid.UUID]]] = {}
        self._colours = {tag.id: tag.colour for tag in desk.tags}
        for tag in desk.tags:
            if not tag.shortcut:
                continue
            for exact in (False, True):
                action = QAction(tag.label, window)
                action.setShortcut(QKeySequence(f"Alt+{tag.shortcut}" if exact else tag.shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.triggered.connect(lambda _=False, t=tag.id, e=exact: self.tag(t, e))
                splitter.addAction(action)
        for pane in panes:
            pane.view.focused.connect(lambda p=pane: self._set_current(p))
            pane.view.selectionChanged.connect(lambda p=pane: self._on_selection(p))
        for article_id, start, end, tag_id in desk.own_spans([p.article.id for p in panes]):
            for n, pane in enumerate(panes):
                if pane.article.id == article_id:
                    self._spans.setdefault(n, []).append((start, end, tag_id))
        for n in self._spans:
            self._paint(n)

    # -- state ---------------------------------------------------------------------------

    def _set_current(self, pane: PreviewPane) -> None:
        self.current = pane

    def _on_selection(self, pane: PreviewPane) -> None:
        if pane.view.textCursor().hasSelection():
            self.current = pane
            self.selected = None

    def offsets(self, n: int) -> OffsetMap:
        if n not in self._offsets:
            self._offsets[n] = OffsetMap(self.panes[n].article.text)
        return self._offsets[n]

    def _paint(self, n: int) -> None:
        """This pane's annotations as soft fills in their tags' colours."""
        view: QTextEdit = self.panes[n].view
        dark = theme.is_dark()
        offsets = self.offsets(n)
        extras = []
        for start, end, tag_id in sorted(self._spans.get(n, [])):
            extra = QTextEdit.ExtraSelection()
            cursor = QTextCursor(view.document())
            cursor.setPosition(offsets.to_utf16(start))
            cursor.setPosition(offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
            extra.cursor = cursor  # type: ignore[attr-defined]
            fmt = QTextCharFormat()
            fmt.setBackground(theme.highlight_colour(self._colours.get(tag_id, "#999999"), dark))
            extra.format = fmt  # type: ignore[attr-defined]
            extras.append(extra)
        view.setExtraSelections(extras)

    def text_selection(self) -> tuple[int, int, int] | None:
        """(pane number, start, end) in code points, the current pane first."""
        order = list(range(len(self.panes)))
        if self.current in self.panes:
            first = self.panes.index(self.current)
            order.remove(first)
            order.insert(0, first)
        for n in order:
            cursor = self.panes[n].view.textCursor()
            if cursor.hasSelection():
                offsets = self.offsets(n)
                return (n, offsets.to_codepoints(cursor.selectionStart()),
                        offsets.to_codepoints(cursor.selectionEnd()))
        return None

    # -- the key -------------------------------------------------------------------------

    def _say(self, text: str, ms: int) -> None:
        self.w.statusBar().showMessage(text, ms)

    def tag(self, tag_id: uuid.UUID, exact: bool = False) -> None:
        if self.forward is not None:  # the main window is there: it takes the key
            self.forward(tag_id, exact)
            return
        if self.desk is None:
            self._say(QCoreApplication.translate("PreviewKeys", NOT_YET), 6000)
            return
        found = self.text_selection()
        if found is None:
            if self.selected is not None:  # re-tagging needs the full window
                self._say(QCoreApplication.translate("PreviewKeys", NOT_YET), 6000)
            else:
                self._say(QCoreApplication.translate(
                    "PaneActions",
                    "Select a passage first (mouse, or Shift+arrow keys), then choose a tag."),
                    5000)
            return
        n, start, end = found
        pane = self.panes[n]
        alt = QApplication.keyboardModifiers() & Qt.KeyboardModifier.AltModifier
        if not (exact or pane.view.exact_selection or alt):
            span = sel.snap_selection(pane.article.text, start, end)
            if span is None:
                self._say(QCoreApplication.translate("PaneActions", "Select some words to tag."),
                          4000)
                return
            start, end = span
        try:
            made = self.desk.add(pane.article.id, start, end, tag_id)
        except (SpanRefused, sqlite3.Error) as error:
            self._say(arg(QCoreApplication.translate(
                "PreviewKeys", "Nothing was saved: %1. Press the key again in a moment."),
                str(error)), 10000)
            return
        cursor = pane.view.textCursor()
        cursor.clearSelection()
        pane.view.setTextCursor(cursor)
        self.selected = made
        self._spans.setdefault(n, []).append((made.start, made.end, made.tag_id))
        self._paint(n)
        label = next((t.label for t in self.desk.tags if t.id == tag_id), "")
        self._say(arg(QCoreApplication.translate("PreviewKeys", "%1: “%2” saved"), label,
                      excerpt(made.exact, EXCERPT, trim=False)), 8000)
