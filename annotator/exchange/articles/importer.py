"""Choosing the importer for a file, and the checks every file passes first."""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Callable
from pathlib import Path

from annotator.core.text import normalise_text
from annotator.exchange.articles.model import ArticleImportError, ArticleText, ImportedArticle
from annotator.exchange.atomic import describe_os_error

__all__ = ["MAX_ARTICLE_BYTES", "SUPPORTED_SUFFIXES", "import_article", "import_text"]

logger = logging.getLogger(__name__)

MAX_ARTICLE_BYTES = 20 * 1024 * 1024

Reader = Callable[[bytes, str], ImportedArticle]

def _lazy(module: str, function: str, **options: object) -> Reader:
    """A reader that imports its format module on first use: the libraries behind the
    formats (trafilatura, lxml, pypdf, python-docx, odfpy) are slow to import."""

    def read(data: bytes, name: str) -> ImportedArticle:
        loaded = importlib.import_module(f"annotator.exchange.articles.{module}")
        result: ImportedArticle = getattr(loaded, function)(data, name, **options)
        return result

    return read


_PLAIN = _lazy("plain", "read_plain", markdown=False)
_MARKDOWN = _lazy("plain", "read_plain", markdown=True)
_HTML = _lazy("html", "read_html")
_READERS: dict[str, Reader] = {
    ".txt": _PLAIN,
    ".text": _PLAIN,
    ".md": _MARKDOWN,
    ".markdown": _MARKDOWN,
    ".html": _HTML,
    ".htm": _HTML,
    ".xhtml": _HTML,
    ".docx": _lazy("office", "read_docx"),
    ".odt": _lazy("office", "read_odt"),
    ".pdf": _lazy("pdf", "read_pdf"),
}

SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(_READERS)


def _read_capped(path: Path, name: str) -> bytes:
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ArticleImportError(name, ArticleText.tr("this is a folder, not a file"))
        if size > MAX_ARTICLE_BYTES:
            raise ArticleImportError(name, ArticleText.tr(
                "the file is {size} MB; articles are limited to 20 MB").format(
                    size=f"{size / 1048576:.1f}"))
        if size == 0:
            raise ArticleImportError(name, ArticleText.tr("the file is empty"))
        with path.open("rb") as handle:
            data = handle.read(MAX_ARTICLE_BYTES + 1)
    except OSError as exc:
        raise ArticleImportError(name, ArticleText.tr("cannot read the file ({reason})").format(
            reason=describe_os_error(exc))) from exc
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleImportError(name, ArticleText.tr(
            "the file grew past 20 MB while it was being read"))
    return data


def import_article(path: str | os.PathLike[str]) -> ImportedArticle:
    """Read one article file (.txt, .md, .html, .htm, .docx, .odt, .pdf).

    Raises :class:`ArticleImportError` (message: ``"<file name>: <problem>"``) for a file that
    is missing, empty, too large, binary, damaged, of an unknown type or without any text.
    """
    path = Path(path)
    name = path.name
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted({s for s in _READERS if s not in (".text", ".markdown")}))
        raise ArticleImportError(name, ArticleText.tr(
            "this kind of file cannot be imported (use {known})").format(known=known))
    data = _read_capped(path, name)
    try:
        article = reader(data, name)
    except ArticleImportError:
        raise
    except Exception as exc:  # a library failing in an unforeseen way on a hostile file
        logger.warning("importing %s failed", name, exc_info=True)
        raise ArticleImportError(name, ArticleText.tr(
            "this file could not be read ({reason}); is it damaged?").format(
                reason=type(exc).__name__)) from exc
    if not article.text.strip():
        raise ArticleImportError(name, ArticleText.tr("no article text was found in this file"))
    return article


def import_text(text: str, source_name: str = "clipboard") -> ImportedArticle:
    """An article from pasted text; raises :class:`ArticleImportError` when there is none."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_ARTICLE_BYTES:
        raise ArticleImportError(source_name, ArticleText.tr(
            "the text is longer than the 20 MB limit"))
    normalised = normalise_text(text.replace("\x00", ""))
    if not normalised.strip():
        raise ArticleImportError(source_name, ArticleText.tr("there is no text to import"))
    return ImportedArticle(text=normalised, source_name=source_name)
