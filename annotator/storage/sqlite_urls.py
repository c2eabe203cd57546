"""SQLite file paths as SQLAlchemy URLs and as SQLite ``file:`` URIs, on every system.

Pure functions over :class:`PurePath`, so Windows paths (drive letters, backslashes, shares)
can be tested on any system with :class:`PureWindowsPath`. Nothing here imports SQLAlchemy:
the first paint (``storage/peek.py``) uses it before SQLAlchemy is loaded.
"""

from __future__ import annotations

from pathlib import Path, PurePath
from urllib.parse import quote, unquote

__all__ = ["sqlite_file_uri", "sqlite_url", "sqlite_url_path"]

# SQLAlchemy percent-decodes the database part of a URL and ends it at "?", so both are
# escaped; everything else stays readable.
_URL_UNSAFE = str.maketrans({"%": "%25", "?": "%3F"})


def sqlite_url(path: PurePath) -> str:
    """The SQLAlchemy URL of the SQLite file ``path`` (absolute), on any system.

    Forward slashes throughout, as SQLAlchemy documents for Windows:
    ``C:\\Users\\x.sqlite3`` gives ``sqlite:///C:/Users/x.sqlite3`` and the share
    ``\\\\server\\share\\x.sqlite3`` gives ``sqlite://///server/share/x.sqlite3``.
    """
    return "sqlite:///" + path.as_posix().translate(_URL_UNSAFE)


def sqlite_url_path(url: str, flavour: type[PurePath] = Path) -> PurePath | None:
    """The file behind an ``sqlite:///`` URL as a ``flavour`` path (the inverse of
    :func:`sqlite_url`); None for in-memory databases, URLs with options and other kinds of
    URL. Needs no SQLAlchemy (the first paint calls it)."""
    if not url.startswith("sqlite:///"):
        return None
    rest = url.removeprefix("sqlite:///")
    if not rest or rest.startswith(":memory:") or "?" in rest:
        return None
    return flavour(unquote(rest))


def sqlite_file_uri(path: PurePath, mode: str = "ro") -> str:
    """An SQLite ``file:`` URI (for ``sqlite3.connect(..., uri=True)``) opening the absolute
    ``path`` with ``mode``.

    Unlike :meth:`PurePath.as_uri`, a Windows share keeps an empty authority
    (``file:////server/share/x``), which SQLite requires; a drive becomes ``file:///C:/x``.
    """
    text = path.as_posix()
    if not text.startswith("/"):
        text = "/" + text
    return f"file://{quote(text, safe='/:')}?mode={mode}"
