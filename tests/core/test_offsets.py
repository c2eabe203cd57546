"""The one converter between code points (storage, W3C) and UTF-16 units (Qt)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.offsets import OffsetMap, codepoints_to_utf16, utf16_to_codepoints
from annotator.core.text import normalise_text

MIXED = st.lists(
    st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
        st.sampled_from(["😀", "👩‍🔬", "𝔸", "é", "e\u0301", "\r\n", "\r", "\n", "ß", "中", "ع"]),
    ),
    max_size=60,
).map("".join)


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def test_emoji_counts_twice_in_utf16() -> None:
    text = "a😀b"
    m = OffsetMap(text)
    assert [m.to_utf16(i) for i in range(4)] == [0, 1, 3, 4]
    assert [m.to_codepoints(u) for u in range(5)] == [0, 1, 1, 2, 3]  # 2 is inside the emoji


def test_out_of_range_is_refused() -> None:
    m = OffsetMap("abc")
    with pytest.raises(ValueError, match="outside"):
        m.to_utf16(4)
    with pytest.raises(ValueError, match="outside"):
        m.to_codepoints(-1)


@given(MIXED)
def test_every_code_point_offset_round_trips(raw: str) -> None:
    text = normalise_text(raw)
    m = OffsetMap(text)
    for i in range(len(text) + 1):
        u = m.to_utf16(i)
        assert u == utf16_len(text[:i])
        assert m.to_codepoints(u) == i


@given(MIXED)
def test_utf16_offsets_map_to_character_starts(raw: str) -> None:
    text = normalise_text(raw)
    m = OffsetMap(text)
    assert m.length_utf16 == utf16_len(text)
    previous = 0
    for u in range(m.length_utf16 + 1):
        cp = m.to_codepoints(u)
        assert previous <= cp <= len(text)
        assert utf16_len(text[:cp]) <= u  # snaps back, never forward into the next char
        previous = cp


@given(MIXED, st.data())
def test_slices_agree_between_units(raw: str, data: st.DataObject) -> None:
    text = normalise_text(raw)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    u16 = text.encode("utf-16-le")
    a, b = codepoints_to_utf16(text, start), codepoints_to_utf16(text, end)
    assert u16[2 * a : 2 * b].decode("utf-16-le") == text[start:end]
    assert utf16_to_codepoints(text, a) == start


@given(MIXED)
def test_normalised_text_has_no_carriage_returns_and_is_stable(raw: str) -> None:
    text = normalise_text(raw)
    assert "\r" not in text
    assert normalise_text(text) == text


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",))))
def test_the_array_conversion_and_the_astral_search_agree_with_a_loop(raw: str) -> None:
    import numpy as np

    offsets = OffsetMap(raw)
    assert offsets._astral == [i for i, ch in enumerate(raw) if ord(ch) > 0xFFFF]
    every = np.arange(len(raw) + 1)
    assert offsets.to_utf16_array(every).tolist() == [offsets.to_utf16(i) for i in every]
