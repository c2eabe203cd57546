"""The status bar: how to start (until the first tag), counts per tag and links, and a
"Saved" indicator.

Every change is committed at once, so "Saved" is the honest state; it briefly reads
"Saved just now" in bold after each change so the student sees that it happened.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTime, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from annotator.gui import plain
from annotator.gui.i18n import arg, number
from annotator.gui.steady_size import hold_size, release_size
from annotator.services.views import ExerciseView, TagView

FRESH_MS = 2500

def saved_already() -> str:
    """The answer to Ctrl+S: there is nothing to save."""
    return QCoreApplication.translate(
        "StatusCounts", "No need to save: every change is saved at once. "
        "To give your work to your teacher: File > Hand In…")


def start_hint(exercise: ExerciseView) -> str:
    """The status bar's first-run line: how to tag, with the exercise's own keys."""
    keys = [tag.shortcut for tag in exercise.tags if tag.shortcut]
    digits = [int(k) for k in keys if k.isdigit()]
    if len(keys) > 2 and len(digits) == len(keys) and digits == list(
            range(digits[0], digits[0] + len(digits))):
        return arg(QCoreApplication.translate(
            "StatusCounts",
            "To start: select a passage in an article, then press %1–%2 or click a tag above"),
            keys[0], keys[-1])
    if keys:
        return arg(QCoreApplication.translate(
            "StatusCounts",
            "To start: select a passage in an article, then press %1 or click a tag above"),
            ", ".join(keys))
    return QCoreApplication.translate(
        "StatusCounts", "To start: select a passage in an article, then click a tag above")


def _qtime(moment: datetime) -> QTime:
    """The clock time of ``moment``, for QLocale to write (14:03 or 2:03 PM)."""
    return QTime(moment.hour, moment.minute, moment.second)


class StatusCounts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts_label = QLabel()
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.counts_label.setAccessibleName(self.tr("Annotation counts"))
        self.saved_label = QLabel(self.tr("✓ All changes saved"))
        self.saved_label.setTextFormat(Qt.TextFormat.PlainText)
        self.saved_label.setAccessibleName(self.tr("Save status"))
        self.saved_label.setToolTip(self.tr(
            "There is no Save button: every change is stored the moment you make it."
        ))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(18)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.saved_label)
        self._fresh = QTimer(self)
        self._fresh.setSingleShot(True)
        self._fresh.setInterval(FRESH_MS)
        self._fresh.timeout.connect(self._settle)
        self.last_saved: datetime | None = None

    def set_counts(
        self, tags: Sequence[TagView], counts: Mapping[uuid.UUID, int], links: int
    ) -> None:
        parts = [f"{tag.label} {number(counts.get(tag.id, 0))}" for tag in tags]
        total = sum(counts.get(tag.id, 0) for tag in tags)
        parts.append(self.tr("%n link(s)", "", links))
        self.counts_label.setText(" · ".join(parts))
        hold_size(self.counts_label)  # the window is not laid out again for a new count
        self.counts_label.setToolTip(plain.tooltip(arg(
            self.tr("%1 and %2 by you in this exercise"),
            self.tr("%n annotation(s)", "", total), self.tr("%n link(s)", "", links),
        )))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            release_size(self.counts_label)  # sized afresh for the new look

    def mark_saved(self) -> None:
        self.last_saved = datetime.now()
        self.saved_label.setText(self.tr("✓ Saved just now"))
        font = self.saved_label.font()
        font.setBold(True)
        self.saved_label.setFont(font)
        self.saved_label.setToolTip(arg(self.tr(
            "Last change stored at %1. There is no Save button: "
            "every change is stored the moment you make it."
        ), QLocale().toString(_qtime(self.last_saved), QLocale.FormatType.LongFormat)))
        self._fresh.start()

    def _settle(self) -> None:
        font = self.saved_label.font()
        font.setBold(False)
        self.saved_label.setFont(font)
        if self.last_saved is not None:
            self.saved_label.setText(arg(self.tr("✓ Saved %1"), QLocale().toString(
                _qtime(self.last_saved), QLocale.FormatType.ShortFormat)))
