"""argparse's own words ("usage:", "options", "the following arguments are required")
speak the command line's language; English stays exactly as argparse writes it."""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator import cli_argparse_i18n
from annotator.cli_argparse_i18n import WORDS, install
from annotator.core import i18n

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "translations"
# argparse's words about a parser built wrongly: a programmer's mistake, never shown to a
# person using the app; they stay English.
PROGRAMMER_ERRORS = {
    "'required' is an invalid argument for positionals", "%r is not callable",
    ".__call__() not defined", "argument \"-\" with mode %r",
    "cannot have multiple subparser arguments", "cannot merge actions - two groups are named %r",
    "conflicting subparser alias: %s", "conflicting subparser: %s",
    "dest= is required for options like %r", "invalid conflict_resolution value: %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "mutually exclusive arguments must be optional", "unexpected option string: %s",
}
FIELD = re.compile(r"%(?:\([^)]*\))?[#0 +-]*\d*(?:\.\d+)?[a-zA-Z%]")


def _run(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items()
               if k not in {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "COLUMNS"}}
    environ.update(ANNOTATOR_CONFIG_DIR=str(tmp_path / "config"),
                   ANNOTATOR_DATA_DIR=str(tmp_path / "data"), PYTHONIOENCODING="utf-8", **env)
    return subprocess.run([sys.executable, "-m", "annotator", *args], env=environ,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


@pytest.fixture
def language() -> Iterator[None]:
    yield
    i18n.set_language("en")


def test_help_and_a_missing_argument_in_german(tmp_path: Path) -> None:
    shown = _run(["--help"], tmp_path, LANG="de_DE.UTF-8")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("Aufruf: annotator [-h] [--version]")
    assert "\nPositionsargumente:\n" in shown.stdout
    assert "\nOptionen:\n" in shown.stdout
    assert "-h, --help        diese Hilfe anzeigen und beenden" in shown.stdout
    assert "usage" not in shown.stdout and "show this help" not in shown.stdout

    missing = _run(["annotations"], tmp_path, LANG="de_DE.UTF-8")
    assert missing.returncode == 2
    assert missing.stderr.splitlines() == [
        "Aufruf: annotator annotations [-h] --exercise ID [--annotator ID] [--json]",
        "annotator annotations: Fehler: folgende Argumente fehlen: --exercise"]
    value = _run(["review", "--exercise"], tmp_path, LANGUAGE="de", LANG="de_DE.UTF-8")
    assert value.stderr.splitlines()[-1] == (
        "annotator review: Fehler: Argument --exercise: ein Wert fehlt")


def test_french_and_spanish_errors_and_english_unchanged(tmp_path: Path) -> None:
    french = _run(["gradebook", "--platform", "blackboard", "--exercise", "x"], tmp_path,
                  LANG="fr_FR.UTF-8")
    assert french.stderr.splitlines()[-1] == (
        "annotator gradebook: erreur : argument --platform : choix non valide : 'blackboard'"
        " (choisissez parmi 'moodle', 'canvas')")
    assert french.stderr.startswith("utilisation : annotator gradebook")
    spanish = _run(["exercises", "--bogus"], tmp_path, LANG="es_ES.UTF-8")
    assert spanish.stderr.splitlines()[-1] == (
        "annotator: error: argumentos no reconocidos: --bogus")

    english = _run(["annotations"], tmp_path, LANG="C.UTF-8")
    assert english.stderr.splitlines() == [
        "usage: annotator annotations [-h] --exercise ID [--annotator ID] [--json]",
        "annotator annotations: error: the following arguments are required: --exercise"]
    helped = _run(["--help"], tmp_path, LANG="C.UTF-8").stdout
    assert helped.startswith("usage: annotator")
    assert "\npositional arguments:\n" in helped and "\noptions:\n" in helped
    assert "show this help message and exit" in helped


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="annotator", exit_on_error=False)
    parser.add_argument("--pair", nargs=2)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--kind", choices=["moodle", "canvas"])
    return parser


def _error(parser: argparse.ArgumentParser, argv: list[str]) -> str:
    with pytest.raises(argparse.ArgumentError) as raised:
        parser.parse_args(argv)
    return str(raised.value)


@pytest.mark.parametrize(("language_code", "expected"), [
    ("de", ["Argument --pair: 2 Werte sind erforderlich",
            "Argument --json: nimmt keinen Wert an ('3')",
            "Argument --kind: ungültige Auswahl: 'x' (möglich sind 'moodle', 'canvas')"]),
    ("fr", ["argument --pair : 2 valeurs sont attendues",
            "argument --json : n'accepte pas de valeur ('3')",
            "argument --kind : choix non valide : 'x' (choisissez parmi 'moodle', 'canvas')"]),
    ("en", ["argument --pair: expected 2 arguments",
            "argument --json: ignored explicit argument '3'",
            "argument --kind: invalid choice: 'x' (choose from 'moodle', 'canvas')"]),
])
def test_plural_counts_and_values_in_place(language_code: str, expected: list[str],
                                           language: None) -> None:
    i18n.set_language(language_code)
    install()
    parser = _parser()
    found = [_error(parser, ["--pair", "a"]), _error(parser, ["--json=3"]),
             _error(parser, ["--kind", "x"])]
    assert found == expected


def test_an_unknown_word_or_a_broken_translation_falls_back_to_english(
        language: None, monkeypatch: pytest.MonkeyPatch) -> None:
    i18n.set_language("de")
    install()
    install()  # a second call changes nothing
    assert vars(argparse)["_"] is cli_argparse_i18n._gettext
    gettext, ngettext = vars(argparse)["_"], vars(argparse)["ngettext"]
    assert gettext("a word argparse has in a later Python") == (
        "a word argparse has in a later Python")
    assert gettext(None) is None  # Python 3.12 calls _(title) with a title of None
    assert gettext("usage: ") == "Aufruf: "
    assert gettext("%(prog)s: error: %(message)s\n") == "%(prog)s: Fehler: %(message)s\n"
    assert ngettext("expected %s argument", "expected %s arguments", 3) == (
        "%s Werte sind erforderlich")
    catalogue = {**i18n._catalogue("de")}
    catalogue["ArgparseText"] = {**catalogue["ArgparseText"],
                                 "unrecognized arguments: %s": "unbekannte Argumente",
                                 "expected %n argument(s)": ["%n Wert", "Werte"]}
    monkeypatch.setitem(i18n._catalogues, "de", catalogue)
    assert gettext("unrecognized arguments: %s") == "unrecognized arguments: %s"
    assert ngettext("expected %s argument", "expected %s arguments", 3) == (
        "expected %s arguments")
    assert ngettext("conflicting option string: %s",
                             "conflicting option strings: %s", 2) == (
        "conflicting option strings: %s")


def _argparse_words() -> set[str]:
    """Every literal argparse of this Python passes to ``_`` or ``ngettext``."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    words = set()
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "_" and node.args
                and isinstance(node.args[0], ast.Constant)):
            words.add(str(node.args[0].value).strip())
    return words


def test_every_word_of_this_pythons_argparse_is_known() -> None:
    unknown = _argparse_words() - WORDS - PROGRAMMER_ERRORS
    assert unknown == set(), "add to WORDS (shown to people) or PROGRAMMER_ERRORS"
    assert "expected %s argument" in cli_argparse_i18n.PLURALS


@pytest.mark.parametrize("language_code", ["de", "fr", "es"])
def test_every_word_is_translated_with_its_fields(language_code: str) -> None:
    catalogue = json.loads((CATALOGUES / f"annotator_{language_code}.json")
                           .read_text(encoding="utf-8"))["ArgparseText"]
    for word in WORDS:
        translated = catalogue.get(word)
        assert translated, f"{language_code}: {word!r} not translated"
        assert sorted(FIELD.findall(translated)) == sorted(FIELD.findall(word)), word
    forms = catalogue["expected %n argument(s)"]
    assert len(forms) == 2 and all("%n" in form and "%" not in form.replace("%n", "")
                                   for form in forms)
