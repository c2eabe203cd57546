"""The questions the workspace may ask the student, gathered so tests can answer them.

Each prompt is a plain callable returning data (or ``None`` when the student cancels);
tests replace them on ``window.prompts`` instead of driving modal dialogs and menus.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QMenu, QWidget

from annotator.gui.identity_dialogs import ask_namesake, ask_which_person
from annotator.gui.name_dialog import ask_name
from annotator.gui.workspace.note_dialog import ask_note


def choose_from_menu(
    parent: QWidget | None, title: str, options: Sequence[str], at: QPoint | None = None
) -> int | None:
    """A small pop-up menu of ``options``; the index picked, or ``None``."""
    menu = QMenu(parent)
    menu.setAccessibleName(title)
    menu.setToolTipsVisible(True)
    header = menu.addAction(title)
    header.setEnabled(False)
    menu.addSeparator()
    actions = [menu.addAction(option) for option in options]
    chosen = menu.exec(at if at is not None else QCursor.pos())
    menu.deleteLater()
    return actions.index(chosen) if chosen in actions else None


@dataclass
class Prompts:
    name: Callable[[QWidget | None, str], str | None] = ask_name
    note: Callable[[QWidget | None, str, str, str], str | None] = ask_note
    choose: Callable[[QWidget | None, str, Sequence[str], QPoint | None], int | None] = (
        choose_from_menu
    )
    # "which of these are you?": the row chosen, len(names) for "someone else", or None
    which: Callable[[QWidget | None, Sequence[str]], int | None] = ask_which_person
    # a name already in the database: "me", "other" or None (cancel)
    namesake: Callable[[QWidget | None, str, bool], str | None] = ask_namesake
