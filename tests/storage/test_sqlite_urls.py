"""SQLite paths become URLs SQLAlchemy and SQLite read back as the same file, on every system
(Windows paths simulated with PureWindowsPath)."""

from __future__ import annotations

import sqlite3
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest
from sqlalchemy.engine import make_url

from annotator.paths import default_database_url
from annotator.storage import database, peek
from annotator.storage.sqlite_urls import sqlite_file_uri, sqlite_url, sqlite_url_path

WINDOWS = [
    (r"C:\Users\Ada\AppData\Local\source-annotator\annotator.sqlite3",
     "sqlite:///C:/Users/Ada/AppData/Local/source-annotator/annotator.sqlite3",
     "file:///C:/Users/Ada/AppData/Local/source-annotator/annotator.sqlite3?mode=ro"),
    (r"D:\Class 7b (2026)\50% done #1\db.sqlite3",
     "sqlite:///D:/Class 7b (2026)/50%25 done #1/db.sqlite3",
     "file:///D:/Class%207b%20%282026%29/50%25%20done%20%231/db.sqlite3?mode=ro"),
    (r"\\school-server\students\ada\db.sqlite3",
     "sqlite://///school-server/students/ada/db.sqlite3",
     "file:////school-server/students/ada/db.sqlite3?mode=ro"),
]


@pytest.mark.parametrize(("path", "url", "uri"), WINDOWS)
def test_windows_paths_give_forward_slash_urls_that_read_back(
    path: str, url: str, uri: str
) -> None:
    windows = PureWindowsPath(path)
    assert sqlite_url(windows) == url
    assert "\\" not in url
    # SQLAlchemy's own parser finds the same file, and so does ours (without SQLAlchemy).
    assert PureWindowsPath(make_url(url).database or "") == windows
    assert sqlite_url_path(url, PureWindowsPath) == windows
    # SQLite wants an empty URI authority: a share must not become file://server/...
    assert sqlite_file_uri(windows) == uri


def test_the_old_backslash_url_is_still_read() -> None:
    """Settings and ANNOTATOR_DB values written as sqlite:///C:\\... before keep working."""
    assert sqlite_url_path(r"sqlite:///C:\Users\Ada\db.sqlite3", PureWindowsPath) == (
        PureWindowsPath(r"C:\Users\Ada\db.sqlite3"))


@pytest.mark.parametrize("name", ["plain", "with space", "50% #1", "what?", "%41 literal",
                                  "Zoë Ψυχή 学生"])
def test_posix_paths_round_trip_through_sqlalchemy_and_sqlite(tmp_path: Path, name: str) -> None:
    path = tmp_path / name / "db.sqlite3"
    path.parent.mkdir()
    url = sqlite_url(path)
    assert make_url(url).database == str(path)
    assert database.sqlite_path(url) == path
    assert peek.sqlite_path(url) == path
    assert sqlite_url_path(url, PurePosixPath) == PurePosixPath(path)
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    con = sqlite3.connect(sqlite_file_uri(path), uri=True)
    try:
        assert con.execute("SELECT name FROM sqlite_master").fetchall() == [("t",)]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            con.execute("CREATE TABLE u (y)")
    finally:
        con.close()


def test_default_url_of_a_folder_with_a_percent_opens_that_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "100%25 sure?"
    monkeypatch.delenv("ANNOTATOR_DB", raising=False)
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(folder))
    url = default_database_url()
    assert database.sqlite_path(url) == folder / "annotator.sqlite3"
    db = database.open_database(url)
    db.close()
    assert (folder / "annotator.sqlite3").is_file()
    assert not any(p.name == "100% sure" for p in tmp_path.iterdir())


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:", "sqlite:///x.db?mode=ro",
                                 "postgresql://h/db"])
def test_urls_without_a_plain_file(url: str) -> None:
    assert sqlite_url_path(url) is None
