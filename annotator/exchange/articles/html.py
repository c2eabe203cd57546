"""Saved web pages: the article's title and body text, with provenance from meta tags.

Nothing is ever fetched: trafilatura and lxml only parse the string they are given, images
are dropped and links are reduced to their text.
"""

from __future__ import annotations

import codecs
import logging
import re

import lxml.html
import trafilatura
from lxml import etree
from lxml_html_clean import Cleaner

from annotator.core.text import normalise_text
from annotator.exchange.articles.encoding import decode_text_bytes
from annotator.exchange.articles.model import (
    ArticleImportError,
    ArticleText,
    ImportedArticle,
    iso_date,
)

__all__ = ["read_html"]

logger = logging.getLogger(__name__)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_SPACE = re.compile(r"\s+")

_DROPPED = ("nav", "header", "footer", "aside", "form", "button", "noscript", "template", "svg")
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "pre",
        "figcaption",
        "dd",
        "dt",
        "td",
        "th",
    ]
)

_PUBLISHED_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "date",
    "pubdate",
)


def _decode(data: bytes, name: str) -> str:
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        match = _META_CHARSET.search(data[:8192])
        if match:
            declared = match.group(1).decode("ascii", "replace")
            try:
                codec = codecs.lookup(declared).name
            except LookupError:
                pass
            else:
                if codec in ("latin-1", "iso8859-1", "ascii"):
                    declared = "cp1252"  # as browsers do (WHATWG Encoding Standard)
                if b"\x00" in data[:65536]:
                    raise ArticleImportError(name, ArticleText.tr(
                        "this is a binary file, not a web page"))
                try:
                    return data.decode(declared)
                except UnicodeDecodeError:
                    pass
    return decode_text_bytes(data, name)


def _meta(doc: lxml.html.HtmlElement) -> dict[str, str]:
    """Meta tag values by lower-cased property, name or itemprop (first occurrence wins)."""
    found: dict[str, str] = {}
    for meta in doc.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = (meta.get("content") or "").strip()
        if key and content:
            found.setdefault(key.strip().lower(), content)
    return found


def _first(meta: dict[str, str], *keys: str) -> str:
    for key in keys:
        if meta.get(key):
            return _SPACE.sub(" ", meta[key]).strip()
    return ""


def _canonical_url(doc: lxml.html.HtmlElement, meta: dict[str, str]) -> str:
    for link in doc.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rel and href.startswith(("http://", "https://")):
            return href
    url = _first(meta, "og:url")
    return url if url.startswith(("http://", "https://")) else ""


def _author(meta: dict[str, str]) -> str:
    for key in ("author", "article:author", "dc.creator", "byl", "parsely-author"):
        value = _first(meta, key)
        if value and not value.startswith(("http://", "https://")):
            return value.removeprefix("By ").removeprefix("by ")
    return ""


def _title(doc: lxml.html.HtmlElement, meta: dict[str, str]) -> str:
    title = _first(meta, "og:title", "twitter:title", "dc.title")
    if title:
        return title
    node = doc.find(".//title")
    if node is not None and node.text_content().strip():
        return _SPACE.sub(" ", node.text_content()).strip()
    return ""


def _paragraphs(text: str) -> str:
    lines = (_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n\n".join(line for line in lines if line)


def _trafilatura_text(html: str) -> str:
    """The main text as trafilatura sees it, or "" (then the lxml fallback takes over)."""
    try:
        extracted = trafilatura.extract(
            html,
            favor_precision=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            include_tables=True,
            with_metadata=False,
            deduplicate=False,
            output_format="txt",
        )
    except Exception:  # a crash in the heuristics must not lose a readable page
        logger.warning("trafilatura failed; falling back to plain block extraction", exc_info=True)
        return ""
    return _paragraphs(extracted) if extracted else ""


def _lxml_text(doc: lxml.html.HtmlElement) -> str:
    """Body text block by block, after dropping scripts, styles and page furniture."""
    cleaner = Cleaner(
        scripts=True,
        javascript=True,
        style=True,
        comments=True,
        inline_style=True,
        links=True,
        meta=True,
        page_structure=False,
        embedded=True,
        frames=True,
        forms=True,
        annoying_tags=True,
        remove_unknown_tags=False,
        safe_attrs_only=True,
    )
    cleaned = cleaner.clean_html(doc)
    for element in list(cleaned.iter(*_DROPPED)):
        element.drop_tree()
    body = cleaned.find(".//body")
    root = body if body is not None else cleaned
    blocks = []
    for element in root.iter(*_BLOCKS):
        if any(child.tag in _BLOCKS for child in element.iterdescendants()):
            continue
        text = _SPACE.sub(" ", element.text_content()).strip()
        if text:
            blocks.append(text)
    if not blocks:
        return _paragraphs(root.text_content())
    return "\n\n".join(blocks)


def read_html(data: bytes, name: str) -> ImportedArticle:
    html = _XML_DECLARATION.sub("", _decode(data, name), count=1)
    try:
        doc = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise ArticleImportError(name, ArticleText.tr(
            "this web page could not be read (no HTML found)")) from exc
    meta = _meta(doc)
    text = _trafilatura_text(html) or _lxml_text(doc)
    root = doc.getroottree().getroot()
    language = (root.get("lang") or root.get("xml:lang") or "").strip()
    published = ""
    for key in _PUBLISHED_KEYS:
        published = iso_date(meta.get(key, ""))
        if published:
            break
    return ImportedArticle(
        text=normalise_text(text),
        title=_title(doc, meta),
        outlet=_first(meta, "og:site_name", "application-name"),
        author=_author(meta),
        published=published,
        url=_canonical_url(doc, meta),
        language=language,
        source_name=name,
    )
