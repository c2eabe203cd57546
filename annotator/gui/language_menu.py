"""View > Language: the language of the app (the system's, or one the app ships).

The choice is remembered in the settings and takes effect when the app starts again (the
menu says so); :func:`annotator.gui.i18n.install` loads it at start-up. The message shown
after a choice offers **Restart Now** (:class:`RestartOffer`): the window closes as on a
normal quit (its state saved, the database closed) and the app opens again on the same
database and exercise, in the new language (gui/application.py).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from annotator.gui import i18n, plain
from annotator.gui import settings as opt
from annotator.gui.settings import Settings

# Each language named in itself, with a mnemonic (not translated: a reader of that language
# must find it whatever the app's current language).
MENU_NAMES = {"en": "&English", "de": "&Deutsch", "fr": "&Français", "es": "Es&pañol"}


class LanguageMenu(QMenu):
    languageChosen = Signal(str)  # the code remembered ("" = the system's language)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Lan&guage"), parent)
        self.settings = settings
        self.setToolTipsVisible(True)
        note = self.addAction(self.tr("Takes effect when you restart the app"))
        note.setEnabled(False)
        self.addSeparator()
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        chosen = str(settings.get(opt.LANGUAGE))
        system = i18n.LANGUAGES[i18n.resolve_language(i18n.SYSTEM)]
        self.actions_by_code: dict[str, QAction] = {}
        choices = [(i18n.SYSTEM, self.tr("&System Language (%1)").replace("%1", system)),
                   *((code, MENU_NAMES.get(code, name)) for code, name in i18n.LANGUAGES.items())]
        for code, name in choices:
            action = self.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == chosen or (code == i18n.SYSTEM
                                                 and chosen not in i18n.LANGUAGES))
            action.triggered.connect(lambda _=False, c=code: self.choose(c))
            self.group.addAction(action)
            self.actions_by_code[code] = action

    def choose(self, code: str) -> None:
        """Remember ``code`` ("" = the system's language) for the next start."""
        self.settings.set(opt.LANGUAGE, code)
        self.settings.sync()
        self.languageChosen.emit(code)


class RestartOffer(QObject):
    """The message after a language was chosen: **Restart Now** or **Later**.

    ``restartRequested`` is emitted when the person chooses to restart; the window then
    closes itself and gui/application.py opens it again."""

    restartRequested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.box: QMessageBox | None = None
        self._parent = parent

    def offer(self, code: str) -> QMessageBox:
        """Show the message (window-modal, not blocking) and return it."""
        name = i18n.LANGUAGES.get(i18n.resolve_language(code), "")
        box = plain.message_box(
            self._parent, QMessageBox.Icon.Information, self.tr("Language"),
            self.tr("The app will be shown in %1 from its next start.").replace("%1", name),
            self.tr("Restart now to switch at once: your work is saved, and the app opens "
                    "again with the same database and exercise."))
        self.restart_button = box.addButton(self.tr("&Restart Now"),
                                            QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.restart_button)
        box.buttonClicked.connect(self._clicked)
        self.box = box
        box.open()
        return box

    def _clicked(self, button: object) -> None:
        if button is self.restart_button:
            self.restartRequested.emit()
