"""Default hand-in file names are safe on Windows, macOS and Linux."""

from __future__ import annotations

import pytest

from annotator.core.filenames import handin_file_name, safe_file_part


def test_plain_title_and_name() -> None:
    assert handin_file_name("Jobs plan", "Ada Lovelace") == "Jobs plan-Ada Lovelace.handin.json"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ('Who: "Russia" / Ukraine?', "Who Russia Ukraine"),
        ("a\\b|c*d<e>f\tg\nh", "a b c d e f g h"),
        ("...hidden", "hidden"),
        ("ends with dots... ", "ends with dots"),
        ("CON", "CON_"),
        ("lpt1.txt", "lpt1.txt_"),
        ("Émile\u200b Zola", "Émile Zola"),
        ("E\u0301mile", "Émile"),
        ("", "fallback"),
        ("???", "fallback"),
    ],
)
def test_unsafe_characters_and_names(given: str, expected: str) -> None:
    assert safe_file_part(given, "fallback") == expected


def test_long_names_are_capped_without_splitting_characters() -> None:
    part = safe_file_part("😀" * 100, "x")
    assert len(part.encode("utf-8")) <= 80 and set(part) == {"😀"}
    name = handin_file_name("t" * 500, "n" * 500)
    assert len(name.encode("utf-8")) < 255
