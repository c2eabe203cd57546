"""Property-based tests: malformed hand-ins, exercise packages and article files fed to every
importer. No unhandled exception, no partial write (the database is unchanged and still
passes its checks), and a one-line message that names the file.

The inputs are random bytes, bytes that start like the real format, real files with bytes
overwritten or cut short, and (for hand-ins) real documents with one value replaced and the
checksum recomputed, so that the importer's deeper checks are reached too.
"""

from __future__ import annotations

import copy
import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.exchange.articles import import_article
from annotator.exchange.articles.model import ArticleImportError
from annotator.exchange.errors import ExchangeError
from annotator.exchange.handin import content_checksum
from annotator.services.annotators import create_annotator
from annotator.services.context import AppContext
from annotator.services.exercises import load_exercise
from annotator.services.exercises_io import export_exercise, import_exercise_package
from annotator.services.handins import ImportStatus, export_handin, import_handins
from annotator.services.sample import SAMPLE_EXERCISE_ID, ensure_sample_exercise
from annotator.storage.checks import check_database
from annotator.storage.database import Database, open_database

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TABLES = ("exercise", "article", "tag_set", "tag", "annotator", "annotation", "link", "answer",
          "handin")


def mutated(original: bytes) -> st.SearchStrategy[bytes]:
    """``original`` with a few bytes overwritten, and perhaps cut short."""
    patch = st.tuples(st.integers(0, len(original) - 1), st.binary(min_size=1, max_size=16))

    def apply(patches: list[tuple[int, bytes]], cut: int | None) -> bytes:
        data = bytearray(original)
        for offset, chunk in patches:
            data[offset: offset + len(chunk)] = chunk
        return bytes(data[:cut] if cut else data)

    return st.builds(apply, st.lists(patch, min_size=1, max_size=3),
                     st.none() | st.integers(0, len(original) - 1))


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _leaves(item, (*path, i))
    else:
        yield path, value


ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=6,
)


def _like(value: Any) -> st.SearchStrategy[Any]:
    """A replacement for ``value``: usually of the same type (to get past the schema)."""
    if isinstance(value, bool):
        same: st.SearchStrategy[Any] = st.booleans()
    elif isinstance(value, int):
        same = st.integers(-5, 10**7)
    elif isinstance(value, str):
        same = st.text(max_size=40) | st.uuids().map(str) | st.sampled_from(
            ["", "<img src='/etc/passwd'>", "\\\\server\\share\\x", "9999-99-99T99:99:99Z"]
        )
    else:
        same = ANY_JSON
    return st.one_of(same, same, same, ANY_JSON)


@st.composite
def edited_document(draw: st.DrawFn, original: dict[str, Any]) -> bytes:
    document = copy.deepcopy(original)
    leaves = list(_leaves(document))
    for _ in range(draw(st.integers(1, 3))):
        path, value = draw(st.sampled_from(leaves))
        target: Any = document
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = draw(_like(value))
    if draw(st.booleans()) and isinstance(document, dict):
        document["checksum"] = content_checksum(document)
    return json.dumps(document).encode("utf-8")


# -- real files to start from ---------------------------------------------------------------


@cache
def real_files() -> tuple[bytes, bytes, bytes]:
    """A real hand-in, a real exercise package, and a class database holding the sample."""
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        ctx = AppContext(open_database(f"sqlite:///{base / 'student.sqlite3'}"))
        ensure_sample_exercise(ctx.db)
        exercise = load_exercise(ctx.db, SAMPLE_EXERCISE_ID)
        student = create_annotator(ctx.db, "Ada")
        a = ctx.annotations.add(exercise.articles[0].id, student.id, 0, 9, exercise.tags[0].id,
                                "first")
        b = ctx.annotations.add(exercise.articles[1].id, student.id, 5, 20, exercise.tags[1].id)
        from annotator.storage.models import LinkKind

        ctx.annotations.add_link(a.id, b.id, LinkKind.SAME_CLAIM, "same")
        export_handin(ctx.db, SAMPLE_EXERCISE_ID, student.id, base / "ada.sahandin")
        export_exercise(ctx.db, SAMPLE_EXERCISE_ID, base / "sample.saexercise")
        ctx.close()
        class_db = base / "class.sqlite3"
        db = open_database(f"sqlite:///{class_db}")
        ensure_sample_exercise(db)
        db.close()
        return (
            (base / "ada.sahandin").read_bytes(),
            (base / "sample.saexercise").read_bytes(),
            class_db.read_bytes(),
        )


@contextmanager
def class_database() -> Iterator[tuple[Database, Path]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "class.sqlite3"
        path.write_bytes(real_files()[2])
        db = open_database(f"sqlite:///{path}")
        try:
            yield db, Path(folder)
        finally:
            db.close()


def _counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {t: int(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() or 0)
                for t in TABLES}


def _one_line_naming(message: str, name: str) -> None:
    assert message and "\n" not in message and "Traceback" not in message
    assert name in message, message


# -- hand-ins -------------------------------------------------------------------------------


def _import_handin(data: bytes) -> None:
    with class_database() as (db, folder):
        file = folder / "student-work.sahandin"
        file.write_bytes(data)
        before = _counts(db)
        (result,) = import_handins(db, [file])
        if result.status in (ImportStatus.IMPORTED, ImportStatus.REPLACED):
            assert check_database(db).ok
        else:
            assert result.status is ImportStatus.REJECTED
            _one_line_naming(result.problem, "student-work.sahandin")
            assert _counts(db) == before


@SETTINGS
@given(st.binary(max_size=4096))
def test_handin_import_refuses_random_bytes(data: bytes) -> None:
    _import_handin(data)


@SETTINGS
@given(st.data())
def test_handin_import_refuses_damaged_real_handins(data: st.DataObject) -> None:
    _import_handin(data.draw(mutated(real_files()[0])))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_handin_import_survives_edited_documents(data: st.DataObject) -> None:
    original = json.loads(real_files()[0])
    _import_handin(data.draw(edited_document(original)))


# -- exercise packages ----------------------------------------------------------------------


def _import_package(data: bytes) -> None:
    with class_database() as (db, folder):
        file = folder / "exercise.saexercise"
        file.write_bytes(data)
        before = _counts(db)
        try:
            import_exercise_package(db, file)
        except ExchangeError as exc:
            _one_line_naming(str(exc), "exercise.saexercise")
            assert _counts(db) == before
        else:
            assert check_database(db).ok


@SETTINGS
@given(st.binary(max_size=4096) | st.binary(max_size=4096).map(lambda b: b"PK\x03\x04" + b))
def test_package_import_refuses_random_bytes(data: bytes) -> None:
    _import_package(data)


@SETTINGS
@given(st.data())
def test_package_import_refuses_damaged_real_packages(data: st.DataObject) -> None:
    _import_package(data.draw(mutated(real_files()[1])))


# -- article files --------------------------------------------------------------------------

SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".odt", ".pdf")
LOOKALIKE = {".docx": b"PK\x03\x04", ".odt": b"PK\x03\x04", ".pdf": b"%PDF-1.7\n",
             ".html": b"<html><body>", ".htm": b"<p>", ".txt": b"", ".md": b"# "}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SUFFIXES), st.binary(max_size=4096), st.booleans())
def test_article_import_reads_or_refuses_any_file(suffix: str, data: bytes, magic: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / f"article{suffix}"
        file.write_bytes((LOOKALIKE[suffix] if magic else b"") + data)
        try:
            article = import_article(file)
        except ArticleImportError as exc:
            _one_line_naming(str(exc), file.name)
        else:
            assert article.text.strip()
