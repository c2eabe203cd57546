"""The student's Hand In dialog: what will be handed in, and where the file goes.

The dialog shows the counts (highlights per tag, links, questions answered), the student's
name and a save location, then writes the file through the ``save`` callable it was given.
On failure it shows one line and stays open, so the student can pick another folder; on
success it says where the file is and offers to close.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.exchange.errors import ExchangeError
from annotator.gui import theme
from annotator.gui.i18n import arg, number
from annotator.services.handin_report import HandinOverview

__all__ = ["HandInDialog", "answer_warning"]

Save = Callable[[Path], None]


def answer_warning(overview: HandinOverview) -> str:
    """A gentle reminder when the questions are (mostly) unanswered; empty otherwise."""
    if overview.questions == 0:
        return ""
    if overview.answered == 0:
        return QCoreApplication.translate(
            "HandInDialog", "You have not answered any of the source-evaluation questions yet. "
            "You can still hand in, or go back and answer them first.")
    if overview.answered * 2 < overview.questions:
        return arg(QCoreApplication.translate(
            "HandInDialog", "You have answered only %1 of %2 source-evaluation questions. "
            "You can still hand in."), overview.answered, overview.questions)
    return ""


# (light, dark) text colours that keep a 4.5:1 contrast on the window background
TONES = {"warning": ("#8a5a00", "#f0c070"), "error": ("#b00020", "#ff8a80"),
         "done": ("#1b5e20", "#8fd694")}


def tone(widget: QWidget, kind: str) -> str:
    """A style sheet colouring ``widget``'s text as ``kind``, readable in light and dark."""
    light, dark = TONES[kind]
    return f"color: {dark if theme.is_dark(widget.palette()) else light};"


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class HandInDialog(QDialog):
    def __init__(
        self, overview: HandinOverview, default_path: Path, save: Save,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hand In"))
        self.overview = overview
        self._save = save
        self.saved_path: Path | None = None

        layout = QVBoxLayout(self)
        intro = _plain(arg(self.tr("Hand in your work on “%1”."), overview.exercise_title))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.name_label = _plain(overview.student)
        form.addRow(self.tr("Student:"), self.name_label)
        form.addRow(self.tr("Highlights:"), self._tag_grid())
        self.links_label = _plain(number(overview.links))
        form.addRow(self.tr("Links:"), self.links_label)
        self.answers_label = _plain(arg(self.tr("%1 of %2 answered"), overview.answered,
                                         overview.questions))
        form.addRow(self.tr("Questions:"), self.answers_label)
        layout.addLayout(form)

        self.warning_label = _plain(answer_warning(overview))
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(tone(self, "warning"))
        self.warning_label.setVisible(bool(self.warning_label.text()))
        if overview.annotations == 0:
            self.warning_label.setText(
                self.tr("You have not highlighted anything yet. You can still hand in an "
                        "empty file.")
                + (" " + answer_warning(overview) if answer_warning(overview) else "")
            )
            self.warning_label.setVisible(True)
        layout.addWidget(self.warning_label)

        row = QHBoxLayout()
        self.path_edit = QLineEdit(str(default_path))
        self.path_edit.setMinimumWidth(420)
        self.path_edit.setAccessibleName(self.tr("Save location"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        save_form = QFormLayout()
        save_form.addRow(self.tr("Save as:"), row)
        layout.addLayout(save_form)

        self.message_label = _plain()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()
        layout.addWidget(self.message_label)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Hand In"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.hand_in)
        self.close_button.clicked.connect(self._close)
        layout.addWidget(self.buttons)

    def _tag_grid(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, tag in enumerate(self.overview.tags):
            swatch = QLabel()
            swatch.setFixedSize(12, 12)
            colour = tag.colour if len(tag.colour) == 7 and tag.colour.startswith("#") else "#999"
            swatch.setStyleSheet(f"background-color: {colour}; border: 1px solid #555;")
            grid.addWidget(swatch, row, 0)
            grid.addWidget(_plain(tag.label), row, 1)
            count = _plain(number(tag.count))
            count.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(count, row, 2)
        grid.setColumnMinimumWidth(2, 40)
        grid.setColumnStretch(3, 1)
        total = _plain(arg(self.tr("%1 in all"), self.overview.annotations))
        grid.addWidget(total, len(self.overview.tags), 1, 1, 2)
        return box

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Hand In As"), self.path_edit.text(), self.tr("Hand-ins (*.handin.json)")
        )
        if chosen:
            self.path_edit.setText(chosen)

    def chosen_path(self) -> Path:
        """The save location, with the ``.handin.json`` ending added when it is missing."""
        path = Path(self.path_edit.text().strip()).expanduser()
        if not path.name.lower().endswith(".json"):
            path = path.with_name(path.name + ".handin.json")
        return path

    def hand_in(self) -> Path | None:
        """Write the hand-in; returns its path, or None after showing the problem."""
        if not self.path_edit.text().strip():
            self._show(self.tr("Choose where to save your hand-in first."), error=True)
            return None
        path = self.chosen_path()
        try:
            self._save(path)
        except (ExchangeError, OSError, LookupError) as exc:
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            self._show(arg(self.tr("Not handed in: %1"), message), error=True)
            return None
        self.saved_path = path
        self._show(arg(self.tr("Handed in. Your work is saved as %1"), path), error=False)
        self.save_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.path_edit.setReadOnly(True)
        return path

    def _show(self, text: str, *, error: bool) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(tone(self, "error" if error else "done"))
        self.message_label.show()

    def _close(self) -> None:
        if self.saved_path is not None:
            self.accept()
        else:
            self.reject()
