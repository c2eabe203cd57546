"""Turning the bytes of a text file into text: byte-order marks, UTF-8, then detection."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from annotator.exchange.articles.model import ArticleImportError

__all__ = ["decode_text_bytes"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control characters that never occur in real text (tab, LF, CR and form feed are allowed).
_BINARY_CONTROLS = {chr(c) for c in range(32)} - {"\t", "\n", "\r", "\f"}


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ch in _BINARY_CONTROLS)
    return bad > 0 and bad / len(sample) > 0.001


def decode_text_bytes(data: bytes, name: str) -> str:
    """Decode a text file's bytes, or raise :class:`ArticleImportError` for binary data.

    A byte-order mark wins; then strict UTF-8; then charset-normalizer's best guess, where a tie
    between equally clean single-byte code pages goes to Windows-1252 (the usual legacy
    encoding of Western European text).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise ArticleImportError(
                    name, f"the text is not valid {encoding.upper()} despite its marker"
                ) from exc
            break
    else:
        if b"\x00" in data[:65536]:
            raise ArticleImportError(name, "this is a binary file, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _detect(data, name)
    if _looks_binary(text):
        raise ArticleImportError(name, "this is a binary file, not text")
    return text


def _detect(data: bytes, name: str) -> str:
    results = list(from_bytes(data))
    if not results:
        raise ArticleImportError(name, "this is a binary file or its text encoding is unknown")
    best = results[0]
    ties = [r for r in results if r.chaos == best.chaos and r.coherence == best.coherence]
    for match in ties:
        if match.encoding == "cp1252":
            best = match
            break
    return str(best)
