"""Reading JSON that somebody else wrote, defensively.

The standard library parser accepts things a hand-in must not contain: ``NaN`` and
``Infinity`` (not JSON at all), duplicate keys (the last silently wins), lone UTF-16
surrogates (``"\\ud800"`` decodes to a string that cannot be written back as UTF-8), nesting
deep enough to exhaust the interpreter's recursion limit, and files of any size. Each is
refused here with a :class:`HandinError` whose one-line message names the file.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from annotator.exchange.handin_errors import HandinError, HandinText

__all__ = ["DEFAULT_MAX_BYTES", "MAX_DEPTH", "loads_untrusted", "read_json_file"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 32


class _Refused(ValueError):
    """Raised from inside the parser's hooks; turned into a HandinError by the caller."""


def _refuse_constant(name: str) -> Any:
    raise _Refused(HandinText.tr("{name} is not allowed in JSON").format(name=name))


def _unique_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)  # in C; the pairs are looked at one by one only when a key repeats
    if len(result) == len(pairs):
        return result
    result = {}
    for key, value in pairs:
        if key in result:
            raise _Refused(HandinText.tr("duplicate key {key}").format(key=repr(key)))
        result[key] = value
    return result


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _check_value(value: Any, max_depth: int, strings: bool) -> None:
    """Walk the parsed value without recursion: refuse nesting deeper than ``max_depth``
    and (when ``strings``) strings holding lone surrogates.

    The depth used to be counted on the raw text before parsing, with a regular expression
    removing every string first; that took longer than the parsing itself (issue 13). The
    parser refuses nesting that would exhaust the interpreter (a RecursionError, caught by
    the caller), so counting afterwards is as safe.
    """
    if strings:
        _walk_strings(value)
    level: list[Any] = [value] if isinstance(value, (dict, list)) else []
    depth = 0
    while level:  # breadth first, one level of containers at a time
        if depth >= max_depth:
            raise _Refused(HandinText.tr("nested more than {depth} levels deep").format(
                depth=max_depth))
        below: list[Any] = []
        for item in level:  # the parser makes plain dicts and lists only
            children = item.values() if type(item) is dict else item
            below += [c for c in children if type(c) is dict or type(c) is list]
        level = below
        depth += 1


def _walk_strings(value: Any) -> None:
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            _check_string(item)
        elif isinstance(item, dict):
            for key, child in item.items():
                _check_string(key)
                stack.append(child)
        elif isinstance(item, list):
            stack.extend(item)


def _check_string(text: str) -> None:
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise _Refused(HandinText.tr(
            "contains a lone surrogate {escape} (not valid Unicode)").format(
                escape=f"\\u{ord(text[exc.start]):04x}")) from None


def loads_untrusted(data: bytes, name: str, *, max_depth: int = MAX_DEPTH) -> Any:
    """Parse UTF-8 JSON ``data`` (a leading BOM is allowed); ``name`` is used in messages."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise HandinError(f"{name}: " + HandinText.tr(
            "not UTF-8 text (byte {byte} at offset {offset})").format(
                byte=f"0x{data[exc.start]:02x}", offset=exc.start)) from None
    try:
        value = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_unique_object)
        # Strict UTF-8 decoding already refused encoded surrogates; only \\u escapes remain.
        _check_value(value, max_depth, strings=_SURROGATE_ESCAPE.search(text) is not None)
    except _Refused as exc:
        raise HandinError(f"{name}: {exc}") from None
    except json.JSONDecodeError as exc:
        cut = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
        problem = (HandinText.tr("truncated JSON ({reason} at line {line} column {column})")
                   if cut else
                   HandinText.tr("not valid JSON ({reason} at line {line} column {column})"))
        raise HandinError(f"{name}: " + problem.format(
            reason=exc.msg, line=exc.lineno, column=exc.colno)) from None
    except RecursionError:
        raise HandinError(f"{name}: " + HandinText.tr(
            "nested more than {depth} levels deep").format(depth=max_depth)) from None
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        raise HandinError(f"{name}: " + HandinText.tr("not valid JSON ({reason})").format(
            reason=exc)) from None
    return value


def read_json_file(
    path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES, max_depth: int = MAX_DEPTH
) -> Any:
    """Read and parse the JSON file at ``path``, refusing files over ``max_bytes`` before
    reading them."""
    file = Path(path)
    try:
        with file.open("rb") as handle:
            size = _size(handle)
            if size is not None and size > max_bytes:
                raise HandinError(_too_big(file, max_bytes))
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise HandinError(f"{file}: " + HandinText.tr("cannot be read ({reason})").format(
            reason=exc.strerror or exc)) from exc
    if len(data) > max_bytes:
        raise HandinError(_too_big(file, max_bytes))
    if not data.strip():
        raise HandinError(f"{file}: " + HandinText.tr("the file is empty"))
    return loads_untrusted(data, str(file), max_depth=max_depth)


def _size(handle: Any) -> int | None:
    try:
        return os.fstat(handle.fileno()).st_size
    except OSError:
        return None


def _too_big(file: Path, max_bytes: int) -> str:
    return f"{file}: " + HandinText.tr(
        "larger than {size} MB, refused without reading it").format(
            size=max_bytes // (1024 * 1024))
