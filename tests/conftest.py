"""Shared fixtures: every test runs offscreen with its own data, config and log folders."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "build" / "screenshots"
TRANSLATIONS = ROOT / "resources" / "translations"


def _compile_translations() -> None:
    """`make test` compiles the .ts files first; a bare `pytest` does it here if needed."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        return  # the tests that need translations say so
    for ts in sorted(TRANSLATIONS.glob("annotator_*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


_compile_translations()


@pytest.fixture(scope="session")
def qapp(qapp: object) -> object:
    """pytest-qt's application, showing the app's English (with its plural forms:
    "1 highlight", "2 highlights") whatever the machine's locale."""
    from annotator.gui import i18n

    i18n.install(qapp, "en")  # type: ignore[arg-type]
    return qapp


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the app's data, config and log folders (and database) into ``tmp_path``."""
    home = tmp_path / "appdirs"
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("ANNOTATOR_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("ANNOTATOR_LOG_DIR", str(home / "log"))
    monkeypatch.delenv("ANNOTATOR_DB", raising=False)
    return home


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.sqlite3'}"


@pytest.fixture
def db(db_url: str) -> Iterator[object]:
    from annotator.storage.database import open_database

    database = open_database(db_url)
    yield database
    database.close()


@pytest.fixture
def ctx(db_url: str) -> Iterator[object]:
    """An AppContext on a fresh database that holds the sample exercise."""
    from annotator.services.context import open_context
    from annotator.services.sample import ensure_sample_exercise

    context = open_context(db_url)
    ensure_sample_exercise(context.db)
    yield context
    context.close()


@pytest.fixture
def screenshot() -> object:
    """``screenshot(widget, name)`` saves a PNG under build/screenshots/ and returns its path."""

    def save(widget: object, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        assert widget.grab().save(str(path))  # type: ignore[attr-defined]
        return path

    return save
