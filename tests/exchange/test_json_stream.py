"""The streaming JSON writer writes what json.dumps would, generators included."""

import io
import json
import math

import pytest

from annotator.exchange.json_stream import write_json


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
