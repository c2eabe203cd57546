"""Turning the bytes of a text file into text: byte-order marks, UTF-8, then detection."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from annotator.exchange.articles.model import ArticleImportError, ArticleText

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
                raise ArticleImportError(name, ArticleText.tr(
                    "the text is not valid {encoding} despite its marker").format(
                        encoding=encoding.upper())) from exc
            break
    else:
        if b"\x00" in data[:65536]:
            raise ArticleImportError(name, ArticleText.tr("this is a binary file, not text"))
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _detect(data, name)
    if _looks_binary(text):
        raise ArticleImportError(name, ArticleText.tr("this is a binary file, not text"))
    return text


# What Western European text decoded as Windows-1252 plausibly contains beyond ASCII.
_WESTERN = frozenset(
    [chr(c) for c in range(0xC0, 0x100) if c not in (0xD7, 0xF7)]
    + list("“”‘’‚„–—…•€™ŠšŽžŒœŸ†‡‰‹›ˆ˜«»£°©®§¶¡¿·½¼¾±¢¥\u00a0")
)
_OTHER_WINDOWS_PAGES = frozenset(
    ["cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258"]
)


def _plausible_windows_1252(data: bytes) -> str | None:
    """The Windows-1252 reading of ``data`` if it looks like Western European text."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    extra = [ch for ch in text if ord(ch) > 0x7F]
    if any(ch not in _WESTERN for ch in extra):
        return None
    letters = sum(1 for ch in text if ch.isalpha())
    accented = sum(1 for ch in extra if ch.isalpha())
    if letters and accented / letters > 0.3:  # Greek or Cyrillic bytes read as accents
        return None
    return text


def _detect(data: bytes, name: str) -> str:
    """Guess a legacy encoding; charset-normalizer decides, Windows-1252 wins close calls.

    Short texts defeat statistical detection (a few curly quotes look as much like Baltic DOS
    as like Windows-1252), so plausible Western text is read as Windows-1252 unless the
    detector is sure of another Windows code page (Central European, Cyrillic, Greek ...).
    """
    results = list(from_bytes(data))
    best = results[0] if results else None
    if best is not None:
        ties = [r for r in results if r.chaos == best.chaos and r.coherence == best.coherence]
        if any(match.encoding == "cp1252" for match in ties):
            return data.decode("cp1252")
        if best.encoding in _OTHER_WINDOWS_PAGES:
            return str(best)
    western = _plausible_windows_1252(data)
    if western is not None:
        return western
    if best is None:
        raise ArticleImportError(name, ArticleText.tr(
            "this is a binary file or its text encoding is unknown"))
    return str(best)
