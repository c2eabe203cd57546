"""Translated messages outside the GUI: errors, problems, the command line, the HTML report.

The services, file formats, storage and the command line tell people what went wrong in
words; those words are translated like the GUI's, from the same ``.ts`` sources
(docs/translating.md). Mark a message with a :class:`Texts` subclass named as its context::

    class HandinImportText(Texts):
        '''Messages of importing hand-ins.'''

    HandinImportText.tr("contains annotations already imported for {name}").format(name=...)
    HandinImportText.tr("%n file(s) not imported", "", count)

(``lupdate`` reads ``Name.tr("…")`` as context ``Name``, with plural forms when a count is
given.) A message that names a file keeps the file outside the translation, at the start:
``f"{file}: " + HandinImportText.tr("…")``. Messages that are data (JSON keys, log lines,
what a file stores) are never translated.

Where the text comes from:

* in the GUI, :func:`use_qt` hands in ``QCoreApplication.translate``, so the ``.qm`` files the
  GUI installed answer (this module itself never imports Qt);
* elsewhere (the command line), :func:`set_language` chooses a language, and its compact
  catalogue ``annotator_<lang>.json`` (built by ``make`` from the ``.ts`` files next to the
  ``.qm``, see ``tools/ts_catalogue.py``) is read the first time a message is translated.
  English needs no catalogue except for plural forms ("1 file", "2 files").
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    # QCoreApplication.translate(context, source, disambiguation, n) while the GUI runs
    QtTranslate = Callable[[str, str, Any, int], str]

__all__ = ["QT_TRANSLATE_NOOP", "SOURCE_LANGUAGE", "Texts", "current_language",
           "language_from_environment", "plural_index", "set_language", "translate", "use_qt"]

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "de", "fr", "es")  # the languages the app ships (gui/i18n.LANGUAGES)
CATALOGUE_PACKAGE = "annotator.resources.translations"

_qt: QtTranslate | None = None
_language = SOURCE_LANGUAGE
_catalogues: dict[str, dict[str, dict[str, Any]]] = {}


def use_qt(translate_function: QtTranslate | None, language: str = SOURCE_LANGUAGE) -> None:
    """Answer from Qt's installed translators (the GUI), or stop doing so (``None``)."""
    global _qt, _language
    _qt = translate_function
    _language = language if language in LANGUAGES else SOURCE_LANGUAGE


def set_language(language: str) -> str:
    """Translate into ``language`` from its catalogue (not through Qt); return the code used
    (English when the app does not ship ``language``)."""
    global _qt, _language
    _qt = None
    _language = language if language in LANGUAGES else SOURCE_LANGUAGE
    return _language


def current_language() -> str:
    """The code of the language messages come out in ("en", "de", "fr", "es")."""
    return _language


def language_from_environment(environ: Mapping[str, str] | None = None) -> str | None:
    """The language gettext would choose: ``LANGUAGE`` (a colon-separated list, used unless
    the locale is C), then ``LC_ALL``, ``LC_MESSAGES``, ``LANG``: the first the app ships,
    English for the C locale or one the app does not ship, ``None`` when none is set."""
    env = os.environ if environ is None else environ
    locale = next((env[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(name)),
                  "")
    if not locale:
        return None  # nothing set (a Windows or macOS shell): the caller decides
    if _code(locale) in {"c", "posix"}:
        return SOURCE_LANGUAGE  # the C locale is English; gettext ignores LANGUAGE then
    for name in [*env.get("LANGUAGE", "").split(":"), locale]:
        code = _code(name)
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE  # a locale the app does not ship: English


def _code(name: str) -> str:
    return name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()


def plural_index(language: str, n: int) -> int:
    """Which plural form ``n`` takes: German, English and Spanish ``n == 1``; French
    ``n <= 1`` (0 and 1 are singular)."""
    if language == "fr":
        return 0 if n <= 1 else 1
    return 0 if n == 1 else 1


def _catalogue(language: str) -> dict[str, dict[str, Any]]:
    if language not in _catalogues:
        import json  # read only when a message is translated: English start-up pays nothing
        from importlib import resources

        path = resources.files(CATALOGUE_PACKAGE) / f"annotator_{language}.json"
        try:
            _catalogues[language] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):  # a source tree before `make translations`
            _catalogues[language] = {}
    return _catalogues[language]


def translate(context: str, source: str, disambiguation: str | None = None,
              n: int = -1) -> str:
    """``source`` in the current language (``%n`` replaced by ``n`` when ``n >= 0``)."""
    if _qt is not None:
        return _qt(context, source, disambiguation, n)
    found: Any = None
    if _language != SOURCE_LANGUAGE or n >= 0:
        key = f"{source}\x04{disambiguation}" if disambiguation else source
        found = _catalogue(_language).get(context, {}).get(key)
    if isinstance(found, list) and found:
        text = found[min(plural_index(_language, n), len(found) - 1)] if n >= 0 else found[0]
    elif isinstance(found, str) and found:
        text = found
    elif n >= 0 and _language == SOURCE_LANGUAGE:  # no catalogue: "%n file(s)"
        text = source.replace("(s)", "" if n == 1 else "s")
    else:
        text = source
    return text.replace("%n", str(n)) if n >= 0 else text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation under ``context`` and return it unchanged: for tables
    whose English is data too (translate where shown with ``translate(context, source)``)."""
    return source


class Texts:
    """Base of the classes whose names are the translation contexts of plain code."""

    @classmethod
    def tr(cls, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(cls.__name__, source, disambiguation or None, n)
