"""Editors for one source-evaluation question: free text, or a 1-5 rating with reasons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.i18n import QT_TRANSLATE_NOOP, arg
from annotator.services.views import AnswerView, QuestionView
from annotator.storage.models import QuestionKind

RATINGS = range(1, 6)
RATING_ENDS = (QT_TRANSLATE_NOOP("QuestionWidget", "not reliable"),
               QT_TRANSLATE_NOOP("QuestionWidget", "very reliable"))


class AnswerEdit(QPlainTextEdit):
    """Plain text only; Tab moves on; tells when it loses focus so the answer is saved."""

    focusLost = Signal()

    def __init__(self, lines: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(line * lines + 2 * int(self.document().documentMargin()) + 8)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focusLost.emit()

    def set_text_quietly(self, text: str) -> None:
        """Replace the text without signalling an edit; keep the cursor near where it was."""
        if self.toPlainText() == text:
            return
        position = self.textCursor().position()
        self.blockSignals(True)
        self.setPlainText(text)
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)
        self.blockSignals(False)


class QuestionWidget(QWidget):
    """One question with its editor(s). ``edited`` fires on typing, ``commit`` when the
    answer should be saved at once (focus left the editor, a rating was picked)."""

    edited = Signal()
    commit = Signal()

    def __init__(self, question: QuestionView, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setAccessibleName(arg(self.tr("Question %1"), number))
        self.label = QLabel(f"{number}. {question.text}")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        font = QFont(self.label.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.label.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)

        self.rating_group: QButtonGroup | None = None
        if question.kind == QuestionKind.RATING:
            layout.addLayout(self._rating_row())
        self.editor = AnswerEdit(3 if self.is_rating else 4)
        self.editor.setAccessibleName(arg(self.tr("Reasons for %1") if self.is_rating
                                          else self.tr("Answer to %1"), question.text))
        self.editor.setPlaceholderText(self.tr("Your reasons…") if self.is_rating
                                       else self.tr("Your answer…"))
        self.label.setBuddy(self.editor)
        self.editor.textChanged.connect(self.edited)
        self.editor.focusLost.connect(self.commit)
        layout.addWidget(self.editor)

    @property
    def is_rating(self) -> bool:
        return self.rating_group is not None

    def _rating_row(self) -> QVBoxLayout:
        self.rating_group = QButtonGroup(self)
        self.rating_group.setExclusive(True)
        buttons = QHBoxLayout()
        buttons.setSpacing(14)
        for value in RATINGS:
            button = QRadioButton(str(value))
            button.setAccessibleName(arg(self.tr("Reliability %1 of 5"), value))
            self.rating_group.addButton(button, value)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.rating_group.idClicked.connect(lambda _id: self.commit.emit())
        scale = QLabel(f"1 = {self.tr(RATING_ENDS[0])}   ·   5 = {self.tr(RATING_ENDS[1])}")
        scale.setTextFormat(Qt.TextFormat.PlainText)
        scale.setEnabled(False)  # drawn in the quieter, disabled text colour
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addLayout(buttons)
        column.addWidget(scale)
        return column

    def value(self) -> tuple[str, int | None]:
        """The answer as stored: text (or reasons) and the rating (None when not rated)."""
        rating = None
        if self.rating_group is not None:
            checked = self.rating_group.checkedId()
            rating = checked if checked in RATINGS else None
        return self.editor.toPlainText(), rating

    def show_answer(self, answer: AnswerView | None) -> None:
        self.editor.set_text_quietly("" if answer is None else answer.value)
        if self.rating_group is not None:
            rating = None if answer is None else answer.rating
            self.rating_group.setExclusive(False)  # allows showing "not rated yet"
            for button in self.rating_group.buttons():
                button.setChecked(self.rating_group.id(button) == rating)
            self.rating_group.setExclusive(True)

    def rating_button(self, value: int) -> QRadioButton:
        assert self.rating_group is not None
        button = self.rating_group.button(value)
        assert isinstance(button, QRadioButton)
        return button
