"""The command line speaks the language of the environment (LANG, like gettext)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _run(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items()
               if k not in {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}}
    environ.update(ANNOTATOR_CONFIG_DIR=str(tmp_path / "config"),
                   ANNOTATOR_DATA_DIR=str(tmp_path / "data"), PYTHONIOENCODING="utf-8", **env)
    return subprocess.run([sys.executable, "-m", "annotator", *args], env=environ,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_help_and_errors_in_german_from_lang(tmp_path: Path) -> None:
    shown = _run(["--help"], tmp_path, LANG="de_DE.UTF-8")
    assert shown.returncode == 0
    assert "Nachrichtenartikel nebeneinander lesen" in shown.stdout
    assert "die Übungen in der Datenbank auflisten" in shown.stdout
    missing = tmp_path / "fehlt.handin.json"
    refused = _run(["--db", str(tmp_path / "class.sqlite3"), "import", str(missing)], tmp_path,
                   LANG="de_DE.UTF-8")
    assert refused.returncode == 2
    assert refused.stderr.strip() == (
        f"annotator: Fehler: {missing}: keine solche Datei und kein solcher Ordner")


def test_english_under_the_c_locale_and_french_from_language(tmp_path: Path) -> None:
    english = _run(["--help"], tmp_path, LANG="C.UTF-8", LANGUAGE="de")
    assert "read news articles side by side" in english.stdout
    french = _run(["exercises"], tmp_path, LANGUAGE="fr:de", LANG="de_DE.UTF-8")
    assert french.returncode == 0
    assert "1 article, version" in french.stdout or "articles, version" in french.stdout


def test_without_a_locale_the_saved_view_language_is_used(tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.ini").write_text("[view]\nlanguage=es\n", encoding="utf-8")
    shown = _run(["--help"], tmp_path)
    assert "listar los ejercicios de la base de datos" in shown.stdout


def test_an_english_start_reads_no_settings_and_no_catalogue() -> None:
    probe = ("import sys; from annotator import cli; cli.choose_language(); cli.build_parser();"
             "print(sorted(m for m in ('platformdirs', 'configparser', 'importlib.resources')"
             " if m in sys.modules))")
    environ = {**os.environ, "LANG": "C.UTF-8"}
    environ.pop("LC_ALL", None)
    done = subprocess.run([sys.executable, "-c", probe], env=environ, capture_output=True,
                          text=True, timeout=120, check=True)
    assert done.stdout.strip() == "[]"
