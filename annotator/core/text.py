"""Text normalisation and fingerprints.

Every article text is stored NFC-normalised with ``\\n`` line endings. Offsets into the
stored text are Unicode code points (see :mod:`annotator.core.offsets`).
"""

from __future__ import annotations

import hashlib
import unicodedata

from annotator.core.i18n import Texts

__all__ = ["SpanText", "fingerprint", "normalise_text", "quote_context"]


class SpanText(Texts):
    """The translation context of spans that do not fit their text."""

CONTEXT_CHARS = 32


def normalise_text(text: str) -> str:
    """Return ``text`` with CRLF/CR turned into LF, NFC-normalised, no BOM.

    Trailing whitespace at the very end is trimmed to one newline-free end so that the same
    article saved by two editors fingerprints the same.
    """
    text = text.lstrip("\ufeff")  # a BOM (editors sometimes write two)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return text.rstrip()


def excerpt(text: str, limit: int, *, trim: bool = True) -> str:
    """One line of at most ``limit`` characters: whitespace collapsed, an ellipsis if cut
    (after the last word; with ``trim`` False right where the cut falls, as the student's
    status messages show a quote: "has been …")."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    return (cut.rstrip() if trim else cut) + "…"


def without_nul(text: str) -> str:
    """``text`` without NUL characters. They mean nothing in a note, a name or an answer,
    and PostgreSQL cannot store them in a text column; removed on every backend alike."""
    return text.replace("\x00", "")


def fingerprint(text: str) -> str:
    """SHA-256 hex digest of the normalised text, encoded as UTF-8."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def quote_context(
    text: str, start: int, end: int, width: int = CONTEXT_CHARS
) -> tuple[str, str, str]:
    """Return ``(prefix, exact, suffix)`` for the code-point span ``[start, end)``."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(SpanText.tr(
            "span {start}-{end} lies outside a text of %n character(s)", "", len(text)).format(
            start=start, end=end))
    return text[max(0, start - width) : start], text[start:end], text[end : end + width]
