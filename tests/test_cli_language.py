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


def test_review_interop_server_and_feedback_commands_speak_german_and_french(
        tmp_path: Path) -> None:
    db = str(tmp_path / "class.sqlite3")
    german = " ".join(_run(["--help"], tmp_path, LANG="de_DE.UTF-8").stdout.split())
    assert "die Klassenauswertung einer Übung" in german
    assert "die Arbeit der Klasse an einer Übung als REFI-QDA-Projekt schreiben" in german
    assert "einen Schulserver (PostgreSQL) einrichten" in german
    review = _run(["--db", db, "review", "--exercise", "7e0e"], tmp_path, LANG="de_DE.UTF-8")
    assert review.returncode == 0, review.stderr
    assert review.stdout.startswith("Auswertung von ")
    assert "Schüler; Musterlösung: keine" in review.stdout
    server = _run(["server", "add-student", "sqlite:///x.db", "--class", "7b", "--name", "Ada"],
                  tmp_path, LANG="de_DE.UTF-8")
    assert server.returncode == 2
    assert server.stderr.strip() == (
        "annotator: Fehler: sqlite:///x.db: ein Schulserver ist eine postgresql://-URL")

    french = _run(["review", "--help"], tmp_path, LANGUAGE="fr", LANG="fr_FR.UTF-8").stdout
    assert "seulement cet article (identifiant ou un début non ambigu)" in " ".join(
        french.split())
    ids = _run(["--db", db, "gradebook-ids", "--platform", "moodle", "--set", "Ada"], tmp_path,
               LANGUAGE="fr", LANG="fr_FR.UTF-8")
    assert ids.returncode == 2
    assert ids.stderr.strip() == "annotator: erreur : --set 'Ada': écrivez ÉLÈVE=IDENTIFIANT"
    feedback = _run(["--db", db, "feedback", "--exercise", "7e0e", "--output",
                     str(tmp_path / "out")], tmp_path, LANGUAGE="fr", LANG="fr_FR.UTF-8")
    assert feedback.returncode == 2
    assert "personne n'a encore rendu cet exercice" in feedback.stderr


def test_json_output_stays_english_under_german(tmp_path: Path) -> None:
    import json

    db = str(tmp_path / "class.sqlite3")
    shown = _run(["--db", db, "review", "--exercise", "7e0e", "--json", "--only", "scores"],
                 tmp_path, LANG="de_DE.UTF-8")
    assert shown.returncode == 0, shown.stderr
    review = json.loads(shown.stdout)
    assert {"exercise", "articles"} <= set(review)
    assert {"article", "students", "key"} <= set(review["articles"][0])
    ids = _run(["--db", db, "gradebook-ids", "--platform", "canvas", "--json"], tmp_path,
               LANG="de_DE.UTF-8")
    assert ids.returncode == 0, ids.stderr
    assert json.loads(ids.stdout) == []
