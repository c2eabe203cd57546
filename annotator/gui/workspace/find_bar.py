"""Edit > Find in Article (Ctrl+F): find text in the article with the keyboard focus.

A bar below the articles: typing finds the next match from the caret, ``Enter``/``F3`` the
next one, ``Shift+Enter``/``Shift+F3`` the previous one (wrapping around). The match is
selected in the article, so ``Escape`` (back to the text) then ``1``-``4`` tags it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolBar, QToolButton, QWidget

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow
    from annotator.gui.workspace.article_pane import ArticlePane


class FindBar(QToolBar):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.setObjectName("findBar")
        self.setWindowTitle(self.tr("Find in Article"))
        self.setAccessibleName(self.tr("Find in article"))
        self.setMovable(False)
        self.pane: ArticlePane | None = None
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(8, 2, 8, 2)
        row.setSpacing(6)
        label = QLabel(self.tr("F&ind in article:"))
        self.field = QLineEdit()
        self.field.setAccessibleName(self.tr("Text to find in the article"))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(240)
        label.setBuddy(self.field)
        self.previous = QToolButton()
        self.previous.setText(self.tr("Previous"))
        self.previous.setAccessibleName(self.tr("Find previous"))
        self.next = QToolButton()
        self.next.setText(self.tr("Next"))
        self.next.setAccessibleName(self.tr("Find next"))
        self.result = QLabel()
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.close_button = QToolButton()
        self.close_button.setText(self.tr("Done"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        for widget in (label, self.field, self.previous, self.next, self.result):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.close_button)
        self.addWidget(body)
        self.hide()

        self.act_find = QAction(self.tr("&Find in Article…"), window)
        self.act_find.setShortcut(QKeySequence.StandardKey.Find)
        self.act_find.setStatusTip(self.tr("Find text in the article you are reading"))
        self.act_find.triggered.connect(self.open)
        self.act_next = QAction(self.tr("Find N&ext"), window)
        self.act_next.setShortcut(QKeySequence.StandardKey.FindNext)
        self.act_next.triggered.connect(lambda: self.search(forward=True, again=True))
        self.act_previous = QAction(self.tr("Find Pre&vious"), window)
        self.act_previous.setShortcut(QKeySequence.StandardKey.FindPrevious)
        self.act_previous.triggered.connect(lambda: self.search(forward=False, again=True))
        window.addActions([self.act_find, self.act_next, self.act_previous])

        self.field.textEdited.connect(lambda _text: self.search(forward=True, again=False))
        self.next.clicked.connect(lambda: self.search(forward=True, again=True))
        self.previous.clicked.connect(lambda: self.search(forward=False, again=True))
        self.close_button.clicked.connect(self.back_to_text)
        self.field.installEventFilter(self)

    def open(self) -> None:
        """Ctrl+F: search the article with the focus (or the last one read)."""
        self.pane = self.w.actions_pane.current_pane or (
            self.w.panes[0] if self.w.panes else None)
        if self.pane is not None:
            chosen = self.pane.view.textCursor().selectedText()
            if chosen and "\u2029" not in chosen:
                self.field.setText(chosen)
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def search(self, forward: bool, again: bool) -> bool:
        """Select the next (or previous) match in the pane; wraps around at the end."""
        pane, wanted = self.pane, self.field.text()
        if pane is None or not wanted:
            self.result.setText("")
            return False
        document, cursor = pane.view.document(), pane.view.textCursor()
        if not again:  # typing: look again from where the current match starts
            cursor.setPosition(cursor.selectionStart())
        flags = QTextDocument.FindFlag(0) if forward else QTextDocument.FindFlag.FindBackward
        found = document.find(wanted, cursor, flags)
        if found.isNull():  # wrap around
            start = QTextCursor(document)
            if not forward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = document.find(wanted, start, flags)
        if found.isNull():
            self.result.setText(self.tr("Not found"))
            return False
        pane.view.setTextCursor(found)
        pane.view.ensureCursorVisible()
        self.result.setText("")
        return True

    def back_to_text(self) -> None:
        """Escape: close the bar; the match stays selected in the article, ready to tag."""
        self.hide()
        if self.pane is not None:
            self.pane.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self.search(forward=not shift, again=True)
                return True
            if key == Qt.Key.Key_Escape:
                self.back_to_text()
                return True
        return super().eventFilter(watched, event)
