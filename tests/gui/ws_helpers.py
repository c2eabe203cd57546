"""Acting as a student in the workspace: shared helpers for the test_ws_* files."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor

from annotator.gui.main_window import MainWindow
from annotator.gui.workspace.article_pane import ArticlePane


def select_text(pane: ArticlePane, start: int, end: int) -> None:
    """Select code points ``start..end`` in the pane, as a drag with the mouse would."""
    offsets = pane.layer.offsets
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(offsets.to_utf16(start))
    cursor.setPosition(offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
    pane.view.setFocus()
    pane.view.setTextCursor(cursor)


def select_phrase(pane: ArticlePane, phrase: str, occurrence: int = 0) -> tuple[int, int]:
    text = pane.article.text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    select_text(pane, start, start + len(phrase))
    return start, start + len(phrase)


def point_of(pane: ArticlePane, position: int) -> QPoint:
    """The viewport point in the middle of the character at code point ``position``."""
    layer = pane.layer
    p16 = layer.offsets.to_utf16(position)
    rects = layer.rects(p16, p16 + 1)
    assert rects, f"character {position} is not laid out"
    return rects[0].center().toPoint()


def mine(window: MainWindow) -> list:
    assert window.exercise is not None and window.annotator_id is not None
    return window.ctx.annotations.list(window.exercise.id, window.annotator_id)


def answer_prompts(window: MainWindow, name: str = "Ada Lovelace", choose: int | None = 0,
                   note: str | None = None) -> dict[str, list]:
    """Replace the window's dialogs and pop-up menus by fixed answers; record the questions."""
    asked: dict[str, list] = {"name": [], "choose": [], "note": []}

    def ask_name(_parent: object, current: str) -> str | None:
        asked["name"].append(current)
        return name

    def ask_choice(_parent: object, title: str, options: list[str], _at: object) -> int | None:
        asked["choose"].append((title, list(options)))
        return choose

    def ask_note(_parent: object, quote: str, current: str, tag: str) -> str | None:
        asked["note"].append((quote, current, tag))
        return note

    window.prompts.name = ask_name
    window.prompts.choose = ask_choice
    window.prompts.note = ask_note
    return asked


def show_active(qtbot: object, window: MainWindow, width: int = 1400, height: int = 860) -> None:
    """Show the window and make it the active one, so its keyboard shortcuts work."""
    from PySide6.QtWidgets import QApplication

    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # type: ignore[attr-defined]
