"""The translations: complete, in step with the sources, loaded, and shown in a real window."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from annotator.gui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("de", "fr", "es")
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
PLACEHOLDER = re.compile(r"%(?:\d|n)|\{\w*\}")


def _messages(ts: Path) -> Iterator[tuple[str, etree._Element]]:
    for context in etree.parse(str(ts)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _lupdate(tmp_path: Path, language: str) -> Path:
    """lupdate (as `make update-translations` runs it, but keeping vanished entries) over a
    copy of the committed .ts: anything new or gone shows up in the copy."""
    copy = tmp_path / f"annotator_{language}.ts"
    shutil.copy(TS_DIR / copy.name, copy)
    extra = ["-pluralonly"] if language == "en" else []
    subprocess.run([str(LUPDATE), "-silent", "-extensions", "py", "-locations", "none",
                    *extra, str(ROOT / "annotator"), "-ts", str(copy)],
                   check=True, capture_output=True)
    return copy


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_every_ts_file_is_complete_and_in_step_with_the_sources(
    tmp_path: Path, language: str
) -> None:
    updated = _lupdate(tmp_path, language)
    unfinished, stale = [], []
    for context, message in _messages(updated):
        kind = message.find("translation").get("type")
        source = message.findtext("source")
        if kind == "unfinished":
            unfinished.append(f"{context}: {source!r}")
        elif kind in ("vanished", "obsolete"):
            stale.append(f"{context}: {source!r}")
    hint = "run `make update-translations`, translate, see docs/translating.md"
    assert not unfinished, f"untranslated in annotator_{language}.ts ({hint}):\n" + "\n".join(
        unfinished)
    assert not stale, f"no longer in the sources ({hint}):\n" + "\n".join(stale)
    # the committed file is exactly what lupdate keeps (nothing edited by hand out of step)
    assert len(list(_messages(updated))) == len(list(_messages(TS_DIR / updated.name)))


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_translations_keep_every_placeholder(language: str) -> None:
    """%1, %2 ... in the source are in every translation (and %n in each plural form)."""
    wrong = []
    for context, message in _messages(TS_DIR / f"annotator_{language}.ts"):
        source = message.findtext("source") or ""
        wanted = sorted(PLACEHOLDER.findall(source))
        translation = message.find("translation")
        forms = ([f.text or "" for f in translation.iter("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        if message.get("numerus") == "yes":
            assert len(forms) == 2, (context, source)  # one and other, in all four languages
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                wrong.append(f"{context}: {source!r} -> {form!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_loads_and_translates_the_menus(qapp: object, language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(i18n.qm_path(language)))
    assert translator.translate("MainWindow", "&File") not in ("", "&File")
    assert translator.translate("StatusCounts", "%n link(s)", "", 2) != "2 link(s)"


@pytest.fixture
def german(qapp: object) -> Iterator[None]:
    i18n.install(qapp, "de")  # type: ignore[arg-type]
    yield
    i18n.install(qapp, "en")  # type: ignore[arg-type]


def test_a_real_window_shows_german_menus_numbers_and_plurals(
    german: None, qtbot: object, tmp_path: Path, screenshot: object
) -> None:
    from annotator.gui.application import initial_exercise
    from annotator.gui.main_window import MainWindow
    from annotator.gui.review.heatmap import shown
    from annotator.gui.settings import Settings
    from annotator.services.context import open_context

    assert i18n.current_language() == "de"
    ctx = open_context(f"sqlite:///{tmp_path / 'de.sqlite3'}")
    settings = Settings()
    window = MainWindow(ctx, settings, initial_exercise(ctx, settings, None))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:3] == ["&Datei", "&Bearbeiten", "&Ansicht"]
    assert "&Hilfe" in titles
    assert window.act_open.text() == "Übung &öffnen…"
    assert window.menu_language.title() == "&Sprache"
    # plural forms and numbers through the German translation and locale
    assert window.tr("%n article(s)", "", 1) == "1 Artikel"
    assert window.status_counts.tr("%n link(s)", "", 2) == "2 Verknüpfungen"
    assert window.status_counts.tr("%n link(s)", "", 1) == "1 Verknüpfung"
    assert shown(0.5) == "0,50"
    assert QLocale().toString(1234567) == "1.234.567"
    assert window.status_label.text().startswith("So geht’s:")
    # a first start in German seeds the sample's tags and instructions in German
    assert [a.text() for a in window.tag_bar.actions() if a.text()][-4:] == [
        "Behauptung", "Beleg", "Spekulation", "Meinung"]
    assert window.exercise.title == "Wer steckt hinter Nordkoreas Raketentriebwerken?"
    window.resize(1280, 800)
    screenshot(window, "main-window-de")
    window.close()
    ctx.close()


def test_english_plurals_come_from_the_english_translation(qapp: object) -> None:
    from annotator.gui.workspace.status import StatusCounts

    counts = StatusCounts()
    assert counts.tr("%n link(s)", "", 1) == "1 link"
    assert counts.tr("%n link(s)", "", 2) == "2 links"
    assert counts.tr("%n link(s)", "", 0) == "0 links"


def test_the_system_locale_chooses_the_language_and_a_choice_overrides_it() -> None:
    assert i18n.resolve_language("", QLocale("fr_CA")) == "fr"
    assert i18n.resolve_language("", QLocale("de_AT")) == "de"
    assert i18n.resolve_language("", QLocale("ja_JP")) == "en"
    assert i18n.resolve_language("es", QLocale("de_DE")) == "es"
    # numbers follow the system locale when it speaks the chosen language
    assert i18n.formatting_locale("de", QLocale("de_CH")).name() == "de_CH"
    assert i18n.formatting_locale("de", QLocale("en_GB")).language() == QLocale.Language.German


def test_language_menu_remembers_the_choice_for_the_next_start(
    qtbot: object, ctx: object
) -> None:
    from annotator.gui import settings as opt
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings
    from annotator.services.sample import SAMPLE_EXERCISE_ID

    settings = Settings()
    window = MainWindow(ctx, settings, SAMPLE_EXERCISE_ID)  # type: ignore[arg-type]
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    menu = window.menu_language
    assert menu.actions_by_code[""].isChecked()  # follows the system by default
    menu.actions_by_code["fr"].trigger()
    assert Settings().get(opt.LANGUAGE) == "fr"
    assert "next start" in window.statusBar().currentMessage()
    assert menu.actions_by_code["fr"].isChecked() and not menu.actions_by_code[""].isChecked()
    assert not menu.actions()[0].isEnabled()  # "Takes effect when you restart the app"


def test_an_rtl_locale_mirrors_the_whole_ui(qapp: object) -> None:
    try:
        language = i18n.install(qapp, "", QLocale("ar_EG"))  # type: ignore[arg-type]
        assert language == "en"  # no Arabic translation yet: English text, mirrored
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft  # type: ignore[attr-defined]
        i18n.install(qapp, "", QLocale("he_IL"))  # type: ignore[arg-type]
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft  # type: ignore[attr-defined]
    finally:
        i18n.install(qapp, "en")  # type: ignore[arg-type]
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight  # type: ignore[attr-defined]


def test_arg_replaces_placeholders_once_and_formats_numbers(qapp: object) -> None:
    assert i18n.arg("%1 of %2", "%2", 3) == "%2 of 3"
    assert i18n.arg("%1 and %3", "a") == "a and %3"
    assert QCoreApplication.translate("Nowhere", "plain") == "plain"
