"""Writing a large JSON document as it is produced, piece by piece.

Dicts and lists are written as they are walked; any other iterable (a generator) becomes a
JSON array whose items are produced, written and dropped one at a time, so the whole document
never has to exist in memory. Everything else is encoded by :func:`json.dumps` (its C encoder
when compact). Compact by default (no spaces); ``indent`` gives the same text as
``json.dumps(..., indent=indent)`` would for the materialised document. NaN and infinity are
refused, as in strict JSON.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = ["write_json"]

Write = Callable[[str], object]


def _walk(value: Any, write: Write, indent: int | None, depth: int) -> None:
    if _small(value):
        write(_encode(value, indent, depth))
    elif isinstance(value, Mapping):
        items = list(value.items())
        if not items:
            write("{}")
            return
        write("{")
        for k, (key, item) in enumerate(items):
            if k:
                write(",")
            _newline(write, indent, depth + 1)
            write(json.dumps(str(key), ensure_ascii=False))
            write(": " if indent is not None else ":")
            _walk(item, write, indent, depth + 1)
        _newline(write, indent, depth)
        write("}")
    elif isinstance(value, Iterable) and not isinstance(value, (str, bytes)):
        first = True
        write("[")
        for item in value:
            if not first:
                write(",")
            _newline(write, indent, depth + 1)
            _walk(item, write, indent, depth + 1)
            first = False
        if not first:
            _newline(write, indent, depth)
        write("]")
    else:
        write(_encode(value, indent, depth))


_PLAIN = (list, tuple, dict, str, int, float, bool, type(None))


def _small(item: Any) -> bool:
    """Plain data, encoded in one go by the json module: anything but a generator or a dict
    holding one directly (see :func:`write_json`)."""
    if isinstance(item, Mapping):
        return all(isinstance(v, _PLAIN) for v in item.values())
    return isinstance(item, _PLAIN)


def _encode(value: Any, indent: int | None, depth: int) -> str:
    if indent is None:
        return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    text = json.dumps(value, ensure_ascii=False, allow_nan=False, indent=indent)
    return text.replace("\n", "\n" + " " * (indent * depth)) if depth else text


def _newline(write: Write, indent: int | None, depth: int) -> None:
    if indent is not None:
        write("\n" + " " * (indent * depth))


def write_json(value: Any, write: Write, indent: int | None = None) -> None:
    """Write ``value`` as JSON through ``write`` (for example ``sys.stdout.write``).

    A generator (or any iterable that is not a list, tuple or dict) may stand as a value of
    a dict that is itself the document, a generator's item or such a generator-holding
    dict's value; everywhere else the data must be plain (lists, dicts, numbers, text)."""
    _walk(value, write, indent, 0)
