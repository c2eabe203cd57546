"""The app's languages: Qt translators chosen from the system locale or View > Language.

The translations are Qt Linguist sources in ``resources/translations/annotator_<lang>.ts``;
``make`` compiles them to ``.qm`` files next to them (build output, never committed), which
ship inside the package as ``annotator.resources.translations`` (docs/translating.md).

Every user-visible string in ``annotator/gui`` goes through ``self.tr()`` (QObject
subclasses) or ``QCoreApplication.translate("Context", ...)``. English is the source
language; ``annotator_en.ts`` holds only its plural forms ("%n highlight(s)" -> "1 highlight",
"2 highlights"), so an English translator is installed too.

:func:`install` also sets the default :class:`QLocale` (numbers and dates are formatted with
``QLocale()``) and the application's layout direction: the whole UI mirrors when the locale
is written right to left (Arabic, Hebrew, Persian, ...).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication

from annotator.core import i18n as messages

if TYPE_CHECKING:  # PySide's stub says object; lupdate only reads the name

    def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:
        """Mark ``source_text`` for lupdate under ``context``; translate it where shown."""
        return source_text
else:  # the GUI modules import it from here
    from PySide6.QtCore import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP

TRANSLATIONS_PACKAGE = "annotator.resources.translations"
SYSTEM = ""  # the View > Language choice that follows the system locale
# The languages the app ships, by code, each named in its own language.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
}
SOURCE_LANGUAGE = "en"

log = logging.getLogger(__name__)


def translations_folder() -> Path:
    """Where the compiled ``annotator_<lang>.qm`` files are (inside the package)."""
    return Path(str(resources.files(TRANSLATIONS_PACKAGE)))


def qm_path(language: str) -> Path:
    return translations_folder() / f"annotator_{language}.qm"


def resolve_language(choice: str, system: QLocale | None = None) -> str:
    """The language to show: the one chosen, else the first of the system's preferred UI
    languages that the app ships, else English."""
    if choice in LANGUAGES:
        return choice
    locale = system if system is not None else QLocale.system()
    for name in [*locale.uiLanguages(), locale.name()]:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def formatting_locale(choice: str, system: QLocale | None = None) -> QLocale:
    """The locale numbers and dates are written in: the system's own when it speaks the
    language shown (de_AT keeps its own conventions), else the chosen language's."""
    locale = system if system is not None else QLocale.system()
    if choice not in LANGUAGES or QLocale(choice).language() == locale.language():
        return locale
    return QLocale(choice)


@dataclass
class Installed:
    """The translators in use (kept referenced: Qt does not own them)."""

    language: str = SOURCE_LANGUAGE
    locale: QLocale = field(default_factory=lambda: QLocale(QLocale.Language.English))
    translators: list[QTranslator] = field(default_factory=list)


_installed = Installed()


def installed() -> bool:
    """Whether :func:`install` has loaded a translation into the application."""
    return bool(_installed.translators)


def current_language() -> str:
    """The language code of the installed translation ("en" before :func:`install`)."""
    return _installed.language


def install(app: QCoreApplication, choice: str = SYSTEM,
            system: QLocale | None = None) -> str:
    """Load the translations for ``choice`` (a code of :data:`LANGUAGES`, or ``""`` for the
    system locale) into ``app``, replacing earlier ones; return the language shown.

    Widgets built afterwards show the new language; the View > Language menu says that a
    change takes effect when the app starts again."""
    global _installed
    for translator in _installed.translators:
        app.removeTranslator(translator)
    language = resolve_language(choice, system)
    locale = formatting_locale(choice, system)
    translators = []
    ours = QTranslator(app)
    if ours.load(str(qm_path(language))):
        translators.append(ours)
    else:  # running from a source tree where `make` has not compiled the .ts files yet
        log.warning("no compiled translation %s; run `make translations`", qm_path(language))
    qt_own = QTranslator(app)  # the standard buttons and dialogs Qt itself draws
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != SOURCE_LANGUAGE and qt_own.load(f"qtbase_{language}", qt_folder):
        translators.append(qt_own)
    for translator in translators:
        app.installTranslator(translator)
    QLocale.setDefault(locale)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(layout_direction(locale))
    _installed = Installed(language, locale, translators)
    # the messages of services, file formats and storage come from the same translators
    messages.use_qt(QCoreApplication.translate, language)
    return language


def layout_direction(locale: QLocale) -> Qt.LayoutDirection:
    """Right to left for Arabic, Hebrew, Persian, Urdu ... locales."""
    if locale.textDirection() == Qt.LayoutDirection.RightToLeft:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def locale() -> QLocale:
    """The locale numbers and dates are written in (set by :func:`install`)."""
    return QLocale()


_PLACEHOLDER = re.compile(r"%(\d)")


def arg(text: str, *values: object) -> str:
    """Qt's ``QString::arg`` for a translated string: ``%1``, ``%2`` ... replaced by
    ``values`` in one pass (a value that itself holds "%2" is left as it is). Numbers are
    written with the current locale's digits and separators."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        if not 0 <= index < len(values):
            return match.group(0)
        item = values[index]
        if isinstance(item, int | float) and not isinstance(item, bool):
            return number(item)
        return str(item)

    return _PLACEHOLDER.sub(value, text)


def number(value: float, decimals: int = -1) -> str:
    """``value`` written in the current locale (QLocale: 1.234,5 in German)."""
    if isinstance(value, int) and decimals < 0:
        return QLocale().toString(value)
    if decimals < 0:
        return QLocale().toString(float(value), "g", 6)
    return QLocale().toString(float(value), "f", decimals)
