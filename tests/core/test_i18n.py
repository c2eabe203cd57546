"""Messages outside the GUI come out in the chosen language, from the compiled catalogue."""

from __future__ import annotations

import sqlite3

import pytest

from annotator.core import i18n
from annotator.exchange.handin import loads_handin
from annotator.exchange.handin_errors import HandinError, HandinText
from annotator.storage.failures import storage_error


def test_english_needs_no_catalogue_and_still_says_one_file() -> None:
    assert i18n.current_language() == "en"
    assert HandinText.tr("not a Source Annotator hand-in") == "not a Source Annotator hand-in"
    assert i18n.translate("CliText", "%n file(s)", None, 1) == "1 file"
    assert i18n.translate("CliText", "%n file(s)", None, 3) == "3 files"


def test_german_messages_come_from_the_catalogue() -> None:
    assert i18n.set_language("de") == "de"
    with pytest.raises(HandinError) as refused:
        loads_handin(b'{"format": "something else"}', "ada.handin.json")
    assert str(refused.value) == "ada.handin.json: keine Abgabe von Source Annotator"
    assert refused.value.file == "ada.handin.json"  # the file stays in front, untranslated
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
    assert str(storage_error(full, "class.sqlite3")) == (
        "class.sqlite3: die Festplatte ist voll; deine Änderung wurde nicht gespeichert")
    assert i18n.translate("CliText", "%n file(s)", None, 1) == "1 Datei"
    assert i18n.translate("CliText", "%n file(s)", None, 0) == "0 Dateien"


def test_french_plural_forms_take_zero_and_one_as_singular() -> None:
    i18n.set_language("fr")
    assert i18n.translate("CliText", "%n file(s)", None, 0) == "0 fichier"
    assert i18n.translate("CliText", "%n file(s)", None, 1) == "1 fichier"
    assert i18n.translate("CliText", "%n file(s)", None, 2) == "2 fichiers"
    i18n.set_language("es")
    assert i18n.translate("CliText", "%n file(s)", None, 0) == "0 archivos"


def test_a_language_the_app_does_not_ship_is_english() -> None:
    assert i18n.set_language("pt") == "en"
    assert HandinText.tr("the student's name is empty") == "the student's name is empty"


def test_the_language_comes_from_the_environment_like_gettext() -> None:
    env = i18n.language_from_environment
    assert env({"LANG": "de_DE.UTF-8"}) == "de"
    assert env({"LANGUAGE": "fr:de", "LANG": "de_DE.UTF-8"}) == "fr"
    assert env({"LC_ALL": "es_ES.UTF-8", "LANG": "de_DE.UTF-8"}) == "es"
    assert env({"LC_MESSAGES": "fr_CA.UTF-8", "LANG": "de_DE.UTF-8"}) == "fr"
    assert env({"LANGUAGE": "de", "LC_ALL": "C"}) == "en"  # gettext ignores LANGUAGE for C
    assert env({"LANG": "pt_BR.UTF-8"}) == "en"
    assert env({}) is None
    assert env({"LANGUAGE": "de"}) is None  # no locale at all: the saved choice decides
    assert i18n.plural_index("fr", 0) == 0 and i18n.plural_index("de", 0) == 1


def test_in_the_gui_qt_translates() -> None:
    seen: list[tuple[str, str, object, int]] = []

    def qt(context: str, source: str, disambiguation: object, n: int) -> str:
        seen.append((context, source, disambiguation, n))
        return "übersetzt"

    i18n.use_qt(qt, "de")
    try:
        assert HandinText.tr("%n x(s)", "", 2) == "übersetzt"
        assert seen == [("HandinText", "%n x(s)", None, 2)]
        assert i18n.current_language() == "de"
    finally:
        i18n.use_qt(None)
