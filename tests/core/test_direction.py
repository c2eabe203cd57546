"""Base direction of articles from their language or their script."""

from __future__ import annotations

import pytest

from annotator.core.direction import has_rtl, text_direction

ARABIC = "أعلنت وزارة الصحة اليوم عن حملة تطعيم جديدة في جميع المدارس."
HEBREW = "משרד הבריאות הודיע היום על מבצע חיסונים חדש בכל בתי הספר."
PERSIAN = "وزارت بهداشت امروز از یک کارزار واکسیناسیون تازه خبر داد."


@pytest.mark.parametrize("text", [ARABIC, HEBREW, PERSIAN])
def test_rtl_scripts_are_detected_without_a_language(text: str) -> None:
    assert text_direction(text) == "rtl"
    assert has_rtl(text)


def test_a_leading_latin_name_does_not_flip_an_arabic_article() -> None:
    assert text_direction("NASA: " + ARABIC) == "rtl"
    assert text_direction("2024 " + HEBREW) == "rtl"


def test_latin_text_and_mostly_latin_text_run_left_to_right() -> None:
    assert text_direction("The ministry announced a new campaign.") == "ltr"
    assert text_direction("The minister said «" + "شكرا" + "» twice in his speech today.") == "ltr"
    assert not has_rtl("Plain English, 123 and emoji 🙂")
    assert text_direction("") == "ltr"


@pytest.mark.parametrize(("language", "expected"), [
    ("ar", "rtl"), ("he-IL", "rtl"), ("fa", "rtl"), ("ur", "rtl"), ("yi", "rtl"),
    ("en", "ltr"), ("de-CH", "ltr"), ("ku-Arab", "rtl"), ("az-Arab", "rtl"),
    ("ku-Latn", "ltr"), ("AR", "rtl"), ("he_IL", "rtl"),
])
def test_the_article_language_decides_when_known(language: str, expected: str) -> None:
    # the language wins over the script (an English article about Hebrew quotes stays LTR)
    text = HEBREW if expected == "ltr" else "Some English words"
    assert text_direction(text, language) == expected
