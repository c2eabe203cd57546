"""Defensive JSON reading: every trap is refused with a one-line message naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.exchange.handin_errors import HandinError
from annotator.exchange.jsonsafe import loads_untrusted, read_json_file


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'{"a": NaN}', "NaN is not allowed"),
        (b'{"a": [Infinity]}', "Infinity is not allowed"),
        (b'{"a": -Infinity}', "-Infinity is not allowed"),
        (b'{"a": 1, "b": {"c": 1, "c": 2}}', "duplicate key 'c'"),
        (b"[" * 100_000 + b"]" * 100_000, "nested more than"),
        (b'{"a":' * 33 + b"1" + b"}" * 33, "nested more than 32"),
        (b'["\\ud800"]', "lone surrogate \\ud800"),
        (b'{"\\udfff": 1}', "lone surrogate \\udfff"),
        (b"\xff\xfe{\x00}\x00", "not UTF-8"),
        ('{"a": "café"}'.encode("latin-1"), "not UTF-8 text (byte 0xe9"),
        (b'{"a": [1, 2', "truncated JSON"),
        (b'{"a": "abc', "truncated JSON"),
        (b'{"a" 1}', "not valid JSON"),
        (b"1" * 5000, "not valid JSON"),
    ],
)
def test_traps_are_refused(data: bytes, expected: str) -> None:
    with pytest.raises(HandinError) as caught:
        loads_untrusted(data, "student.json")

    assert str(caught.value).startswith("student.json: ")
    assert expected in str(caught.value)
    assert "\n" not in str(caught.value)


def test_valid_json_with_a_bom_pairs_and_moderate_depth_is_read() -> None:
    data = "\ufeff".encode() + b'{"e": "\\ud83d\\ude00", "n": ' + b"[" * 30 + b"]" * 30 + b"}"

    assert loads_untrusted(data, "ok.json") == {
        "e": "😀",
        "n": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]],
    }


def test_oversized_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b"[" + b"1," * 600_000 + b"1]")

    with pytest.raises(HandinError, match=r"big\.json: larger than 1 MB"):
        read_json_file(path, max_bytes=1024 * 1024)
    assert read_json_file(path, max_bytes=2 * 1024 * 1024)[-1] == 1


def test_missing_and_empty_files(tmp_path: Path) -> None:
    (tmp_path / "empty.json").write_bytes(b"  \n")

    with pytest.raises(HandinError, match=r"empty\.json: the file is empty"):
        read_json_file(tmp_path / "empty.json")
    with pytest.raises(HandinError, match=r"gone\.json: cannot be read"):
        read_json_file(tmp_path / "gone.json")
