"""Linux desktop integration: .desktop entry, AppStream metainfo and MIME types agree with
each other and with annotator.APP_ID, and pass the freedesktop validators when installed."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from annotator import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
EXERCISE = "application/x-source-annotator-exercise"
HANDIN = "application/x-source-annotator-handin"
FEEDBACK = "application/x-source-annotator-feedback"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _mime_types() -> dict[str, ET.Element]:
    root = ET.parse(MIME).getroot()
    return {t.get("type", ""): t for t in root.iter(f"{MIME_NS}mime-type")}


def test_desktop_entry_launches_the_annotator_command_with_files() -> None:
    entry = _desktop_entry()
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "annotator %F"
    assert entry["Categories"] == "Education;"
    assert set(filter(None, entry["MimeType"].split(";"))) == {EXERCISE, HANDIN, FEEDBACK}


def test_mime_types_register_both_file_kinds_as_subclasses() -> None:
    types = _mime_types()
    assert set(types) == {EXERCISE, HANDIN, FEEDBACK}
    expected = {EXERCISE: ("*.saexercise", "application/zip"),
                HANDIN: ("*.handin.json", "application/json"),
                FEEDBACK: ("*.feedback.json", "application/json")}
    for name, (glob, parent) in expected.items():
        element = types[name]
        assert [g.get("pattern") for g in element.iter(f"{MIME_NS}glob")] == [glob]
        assert [s.get("type") for s in element.iter(f"{MIME_NS}sub-class-of")] == [parent]
        assert element.find(f"{MIME_NS}icon").get("name") == APP_ID  # type: ignore[union-attr]


def test_metainfo_id_launchable_media_types_and_release_match_the_app() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert root.find("content_rating").get("type") == "oars-1.1"  # type: ignore[union-attr]
    assert {m.text for m in root.iter("mediatype")} == set(_mime_types())
    assert [b.text for b in root.iter("binary")] == ["annotator"]
    versions = [r.get("version") for r in root.iter("release")]
    assert __version__.split("+")[0] in versions


def test_icon_svg_is_named_for_the_app_id() -> None:
    svg = ET.parse(ROOT / "resources" / "icons" / f"{APP_ID}.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert svg.get("viewBox") == "0 0 64 64"


def test_qt_recognises_the_file_types_once_installed(tmp_path: Path) -> None:
    """Install the MIME XML into a private XDG data dir; ask Qt what the files are."""
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME, packages / f"{APP_ID}.xml")
    script = (
        "from PySide6.QtCore import QMimeDatabase as D\n"
        "db = D()\n"
        "for n in ('water-ada.handin.json', 'water.saexercise', 'plain.json',\n"
        "          'water-ada.feedback.json'):\n"
        "    t = db.mimeTypeForFile(n, D.MatchMode.MatchExtension)\n"
        "    print(n, t.name(), ','.join(t.parentMimeTypes()))\n"
    )
    env = {**os.environ, "XDG_DATA_DIRS": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                         text=True, timeout=60, check=True).stdout.splitlines()
    assert out == [
        f"water-ada.handin.json {HANDIN} application/json",
        f"water.saexercise {EXERCISE} application/zip",
        "plain.json application/json text/javascript",
        f"water-ada.feedback.json {FEEDBACK} application/json",
    ]


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def test_desktop_file_validate_passes() -> None:
    result = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_appstreamcli_validate_passes() -> None:
    result = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_update_mime_database_accepts_the_types(tmp_path: Path) -> None:
    tool = _tool("update-mime-database")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME, packages / f"{APP_ID}.xml")
    env = {**os.environ, "XDG_DATA_DIRS": str(tmp_path)}  # else it notes the dir is unused
    result = subprocess.run([tool, str(tmp_path / "mime")], capture_output=True, text=True,
                            env=env, timeout=60, check=False)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"{EXERCISE}:*.saexercise" in globs and f"{HANDIN}:*.handin.json" in globs
    assert f"{FEEDBACK}:*.feedback.json" in globs
