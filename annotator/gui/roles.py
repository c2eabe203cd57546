"""Roles in one app: a student sees a student's menus; the instructor's items (new and edited
exercises, importing hand-ins, the class overview, the answer key) appear once the person
turns on File > Instructor Mode, which the database remembers (services/identity.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from annotator.services import identity

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


class InstructorMode(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.action = QAction(self.tr("Instr&uctor Mode"), window)
        self.action.setCheckable(True)
        self.action.setStatusTip(self.tr(
            "Show the instructor's menus: new exercises, hand-ins, the class overview"))
        self.action.setChecked(identity.instructor_mode(window.ctx.db))
        self.action.toggled.connect(self.set_on)
        window.menu_file.insertAction(window.act_change_name, self.action)
        self._apply(self.action.isChecked())

    def instructor_actions(self) -> list[QAction]:
        authoring, handin, review = self.w.authoring, self.w.handin, self.w.review
        return [authoring.act_new, authoring.act_edit, authoring.act_tags, authoring.act_import,
                authoring.act_paste, authoring.act_export, handin.act_import,
                handin.act_import_folder, review.act_overview, review.act_key,
                review.act_report, review.act_scores, review.menu.menuAction()]

    def set_on(self, on: bool) -> None:
        identity.set_instructor_mode(self.w.ctx.db, on)
        if self.action.isChecked() != on:
            self.action.setChecked(on)  # comes back here through toggled
            return
        self._apply(on)
        self.w.statusBar().showMessage(
            self.tr("Instructor mode is on: see the File and Review menus.") if on else
            self.tr("Instructor mode is off: the instructor's menu items are hidden."), 8000)

    def _apply(self, on: bool) -> None:
        for action in self.instructor_actions():
            action.setVisible(on)  # a hidden action's shortcut does nothing either
