from __future__ import annotations

import pytest

from annotator.core.text import fingerprint, normalise_text, quote_context


def test_normalise_collapses_line_endings_bom_and_composes() -> None:
    assert normalise_text("\ufeffCafe\u0301\r\nline\rend  \n") == "Café\nline\nend"


def test_normalising_twice_changes_nothing_even_with_doubled_bom() -> None:
    assert normalise_text("\ufeff\ufeffabc") == "abc" == normalise_text(normalise_text("abc"))


def test_fingerprint_ignores_encoding_accidents() -> None:
    assert fingerprint("a\r\nb") == fingerprint("a\nb")
    assert fingerprint("e\u0301") == fingerprint("é")
    assert fingerprint("a") != fingerprint("b")


def test_quote_context_caps_prefix_and_suffix_at_32() -> None:
    text = "x" * 40 + "QUOTE" + "y" * 40
    prefix, exact, suffix = quote_context(text, 40, 45)
    assert (prefix, exact, suffix) == ("x" * 32, "QUOTE", "y" * 32)
    with pytest.raises(ValueError, match="outside"):
        quote_context(text, 80, 90)
