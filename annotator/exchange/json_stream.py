"""Writing a large JSON document as it is produced, piece by piece.

Dicts and lists are written as they are walked; any other iterable (a generator) becomes a
JSON array whose items are produced, written and dropped one at a time, so the whole document
never has to exist in memory. Everything else is encoded by :func:`json.dumps` (its C encoder
when compact). Compact by default (no spaces); ``indent`` gives the same text as
``json.dumps(..., indent=indent)`` would for the materialised document. NaN and infinity are
refused, as in strict JSON.

A value wrapped in :class:`FloatFree` (text, whole numbers, booleans, None, lists and dicts
with text keys: no fractions) is written compact by orjson, about ten times faster on the
review's many small dicts. For such values orjson writes the standard library's compact
bytes exactly (every character of every plane compared in
``tests/exchange/test_json_stream.py``); where the two could differ, in the notation of
fractions (``1e-05`` against ``1e-5``) and NaN (refused against ``null``), there is nothing
to write. Anything orjson cannot take (a key that is not text, an integer beyond 64 bits, a
lone surrogate) goes to the standard library as before.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = ["FloatFree", "write_json"]

Write = Callable[[str], object]


class FloatFree:
    """``value`` holds no float anywhere (see the module's notes): the writer may encode it
    with orjson. The producer vouches for it; indented output walks it as usual."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


def _float_free(value: Any) -> str:
    try:
        import orjson

        return orjson.dumps(value).decode("utf-8")
    except (ImportError, TypeError):  # orjson.JSONEncodeError is a TypeError
        return _encode(value, None, 0)


def _walk(value: Any, write: Write, indent: int | None, depth: int) -> None:
    if isinstance(value, FloatFree):
        if indent is None:
            write(_float_free(value.value))
        else:
            _walk(value.value, write, indent, depth)
    elif _small(value):
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
