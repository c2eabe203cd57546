"""``annotator --self-test``: prove that an installed or frozen app works, end to end.

In a temporary folder (nothing in the user's data or settings is read or written) it:

1. imports every module of the app (a frozen build that lacks a library fails here);
2. runs every Alembic migration on an empty database (the migration modules are loaded from
   the filesystem, which is what a frozen build most easily gets wrong);
3. opens a fresh database as the app does and seeds the sample exercise from the resources;
4. builds the main window on the sample exercise (offscreen unless ``QT_QPA_PLATFORM`` says
   otherwise), with the app icon;
5. loads the compiled translation of every shipped language;
6. writes one annotation through the annotation service, reopens the database file and reads
   the annotation back, checking the exact quote.

It prints a short report ending in ``ok`` and returns 0, or prints
``self-test failed: <step>: <reason>`` and returns 1.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from annotator import APP_NAME, __version__
from annotator.storage.sqlite_urls import sqlite_url


class SelfTestFailure(Exception):
    """One step did not do what it should; the message is the reason."""


@dataclass
class _State:
    folder: Path
    url: str = ""
    ctx: Any = None
    exercise: Any = None
    app: Any = None
    window: Any = None
    annotation: Any = None
    lines: list[str] = field(default_factory=list)


def _check(condition: bool, reason: str) -> None:
    if not condition:
        raise SelfTestFailure(reason)


# Modules that run something when imported: the entry point, and Alembic's env.py.
NOT_IMPORTABLE = ("annotator.__main__", "annotator.storage.migrations.")


def _modules(state: _State) -> str:
    """Import every module of the app, so a frozen build missing a library fails here."""
    import importlib
    import pkgutil

    import annotator

    names = [info.name for info in pkgutil.walk_packages(annotator.__path__, "annotator.")]
    names = [n for n in names if not n.startswith(NOT_IMPORTABLE)]
    _check(len(names) > 10, f"only {len(names)} modules of the app were found")
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as error:
            raise SelfTestFailure(f"{name} does not import ({error})") from error
    return f"modules: {len(names)} imported"


def _migrations(state: _State) -> str:
    from alembic import command
    from alembic.script import ScriptDirectory
    from sqlalchemy import inspect

    from annotator.storage.database import alembic_config
    from annotator.storage.engine import create_db_engine
    from annotator.storage.models import Base

    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    revisions = list(script.walk_revisions())
    _check(bool(revisions), f"no migration modules found in {script.dir}")
    engine = create_db_engine(sqlite_url(state.folder / "migrations.sqlite3"),
                              foreign_keys=False)
    try:
        with engine.connect() as conn, conn.begin():
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            tables = set(inspect(conn).get_table_names())
    finally:
        engine.dispose()
    missing = set(Base.metadata.tables) - tables
    _check(not missing, f"migrations did not create {', '.join(sorted(missing))}")
    return (f"migrations: {len(revisions)} revisions, upgrade from empty to "
            f"{script.get_current_head()} ok")


def _database(state: _State) -> str:
    from annotator.services.context import open_context
    from annotator.services.exercises import load_exercise
    from annotator.services.sample import ensure_sample_exercise

    path = state.folder / "selftest.sqlite3"
    state.url = sqlite_url(path)
    state.ctx = open_context(state.url, backup_folder=state.folder / "backups")
    state.exercise = load_exercise(state.ctx.db, ensure_sample_exercise(state.ctx.db))
    _check(len(state.exercise.articles) >= 2, "the sample exercise has fewer than two articles")
    _check(bool(state.exercise.tags), "the sample exercise has no tags")
    return (f"database: {path}\nsample exercise: {state.exercise.title} "
            f"({len(state.exercise.articles)} articles, {len(state.exercise.tags)} tags)")


def _window(state: _State) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import __version__ as pyside_version
    from PySide6.QtWidgets import QApplication

    from annotator.gui.application import make_application
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings

    state.app = make_application([sys.argv[0] if sys.argv else "annotator"])
    _check(not state.app.windowIcon().isNull(), "the app icon could not be loaded")
    settings = Settings(str(state.folder / "settings.ini"))
    state.window = MainWindow(state.ctx, settings, state.exercise.id)
    # toRawText keeps no-break spaces (toPlainText turns them into spaces).
    texts = [pane.view.document().toRawText().replace("\u2029", "\n")
             for pane in state.window.panes]
    expected = [article.text for article in state.exercise.articles]
    _check(texts == expected, "the window does not show the sample articles' text")
    return (f"window: {len(texts)} article panes, Qt {pyside_version} "
            f"on platform {QApplication.platformName()}")


def _annotation(state: _State) -> str:
    from annotator.services.annotators import create_annotator
    from annotator.services.context import open_context

    article = state.exercise.articles[0]
    tag = state.exercise.tags[0]
    start = next(i for i, ch in enumerate(article.text) if not ch.isspace())
    end = article.text.find("\n", start)
    end = min(end if end > start else len(article.text), start + 80)
    student = create_annotator(state.ctx.db, "Self-test")
    state.annotation = state.ctx.annotations.add(article.id, student.id, start, end, tag.id)
    state.window.close()
    state.window = None
    state.ctx.close()
    state.ctx = open_context(state.url, backup_folder=state.folder / "backups")
    stored = state.ctx.annotations.list(state.exercise.id, student.id)
    _check(len(stored) == 1, f"expected 1 stored annotation, found {len(stored)}")
    got = stored[0]
    wanted = article.text[start:end]
    _check(got.exact == wanted, f"stored quote {got.exact!r} is not {wanted!r}")
    _check((got.start, got.end, got.tag_id) == (start, end, tag.id),
           "the stored span or tag differs from what was written")
    quote = wanted if len(wanted) <= 40 else wanted[:39] + "…"
    return f"annotation: {tag.key} {start}-{end} “{quote}” written and read back"


def _translations(state: _State) -> str:
    """Every shipped language loads from the package and translates the main menus (a
    build made without `make translations` has no .qm files and fails here)."""
    from PySide6.QtCore import QTranslator

    from annotator.gui import i18n

    found = []
    for language in i18n.LANGUAGES:
        translator = QTranslator()
        _check(translator.load(str(i18n.qm_path(language))),
               f"no compiled translation {i18n.qm_path(language).name} (run `make translations`)")
        if language != i18n.SOURCE_LANGUAGE:
            _check(translator.translate("MainWindow", "&File") not in ("", "&File"),
                   f"{language}: the File menu is not translated")
        found.append(language)
    return f"translations: {', '.join(found)}"


STEPS: tuple[tuple[str, Callable[[_State], str]], ...] = (
    ("modules", _modules),
    ("migrations", _migrations),
    ("database", _database),
    ("window", _window),
    ("translations", _translations),
    ("annotation", _annotation),
)


def _output() -> TextIO:
    """stdout, or a file in the log folder when a windowed build has no console."""
    if sys.stdout is not None:
        return sys.stdout
    from annotator.paths import log_dir

    log_dir().mkdir(parents=True, exist_ok=True)
    return (log_dir() / "self-test.txt").open("w", encoding="utf-8")


def run_self_test(out: TextIO | None = None) -> int:
    """Run every step in a temporary folder; print the report; 0 when all passed."""
    out = out or _output()
    frozen = "frozen" if getattr(sys, "frozen", False) else "not frozen"
    print(f"{APP_NAME} {__version__} self-test ({frozen}, Python {platform.python_version()}, "
          f"{platform.system()})", file=out)
    prefix = f"annotator-selftest-{uuid.uuid4().hex[:6]}-"
    with tempfile.TemporaryDirectory(prefix=prefix, ignore_cleanup_errors=True) as tmp:
        state = _State(Path(tmp))
        try:
            for name, step in STEPS:
                try:
                    print(step(state), file=out, flush=True)
                except Exception as error:  # every failure becomes one line
                    reason = str(error).splitlines()[0] if str(error) else type(error).__name__
                    print(f"self-test failed: {name}: {reason}", file=out, flush=True)
                    return 1
        finally:
            if state.window is not None:
                state.window.close()
            if state.ctx is not None:
                state.ctx.close()
    print("ok", file=out, flush=True)
    return 0
