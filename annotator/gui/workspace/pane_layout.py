"""Arranging the reading panes: order, synchronised scrolling, appearance, and restoring
pane order and scroll positions when the exercise is opened again.

Keys: ``Ctrl+Shift+PgUp``/``Ctrl+Shift+PgDown`` move the current pane left/right;
View > Sync Scrolling (``Ctrl+Shift+Y``) keeps the panes at the same relative position.
"""

from __future__ import annotations

import itertools
import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

from annotator.gui import settings as opt
from annotator.gui.i18n import QT_TRANSLATE_NOOP
from annotator.gui.workspace.article_pane import ArticlePane

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

APPEARANCES = (("system", QT_TRANSLATE_NOOP("PaneLayout", "Follow &System")),
               ("light", QT_TRANSLATE_NOOP("PaneLayout", "&Light")),
               ("dark", QT_TRANSLATE_NOOP("PaneLayout", "&Dark")))


def _load_json(text: Any) -> dict[str, Any]:
    try:
        value = json.loads(str(text))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


class PaneLayout(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self._syncing = False
        self._headers_pending = False
        self.act_move_left = self._action(self.tr("Move Pane &Left"), "Ctrl+Shift+PgUp",
                                          lambda: self.move_current(-1))
        self.act_move_right = self._action(self.tr("Move Pane &Right"), "Ctrl+Shift+PgDown",
                                           lambda: self.move_current(+1))
        self.act_sync = self._action(self.tr("&Sync Scrolling"), "Ctrl+Shift+Y", self._sync_toggled)
        self.act_sync.setCheckable(True)
        self.act_sync.setChecked(bool(window.settings.get(opt.SYNC_SCROLL)))
        self.menu_appearance = QMenu(self.tr("&Appearance"))
        self.appearance_group = QActionGroup(self)
        current = str(window.settings.get(opt.DARK))
        for mode, text in APPEARANCES:
            action = self.menu_appearance.addAction(self.tr(text))
            action.setCheckable(True)
            action.setChecked(mode == current)
            action.setData(mode)
            action.triggered.connect(lambda _=False, m=mode: self.set_appearance(m))
            self.appearance_group.addAction(action)

    def _action(self, text: str, key: str, slot: Any) -> QAction:
        action = QAction(text, self.w)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        self.w.addAction(action)
        return action

    def fill_view_menu(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addAction(self.act_move_left)
        menu.addAction(self.act_move_right)
        menu.addAction(self.act_sync)
        menu.addSeparator()
        menu.addMenu(self.menu_appearance)

    # -- order ---------------------------------------------------------------------------

    def attach(self, pane: ArticlePane) -> None:
        bar = pane.view.verticalScrollBar()
        bar.valueChanged.connect(lambda _v, p=pane: self._scrolled(p))
        pane.paneDropped.connect(lambda article, p=pane: self._dropped(article, p))
        pane.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self._headers_pending:
            self._headers_pending = True
            QTimer.singleShot(0, self.align_headers)
        return False

    def align_headers(self) -> None:
        """Give every header the height of the tallest, so the texts start level."""
        self._headers_pending = False
        heights = []
        for pane in self.w.panes:
            header = pane.header
            layout = header.layout()
            natural = layout.totalHeightForWidth(pane.width()) if layout else -1
            heights.append(natural if natural > 0 else header.sizeHint().height())
        tallest = max(heights, default=0)
        for pane in self.w.panes:
            pane.header.setMinimumHeight(tallest)

    def _dropped(self, article_id: str, target: ArticlePane) -> None:
        moving = next((p for p in self.w.panes if str(p.article.id) == article_id), None)
        if moving is not None and moving is not target:
            self.move_pane(moving, self.w.panes.index(target))

    def current(self) -> ArticlePane | None:
        pane = self.w.actions_pane.current_pane
        return pane if pane in self.w.panes else (self.w.panes[0] if self.w.panes else None)

    def move_current(self, step: int) -> None:
        pane = self.current()
        if pane is None:
            return
        index = self.w.panes.index(pane)
        target = index + step
        if not 0 <= target < len(self.w.panes):
            return
        self.move_pane(pane, target)
        pane.view.setFocus()

    def move_pane(self, pane: ArticlePane, target: int) -> None:
        sizes = self.w.splitter.sizes()
        self.w.panes.remove(pane)
        self.w.panes.insert(target, pane)
        self.w.splitter.insertWidget(target, pane)
        self.w.splitter.setSizes(sizes)
        self.update_tab_order()
        self._save_order()

    def update_tab_order(self) -> None:
        """Tab moves from the tag bar through the panes left to right."""
        views = [pane.view for pane in self.w.panes]
        for before, after in itertools.pairwise(views):
            self.w.setTabOrder(before, after)

    def _save_order(self) -> None:
        if self.w.exercise is None:
            return
        orders = _load_json(self.w.settings.get(opt.PANE_ORDER))
        orders[str(self.w.exercise.id)] = [str(p.article.id) for p in self.w.panes]
        self.w.settings.set(opt.PANE_ORDER, json.dumps(orders))

    def apply_saved_order(self) -> None:
        if self.w.exercise is None:
            return
        wanted = _load_json(self.w.settings.get(opt.PANE_ORDER)).get(str(self.w.exercise.id))
        if not isinstance(wanted, list):
            return
        rank = {article: n for n, article in enumerate(wanted)}
        ordered = sorted(self.w.panes, key=lambda p: rank.get(str(p.article.id), len(rank)))
        for index, pane in enumerate(ordered):
            self.w.splitter.insertWidget(index, pane)
        self.w.panes[:] = ordered
        self.update_tab_order()

    # -- scrolling -----------------------------------------------------------------------

    def _sync_toggled(self) -> None:
        self.w.settings.set(opt.SYNC_SCROLL, self.act_sync.isChecked())
        if self.act_sync.isChecked() and (pane := self.current()) is not None:
            self._scrolled(pane)

    def _scrolled(self, source: ArticlePane) -> None:
        if self._syncing or not self.act_sync.isChecked():
            return
        bar = source.view.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0
        self._syncing = True
        try:
            for pane in self.w.panes:
                if pane is not source:
                    other = pane.view.verticalScrollBar()
                    other.setValue(round(fraction * other.maximum()))
        finally:
            self._syncing = False

    def first_visible(self, pane: ArticlePane) -> int:
        """Code-point offset of the first character at the top of the pane."""
        pos16 = pane.view.cursorForPosition(QPoint(0, 0)).position()
        return pane.layer.offsets.to_codepoints(min(pos16, pane.layer.offsets.length_utf16))

    def save_scroll_positions(self) -> None:
        positions = _load_json(self.w.settings.get(opt.SCROLL_POSITIONS))
        for pane in self.w.panes:
            positions[str(pane.article.id)] = self.first_visible(pane)
        self.w.settings.set(opt.SCROLL_POSITIONS, json.dumps(positions))

    def restore_scroll_positions(self) -> None:
        positions = _load_json(self.w.settings.get(opt.SCROLL_POSITIONS))
        self._syncing = True  # each pane goes back to its own place, even when synced
        try:
            for pane in self.w.panes:
                offset = positions.get(str(pane.article.id))
                if isinstance(offset, int) and 0 < offset <= pane.layer.offsets.length:
                    self.scroll_to_offset(pane, offset)
        finally:
            self._syncing = False

    @contextmanager
    def keeping_places(self) -> Iterator[None]:
        """Each pane shows the same first line after the body has run (a zoom, say), instead
        of the same pixel offset, which is somewhere else in a re-laid-out text."""
        places = [(pane, self.first_visible(pane)) for pane in self.w.panes
                  if pane.view.isVisible()]
        yield
        self._syncing = True
        try:
            for pane, offset in places:
                if offset > 0:
                    self.scroll_to_offset(pane, offset)
        finally:
            self._syncing = False

    def scroll_to_offset(self, pane: ArticlePane, offset: int) -> None:
        cursor = QTextCursor(pane.view.document())
        cursor.setPosition(pane.layer.offsets.to_utf16(offset))
        rect = pane.view.cursorRect(cursor)
        bar = pane.view.verticalScrollBar()
        bar.setValue(bar.value() + rect.top())

    # -- appearance ----------------------------------------------------------------------

    def set_appearance(self, mode: str) -> None:
        # imported here: gui.application builds the main window, so it imports this module
        from annotator.gui.application import apply_appearance

        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, mode)
        self.w.settings.set(opt.DARK, mode)
        for action in self.appearance_group.actions():
            action.setChecked(action.data() == mode)
        for pane in self.w.panes:
            pane.layer.refresh()


def article_ids(panes: list[ArticlePane]) -> list[uuid.UUID]:
    return [pane.article.id for pane in panes]
