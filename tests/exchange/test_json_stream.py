"""The streaming JSON writer writes what json.dumps would, generators included."""

import io
import json
import math

import pytest

from annotator.exchange.json_stream import FloatFree, write_json


def _doc():
    def rows():
        yield {"a": 1, "b": [1.5, None, "é"]}
        yield {"nested": (x for x in [{"deep": True}, []])}

    return {"title": "Ünïcode \"q\"", "empty": {}, "none": [], "gen": rows(), "n": -0.0,
            "lazy_empty": (x for x in ())}


def _materialised():
    return {"title": "Ünïcode \"q\"", "empty": {}, "none": [],
            "gen": [{"a": 1, "b": [1.5, None, "é"]}, {"nested": [{"deep": True}, []]}],
            "n": -0.0, "lazy_empty": []}


@pytest.mark.parametrize("indent", [None, 2, 4])
def test_same_text_as_json_dumps(indent):
    out = io.StringIO()
    write_json(_doc(), out.write, indent=indent)
    separators = (",", ":") if indent is None else None
    expected = json.dumps(_materialised(), ensure_ascii=False, indent=indent,
                          separators=separators)
    assert out.getvalue() == expected
    assert json.loads(out.getvalue()) == _materialised()


def test_compact_has_no_spaces_outside_strings():
    out = io.StringIO()
    write_json({"a": [1, 2, {"b": 3}]}, out.write)
    assert out.getvalue() == '{"a":[1,2,{"b":3}]}'


def test_nan_is_refused():
    with pytest.raises(ValueError, match="not JSON compliant"):
        write_json({"x": (v for v in [math.nan])}, io.StringIO().write)


# -- FloatFree: the quick path for values without fractions ---------------------------------

EVERY_CHARACTER = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


def _float_free_doc():
    return {
        "text": EVERY_CHARACTER,
        "escapes": ['"', "\\", "\n", "\r", "\t", "\b", "\f", "\x00", "\x1f", "\x7f",
                    "\u2028", "\u2029", "\ufeff", "😀", "é", ""],
        "numbers": [0, -1, 2**63 - 1, -(2**63), 10**18, True, False, None],
        "nested": {"cells": [{"student_tag": "claim", "key_tag": "none",
                              "pairs": [{"student": {"start": 3, "end": 9, "tag": "claim"},
                                         "key": None}]}],
                   "empty": {}, "none": [], "tuple": (1, "a")},
    }


@pytest.mark.parametrize("indent", [None, 2])
def test_float_free_gives_the_standard_librarys_bytes(indent):
    doc = _float_free_doc()
    out = io.StringIO()
    write_json({"marked": FloatFree(doc), "rest": (x for x in [FloatFree([1, 2]), 3])},
               out.write, indent=indent)
    separators = (",", ":") if indent is None else None
    expected = json.dumps({"marked": doc, "rest": [[1, 2], 3]}, ensure_ascii=False,
                          indent=indent, separators=separators)
    assert out.getvalue() == expected


@pytest.mark.parametrize("value", [{1: "a", "b": 2}, [2**64, -(2**70)], ["\ud800"],
                                   {"t": ("\udfff", 1)}])
def test_what_orjson_cannot_take_goes_to_the_standard_library(value):
    out = io.StringIO()
    write_json({"x": FloatFree(value)}, out.write)
    expected = json.dumps({"x": value}, ensure_ascii=False, separators=(",", ":"))
    assert out.getvalue() == expected
