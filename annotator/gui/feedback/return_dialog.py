"""Review > Return Feedback…: which parts to include, and the folder to write the files into
or, on a school server, releasing the feedback to the students there instead.

:meth:`ReturnDialog.choice` returns a plain :class:`ReturnChoice`; tests call it without
``exec()``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator.exchange.feedback_records import INCLUDE_PARTS

__all__ = ["ReturnChoice", "ReturnDialog"]


@dataclass(frozen=True)
class ReturnChoice:
    folder: Path | None  # None: release on the school server
    includes: tuple[str, ...]

    @property
    def release(self) -> bool:
        return self.folder is None


class ReturnDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, folder: Path | None = None, *,
                 server: bool = False, released: str = "") -> None:
        """``server``: offer releasing on the school server (the default there);
        ``released``: one line on what is released already."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Return Feedback"))
        intro = QLabel(self.tr(
            "Each student who handed in gets their own feedback, which opens only for them. "
            "Nothing of another student's markup or name is in it.") if server else self.tr(
            "Each student who handed in gets one file, NAME.feedback.json, that opens only "
            "for them. Nothing of another student's markup or name is in it."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        texts = {
            "key": self.tr("The answer key, with your explanation of each passage"),
            "class": self.tr("The class overlay: how many students marked each line"),
            "scores": self.tr("Their scores against the key, in plain words"),
            "comments": self.tr("Your comments to the student and on their passages"),
        }
        self.boxes: dict[str, QCheckBox] = {}
        for part in INCLUDE_PARTS:
            box = QCheckBox(texts[part])
            box.setChecked(True)
            self.boxes[part] = box
        self.boxes["class"].setToolTip(self.tr(
            "Counts only, no names. Left out when fewer than 3 students handed in, because "
            "the counts would then show a classmate's markup."))
        self.to_server = QRadioButton(self.tr("Release to the students on the server"))
        self.to_server.setToolTip(self.tr(
            "Each student sees their feedback in the app, without a file, after they handed "
            "in. Releasing again replaces it; Review > Withdraw Released Feedback takes it "
            "back."))
        self.to_files = QRadioButton(self.tr("Write feedback files into a folder:"))
        self.released = QLabel(released)
        self.released.setTextFormat(Qt.TextFormat.PlainText)
        self.released.setWordWrap(True)
        self.released.setVisible(server and bool(released))
        self.to_server.setVisible(server)
        self.to_files.setVisible(server)
        self.to_server.setChecked(server)
        self.to_files.setChecked(not server)
        self.folder = QLineEdit(str(folder) if folder else "")
        self.folder.setPlaceholderText(self.tr("Folder for the feedback files"))
        self.folder.setAccessibleName(self.tr("Folder for the feedback files"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.browse = browse
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write = buttons.addButton(self.tr("Write Feedback Files"),
                                       QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.folder.textChanged.connect(lambda _t: self._sync())
        self.to_server.toggled.connect(lambda _on: self._sync())
        for box in self.boxes.values():
            box.toggled.connect(lambda _on: self._sync())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Include:")))
        for box in self.boxes.values():
            layout.addWidget(box)
        files_label = QLabel(self.tr("Write the files into:"))
        files_label.setVisible(not server)
        how = QLabel(self.tr("Return it:"))
        how.setVisible(server)
        self.released.setContentsMargins(24, 0, 0, 4)
        layout.addWidget(how)
        layout.addWidget(self.to_server)
        layout.addWidget(self.released)
        layout.addWidget(self.to_files)
        layout.addWidget(files_label)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(580)
        intro.setMinimumHeight(intro.heightForWidth(540))
        self.adjustSize()
        self._sync()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the Feedback Files"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _sync(self) -> None:
        release = self.to_server.isChecked()
        self.folder.setEnabled(not release)
        self.browse.setEnabled(not release)
        self.write.setText(self.tr("Release Feedback") if release else
                           self.tr("Write Feedback Files"))
        self.write.setEnabled((release or bool(self.folder.text().strip()))
                              and any(b.isChecked() for b in self.boxes.values()))

    def choice(self) -> ReturnChoice | None:
        text = self.folder.text().strip()
        parts = tuple(p for p in INCLUDE_PARTS if self.boxes[p].isChecked())
        if not parts:
            return None
        if self.to_server.isChecked():
            return ReturnChoice(None, parts)
        if not text:
            return None
        return ReturnChoice(Path(text), parts)
