"""PDF files: the text layer, page by page; scanned pages without text are refused.

A PDF places words and lines on a page rather than storing running text, so the extracted
text is tidied the way a reader sees the page (:func:`page_text`): the tabs pypdf puts
between separately placed words become spaces, typographic ligatures (ﬁ, ﬂ, …) become their
letters, a line that wrapped mid-sentence is joined to the next, so a sentence is one passage to
highlight and to count in the class review, and a page number in the footer is left out.
"""

from __future__ import annotations

import io
import logging
import re

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

from annotator.core.text import normalise_text
from annotator.exchange.articles.model import (
    ArticleImportError,
    ArticleText,
    ImportedArticle,
    iso_date,
)

__all__ = ["page_text", "read_pdf"]

_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})

# "3", "- 3 -", "Page 3", "3 / 12", "Page 3 of 12" alone on a page's last line
_PAGE_NUMBER = re.compile(
    r"(?i)(?:page\s*)?[-–]?\s*(\d{1,4})\s*[-–]?(?:\s*(?:/|of)\s*\d{1,4})?")


def page_text(raw: str, page: int | None = None) -> str:
    """One page's extracted text as running text (see the module docstring).

    A line is joined to the one before when it starts with a lower-case letter (the
    sentence goes on); a line ending in a hyphen is joined without a space. Blank lines and
    lines starting otherwise (a capital, a digit, a quote) stay where they are. The last
    line is left out when it is only this ``page``'s number (counting from 1).
    """
    lines: list[str] = []
    for line in raw.translate(_LIGATURES).split("\n"):
        line = " ".join(line.replace("\t", " ").split())
        previous = lines[-1] if lines else ""
        if previous and line[:1].islower():
            joint = "" if previous.endswith("-") and previous[-2:-1].isalpha() else " "
            lines[-1] = previous + joint + line
        else:
            lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    footer = _PAGE_NUMBER.fullmatch(lines[-1]) if lines and page is not None else None
    if footer and int(footer.group(1)) == page:
        lines.pop()
    return "\n".join(lines).strip()


def _open(data: bytes, name: str) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ArticleImportError(name, ArticleText.tr(
                "this PDF is password-protected; save an unlocked copy"))
        pages = len(reader.pages)
    except ArticleImportError:
        raise
    except (FileNotDecryptedError, DependencyError) as exc:
        raise ArticleImportError(name, ArticleText.tr(
            "this PDF is encrypted; save an unlocked copy")) from exc
    except Exception as exc:  # pypdf raises many types for damaged files
        raise ArticleImportError(name, ArticleText.tr(
            "this PDF is damaged and cannot be read")) from exc
    if pages == 0:
        raise ArticleImportError(name, ArticleText.tr("this PDF is damaged or has no pages"))
    return reader


def _properties(reader: PdfReader) -> tuple[str, str, object]:
    """Title, author and creation date; a malformed info dictionary gives blanks."""
    try:
        info = reader.metadata
        if info is None:
            return "", "", None
        return str(info.title or ""), str(info.author or ""), info.creation_date
    except (PdfReadError, ValueError, TypeError, KeyError):
        return "", "", None


def read_pdf(data: bytes, name: str) -> ImportedArticle:
    if b"%PDF-" not in data[:1024]:  # the header may follow up to 1 KB of junk
        raise ArticleImportError(name, ArticleText.tr("this is not a PDF file (damaged?)"))
    # pypdf logs warnings about slightly broken files; they are not the user's business here.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = _open(data, name)
    try:
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # pypdf raises many types for damaged content streams
        raise ArticleImportError(name, ArticleText.tr(
            "this PDF is damaged and cannot be read")) from exc
    title, author, created = _properties(reader)
    tidied = (page_text(p, n) for n, p in enumerate(pages, start=1) if p.strip())
    text = normalise_text("\n\n".join(tidied))
    if not text.strip():
        raise ArticleImportError(name, ArticleText.tr(
            "this PDF has no text layer (a scanned image?)"))
    return ImportedArticle(
        text=text,
        title=str(title).strip(),
        author=str(author).strip(),
        published=iso_date(created),
        source_name=name,
    )
