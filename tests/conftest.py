"""Shared fixtures: every test runs offscreen with its own data, config and log folders."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from pgtest import TestServer, server_package_available

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Test folders whose database tests run against both backends (see pytest_generate_tests).
BOTH_BACKENDS = {"storage", "services", "server"}
BACKENDS = ("sqlite", "postgresql")

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "build" / "screenshots"
TRANSLATIONS = ROOT / "resources" / "translations"


def _ts_catalogue() -> ModuleType:
    """tools/ts_catalogue.py (the builder `make translations` runs), loaded from its file."""
    spec = importlib.util.spec_from_file_location("ts_catalogue",
                                                  ROOT / "tools" / "ts_catalogue.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _compile_translations() -> None:
    """`make test` compiles the .ts files first; a bare `pytest` does it here if needed."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    ts_catalogue = _ts_catalogue()
    if not lrelease.exists():
        return  # the tests that need translations say so
    for ts in sorted(TRANSLATIONS.glob("annotator_*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        catalogue = ts.with_suffix(".json")  # the messages outside the GUI (core/i18n.py)
        if not catalogue.exists() or catalogue.stat().st_mtime < ts.stat().st_mtime:
            ts_catalogue.write(ts, catalogue)


_compile_translations()


@pytest.fixture(autouse=True)
def _messages_in_english() -> Iterator[None]:
    """A test that switches the messages of annotator/core/i18n.py to another language
    leaves them in English for the next one."""
    yield
    from annotator.core import i18n as messages

    if messages.current_language() != messages.SOURCE_LANGUAGE:
        messages.set_language(messages.SOURCE_LANGUAGE)


@pytest.fixture(autouse=True)
def _heap_thawed() -> Iterator[None]:
    """A window freezes the objects alive when it opens an exercise (gui/heap.py). The app
    has one window; the suite makes hundreds, so after each test the frozen objects are
    given back to the collector, and one test's windows are not kept into the next."""
    yield
    import gc

    gc.unfreeze()


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    """pytest-qt makes the app's own QApplication class, as ``make_application`` does."""
    from annotator.gui.application import AnnotatorApplication

    return AnnotatorApplication


@pytest.fixture(scope="session")
def qapp(qapp: object) -> object:
    """pytest-qt's application in the app's style, showing the app's English (with its plural
    forms: "1 highlight", "2 highlights") whatever the machine's locale."""
    from annotator.gui import i18n
    from annotator.gui.style import install_style

    i18n.install(qapp, "en")  # type: ignore[arg-type]
    install_style(qapp)  # type: ignore[arg-type]  # the app's Fusion, as a student sees it
    return qapp


# The per-user folders the app, Qt and platformdirs may write to (HOME covers macOS and the
# XDG defaults; XDG_RUNTIME_DIR must be private, Qt checks its mode).
PRIVATE_HOME_VARIABLES = ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                          "XDG_STATE_HOME", "XDG_RUNTIME_DIR")


@pytest.fixture(scope="session", autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """For the whole run (module and session fixtures and every subprocess too), the user's
    home, XDG folders and the app's own folders point into this run's temporary folder, so
    no test writes a database, backup, setting or log under the real user's folders and two
    runs of the suite on one machine never meet. Function tests get their own folders on top
    (``isolated_folders``)."""
    home = tmp_path_factory.mktemp("home")
    folders = {
        "HOME": home,
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_RUNTIME_DIR": home / "runtime",
        "ANNOTATOR_DATA_DIR": home / "annotator" / "data",
        "ANNOTATOR_CONFIG_DIR": home / "annotator" / "config",
        "ANNOTATOR_LOG_DIR": home / "annotator" / "log",
    }
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    folders["XDG_RUNTIME_DIR"].chmod(0o700)
    with pytest.MonkeyPatch.context() as patch:
        for name, folder in folders.items():
            patch.setenv(name, str(folder))
        patch.delenv("ANNOTATOR_DB", raising=False)
        yield home


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the app's data, config and log folders (and database) into ``tmp_path``."""
    home = tmp_path / "appdirs"
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("ANNOTATOR_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("ANNOTATOR_LOG_DIR", str(home / "log"))
    monkeypatch.delenv("ANNOTATOR_DB", raising=False)
    return home


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests under storage/, services/ and server/ that use a database (``db_url``, ``db``,
    ``ctx``) run once on SQLite and once on PostgreSQL, unless marked ``sqlite_only``."""
    if "backend" not in metafunc.fixturenames:
        return
    folder = Path(str(metafunc.definition.path)).parent.name
    only_sqlite = metafunc.definition.get_closest_marker("sqlite_only") is not None
    if folder in BOTH_BACKENDS and not only_sqlite:
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[TestServer]:
    """A real PostgreSQL server for the whole run (see tests/pgtest.py), socket only.

    Its data lives in a folder of its own, not under pytest's base temporary folder: pytest
    prunes old numbered folders there when another run starts, which would pull the data
    out from under a running server."""
    if not server_package_available():
        if sys.platform.startswith("linux"):
            pytest.fail("the pgserver package is missing: install the test extra "
                        "(pip install -e '.[test]')")
        pytest.skip(f"no PostgreSQL server package (pgserver wheel) for {sys.platform}")
    folder = Path(tempfile.mkdtemp(prefix="annotator-pg-"))
    server = TestServer(folder / "server")
    yield server
    server.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: TestServer) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgresql``: parametrised by :func:`pytest_generate_tests`."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if backend == "postgresql":
        return str(request.getfixturevalue("pg_url"))
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
