"""View > Language: the language of the app (the system's, or one the app ships).

The choice is remembered in the settings and takes effect when the app starts again (the
menu says so); :func:`annotator.gui.i18n.install` loads it at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from annotator.gui import i18n
from annotator.gui import settings as opt
from annotator.gui.settings import Settings

# Each language named in itself, with a mnemonic (not translated: a reader of that language
# must find it whatever the app's current language).
MENU_NAMES = {"en": "&English", "de": "&Deutsch", "fr": "&Français", "es": "Es&pañol"}


class LanguageMenu(QMenu):
    languageChosen = Signal(str)  # the code remembered ("" = the system's language)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Language"), parent)
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
