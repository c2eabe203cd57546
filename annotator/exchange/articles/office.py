"""Word (.docx) and OpenDocument (.odt) files: paragraphs and document properties."""

from __future__ import annotations

import io
import zipfile

import docx
from odf import dc, meta, teletype
from odf.element import Element
from odf.namespaces import TEXTNS
from odf.opendocument import load as load_odf

from annotator.core.text import normalise_text
from annotator.exchange.articles.model import (
    ArticleImportError,
    ArticleText,
    ImportedArticle,
    iso_date,
)

__all__ = ["read_docx", "read_odt"]

# Office files are zips: cap what their XML may decompress to, so a zip bomb is refused
# before a parser tries to hold it in memory.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
_TEXT_BLOCKS = ((TEXTNS, "p"), (TEXTNS, "h"))


def _check_zip(data: bytes, name: str, kind: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ArticleImportError(name, ArticleText.tr(
            "this {kind} is damaged (not a readable zip)").format(kind=kind)) from exc
    if total > MAX_UNPACKED_BYTES:
        raise ArticleImportError(name, ArticleText.tr(
            "this {kind} unpacks to more than 200 MB; refused").format(kind=kind))


def read_docx(data: bytes, name: str) -> ImportedArticle:
    _check_zip(data, name, ArticleText.tr("Word document"))
    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = [p.text.strip() for p in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                cells = [cell.text.strip() for cell in row.cells]
                paragraphs.append(" | ".join(c for c in cells if c))
        props = document.core_properties
        title, author = props.title or "", props.author or ""
        language, created = props.language or "", props.created
    except Exception as exc:  # python-docx raises many types for damaged parts
        raise ArticleImportError(name, ArticleText.tr(
            "this Word document is damaged and cannot be read")) from exc
    text = "\n\n".join(p for p in paragraphs if p)
    return ImportedArticle(
        text=normalise_text(text),
        title=title.strip(),
        author=author.strip(),
        published=iso_date(created),
        language=language.strip(),
        source_name=name,
    )


def _blocks(node: Element, out: list[str]) -> None:
    """Collect headings and paragraphs in document order (not nested inside each other)."""
    for child in node.childNodes:
        if child.nodeType != child.ELEMENT_NODE:
            continue
        if child.qname in _TEXT_BLOCKS:
            out.append(teletype.extractText(child).strip())
        else:
            _blocks(child, out)


def _odf_meta(document: object, element: type) -> str:
    found = document.getElementsByType(element)  # type: ignore[attr-defined]
    return str(found[0]).strip() if found else ""


def read_odt(data: bytes, name: str) -> ImportedArticle:
    _check_zip(data, name, ArticleText.tr("OpenDocument text"))
    try:
        document = load_odf(io.BytesIO(data))
        if not document.mimetype.startswith("application/vnd.oasis.opendocument.text"):
            raise ArticleImportError(name, ArticleText.tr("this is not an OpenDocument text file"))
        blocks: list[str] = []
        _blocks(document.text, blocks)
        title = _odf_meta(document, dc.Title)
        author = _odf_meta(document, dc.Creator) or _odf_meta(document, meta.InitialCreator)
        created = _odf_meta(document, meta.CreationDate)
        language = _odf_meta(document, dc.Language)
    except ArticleImportError:
        raise
    except Exception as exc:  # odfpy raises many types for damaged parts
        raise ArticleImportError(
            name, ArticleText.tr("this OpenDocument file is damaged and cannot be read")
        ) from exc
    return ImportedArticle(
        text=normalise_text("\n\n".join(b for b in blocks if b)),
        title=title,
        author=author,
        published=iso_date(created),
        language=language,
        source_name=name,
    )
