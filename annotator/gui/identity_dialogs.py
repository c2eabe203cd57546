"""Two questions about who is at the keyboard: "which of these are you?" and, for a name
that is already in the database, "is this you?". Each returns plain data (see gui/prompts.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ME = "me"
OTHER = "other"


class WhichPersonDialog(QDialog):
    """A list of the people whose work the database holds, and "I am someone else"."""

    def __init__(self, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which of These Are You?"))
        self.setAccessibleName(self.tr("Which of these are you?"))
        intro = QLabel(self.tr(
            "This database holds the work of more than one person. Choose your name to "
            "continue your work, or choose “I am someone else” to start with your own name."
        ))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("People in this database"))
        self.people.addItems(list(names))
        self.people.addItem(self.tr("I am someone else…"))
        self.people.setCurrentRow(0)
        self.people.itemDoubleClicked.connect(lambda _item: self.accept())
        label = QLabel(self.tr("&People:"))
        label.setBuddy(self.people)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.people)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)

    def chosen(self) -> int:
        """The row chosen; ``len(names)`` means "someone else"."""
        return self.people.currentRow()


def ask_which_person(parent: QWidget | None, names: Sequence[str]) -> int | None:
    dialog = WhichPersonDialog(names, parent)
    try:
        return dialog.chosen() if dialog.exec() else None
    finally:
        dialog.deleteLater()


def ask_namesake(parent: QWidget | None, name: str, can_be_me: bool) -> str | None:
    """``ME`` (continue as that person), ``OTHER`` (a second person of that name) or None."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(QCoreApplication.translate("IdentityDialogs", "Name Already Used"))
    box.setText(QCoreApplication.translate(
        "IdentityDialogs", "Someone called “{name}” already has work in this database."
    ).format(name=name))
    me: QPushButton | None = None
    if can_be_me:
        box.setInformativeText(QCoreApplication.translate(
            "IdentityDialogs",
            "If that is you, continue with your work. Choose “Another person” only if "
            "two different people share this name."))
        me = box.addButton(QCoreApplication.translate("IdentityDialogs", "That Is &Me"),
                           QMessageBox.ButtonRole.AcceptRole)
    else:
        box.setInformativeText(QCoreApplication.translate(
            "IdentityDialogs",
            "Two people with the same name are hard to tell apart in the review. "
            "Use this name anyway?"))
    other = box.addButton(
        QCoreApplication.translate("IdentityDialogs", "&Another Person, Same Name"),
        QMessageBox.ButtonRole.YesRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(me if me is not None else other)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if me is not None and clicked is me:
        return ME
    return OTHER if clicked is other else None
